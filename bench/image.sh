#!/usr/bin/env bash
# The function image's size and start-up (docs/performance.md, "In a container image"): for each
# IMAGE, its size, then the wall time of ten runs of the training input through the image's
# ENTRYPOINT and of ten `java -version`, inside one container (podman's own start is not counted),
# ROUNDS times. The image has no shell: the host's busybox is mounted for the loop.
# Usage: bench/image.sh [IMAGE...]   (default localhost/startgate:dev, which bin/build-image builds;
#   bin/build-image localhost/startgate:full --build-arg MODULES=ALL-MODULE-PATH for the whole JDK)
# ROUNDS=2 by default.
set -euo pipefail
case ${1:-} in -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
cd "$(dirname "$0")/.."
bb=$(command -v busybox) || { echo "bench/image.sh: needs busybox (apt-get install -y busybox)" >&2; exit 1; }
sh .ci/setup-containers >/dev/null
[ $# -gt 0 ] || set -- localhost/startgate:dev
for img in "$@"; do
  entry=$(podman image inspect -f '{{join .Config.Entrypoint " "}}' "$img")
  size=$(podman image inspect -f '{{.Size}}' "$img")
  echo "$img: $(awk -v s="$size" 'BEGIN { printf "%.1f MB", s / 1000000 }')"
  for _ in $(seq "${ROUNDS:-2}"); do
    podman run --rm -i --network none --tmpfs /tmp -v "$bb:/busybox:ro" --entrypoint /busybox "$img" sh -c "
      /busybox cat >/tmp/in.yaml
      /busybox time -f '  10 runs of the training input: %e s' /busybox sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do $entry </tmp/in.yaml >/dev/null || exit 1; done'
      /busybox time -f '  10 x java -version: %e s' /busybox sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do ${entry%% *} -version 2>/dev/null; done'
    " <testdata/krm-training/input.yaml 2>&1
  done
done
