#!/usr/bin/env bash
# Benchmarks startgate against its peers and writes the figures into docs/performance.md (between
# the bench-results markers). Each comparison runs its commands in turns (one hyperfine round per
# run), so the ratios hold even on a busy machine; the absolute times do not.
#
#   bench/run.sh                       # everything but kustomize at 10,000 resources
#   BENCH_KUSTOMIZE_10K=1 bench/run.sh # also kubectl kustomize at 10,000 (minutes per run)
#   BENCH_QUICK=1 bench/run.sh         # fewer runs, for trying the script out
#
# Every figure is a median of rounds in which the command and its peer took turns, reported with
# its ratio to that peer and the load average while it ran. Each run also appends one line to the
# history table of docs/performance.md (between the bench-history markers).
#
# Needs: a JDK (the newest one installed, as the launcher picks), Maven (to build the jar if it is
# missing), kpt, kubectl, and Debian's hyperfine and time packages (installed here if missing and
# running as root).
set -euo pipefail
case "${1:-}" in
  "") ;;
  -h | --help)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "bench/run.sh takes no arguments (got \"$1\"); settings are environment variables, see bench/run.sh --help" >&2
    exit 2
    ;;
esac
cd "$(dirname "$0")/.."
root=$PWD
. bench/median.sh
out=target/bench
results=$out/results
doc=docs/performance.md
mkdir -p "$results"

runs() { if [ -n "${BENCH_QUICK:-}" ]; then echo "$2"; else echo "$1"; fi; }

need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench/run.sh: please install ${need[*]} (Debian packages)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

kubectl=kubectl
for k in $(ls /usr/lib/google-cloud-sdk/bin/kubectl.1.* 2>/dev/null | sort -t. -k3 -n); do kubectl=$k; done
java25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$java25" ] || java25=$(command -v java)
java17=
for candidate in /usr/lib/jvm/java-17-openjdk-amd64/bin/java /usr/lib/jvm/temurin-17-jdk-amd64/bin/java; do
  if [ -x "$candidate" ]; then java17=$candidate; break; fi
done

[ -f target/startgate.jar ] || mvn -q -B -ntp package -DskipTests

echo "generating inputs under $out" >&2
for size in 1 1000 10000; do
  [ -f "$out/$size/stream.yaml" ] || java bench/Generate.java --resources "$size" --out "$out/$size"
done
for size in 1 10000; do
  [ -f "$out/$size-kube/stream.yaml" ] ||
    java bench/Generate.java --resources "$size" --kube-targets --out "$out/$size-kube"
done
# The heaviest shapes: every resource an annotated Job (two or three targets each).
[ -f "$out/10000-jobs/stream.yaml" ] ||
  java bench/Generate.java --resources 10000 --jobs-only --out "$out/10000-jobs"
[ -f "$out/10000-jobs-kube/stream.yaml" ] ||
  java bench/Generate.java --resources 10000 --jobs-only --kube-targets --out "$out/10000-jobs-kube"
# The bench's 10,000 with CRLF line breaks (a file saved on Windows): read through its LF twin, and
# its output must be the LF stream's with a CR before every LF.
if [ ! -f "$out/10000-crlf/stream.yaml" ]; then
  mkdir -p "$out/10000-crlf"
  sed 's/$/\r/' "$out/10000/stream.yaml" >"$out/10000-crlf/stream.yaml"
fi
if ! bin/startgate <"$out/10000-crlf/stream.yaml" | tr -d '\r' |
  cmp -s - <(bin/startgate <"$out/10000/stream.yaml"); then
  echo "bench/run.sh: the CRLF stream's output is not the LF stream's with CRs" >&2
  exit 1
