#!/usr/bin/env bash
# What kpt's own cost of startgate's output is made of (docs/performance-rounds.md, fifteenth round).
# kpt fn eval on the bench's 1,000-resource package, in alternating rounds, with functions that
# read their input and print a precomputed text at once:
#   identity        the input, unchanged (`cat`)
#   output          startgate's output
#   no-results      startgate's output without its results
#   no-gate-fields  startgate's output without the gate containers' resources and securityContext
#   touched         the input with one more annotation on every gated Job (200 changed objects,
#                   almost no new nodes)
# Run bench/run.sh first: it generates target/bench/1000/kpt and captures kpt-input.yaml and
# kpt-output.yaml there. Usage: bench/kpt-floor.sh [ROUNDS] (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-15}
out=$PWD/target/bench
dir=$out/kpt-floor
in=$out/1000/kpt-input.yaml
res=$out/1000/kpt-output.yaml
for f in "$in" "$res"; do
  [ -f "$f" ] || { echo "bench/kpt-floor.sh: $f is missing; run bench/run.sh first" >&2; exit 1; }
done
mkdir -p "$dir"
awk '$0 == "results:" { exit } { print }' "$res" >"$dir/no-results.yaml"
# Drops the `resources:` and `securityContext:` blocks of every startgate-* container.
awk 'BEGIN { skip = -1; gate = -1 }
  { ind = match($0, /[^ ]/) - 1 }
  skip >= 0 && ($0 ~ /^ *$/ || ind > skip) { next }
  { skip = -1 }
  /^ *- name: startgate-/ { gate = ind; print; next }
  gate >= 0 && $0 !~ /^ *$/ && ind <= gate { gate = -1 }
  gate >= 0 && ind == gate + 2 && /^ *(resources|securityContext):[ ]*$/ { skip = ind; next }
  { print }' "$res" >"$dir/no-gate-fields.yaml"
sed 's/^\(      \)\(startgate\.dev\/wait-for:\)/\1x.dev\/touched: "1"\n\1\2/' "$in" >"$dir/touched.yaml"
cp "$res" "$dir/output.yaml"
names=(identity output no-results no-gate-fields touched)
for name in "${names[@]:1}"; do
  printf '#!/bin/sh\ncat >/dev/null\nexec cat "%s"\n' "$dir/$name.yaml" >"$dir/$name.sh"
  chmod +x "$dir/$name.sh"
done
: >"$dir/times"
for _ in $(seq "$rounds"); do
  for name in "${names[@]}"; do
    fn=$dir/$name.sh
    [ "$name" != identity ] || fn=cat
    start=$(date +%s%N)
    kpt fn eval "$out/1000/kpt" --exec "$fn" -o stdout >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$name $(((end - start) / 1000000))" >>"$dir/times"
  done
done
echo "$rounds alternating rounds of kpt fn eval $out/1000/kpt --exec F -o stdout"
echo
echo "| F | median | ratio of medians | median of each round's ratio |"
echo "|---|---:|---:|---:|"
for name in "${names[@]}"; do
  awk -v n="$name" -v rounds="${#names[@]}" '
    function median(a, k,   i, j, t) {
      for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    $1 == "identity" { base[++b] = $2; id[b] = $2 }
    $1 == n { mine[++m] = $2; pair[m] = $2 / base[b] }
    END {
      mm = median(mine, m); mb = median(id, b)
      printf "| %s | %.0f ms | %.3f | %.3f |\n", n, mm, mm / mb, median(pair, m)
    }' "$dir/times"
done
