#!/bin/sh
# Helm 4 post-renderer: the rendered chart (hooks included, each document annotated with
# postrenderer.helm.sh/postrender-filename) on stdin, the gated manifests on stdout.
# startgate leaves every annotation and comment as it was, writes nothing and exits 1 on an
# error (Helm then stops), and otherwise always answers non-empty input with non-empty output.
set -eu
# Helm 4 keeps a post-renderer plugin's stderr to itself and says only `plugin "startgate" exited
# with error` (internal/plugin/runtime_subprocess.go): messages also go to the file STARTGATE_LOG
# names, else to the terminal when Helm runs in one.
tell() {
  printf '%s\n' "$1" >&2
  if [ -n "${STARTGATE_LOG:-}" ]; then
    printf '%s\n' "$1" >>"$STARTGATE_LOG" || true
  else
    { printf '%s\n' "$1" >/dev/tty; } 2>/dev/null || true
  fi
}
if [ -n "${STARTGATE:-}" ]; then
  bin=$STARTGATE
elif command -v startgate >/dev/null 2>&1; then
  bin=startgate
else
  # Installed from a checkout (helm plugin install ./helm-plugin links this folder).
  here=$(cd -P "$(dirname "$0")" && pwd)
  bin=$here/../bin/startgate
  if [ ! -x "$bin" ]; then
    tell "startgate post-renderer: startgate not found; put it on PATH or set STARTGATE=/path/to/startgate"
    exit 127
  fi
fi
# Helm tells a post-renderer nothing about the release (HELM_NAMESPACE is only what the user
# exported, not what -n says): STARTGATE_NAMESPACE, like --namespace, names the release's namespace
# for objects that name none.
# Each of STARTGATE_NAMESPACE and STARTGATE_CONFIG stands for an option: named both ways, it is
# one value too many, said in the words the user wrote (startgate itself would only see the option
# twice).
for a in "$@"; do
  case $a in
    --namespace | --namespace=*)
      if [ -n "${STARTGATE_NAMESPACE:-}" ]; then
        tell "startgate post-renderer: the namespace is named twice, by STARTGATE_NAMESPACE=$STARTGATE_NAMESPACE and by $a in --post-renderer-args; use one or the other"
        exit 2
      fi
      ;;
    --config | --config=*)
      if [ -n "${STARTGATE_CONFIG:-}" ]; then
        tell "startgate post-renderer: the config is named twice, by STARTGATE_CONFIG=$STARTGATE_CONFIG and by $a in --post-renderer-args; use one or the other"
        exit 2
      fi
      ;;
  esac
done
if [ -n "${STARTGATE_NAMESPACE:-}" ]; then
  set -- --namespace="$STARTGATE_NAMESPACE" "$@"
fi
if [ -n "${STARTGATE_CONFIG:-}" ]; then
  set -- --config="$STARTGATE_CONFIG" "$@"
fi
# startgate's own messages (errors, warnings) go the same ways (tell).
err=$(mktemp "${TMPDIR:-/tmp}/startgate.XXXXXX" 2>/dev/null) || exec "$bin" "$@"
trap 'rm -f "$err"' EXIT
rc=0
"$bin" "$@" 2>"$err" || rc=$?
if [ -s "$err" ]; then
  cat "$err" >&2
  if [ -n "${STARTGATE_LOG:-}" ]; then
    cat "$err" >>"$STARTGATE_LOG" || true
  else
    { cat "$err" >/dev/tty; } 2>/dev/null || true
  fi
fi
exit "$rc"