fi
# A real chart rendered by a real Helm (the library inside helm-java, a test dependency, never a
# run-time one): bench/chart, five objects per app, as one file for startgate and kubectl kustomize.
for apps in 200 2000; do
  size=$((apps * 5))
  if [ ! -f "$out/chart-$size/stream.yaml" ]; then
    for offline in -o ''; do
      [ -f "$out/test-classpath.txt" ] || mvn -q -B -ntp $offline dependency:build-classpath \
        -Dmdep.outputFile="$out/test-classpath.txt" -Dmdep.includeScope=test >/dev/null || true
    done
    mkdir -p "$out/chart-$size/kustomize"
    java -cp "$(cat "$out/test-classpath.txt")" bench/RenderChart.java bench/chart "$apps" \
      "$out/chart-$size/stream.yaml"
    cp "$out/chart-$size/stream.yaml" "$out/chart-$size/kustomize/chart.yaml"
    printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- chart.yaml\n' \
      >"$out/chart-$size/kustomize/kustomization.yaml"
  fi
done

# Real-world inputs, when saved under $out/real/ (docs/performance.md says where they come from;
# the bench cannot download them): Argo CD's manifests/install.yaml and prometheus-operator's
# bundle.yaml. Neither has an intent, so startgate must give each back byte for byte.
real=()
for name in argocd-install prometheus-bundle; do
  f=$out/real/$name.yaml
  [ -f "$f" ] || continue
  mkdir -p "$out/real/kustomize-$name"
  cp "$f" "$out/real/kustomize-$name/"
  printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- %s.yaml\n' \
    "$name" >"$out/real/kustomize-$name/kustomization.yaml"
  if ! bin/startgate <"$f" | cmp -s - "$f"; then
    echo "bench/run.sh: startgate changed $f, which has no intents" >&2
    exit 1
  fi
  real+=("startgate $name=bin/startgate < $f" "kubectl kustomize $name=$kubectl kustomize $out/real/kustomize-$name")
done

# Build the launcher's archives outside the measurements (the first run of a new jar builds one).
bin/startgate <"$out/1/stream.yaml" >/dev/null
[ -z "$java17" ] || STARTGATE_JAVA=$java17 bin/startgate <"$out/1/stream.yaml" >/dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# bench ID RUNS NAME=COMMAND...: RUNS rounds, each running every command once with hyperfine, so
# the commands take turns and share the machine's load even when it changes during the bench.
bench() {
  local id=$1 runs=$2 names=()
  shift 2
  local args=()
  for pair in "$@"; do
    names+=("${pair%%=*}")
    args+=(-n "${pair%%=*}" "${pair#*=}")
  done
  echo "== $id ($runs rounds)" >&2
  hyperfine --style none -r 1 "${args[@]}" >/dev/null # warm-up round, not recorded
  : >"$results/$id.csv"
  local load_start
  load_start=$(cut -d' ' -f1 /proc/loadavg)
  for _ in $(seq "$runs"); do
    hyperfine --style none -r 1 --export-csv "$results/round.csv" "${args[@]}" >/dev/null
    tail -n +2 "$results/round.csv" >>"$results/$id.csv"
  done
  echo "$load_start-$(cut -d' ' -f1 /proc/loadavg)" >"$results/$id.load"
  {
    echo "$runs alternating rounds; load average (1 min) $(cat "$results/$id.load") during them."
    echo
    echo "| Command | Median | Min | Max | Median / first | CPU (user + sys), median |"
    echo "|:---|---:|---:|---:|---:|---:|"
    local first=
    for name in "${names[@]}"; do
      local m
      m=$(median "$id" "$name")
      first=${first:-$m}
      local cpu
      cpu=$(awk -F, -v n="$name" '$1 == n { print $5 + $6 }' "$results/$id.csv" | middle)
      awk -F, -v n="$name" -v m="$m" -v f="$first" -v cpu="$cpu" '$1 == n {
          if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 }
        END { printf "| `%s` | %.0f ms | %.0f ms | %.0f ms | %.2f | %.0f ms |\n", n, m * 1000, min * 1000, max * 1000, m / f, cpu * 1000 }' \
        "$results/$id.csv"
    done
  } >"$results/$id.md"
}

