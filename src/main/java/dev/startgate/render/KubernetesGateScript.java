package dev.startgate.render;

/**
 * The script of the {@code startgate-kubernetes} init container, which runs in the kubectl image
 * (Debian's {@code dash} as {@code /bin/sh}, with coreutils, grep and jq): README "How a Kubernetes
 * gate behaves".
 *
 * <p>Called as {@code sh -c SCRIPT startgate TIMEOUT INTERVAL UPTIME TARGET...}: {@code $1} the
 * workload's timeout in whole seconds, one deadline for every target; {@code $2} the seconds
 * between two tries of a target whose kubectl call ended without an answer (not found, an error);
 * {@code $3} the seconds every target must stay ready (0: none); then one argument per target,
 * {@code KIND/NAMESPACE/REST} with KIND one of {@code deployment}, {@code statefulset}, {@code
 * daemonset}, {@code job}, {@code pods} and REST the object's name or, for pods, the canonical
 * label selector (split at the first two slashes; never parsed by the shell as code).
 *
 * <p>Targets are waited for one after another under the one deadline, Jobs first (a failed Job ends
 * the gate at once), each kubectl call bounded by the time left: the kubectl image's 128Mi limit
 * holds one kubectl process, not several (README, "one kubectl at a time"). Pods are listed and
 * then watched from the list's resourceVersion ({@code kubectl get --raw}), so pods created or
 * deleted while the gate waits count.
 */
final class KubernetesGateScript {
  private KubernetesGateScript() {}

