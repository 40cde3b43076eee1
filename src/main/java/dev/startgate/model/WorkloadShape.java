package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import java.util.List;
import java.util.Optional;

/** The kinds of object startgate gates, and where each keeps its pod spec. */
public enum WorkloadShape {
  JOB("batch/v1", "Job", "spec", "template", "spec"),
  CRONJOB("batch/v1", "CronJob", "spec", "jobTemplate", "spec", "template", "spec"),
  DEPLOYMENT("apps/v1", "Deployment", "spec", "template", "spec"),
  STATEFULSET("apps/v1", "StatefulSet", "spec", "template", "spec"),
  DAEMONSET("apps/v1", "DaemonSet", "spec", "template", "spec"),
  POD("v1", "Pod", "spec");

  private final String apiVersion;
  private final String kind;
  private final String[] podSpecPath;

  WorkloadShape(String apiVersion, String kind, String... podSpecPath) {
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.podSpecPath = podSpecPath;
  }

  /** The kind. */
  public String kind() {
    return kind;
  }

  /** Path of the pod spec, e.g. {@code spec.template.spec}. */
  public String podSpecField() {
    return String.join(".", podSpecPath);
  }

  /** The pod spec in {@code object} (an object of this shape), if it has one. */
  public Optional<YMapping> podSpec(YMapping object) {
    return object.mappingAt(podSpecPath);
  }

  /** Path of the Job spec ({@code spec.jobTemplate.spec} of a CronJob); null for other kinds. */
  public String jobSpecField() {
    return jobSpecPath().map(p -> String.join(".", p)).orElse(null);
  }

  /** The mapping that holds {@code backoffLimit} (the Job spec), for Jobs and CronJobs. */
  public Optional<YMapping> jobSpec(YMapping object) {
    String[] path = jobSpecPath().orElse(null);
    return path == null ? Optional.empty() : object.mappingAt(path);
  }

  /** Path of the labels of the pods this shape makes. */
  String[] podLabelsPath() {
    return switch (this) {
      case POD -> new String[] {"metadata", "labels"};
      case CRONJOB ->
          new String[] {"spec", "jobTemplate", "spec", "template", "metadata", "labels"};
      default -> new String[] {"spec", "template", "metadata", "labels"};
    };
  }

  /** Path of the Job spec, for Jobs and CronJobs. */
  Optional<String[]> jobSpecPath() {
    return switch (this) {
      case JOB -> Optional.of(new String[] {"spec"});
      case CRONJOB -> Optional.of(new String[] {"spec", "jobTemplate", "spec"});
      default -> Optional.empty();
    };
  }

  /** True for Jobs and CronJobs. */
  public boolean isJob() {
    return this == JOB || this == CRONJOB;
  }

  /** {@link #values()} once: each call of it copies the array. */
  private static final List<WorkloadShape> SHAPES = List.of(values());

  /** The shape of the object {@code ref}, if startgate gates its kind. */
  public static Optional<WorkloadShape> of(ResourceRef ref) {
    for (WorkloadShape s : SHAPES) {
      if (s.kind.equals(ref.kind()) && s.apiVersion.equals(ref.apiVersion())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
