package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import java.util.Collections;
import java.util.Map;

/**
 * The labels Kubernetes puts on a workload's pods beside its template's, which a {@code pods/}
 * target or a Service may select by: {@code job-name} and {@code batch.kubernetes.io/job-name} on a
 * Job's pods, {@code statefulset.kubernetes.io/pod-name} and {@code apps.kubernetes.io/pod-index}
 * on a StatefulSet's, {@code batch.kubernetes.io/job-completion-index} on an Indexed Job's, and the
 * hashes and uids of each controller. A label whose value the cluster makes up (a uid, a hash, the
 * name of a CronJob's Job) has the value {@link #UNKNOWN}, which no selector's value equals: the
 * label is there, its value is none a manifest can name.
 */
public final class ControllerLabels {
  /** The value of a label the cluster makes up; not a valid label value, so nothing equals it. */
  public static final String UNKNOWN = "?";

  /** A StatefulSet pod's name. */
  public static final String POD_NAME = "statefulset.kubernetes.io/pod-name";

  /** A StatefulSet pod's ordinal (Kubernetes 1.28 and later). */
  public static final String POD_INDEX = "apps.kubernetes.io/pod-index";

  /** An Indexed Job pod's completion index (Kubernetes 1.28 and later). */
  public static final String COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";

  private static final String[] JOB = {
    "job-name",
    "batch.kubernetes.io/job-name",
    "controller-uid",
    "batch.kubernetes.io/controller-uid"
  };

  private ControllerLabels() {}

  /**
   * The pods that carry their own number in a label: a StatefulSet's {@code count} replicas from
   * ordinal {@code first}, or an Indexed Job's {@code count} completions from 0.
   *
   * @param name the StatefulSet's name (its pods are {@code name-N}); null for an Indexed Job
   */
  public record PodIndexes(String name, long first, long count) {
    /** True if {@code key} is a label whose value differs from pod to pod. */
    public boolean numbered(String key) {
      return name == null
          ? key.equals(COMPLETION_INDEX)
          : key.equals(POD_NAME) || key.equals(POD_INDEX);
    }

    /** The pod number {@code value} of label {@code key} names, or -1. */
    public long number(String key, String value) {
      String digits = key.equals(POD_NAME) ? after(value, name + "-") : value;
      return digits != null && Digits.only(digits, 1, 18) ? Long.parseLong(digits) : -1;
    }

    /** True if pod {@code n} exists. */
    public boolean has(long n) {
      return n >= first && n - first < count;
    }

    /** Sets the numbered labels of pod {@code n} in {@code labels}. */
    public void put(Map<String, String> labels, long n) {
      if (name == null) {
        labels.put(COMPLETION_INDEX, Long.toString(n));
      } else {
        labels.put(POD_NAME, name + "-" + n);
        labels.put(POD_INDEX, Long.toString(n));
      }
    }

    private static String after(String value, String prefix) {
      return value.startsWith(prefix) ? value.substring(prefix.length()) : null;
    }
  }

  /** True if {@code key} is a label of a pod's own number, for any workload. */
  public static boolean numbered(String key) {
    return key.equals(POD_NAME) || key.equals(POD_INDEX) || key.equals(COMPLETION_INDEX);
  }

  /**
   * The labels of a workload's pods, and the pods that carry their number.
   *
   * @param labels its template's, then the controller's over them; a numbered label is {@link
   *     #UNKNOWN} here when {@code indexes} is null, and absent when it says which pods there are
   * @param indexes see {@link #of}; null for a workload whose pods carry no number, or when it is
   *     not written as a whole number
   */
  record Pods(Map<String, String> labels, PodIndexes indexes) {}

  /**
   * The pods of {@code object} (named {@code name}, of {@code shape}), whose template has {@code
   * labels} (a map of the caller's, which this fills further). The numbered pods: a StatefulSet's
   * ({@code spec.replicas}, default 1, from {@code spec.ordinals.start}, default 0) or an Indexed
   * Job's ({@code spec.completions}; of a CronJob, its Jobs'); no replicas yet (0, or an
   * autoscaler's to come) count as one pod, as the template did.
   */
  static Pods of(WorkloadShape shape, String name, YMapping object, Map<String, String> labels) {
    PodIndexes indexes = null;
    YMapping job = shape.isJob() ? shape.jobSpec(object).orElse(null) : null;
    switch (shape) {
      case JOB, CRONJOB -> {
        // With a manual selector the Job's pods get none of the Job's labels.
        if (job == null || !"true".equals(job.text("manualSelector").orElse(null))) {
          String jobName = shape == WorkloadShape.JOB && name != null ? name : UNKNOWN;
          // The API server adds the name labels only where the template has none.
          labels.putIfAbsent(JOB[0], jobName);
          labels.putIfAbsent(JOB[1], jobName);
          labels.put(JOB[2], UNKNOWN);
          labels.put(JOB[3], UNKNOWN);
        }
        if (job != null && indexed(job)) { // a Job's, or each Job of a CronJob's
          String completions = job.text("completions").orElse(null);
          indexes = count(null, "0", completions);
          if (indexes == null) {
            labels.put(COMPLETION_INDEX, UNKNOWN);
          }
        }
      }
      case STATEFULSET -> {
        labels.put("controller-revision-hash", UNKNOWN);
        // Plain lookups, no lambdas: this runs for every StatefulSet, mostly in the interpreter.
        YMapping spec = object.mapping("spec").orElse(null);
        YMapping ordinals = spec == null ? null : spec.mapping("ordinals").orElse(null);
        indexes =
            name == null || spec == null
                ? null
                : count(
                    name,
                    ordinals == null ? "0" : ordinals.text("start").orElse("0"),
                    spec.text("replicas").orElse("1"));
        if (indexes == null) {
          labels.put(POD_NAME, UNKNOWN);
          labels.put(POD_INDEX, UNKNOWN);
        }
      }
      case DAEMONSET -> {
        labels.put("controller-revision-hash", UNKNOWN);
        labels.put("pod-template-generation", UNKNOWN);
      }
      case DEPLOYMENT -> labels.put("pod-template-hash", UNKNOWN);
      case POD -> {}
    }
    return new Pods(Collections.unmodifiableMap(labels), indexes);
  }

  /** {@code count} pods from {@code first}, both written as whole numbers; else null. */
  private static PodIndexes count(String name, String first, String count) {
    return Digits.only(first, 1, 9) && Digits.only(count, 1, 15)
        ? new PodIndexes(name, Long.parseLong(first), Math.max(1, Long.parseLong(count)))
        : null;
  }

  private static boolean indexed(YMapping jobSpec) {
    return "Indexed".equals(jobSpec.text("completionMode").orElse(null));
  }
}