  static final String SCRIPT =
      """
      # startgate Kubernetes gate: README "How a Kubernetes gate behaves". Runs in the kubectl image.
      # sh -c SCRIPT startgate TIMEOUT INTERVAL UPTIME KIND/NAMESPACE/REST...
      start=$(date +%s); end=$((start + $1)); interval=$2; uptime=$3; shift 3
      total=$#; once=0; out="$HOME/.startgate.$$"
      say() { echo "startgate: $*"; }
      left() { echo $((end - $(date +%s))); }
      # b: seconds for the next kubectl call (the time left, at least 1)
      bound() { b=$(left); [ "$b" -ge 1 ] || b=1; }
      # run CMD...: kubectl bounded by $b (and killed 1s after it); seen: its last line
      run() {
        timeout -k 1 $((b + 1)) "$@" >"$out" 2>"$out.err"; r=$?
        seen=$(cat "$out.err" "$out" | grep -v '^[[:space:]]*[{}]' | grep . | tail -n 1)
        [ "$r" -ge 124 ] && seen="no answer within ${b}s"
        return "$r"
      }
      # after CMD... failed: when it failed because the target is missing, wait for it to exist
      absent() { case $seen in *NotFound*) ;; *) return 1 ;; esac; }
      created() { # RESOURCE NAMESPACE
        bound; run kubectl wait --for=create "$1" -n "$2" --timeout="${b}s" && return 0
        case $seen in *"timed out"*) seen="$1 not found in namespace $2" ;; esac; return 1
      }
      check_rollout() { # KIND NAMESPACE NAME; once=1: read the status, do not wait
        if [ "$once" = 1 ]; then
          bound; run kubectl rollout status "$1/$3" -n "$2" --watch=false || return 1
          case $seen in *"successfully rolled out"* | *"roll out complete"* | *"update complete"*) return 0 ;; esac
          return 1
        fi
        bound; run kubectl rollout status "$1/$3" -n "$2" --timeout="${b}s" && return 0
        absent && created "$1/$3" "$2" || return 1
        bound; run kubectl rollout status "$1/$3" -n "$2" --timeout="${b}s"
      }
      finished() { # NAMESPACE NAME: the Job Complete or Failed, printed as JSON
        bound; wait_for=${b}s; [ "$once" = 1 ] && wait_for=0s
        run kubectl wait "--for=jsonpath={.status.conditions[?(@.type<\\"Failu\\")].status}=True" \\
          "job/$2" -n "$1" --timeout="$wait_for" -o json
      }
      check_job() { # NAMESPACE NAME; 2: the Job failed
        finished "$@" || { absent && created "job/$2" "$1" && finished "$@"; } || return 1
        state=$(jq -r '[.status.conditions[]? | select(.status == "True")
          | select(.type == "Complete" or .type == "Failed")][0]
          | if . == null then "" else "\\(.type): \\(.reason // "")\\(if .message then ": " + .message else "" end)" end' "$out")
        case $state in
          Complete*) return 0 ;;
          Failed*) seen="Job failed: ${state#Failed: }"; return 2 ;;
        esac
        seen="Job neither Complete nor Failed"; return 1
      }
      PODS='def ready: any(.status.conditions[]?; .type == "Ready" and .status == "True");
        def verdict: if length > 0 and all(.[]; .) then "ready"
          elif length == 0 then "no pod matches" else "\\(map(select(.)) | length) of \\(length) pods Ready" end;'
      # pods: list, then watch, so a pod created or deleted meanwhile counts. No --request-timeout:
      # with it, kubectl get ignores the in-cluster configuration (tried with kubectl 1.33).
      check_pods() { # NAMESPACE SELECTOR
        bound; run kubectl get pods -n "$1" -l "$2" -o json || return 1
        jq -c "$PODS"'[.items[] | {key: .metadata.name, value: ready}] | from_entries' "$out" >"$out.pods"
        seen=$(jq -r "$PODS"'verdict' "$out.pods")
        [ "$seen" = ready ] && return 0
        [ "$once" = 1 ] && return 1
        rm -f "$out.fifo"; mkfifo "$out.fifo"; bound
        timeout -k 1 $((b + 1)) kubectl get pods -n "$1" -l "$2" --watch --output-watch-events -o json \\
          >"$out.fifo" 2>"$out.err" &
        jq -rn --unbuffered --slurpfile s "$out.pods" "$PODS"'foreach inputs as $e ($s[0];
            if $e.type == "DELETED" then del(.[$e.object.metadata.name])
            elif $e.type == "ADDED" or $e.type == "MODIFIED" then .[$e.object.metadata.name] = ($e.object | ready)
            elif $e.type == "ERROR" then error($e.object.message // "watch error") else . end;
            verdict) | if . == "ready" then ., halt else . end' <"$out.fifo" >"$out" 2>>"$out.err"
        kill $! 2>/dev/null; wait $!
        seen=$(cat "$out.err" "$out" | grep . | tail -n 1)
        [ "$seen" = ready ]
      }
      check() { # TARGET: 0 ready, 1 not yet, 2 failed for good
        kind=${1%%/*}; rest=${1#*/}; ns=${rest%%/*}; name=${rest#*/}
        # an empty namespace is the pod's own
        [ -n "$ns" ] || ns=$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace)
        case $kind in
          job) check_job "$ns" "$name" ;;
          pods) check_pods "$ns" "$name" ;;
          *) check_rollout "$kind" "$ns" "$name" ;;
        esac
      }
      finish() {
        took=$(($(date +%s) - start)); i=0; j=0
        for t; do
          i=$((i + 1)); eval "ok=\\${ok_$i:-0} s=\\${seen_$i:-not checked yet}"
          [ "$ok" = 1 ] || { j=$((j + 1)); say "$t: not ready after ${took}s ($s)"; }
        done
        rm -f "$out" "$out.err" "$out.pods" "$out.fifo"
        [ "$j" = 0 ] && { say "all $total targets ready after ${took}s"; exit 0; }
        say "$j of $total targets not ready after ${took}s"; exit 1
      }
      # Jobs first: one that fails ends the gate at once. Then the rest, as written.
      for t; do case $t in job/*) set -- "$@" "$t" ;; esac; done
      for t; do case $t in job/*) ;; *) set -- "$@" "$t" ;; esac; done
      shift "$total"
      while :; do
        i=0
        for t; do
          i=$((i + 1)); eval "ok=\\${ok_$i:-0}"
          while [ "$ok" != 1 ] && [ "$(left)" -gt 0 ]; do
            eval "n=\\$((\\${try_$i:-0} + 1)); try_$i=\\$n"
            check "$t"; r=$?; eval "seen_$i=\\$seen"
            if [ "$r" = 0 ]; then
              ok=1; eval "ok_$i=1"; say "$t: ready (try $n, after $(($(date +%s) - start))s)"
              [ "$uptime" -gt 0 ] && say "$t: ready, must stay ready for ${uptime}s"
            elif [ "$r" = 2 ]; then
              say "$t: try $n: failed ($seen)"; finish "$@"
            else
              say "$t: try $n: not ready ($seen)"
              s=$(left); [ "$s" -gt "$interval" ] && s=$interval; [ "$s" -gt 0 ] && sleep "$s"
            fi
          done
        done
        [ "$uptime" -gt 0 ] && [ "$(left)" -gt 0 ] || finish "$@"
        # uptime: every target must still be ready after it (read once, no waiting); one that is not
        # is waited for again
        s=$(left); [ "$s" -gt "$uptime" ] && s=$uptime; sleep "$s"
        [ "$s" -lt "$uptime" ] && { i=0; for t; do i=$((i + 1)); eval "ok_$i=0 seen_$i=\\"ready, but not for \\${uptime}s before the deadline\\""; done; finish "$@"; }
        once=1; i=0; again=0
        for t; do
          i=$((i + 1)); check "$t"; r=$?
          [ "$r" = 0 ] && continue
          again=1; eval "ok_$i=0 seen_$i=\\$seen n=\\$((try_$i + 1)); try_$i=\\$n"
          say "$t: try $n: not ready (no longer ready after ${uptime}s: $seen)"
          [ "$r" = 2 ] && finish "$@"
        done
        once=0; [ "$again" = 0 ] && finish "$@"
      done
      """;
}
