#!/usr/bin/env bash
# Where a run's CPU goes (docs/performance.md, "Where the time goes"): RUNS runs of startgate on
# INPUT under JDK Flight Recorder (1 ms execution samples), then bench/Profile.java's tables.
# The runs use the launcher's JVM flags and an AOT cache of their own, trained on the launcher's
# training input with the jdk.jfr module added: the JVM refuses the launcher's cache when JFR adds
# that module, and would then load every class from the jar (a fifth of a small run's samples).
# Usage: bench/profile.sh INPUT [RUNS] (default 10); after `mvn package -DskipTests`.
# JAVA (default: the newest Temurin or OpenJDK 25 under /usr/lib/jvm) must be JDK 24 or newer.
set -euo pipefail
usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }
case ${1:-} in
  -h | --help) usage; exit 0 ;;
  '' | -*) usage >&2; exit 2 ;;
esac
input=$(realpath "$1")
runs=${2:-10}
case $runs in '' | *[!0-9]* | 0) usage >&2; exit 2 ;; esac
[ -f "$input" ] || { echo "bench/profile.sh: no file $1" >&2; exit 2; }
cd "$(dirname "$0")/.."
java=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | sort | tail -1)}
[ -x "$java" ] || { echo "bench/profile.sh: no JDK 25 found; set JAVA" >&2; exit 1; }
jar=target/startgate.jar
[ -f "$jar" ] || { echo "bench/profile.sh: $jar is missing; run mvn package -DskipTests" >&2; exit 1; }
# The launcher's flags (bin/startgate), checked against it so the two cannot drift apart.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xmn32m -XX:MaxTenuringThreshold=0"
flags="$flags -XX:Tier3BackEdgeThreshold=2000"
for f in $flags; do
  case $f in -Xmn32m) pattern=young=-Xmn32m ;; *) pattern=$f ;; esac
  grep -qF -- "$pattern" bin/startgate || { echo "bench/profile.sh: bin/startgate no longer sets $f" >&2; exit 1; }
done
flags="$flags --add-modules jdk.jfr"
dir=target/bench/profile
mkdir -p "$dir"
aot=$dir/jfr.aot
if [ ! -f "$aot" ] || [ "$jar" -nt "$aot" ]; then
  rm -f "$aot" "$dir/jfr.conf"
  # shellcheck disable=SC2086
  "$java" $flags -XX:AOTMode=record -XX:AOTConfiguration="$dir/jfr.conf" -jar "$jar" \
    <testdata/krm-training/input.yaml >/dev/null
  # shellcheck disable=SC2086
  "$java" $flags -XX:AOTMode=create -XX:AOTConfiguration="$dir/jfr.conf" -XX:AOTCache="$aot" \
    -jar "$jar" >/dev/null 2>&1
fi
rm -f "$dir"/run-*.jfr "$dir"/run-*.log
for i in $(seq "$runs"); do
  # shellcheck disable=SC2086
  "$java" $flags -XX:AOTCache="$aot" \
    "-XX:StartFlightRecording=filename=$dir/run-$i.jfr,settings=profile,jdk.ExecutionSample#period=1ms" \
    -jar "$jar" <"$input" >/dev/null 2>"$dir/run-$i.log" || {
    echo "bench/profile.sh: run $i failed; see $dir/run-$i.log" >&2
    exit 1
  }
done
"$(dirname "$java")/java" bench/Profile.java "$dir"/run-*.jfr
