package dev.startgate.plan;

import dev.startgate.model.ObjectFacts;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input's ServiceAccounts, and which of them startgate generated: whether a pod's {@code
 * serviceAccountName} is an account startgate gave it or one of the user's that is named like it.
 * Only startgate's is replaced or removed when the gates change.
 *
 * @param generated {@code namespace/name} of each ServiceAccount in the input, to true if one of
 *     the objects of that name is startgate's (by its labels): then startgate named it in the pod,
 *     and a user's object of the same name beside it is a clash, not the pod's own account
 * @param defaultPullSecrets namespace to the {@code imagePullSecrets} of the input's {@code
 *     default} ServiceAccount there: pods on the default account pull with them, so an account
 *     startgate gives such a pod carries them too
 * @param noToken {@code namespace/name} of each of the user's ServiceAccounts in the input that set
 *     {@code automountServiceAccountToken: false}
 * @param bindings the names of startgate's RoleBindings and ClusterRoleBindings in the input, each
 *     as {@code namespace/name} and as its name alone
 */
public record InputAccounts(
    Map<String, Boolean> generated,
    Map<String, List<String>> defaultPullSecrets,
    Set<String> noToken,
    Set<String> bindings) {
  /** The ServiceAccounts among {@code existing}. */
  public static InputAccounts of(List<Resource> existing) {
    Map<String, Boolean> out = new HashMap<>();
    Map<String, List<String>> pull = new HashMap<>();
    Set<String> noToken = new HashSet<>();
    Set<String> bindings = new HashSet<>();
    for (Resource r : existing) {
      if (r.isGenerated()
          && ("RoleBinding".equals(r.kind()) || "ClusterRoleBinding".equals(r.kind()))
          && r.name() != null) {
        bindings.add(r.namespace() + "/" + r.name());
        bindings.add(r.name());
      }
      if ("ServiceAccount".equals(r.kind())
          && "v1".equals(r.ref().apiVersion())
          && r.name() != null) {
        // A loop and no lambda: the launcher's training run meets no ServiceAccount here.
        String key = r.namespace() + "/" + r.name();
        Boolean before = out.get(key);
        out.put(key, r.isGenerated() || (before != null && before));
        if ("default".equals(r.name()) && !r.isGenerated() && r.namespace() != null) {
          pull.putIfAbsent(r.namespace(), r.facts().pullSecrets());
        }
        if (r.facts().accountNoToken() && !r.isGenerated()) {
          noToken.add(key);
        }
      }
    }
    return new InputAccounts(
        Map.copyOf(out), Map.copyOf(pull), Set.copyOf(noToken), Set.copyOf(bindings));
  }

  /** True if the input's ServiceAccount {@code name} in {@code namespace} mounts no token. */
  public boolean noToken(String namespace, String name) {
    return noToken.contains(namespace + "/" + name);
  }

  /** The image pull Secrets of the input's {@code default} ServiceAccount in {@code namespace}. */
  public List<String> pullSecrets(String namespace) {
    return defaultPullSecrets.getOrDefault(namespace == null ? "" : namespace, List.of());
  }

  /**
   * True if {@code workload}'s pod names an account startgate made: the input's ServiceAccount of
   * that name in the workload's namespace carries startgate's labels (whatever its name: a workload
   * renamed since the run that made it still names {@code OLD-startgate}, which is then replaced by
   * its new account, or removed with its gates), or the input has none of that name, the name is
   * one startgate makes for it ({@code NAME-startgate} or {@code NAME-KIND-startgate}) and
   * startgate's token volume stands in the pod spec (a run of startgate set both).
   */
  public boolean startgates(Resource workload) {
    ObjectFacts.PodAccount pod = workload.facts().pod();
    String named = pod == null ? null : pod.serviceAccountName();
    if (named == null) {
      return false;
    }
    Boolean made = generated.get(workload.namespace() + "/" + named);
    if (made != null || !AccountNames.isOwn(workload, named) || !pod.startgateToken()) {
      return made != null && made;
    }
    // startgate's bindings for this workload without its account: an earlier run bound the user's
    // account of that name (review CO: the next run made one of its own over it).
    String cross = workload.namespace() + "." + named;
    return !bindings.contains(workload.namespace() + "/" + named)
        && !bindings.contains(ObjectNames.fit(cross, cross, 253));
  }

  /**
   * The warning that {@code workload}'s pod names startgate's account of an earlier run that the
   * input does not hold: kpt with selectors ({@code --match-kind Job}, a Kptfile's {@code
   * selectors}) hands a function only the objects they match, and each run then writes the
   * ServiceAccount, Role and RoleBinding again beside the old ones (review EF); null otherwise.
   */
  Result leftOut(Resource workload, String podSpec) {
    ObjectFacts.PodAccount pod = workload.facts().pod();
    String named = pod == null ? null : pod.serviceAccountName();
    if (named == null
        || generated.containsKey(workload.namespace() + "/" + named)
        || !startgates(workload)) {
      return null;
    }
    return Result.warning(
        workload,
        podSpec + ".serviceAccountName",
        "the pod runs as \""
            + named
            + "\", startgate's account of an earlier run, which is not in the input, so this run"
            + " writes it and its Role and RoleBinding again; under kpt with selectors (--match-kind,"
            + " a Kptfile's selectors) the function sees only the objects they match, and the"
            + " package then holds them twice: select startgate's objects too (labels:"
            + " {app.kubernetes.io/managed-by: startgate}) or run without selectors");
  }
}
