#!/usr/bin/env bash
# Measures what gate containers need (docs/gate-resources.md): the kubectl commands startgate
# generates, run with a real kubectl against the tests' fake API server (a standard discovery and
# one with many CRDs) inside a cgroup with a CPU quota, and the busybox and curl loops; prints
# Markdown tables of median wall time, CPU time and peak memory, and writes every run to
# target/gate-resources/results.tsv.
#
#   sudo bench/gate-resources.sh                           # 50m, 100m, 200m, 500m; 3 rounds (~15 min)
#   sudo bench/gate-resources.sh --quotas 200 --repeats 1  # a quick try
#   sudo bench/gate-resources.sh --crd-groups 100 --discoveries crds-legacy
#   bench/gate-resources.sh --summarize docs/gate-resources-results.tsv  # the tables of saved runs
#
# Other arguments: --kubectl PATH (default: the kubectl of the default image's minor version from
# /usr/lib/google-cloud-sdk/bin), --crd-groups N --kinds K (the many-CRD discovery: N groups in two
# versions with K kinds each; default 400 and 4, about 3,260 resources), --discoveries (any of
# standard, crds-aggregated, crds-legacy), --out DIR. Needs root (cgroups), a JDK, Maven, busybox,
# curl and Debian's time package (installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ] && [ "${1:-}" != --summarize ]; then
  echo "bench/gate-resources.sh: needs root, to make cgroups with a CPU quota" >&2
  exit 1
fi
need=()
[ -x /usr/bin/time ] || need+=(time)
command -v busybox >/dev/null 2>&1 || need+=(busybox)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

mvn -q -B -ntp test-compile >&2
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/gate-resources.classpath >/dev/null
args=("$@")
echo "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), kernel $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -cp "target/test-classes:target/classes:$(cat target/gate-resources.classpath)" \
  dev.startgate.kube.GateResourcesBench ${args[@]+"${args[@]}"}
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
