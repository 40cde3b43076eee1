package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import java.util.Collections;
import java.util.LinkedHashMap;
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
   * The labels of the pods of {@code object} (named {@code name}, of {@code shape}): {@code
   * template}'s, then the controller's over them. Numbered labels are {@link #UNKNOWN} here when
   * {@code indexes} (from {@link #indexes}) is null, and absent when it says which pods there are.
   */
  static Map<String, String> of(
      WorkloadShape shape,
      String name,
      YMapping object,
      Map<String, String> template,
      PodIndexes indexes) {
    Map<String, String> out = new LinkedHashMap<>(template);
    switch (shape) {
      case JOB, CRONJOB -> {
        YMapping job = shape.jobSpec(object).orElse(null);
        // With a manual selector the Job's pods get none of the Job's labels.
        if (job == null || !"true".equals(job.text("manualSelector").orElse(null))) {
          String jobName = shape == WorkloadShape.JOB && name != null ? name : UNKNOWN;
          // The API server adds the name labels only where the template has none.
          out.putIfAbsent(JOB[0], jobName);
          out.putIfAbsent(JOB[1], jobName);
          out.put(JOB[2], UNKNOWN);
          out.put(JOB[3], UNKNOWN);
        }
        if (indexes == null && job != null && indexed(job)) {
          out.put(COMPLETION_INDEX, UNKNOWN);
        }
      }
      case STATEFULSET -> {
        out.put("controller-revision-hash", UNKNOWN);
        if (indexes == null) {
          out.put(POD_NAME, UNKNOWN);
          out.put(POD_INDEX, UNKNOWN);
        }
      }
      case DAEMONSET -> {
        out.put("controller-revision-hash", UNKNOWN);
        out.put("pod-template-generation", UNKNOWN);
      }
      case DEPLOYMENT -> out.put("pod-template-hash", UNKNOWN);
      case POD -> {}
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Which pods of {@code object} carry their number: a StatefulSet's ({@code spec.replicas},
   * default 1, from {@code spec.ordinals.start}, default 0) or an Indexed Job's ({@code
   * spec.completions}; of a CronJob, its Jobs'); null for other workloads, or when one of these is
   * not a whole number.
   */
  static PodIndexes indexes(WorkloadShape shape, String name, YMapping object) {
    YMapping spec = object.mapping("spec").orElse(null);
    if (spec == null) {
      return null;
    }
    if (shape == WorkloadShape.STATEFULSET && name != null) {
      // Plain lookups, no lambdas: this runs for every StatefulSet, mostly in the interpreter.
      String replicas = spec.text("replicas").orElse("1");
      YMapping ordinals = spec.mapping("ordinals").orElse(null);
      String start = ordinals == null ? "0" : ordinals.text("start").orElse("0");
      // No replicas yet (0, or an autoscaler's to come): matched as one pod, as the template is.
      return Digits.only(replicas, 1, 15) && Digits.only(start, 1, 9)
          ? new PodIndexes(name, Long.parseLong(start), Math.max(1, Long.parseLong(replicas)))
          : null;
    }
    YMapping job = shape.isJob() ? shape.jobSpec(object).orElse(null) : null;
    if (job != null && indexed(job)) { // a Job's, or each Job of a CronJob's
      String completions = job.text("completions").orElse(null);
      return Digits.only(completions, 1, 15)
          ? new PodIndexes(null, 0, Math.max(1, Long.parseLong(completions)))
          : null;
    }
    return null;
  }

  private static boolean indexed(YMapping jobSpec) {
    return "Indexed".equals(jobSpec.text("completionMode").orElse(null));
  }
}
