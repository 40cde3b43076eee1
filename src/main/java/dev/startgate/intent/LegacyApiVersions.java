package dev.startgate.intent;

import java.util.Map;

/**
 * Workload API versions Kubernetes no longer serves (the deprecated API migration guide): startgate
 * does not gate them, and says which version to use instead.
 */
final class LegacyApiVersions {
  private record Removed(String since, String use) {}

  private static final Removed APPS_1_16 = new Removed("1.16", "apps/v1");

  private static final Map<String, Removed> REMOVED =
      Map.ofEntries(
          Map.entry("extensions/v1beta1/Deployment", APPS_1_16),
          Map.entry("extensions/v1beta1/DaemonSet", APPS_1_16),
          Map.entry("apps/v1beta1/Deployment", APPS_1_16),
          Map.entry("apps/v1beta1/StatefulSet", APPS_1_16),
          Map.entry("apps/v1beta2/Deployment", APPS_1_16),
          Map.entry("apps/v1beta2/StatefulSet", APPS_1_16),
          Map.entry("apps/v1beta2/DaemonSet", APPS_1_16),
          Map.entry("batch/v1beta1/CronJob", new Removed("1.25", "batch/v1")));

  private LegacyApiVersions() {}

  /** Why {@code apiVersion} {@code kind} gets no gates and what to write instead, or null. */
  static String advice(String apiVersion, String kind) {
    Removed r = REMOVED.get(apiVersion + "/" + kind);
    if (r == null) {
      return null;
    }
    return "startgate annotations have no effect on a "
        + kind
        + " of apiVersion "
        + apiVersion
        + ", which Kubernetes has not served since "
        + r.since()
        + "; use apiVersion: "
        + r.use()
        + " (startgate gates only that version)";
  }
}
