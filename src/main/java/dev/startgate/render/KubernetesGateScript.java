package dev.startgate.render;

/**
 * The POSIX sh script of {@code startgate-kubernetes} (kubectl image), run as {@code sh -c SCRIPT
 * NAME TIMEOUT INTERVAL UPTIME TARGET...} with targets {@code KIND/NAMESPACE/REST} (an empty
 * NAMESPACE: the pod's own). Placeholder of the gates-v2 layout: the kubegate branch replaces it.
 */
final class KubernetesGateScript {
  private KubernetesGateScript() {}

  /** The script. */
  static final String SCRIPT =
      """
      # startgate Kubernetes gate: README.md, "How a Kubernetes gate behaves". Arguments: TIMEOUT INTERVAL UPTIME TARGET...
      timeout=$1
      shift 3
      bad=0
      for t in "$@"; do
        kind=${t%%/*} rest=${t#*/}
        ns=${rest%%/*} name=${rest#*/}
        set -- "--timeout=${timeout}s"
        [ -n "$ns" ] && set -- "$@" "--namespace=$ns"
        case $kind in
          job) kubectl wait "$@" --for=condition=Complete "job/$name" ;;
          pods) kubectl wait "$@" --for=condition=Ready pod --selector="$name" ;;
          *) kubectl rollout status "$@" "$kind/$name" ;;
        esac || bad=$((bad + 1))
      done
      [ "$bad" -eq 0 ]
      """;
}
