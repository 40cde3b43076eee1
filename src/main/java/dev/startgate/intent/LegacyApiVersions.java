package dev.startgate.intent;

import java.util.Map;

/**
 * Workload API versions startgate does not gate: those Kubernetes no longer serves (the deprecated
 * API migration guide) and any other, with the version to use instead.
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

  /** The one apiVersion startgate gates of each workload kind. */
  private static final Map<String, String> SERVED =
      Map.of(
          "Job", "batch/v1",
          "CronJob", "batch/v1",
          "Deployment", "apps/v1",
          "StatefulSet", "apps/v1",
          "DaemonSet", "apps/v1",
          "Pod", "v1");

  private LegacyApiVersions() {}

  /**
   * Why {@code apiVersion} {@code kind} gets no gates and what to write instead, or null when
   * {@code kind} is no workload kind.
   */
  static String advice(String apiVersion, String kind) {
    Removed r = REMOVED.get(apiVersion + "/" + kind);
    if (r == null) {
      String served = SERVED.get(kind);
      return served == null
          ? null
          : "startgate annotations have no effect on a "
              + kind
              + " of apiVersion "
              + apiVersion
              + ": startgate gates a "
              + kind
              + " of apiVersion "
              + served
              + " only; write apiVersion: "
              + served;
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
