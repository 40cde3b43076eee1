package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name of the ServiceAccount, Role and RoleBinding startgate makes for a workload with kubectl
 * gates: {@code NAME-startgate}. Kubernetes names are unique per kind, so a Deployment and a
 * CronJob may both be {@code api}: then the kind that comes first in {@link WorkloadShape}'s order
 * (Job, CronJob, Deployment, StatefulSet, DaemonSet, Pod) keeps {@code api-startgate} and each
 * other kind gets {@code NAME-KIND-startgate} ({@code api-deployment-startgate}). By kind, not by
 * document order: reordering the input renames nothing.
 */
final class AccountNames {
  private final Set<Resource> qualified;

  private AccountNames(Set<Resource> qualified) {
    this.qualified = qualified;
  }

  /** The names of {@code workloads}, the input's workloads that get an account or a Role. */
  static AccountNames of(List<Resource> workloads) {
    Map<String, Resource> first = new HashMap<>();
    for (Resource w : workloads) {
      // A workload without a name (generateName) gets no account: AccessPrerequisites says why.
      if (w.name() == null) {
        continue;
      }
      first.merge(key(w), w, (a, b) -> rank(b) < rank(a) ? b : a);
    }
    Set<Resource> qualified = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Resource w : workloads) {
      if (w.name() != null && rank(first.get(key(w))) < rank(w)) {
        qualified.add(w);
      }
    }
    return new AccountNames(qualified);
  }

  /** The account, Role and RoleBinding name of {@code workload} in this input. */
  String of(Resource workload) {
    return qualified.contains(workload) ? qualifiedName(workload) : plainName(workload);
  }

  /** True if {@code name} is a name startgate gives {@code workload}'s account in some input. */
  static boolean isOwn(Resource workload, String name) {
    return name.equals(plainName(workload)) || name.equals(qualifiedName(workload));
  }

  /** {@code NAME-startgate}. */
  static String plainName(Resource workload) {
    String base = String.valueOf(workload.name()).concat("-startgate");
    return ObjectNames.fit(base, base, 253);
  }

  private static String qualifiedName(Resource workload) {
    String base =
        String.valueOf(workload.name())
            .concat("-")
            .concat(workload.kind().toLowerCase(Locale.ROOT))
            .concat("-startgate");
    return ObjectNames.fit(base, base, 253);
  }

  private static String key(Resource w) {
    return String.valueOf(w.namespace()).concat("/").concat(plainName(w));
  }

  private static int rank(Resource w) {
    return w.shape().map(WorkloadShape::ordinal).orElse(Integer.MAX_VALUE);
  }

  /**
   * The error for {@code workload}, whose account and Role {@code ours} the {@code first} workload
   * in its namespace has already: the same object twice, or a name that meets another's
   * kind-qualified one.
   */
  static Result clash(Resource first, Resource workload, String ours) {
    return Result.error(
        workload,
        "metadata.name",
        workload.name(),
        "the "
            + first.kind()
            + " \""
            + first.name()
            + "\" in namespace \""
            + workload.namespace()
            + "\" is gated too and needs the same ServiceAccount and Role \""
            + ours
            + (first.kind().equals(workload.kind())
                ? "\"; keep one of the two, or rename one"
                : "\"; give the workloads different names, like "
                    + workload.name()
                    + "-"
                    + workload.kind().toLowerCase(Locale.ROOT)));
  }
}
