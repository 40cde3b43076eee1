#!/bin/bash
# Usage: OLD=/path/to/other/bin/startgate bench/ab.sh INPUT [ROUNDS]
#
# Cold runs of two builds on INPUT (stdin), alternating old,new then new,old, ROUNDS times each
# (default 7); prints the median wall time of each in ms and the load average at the end. NEW
# defaults to this checkout's bin/startgate. Build the other one from a clone at another commit
# (mvn -B -ntp -q package -DskipTests there) and run each once before, so both have their archive.
set -euo pipefail
case ${1:-} in
  -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  '' | -*) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
in=$1
n=${2:-7}
old=${OLD:?set OLD to the bin/startgate of the other build}
new=${NEW:-$(cd "$(dirname "$0")/.." && pwd)/bin/startgate}
[ -f "$in" ] || { echo "bench/ab.sh: no file $in" >&2; exit 2; }
run() {
  local s
  s=$(date +%s%N)
  "$1" <"$in" >/dev/null 2>&1 || true
  echo $(( ( $(date +%s%N) - s ) / 1000000 ))
}
o=()
w=()
for i in $(seq 1 "$n"); do
  if [ $((i % 2)) = 1 ]; then
    o+=("$(run "$old")"); w+=("$(run "$new")")
  else
    w+=("$(run "$new")"); o+=("$(run "$old")")
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "old $(median "${o[@]}") ms, new $(median "${w[@]}") ms ($n rounds each), load $(cut -d' ' -f1 /proc/loadavg)"
