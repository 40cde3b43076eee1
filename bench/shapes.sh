#!/usr/bin/env bash
# Measures startgate on 10,000 resources of other shapes than the bench's, each in turns with the
# bench's own 10,000 resources (docs/performance-rounds.md, "Ninth round"): the median wall time, the
# paired ratio (the median of each round's ratio to the bench's stream in the same round) and the
# peak RSS of one more run.
#
#   bench/shapes.sh [ROUNDS]    # default 7 rounds; a few minutes
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/median.sh
rounds=${1:-7}
out=target/bench
shapes=$out/shapes
command -v /usr/bin/time >/dev/null || { echo "bench/shapes.sh: needs GNU time (apt-get install -y time)" >&2; exit 1; }
[ -f target/startgate.jar ] || mvn -q -B -ntp package -DskipTests
base=$out/10000/stream.yaml
[ -f "$base" ] || java bench/Generate.java --resources 10000 --out "$out/10000"
mkdir -p "$shapes"
[ -f "$shapes/every-target.yaml" ] ||
  java bench/EveryTarget.java --resources 10000 --out "$shapes/every-target.yaml"
# The bench's stream with CRLF line breaks, and with a tab, a non-ASCII comment or a char outside
# the BMP in each ConfigMap's block scalar (3,000 documents).
sed 's/$/\r/' "$base" >"$shapes/crlf.yaml"
sed 's/^    set -eu$/    set -eu\t# strict/' "$base" >"$shapes/tab.yaml"
sed 's/^    set -eu$/    set -eu # vérifié ✓/' "$base" >"$shapes/non-ascii.yaml"
sed 's/^    set -eu$/    set -eu # 😀/' "$base" >"$shapes/non-bmp.yaml"

# Denser shapes (bench/DenseShapes.java): Jobs with two or three mixed targets each, also in CRLF
# and as a kpt ResourceList, and Jobs as kubectl get -o yaml exports them (2.5 KB each).
[ -f "$shapes/exported.yaml" ] || java bench/DenseShapes.java --resources 10000 --out "$shapes"
# One target reaching many objects (bench/FanOutShapes.java): Jobs waiting for the pods of every
# Deployment, or for the Service in front of them, and Jobs naming CRDs of one group.
[ -f "$shapes/pods-by-range.yaml" ] || java bench/FanOutShapes.java --resources 10000 --out "$shapes"

names=(stream resource-list every-target crlf tab non-ascii non-bmp mixed mixed-crlf mixed-list
  exported fan-out-pods fan-out-service crds-one-group pods-by-key pods-by-range)
files=("$base" "$out/10000/resource-list.yaml" "$shapes/every-target.yaml" "$shapes/crlf.yaml"
  "$shapes/tab.yaml" "$shapes/non-ascii.yaml" "$shapes/non-bmp.yaml" "$shapes/mixed.yaml"
  "$shapes/mixed-crlf.yaml" "$shapes/mixed-list.yaml" "$shapes/exported.yaml"
  "$shapes/fan-out-pods.yaml" "$shapes/fan-out-service.yaml" "$shapes/crds-one-group.yaml"
  "$shapes/pods-by-key.yaml" "$shapes/pods-by-range.yaml")
# The same objects as PyYAML writes them (a generator written in Python would): strings with line
# breaks single-quoted over several lines, no comments; and with 4-space indentation. Needs
# python3-yaml (apt-get install -y python3-yaml); skipped without it.
if python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$base" "$shapes" <<'PY'
import sys, yaml
docs = list(yaml.safe_load_all(open(sys.argv[1])))
with open(sys.argv[2] + "/pyyaml.yaml", "w") as f:
    yaml.safe_dump_all(docs, f, default_flow_style=False, sort_keys=False)
with open(sys.argv[2] + "/pyyaml-indent4.yaml", "w") as f:
    yaml.safe_dump_all(docs, f, indent=4, default_flow_style=False, sort_keys=False, width=4096)
PY
  names+=(pyyaml pyyaml-indent4)
  files+=("$shapes/pyyaml.yaml" "$shapes/pyyaml-indent4.yaml")
fi
bin/startgate <"$base" >/dev/null # builds the launcher's archive outside the rounds

declare -A times
for _ in $(seq "$rounds"); do
  for i in "${!files[@]}"; do
    start=$(date +%s%N)
    bin/startgate <"${files[$i]}" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times[$i]+="$(((end - start) / 1000000)) "
  done
done
echo "$rounds alternating rounds, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| 10,000 resources | median | paired ratio to the stream | peak RSS |"
echo "|---|---:|---:|---:|"
for i in "${!files[@]}"; do
  median=$(echo "${times[$i]}" | tr ' ' '\n' | grep . | middle)
  ratio=$(paste <(echo "${times[0]}" | tr ' ' '\n' | grep .) <(echo "${times[$i]}" | tr ' ' '\n' | grep .) |
    awk '{ print $2 / $1 }' | middle)
  /usr/bin/time -o "$shapes/rss" -f %M bin/startgate <"${files[$i]}" >/dev/null 2>&1 || true
  rss=$(tail -n 1 "$shapes/rss")
  printf '| %s | %s ms | %.2f | %s MB |\n' "${names[$i]}" "$median" "$ratio" "$((rss / 1024))"
done
