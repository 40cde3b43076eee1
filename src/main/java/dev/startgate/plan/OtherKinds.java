package dev.startgate.plan;

import dev.startgate.intent.WorkloadKind;

/**
 * A hint for a target the input does not hold under its kind but holds under another workload kind
 * of the same name and namespace: {@code deployment/db} where {@code db} is a StatefulSet, {@code
 * job/nightly} where {@code nightly} is a CronJob (whose Jobs are named {@code nightly-TIME}, never
 * {@code nightly}, so such a gate waits until its timeout).
 */
final class OtherKinds {
  private OtherKinds() {}

  /** The hint to append to the warning, or "" if no other kind holds the name. */
  static String hint(Inventory inventory, String kind, String namespace, String name) {
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
    return "";
  }
}
