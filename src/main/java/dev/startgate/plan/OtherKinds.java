package dev.startgate.plan;

import java.util.List;

/**
 * A hint for a target the input does not hold under its kind but holds under another workload kind
 * of the same name and namespace: {@code deployment/db} where {@code db} is a StatefulSet, {@code
 * job/nightly} where {@code nightly} is a CronJob (whose Jobs are named {@code nightly-TIME}, never
 * {@code nightly}, so such a gate waits until its timeout).
 */
final class OtherKinds {
  private OtherKinds() {}

  private static final List<String> KINDS =
      List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

  /** The hint to append to the warning, or "" if no other kind holds the name. */
  static String hint(Inventory inventory, String kind, String namespace, String name) {
    for (String other : KINDS) {
      if (other.equals(kind) || inventory.find(other, namespace, name).isEmpty()) {
        continue;
      }
      if (other.equals("CronJob")) {
        return "; the input has a CronJob \""
            + name
            + "\", whose Jobs are named "
            + name
            + "-TIME, never "
            + name
            + ": no Job of that name will come, so wait for what its Job prepares instead";
      }
      return "; the input has a "
          + other
          + " \""
          + name
          + "\": did you mean "
          + other.toLowerCase(java.util.Locale.ROOT)
          + "/"
          + name
          + "?";
    }
    return "";
  }
}
