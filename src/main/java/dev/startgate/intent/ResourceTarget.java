package dev.startgate.intent;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A custom resource to wait for, as written in {@code startgate.dev/wait-for}: {@code
 * RESOURCE[.VERSION].GROUP/[NAMESPACE/]NAME [OPTION...]} (see {@link ResourceTargetParser}).
 *
 * @param text the target as written
 * @param resource the plural resource ({@code clusters}), resolved from a kind or singular name
 *     when a CRD in the input gives it
 * @param version the version the user pinned ({@code v1}), or null for the server's preferred one
 * @param group the API group ({@code postgresql.cnpg.io})
 * @param scope whether the resource is namespaced, and whether a CRD in the input said so
 * @param namespace the namespace written, or null (the workload's namespace; always null when
 *     cluster-scoped)
 * @param name the object's name
 * @param readiness what must hold besides the generic rule; never empty ({@code condition=Ready}
 *     unless the user named something else)
 */
public record ResourceTarget(
    String text,
    String resource,
    String version,
    String group,
    Scope scope,
    String namespace,
    String name,
    List<Readiness> readiness) {
  public ResourceTarget {
    readiness = List.copyOf(readiness);
  }

  /** How the scope of the resource is known. */
  public enum Scope {
    /** A CRD in the input says {@code scope: Namespaced}. */
    NAMESPACED,
    /** A CRD in the input says {@code scope: Cluster}, or the target says {@code scope=Cluster}. */
    CLUSTER,
    /** No CRD in the input and no {@code scope=} option: taken as namespaced. */
    ASSUMED_NAMESPACED
  }

  /** One thing that must hold for the object to count as ready. */
  public sealed interface Readiness permits Condition, Field {
    /** The option as the user would write it, e.g. {@code condition=Ready}. */
    String option();

    /** This check as a JSON object, for the gate script's jq program. */
    String json();

    /**
     * What the gate checks, however it was written: a condition's type in lower case (the gate
     * compares types ignoring case), a field by its steps (braces and quoting left out).
     */
    String identity();
  }

  /**
   * Condition {@code type} has status {@code status} ({@code True}, {@code False}, {@code
   * Unknown}).
   */
  public record Condition(String type, String status) implements Readiness {
    // equals and hashCode written out: a record's own spin classes at run time (see ResourceRef).
    @Override
    public boolean equals(Object o) {
      return o instanceof Condition c
          && Objects.equals(c.type, type)
          && Objects.equals(c.status, status);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, status);
    }

    @Override
    public String option() {
      return "condition=" + type + ("True".equals(status) ? "" : "=" + status);
    }

    @Override
    public String identity() {
      return "condition=" + type.toLowerCase(java.util.Locale.ROOT) + "=" + status;
    }

    @Override
    public String json() {
      return "{\"condition\":"
          + JsonPathSubset.quote(type)
          + ",\"status\":"
          + JsonPathSubset.quote(status)
          + "}";
    }
  }

  /**
   * The field at {@code expression} (a JSONPath, as written) has the printed value {@code value};
   * with a null value, the field exists and is not null.
   */
  public record Field(String expression, List<JsonPathSubset.Step> steps, String value)
      implements Readiness {
    public Field {
      steps = List.copyOf(steps);
    }

    @Override
    public String option() {
      return "jsonpath=" + expression + (value == null ? "" : "=" + value);
    }

    @Override
    public String identity() {
      StringBuilder out = new StringBuilder("jsonpath=");
      for (JsonPathSubset.Step step : steps) {
        out.append(step.json());
      }
      return value == null ? out.toString() : out.append('=').append(value).toString();
    }

    @Override
    public String json() {
      return "{\"field\":"
          + JsonPathSubset.quote(expression)
          + ",\"steps\":["
          + steps.stream().map(JsonPathSubset.Step::json).collect(Collectors.joining(","))
          + "]"
          + (value == null ? "" : ",\"value\":" + JsonPathSubset.quote(value))
          + "}";
    }
  }

  /** True when the object has no namespace (its RBAC needs a ClusterRole). */
  public boolean clusterScoped() {
    return scope == Scope.CLUSTER;
  }

  /** The resource as kubectl takes it: {@code clusters.postgresql.cnpg.io} or with the version. */
  public String kubectlType() {
    return resource + (version == null ? "" : "." + version) + "." + group;
  }

  /**
   * The readiness checks as one JSON document, the last argument of the gate script's {@code
   * wait_custom}: {@code {"checks":[...]}}. JSON is read by jq, never by the shell.
   */
  public String ruleJson() {
    return "{\"checks\":["
        + readiness.stream().map(Readiness::json).collect(Collectors.joining(","))
        + "]}";
  }

  /** What {@code explain} shows: {@code condition=Ready}, or the options written. */
  public String waitsFor() {
    return readiness.stream().map(Readiness::option).collect(Collectors.joining(" "));
  }
}
