package dev.startgate.plan;

import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import java.util.List;

/**
 * A hint for a target the input does not hold under its kind but holds under another workload kind
 * of the same name and namespace: {@code deployment/db} where {@code db} is a StatefulSet, {@code
 * job/nightly} where {@code nightly} is a CronJob (whose Jobs are named {@code nightly-TIME}, never
 * {@code nightly}, so such a gate waits until its timeout).
 */
final class OtherKinds {
  private OtherKinds() {}

  /**
   * The hint to append to the warning of {@code self}'s target, or "" if no other kind holds the
   * name and no one workload adds a prefix or suffix to it.
   */
  static String hint(
      Inventory inventory, Resource self, String kind, String namespace, String name) {
    // A target in another namespace than self's is suggested with it (deployment/other/db).
    String in = namespace != null && !namespace.equals(self.namespace()) ? namespace + "/" : "";
    // The kinds a target can name, each with its word (statefulset/), then the CronJob.
    for (WorkloadKind other : WorkloadKind.values()) {
      if (!other.kind().equals(kind) && inventory.find(other.kind(), namespace, name).isPresent()) {
        return "; the input has a "
            + other.kind()
            + " \""
            + name
            + "\": did you mean "
            + other.prefix()
            + "/"
            + in
            + name
            + "?";
      }
    }
    if (inventory.find("CronJob", namespace, name).isPresent() && !kind.equals("Job")) {
      // Not the job/ hint: a CronJob is no Deployment (nor StatefulSet, DaemonSet), whatever its
      // Jobs are called.
      return "; the input has a CronJob \"" + name + "\", not a " + kind;
    }
    if (inventory.find("CronJob", namespace, name).isPresent()) {
      return "; the input has a CronJob \""
          + name
          + "\", whose Jobs are named "
          + name
          + "-TIME, never "
          + name
          + ": no Job of that name will come, so wait for what its Job prepares instead";
    }
    return affixed(inventory, self, kind, namespace, name, in);
  }

  /**
   * The hint for the one workload of {@code kind} in {@code namespace} whose name adds a kustomize
   * {@code namePrefix} or {@code nameSuffix} to {@code name} ({@code p-api} for {@code api}, as
   * {@code service/} targets suggest it), other than {@code self}, written with {@code in} (the
   * namespace and a slash, or ""); "" for none or several.
   */
  private static String affixed(
      Inventory inventory, Resource self, String kind, String namespace, String name, String in) {
    WorkloadKind word = WorkloadKind.ofKind(kind);
    Resource found = null;
    for (Resource r :
        word == null ? List.<Resource>of() : inventory.withAffix(namespace, kind, name)) {
      // The index holds workloads of this kind only; a kind of another group (a CRD's
      // Deployment) is no target of this word.
      if (r != self
          && r != found
          && r.group().equals(word.group())
          && NameAffixes.adds(r.name(), name)) {
        if (found != null) {
          return ""; // two: no guess
        }
        found = r;
      }
    }
    return found == null
        ? ""
        : "; the input has a "
            + kind
            + " \""
            + found.name()
            + "\" (a kustomize namePrefix or nameSuffix?): did you mean "
            + word.prefix()
            + "/"
            + in
            + found.name()
            + "?";
  }
}
