package dev.startgate.intent;

/** Kinds of object a Kubernetes gate can wait for. */
public enum WorkloadKind {
  DEPLOYMENT("deployment", "Deployment", "apps", "deployments"),
  STATEFULSET("statefulset", "StatefulSet", "apps", "statefulsets"),
  DAEMONSET("daemonset", "DaemonSet", "apps", "daemonsets"),
  JOB("job", "Job", "batch", "jobs");

  private final String prefix;
  private final String kind;
  private final String group;
  private final String resource;

  WorkloadKind(String prefix, String kind, String group, String resource) {
    this.prefix = prefix;
    this.kind = kind;
    this.group = group;
    this.resource = resource;
  }

  /** The word before the slash in a target ({@code deployment}). */
  public String prefix() {
    return prefix;
  }

  /** The Kubernetes kind ({@code Deployment}). */
  public String kind() {
    return kind;
  }

  /** The API group ({@code apps}). */
  public String group() {
    return group;
  }

  /** The API resource ({@code deployments}). */
  public String resource() {
    return resource;
  }

  /** The kind for a Kubernetes kind ({@code Deployment}), or null. */
  public static WorkloadKind ofKind(String kind) {
    for (WorkloadKind k : values()) {
      if (k.kind.equals(kind)) {
        return k;
      }
    }
    return null;
  }

  /** The kind for a target prefix, or null. */
  public static WorkloadKind ofPrefix(String prefix) {
    for (WorkloadKind k : values()) {
      if (k.prefix.equals(prefix)) {
        return k;
      }
    }
    return null;
  }
}