# The median wall time of command NAME in comparison ID, in seconds.
median() {
  awk -F, -v n="$2" '$1 == n { print $2 }' "$results/$1.csv" | middle
}
# The median over the rounds of comparison ID of each round's ratio of NAME to FIRST: the two ran
# one after the other in every round, so a machine that slows down for a while slows both.
paired() {
  ratio "$(awk -F, -v n="$2" -v f="$3" '$1 == n { a[++i] = $2 } $1 == f { b[++j] = $2 }
    END { for (k = 1; k <= i && k <= j; k++) print a[k] / b[k] }' "$results/$1.csv" | middle)" 1
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.0f ms", s * 1000 }'; }
verdict() { awk -v v="$1" -v limit="$2" -v dir="$3" 'BEGIN {
  ok = (dir == "max") ? v <= limit : v >= limit; print ok ? "met" : "**not met**" }'; }

small="$out/1/stream.yaml"
bench small-jdk25 "$(runs 30 6)" \
  "java -version (JDK 25)=$java25 -version" \
  "startgate 1 Job=bin/startgate < $small" \
  "startgate 1 Job no archive=STARTGATE_CACHE=off bin/startgate < $small"
if [ -n "$java17" ]; then
  bench small-jdk17 "$(runs 30 6)" \
    "java -version (JDK 17)=$java17 -version" \
    "startgate 1 Job=STARTGATE_JAVA=$java17 bin/startgate < $small" \
    "startgate 1 Job no archive=STARTGATE_CACHE=off STARTGATE_JAVA=$java17 bin/startgate < $small"
fi
kube_supported=
if bin/startgate <"$out/1-kube/stream.yaml" >/dev/null 2>"$results/kube.err"; then
  kube_supported=1
  bench small-kube "$(runs 30 6)" \
    "java -version (JDK 25)=$java25 -version" \
    "startgate 1 Job with kubectl gates and RBAC=bin/startgate < $out/1-kube/stream.yaml"
fi
bench scale "$(runs 7 2)" \
  "java -version (JDK 25)=$java25 -version" \
  "startgate 1000=bin/startgate < $out/1000/stream.yaml" \
  "startgate 10000=bin/startgate < $out/10000/stream.yaml" \
  "kubectl kustomize 1000=$kubectl kustomize $out/1000/kustomize" \
  "startgate 10000 CRLF=bin/startgate < $out/10000-crlf/stream.yaml"
# The same 10,000 resources with a deployment/ and a job/ target on every annotated Job: 2,000
# generated ServiceAccounts, Roles and RoleBindings and 43 MB of output (a kubectl gate per Job).
# And 10,000 Jobs, all gated: 20,000 network gates; with Kubernetes targets too, 30,000 gates,
# 10,000 generated RBAC sets and 125 MB of output (the gate limits of one run).
if [ -n "$kube_supported" ]; then
  bench scale-kube "$(runs 7 2)" \
    "startgate 10000=bin/startgate < $out/10000/stream.yaml" \
    "startgate 10000 with Kubernetes targets=bin/startgate < $out/10000-kube/stream.yaml" \
    "startgate 10000 Jobs=bin/startgate < $out/10000-jobs/stream.yaml" \
    "startgate 10000 Jobs with Kubernetes targets=bin/startgate < $out/10000-jobs-kube/stream.yaml"
fi
if [ -n "${BENCH_KUSTOMIZE_10K:-}" ]; then
  bench kustomize-10k 1 \
    "startgate 10000=bin/startgate < $out/10000/stream.yaml" \
    "kubectl kustomize 10000=$kubectl kustomize $out/10000/kustomize"
fi
bench chart "$(runs 5 2)" \
  "startgate chart 1000=bin/startgate < $out/chart-1000/stream.yaml" \
  "kubectl kustomize chart 1000=$kubectl kustomize $out/chart-1000/kustomize" \
  "startgate chart 10000=bin/startgate < $out/chart-10000/stream.yaml"
if [ -n "${BENCH_KUSTOMIZE_10K:-}" ]; then
  # kubectl kustomize on the one 10,000-object file ran for more than 12 minutes here.
  bench chart-kustomize-10k 1 \
    "startgate chart 10000=bin/startgate < $out/chart-10000/stream.yaml" \
    "kubectl kustomize chart 10000=$kubectl kustomize $out/chart-10000/kustomize"
fi
[ ${#real[@]} -eq 0 ] || bench real "$(runs 7 2)" "${real[@]}"
# The floor for any function with startgate's output: one that prints, at once, the output startgate
# gives for this package (kpt reads, parses and writes the larger output either way). The input kpt
# sends and startgate's output are captured once, outside the measurement.
printf '#!/bin/sh\nexec tee "%s"\n' "$out/1000/kpt-input.yaml" >"$out/kpt-tee.sh"
printf '#!/bin/sh\ncat >/dev/null\nexec cat "%s"\n' "$out/1000/kpt-output.yaml" >"$out/kpt-precomputed.sh"
chmod +x "$out/kpt-tee.sh" "$out/kpt-precomputed.sh"
kpt fn eval "$out/1000/kpt" --exec "$out/kpt-tee.sh" -o stdout >/dev/null 2>&1
bin/startgate <"$out/1000/kpt-input.yaml" >"$out/1000/kpt-output.yaml"
# 21 rounds: the identity alone moves by a third within a bench here, and with 11 rounds the ratio
# of medians moved by 0.1 between two benches of the same build.
bench kpt "$(runs 21 2)" \
  "kpt fn eval identity (cat)=kpt fn eval $out/1000/kpt --exec cat -o stdout" \
  "kpt fn eval startgate=kpt fn eval $out/1000/kpt --exec $root/bin/startgate -o stdout" \
  "kpt fn eval precomputed startgate output=kpt fn eval $out/1000/kpt --exec $out/kpt-precomputed.sh -o stdout"

# Peak resident memory (the JVM's; the launcher execs it).
rss() { /usr/bin/time -f %M -o "$results/rss" "$@" >/dev/null 2>&1 <"${input:-/dev/null}"; echo "$(($(cat "$results/rss") / 1024)) MB"; }
rss_1=$(input=$small rss bin/startgate)
rss_1k=$(input=$out/1000/stream.yaml rss bin/startgate)
rss_10k=$(input=$out/10000/stream.yaml rss bin/startgate)
rss_10k_kube=
rss_jobs= rss_jobs_kube=
if [ -n "$kube_supported" ]; then
  rss_10k_kube=$(input=$out/10000-kube/stream.yaml rss bin/startgate)
  rss_jobs=$(input=$out/10000-jobs/stream.yaml rss bin/startgate)
  rss_jobs_kube=$(input=$out/10000-jobs-kube/stream.yaml rss bin/startgate)
fi
rss_chart=$(input=$out/chart-10000/stream.yaml rss bin/startgate)
rss_kustomize=$(rss "$kubectl" kustomize "$out/1000/kustomize")

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

small_ratio=$(ratio "$(median small-jdk25 'startgate 1 Job')" "$(median small-jdk25 'java -version (JDK 25)')")
linear=$(ratio "$(median scale 'startgate 10000')" "$(median scale 'startgate 1000')")
kustomize_1k=$(ratio "$(median scale 'kubectl kustomize 1000')" "$(median scale 'startgate 1000')")
kpt_ratio=$(ratio "$(median kpt 'kpt fn eval startgate')" "$(median kpt 'kpt fn eval identity (cat)')")
kpt_floor=$(ratio "$(median kpt "kpt fn eval precomputed startgate output")" "$(median kpt 'kpt fn eval identity (cat)')")
kpt_paired=$(paired kpt 'kpt fn eval startgate' 'kpt fn eval identity (cat)')
kpt_floor_paired=$(paired kpt 'kpt fn eval precomputed startgate output' 'kpt fn eval identity (cat)')
t10k=$(median scale 'startgate 10000')
t10k_java=$(ratio "$t10k" "$(median scale 'java -version (JDK 25)')")
t10k_crlf=$(median scale 'startgate 10000 CRLF')
t10k_kube= t_jobs= t_jobs_kube=
if [ -n "$kube_supported" ]; then
  t10k_kube=$(median scale-kube 'startgate 10000 with Kubernetes targets')
  t_jobs=$(median scale-kube 'startgate 10000 Jobs')
  t_jobs_kube=$(median scale-kube 'startgate 10000 Jobs with Kubernetes targets')
fi
chart_1k=$(ratio "$(median chart 'kubectl kustomize chart 1000')" "$(median chart 'startgate chart 1000')")
chart_10k=
if [ -n "${BENCH_KUSTOMIZE_10K:-}" ]; then
  chart_10k=$(ratio "$(median chart-kustomize-10k 'kubectl kustomize chart 10000')" "$(median chart-kustomize-10k 'startgate chart 10000')")
fi
load() { cat "$results/$1.load"; }

{
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/run.sh\` on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, Linux $(uname -r);"
  echo "$($java25 -version 2>&1 | sed -n 2p)${java17:+; $($java17 -version 2>&1 | sed -n 2p)}; kpt $(kpt version 2>/dev/null); kubectl $($kubectl version --client 2>/dev/null | sed -n 's/Client Version: //p'); $(hyperfine --version)."
  echo "Load average $load_before before and $load_after after (other builds were running: compare ratios, not absolute times)."
  echo
  echo "| target | measured | limit | verdict | load |"
  echo "|---|---|---|---|---|"
  echo "| small input: startgate / \`java -version\`, JDK 25, medians | $small_ratio | at most 2.5 | $(verdict "$small_ratio" 2.5 max) | $(load small-jdk25) |"
  if [ -n "$java17" ]; then
    r17=$(ratio "$(median small-jdk17 'startgate 1 Job')" "$(median small-jdk17 'java -version (JDK 17)')")
    echo "| small input on JDK 17 (no AOT cache; dynamic CDS) | $r17 | (2.5 on JDK 25) | for reference | $(load small-jdk17) |"
  fi
  if [ -n "$kube_supported" ]; then
    rk=$(ratio "$(median small-kube 'startgate 1 Job with kubectl gates and RBAC')" "$(median small-kube 'java -version (JDK 25)')")
    echo "| small input with kubectl gates and RBAC / \`java -version\` | $rk | at most 3.5 | $(verdict "$rk" 3.5 max) | $(load small-kube) |"
  else
    echo "| small input with kubectl gates and RBAC | not measured: this build rejects \`deployment/\` and \`job/\` targets | at most 3.5 | open | |"
  fi
  echo "| 10,000 resources (11.7 MB stream), median ($t10k_java times \`java -version\` in the same rounds) | $(ms "$t10k") | at most 1500 ms | $(verdict "$t10k" 1.5 max) | $(load scale) |"
  echo "| 10,000 resources with CRLF line breaks, median ($(ratio "$t10k_crlf" "$t10k") times the LF stream in the same rounds) | $(ms "$t10k_crlf") | at most 1500 ms | $(verdict "$t10k_crlf" 1.5 max) | $(load scale) |"
  if [ -n "$t10k_kube" ]; then
    rt=$(ratio "$t10k_kube" "$(median scale-kube 'startgate 10000')")
    echo "| 10,000 resources with Kubernetes targets (2,000 generated RBAC sets, 43 MB out), median ($rt times the bench's 10,000 in the same rounds) | $(ms "$t10k_kube") | at most 1500 ms | $(verdict "$t10k_kube" 1.5 max) | $(load scale-kube) |"
    rj=$(ratio "$t_jobs" "$(median scale-kube 'startgate 10000')")
    echo "| heavier shape: 10,000 Jobs, all gated (20,000 network gates, 77 MB out), median ($rj times the bench's 10,000) | $(ms "$t_jobs") | (1500 ms) | $(verdict "$t_jobs" 1.5 max) | $(load scale-kube) |"
    rjk=$(ratio "$t_jobs_kube" "$(median scale-kube 'startgate 10000')")
    echo "| heaviest shape: 10,000 Jobs with Kubernetes targets (30,000 gates, 10,000 RBAC sets, 165 MB out: the limits of one run), median ($rjk times the bench's 10,000) | $(ms "$t_jobs_kube") | (1500 ms) | $(verdict "$t_jobs_kube" 1.5 max) | $(load scale-kube) |"
  fi
  echo "| \`kubectl kustomize\` / startgate 1000 resources | $kustomize_1k | (at least 10: issue 6) | for reference | $(load scale) |"
  for name in argocd-install prometheus-bundle; do
    [ -f "$out/real/$name.yaml" ] || continue
    rr=$(ratio "$(median real "kubectl kustomize $name")" "$(median real "startgate $name")")
    echo "| \`kubectl kustomize\` / startgate, $name.yaml ($(ms "$(median real "startgate $name")"), output byte-identical) | $rr | (higher is better) | for reference | $(load real) |"
  done
  echo "| \`kubectl kustomize\` / startgate, Helm-rendered chart, 1,000 objects | $chart_1k | (higher is better) | for reference | $(load chart) |"
  [ -z "$chart_10k" ] || echo "| \`kubectl kustomize\` / startgate, Helm-rendered chart, 10,000 objects (1 run) | $chart_10k | (higher is better) | for reference | $(load chart-kustomize-10k) |"
  if [ -n "${BENCH_KUSTOMIZE_10K:-}" ]; then
    rz=$(ratio "$(median kustomize-10k 'kubectl kustomize 10000')" "$(median kustomize-10k 'startgate 10000')")
    echo "| \`kubectl kustomize\` / startgate 10000 resources (1 run) | $rz | (at least 200: issue 6) | for reference | $(load kustomize-10k) |"
  fi
  echo "| peak RSS, 10,000 resources | $rss_10k | at most 250 MB | $(verdict "${rss_10k% MB}" 250 max) | $load_after |"
  [ -z "$rss_10k_kube" ] || echo "| peak RSS, 10,000 resources with Kubernetes targets | $rss_10k_kube | at most 250 MB | $(verdict "${rss_10k_kube% MB}" 250 max) | $load_after |"
  [ -z "$rss_jobs" ] || echo "| peak RSS, 10,000 Jobs, all gated / with Kubernetes targets | $rss_jobs / $rss_jobs_kube | (250 MB) | $(verdict "${rss_jobs% MB}" 250 max) / $(verdict "${rss_jobs_kube% MB}" 250 max) | $load_after |"
  echo "| time 10,000 / time 1,000 | $linear | at most 10.5 | $(verdict "$linear" 10.5 max) | $(load scale) |"
  echo "| \`kpt fn eval --exec\` startgate / identity, 1,000 resources, ratio of medians (median of each round's ratio: $kpt_paired) | $kpt_ratio | at most 1.1 | $(verdict "$kpt_ratio" 1.1 max) | $(load kpt) |"
  echo "| \`kpt fn eval --exec\` of startgate's output, precomputed / identity: kpt's own cost of the larger output (each round's: $kpt_floor_paired) | $kpt_floor | (the floor of the row above) | for reference | $(load kpt) |"
  echo
  echo "Peak RSS: $rss_1 for one Job, $rss_1k for 1,000 resources, $rss_10k for 10,000, $rss_chart for the 10,000-object chart; \`kubectl kustomize\` $rss_kustomize for 1,000."
  for id in small-jdk25 small-jdk17 small-kube scale scale-kube chart real chart-kustomize-10k kustomize-10k kpt; do
    [ -f "$results/$id.md" ] || continue
    echo
    echo "\`$id\`:"
    echo
    sed "s|$root/||g" "$results/$id.md"
  done
} >"$results/summary.md"

# One line of history: when, the commit, the load, and each goal's figure.
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
  "$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src bin 2>/dev/null || echo '+')" \
  "$load_before / $load_after" "$small_ratio" "$(ms "$t10k")" "$linear" "$rss_10k" "$kpt_ratio" \
  "$chart_1k" "${t10k_kube:+$(ms "$t10k_kube")}" "${t_jobs:+$(ms "$t_jobs") / $(ms "$t_jobs_kube")}" \
  >"$results/history-line.md"

# Replace the text between the results markers in docs/performance.md; append to the history.
awk -v summary="$results/summary.md" -v history="$results/history-line.md" '
  /<!-- bench-results:start -->/ { print; while ((getline line < summary) > 0) print line; skip = 1; next }
  /<!-- bench-results:end -->/ { skip = 0 }
  /<!-- bench-history:end -->/ { while ((getline line < history) > 0) print line }
  !skip { print }
' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
cat "$results/summary.md"
