package dev.startgate.model;

import java.util.Objects;

/**
 * What makes two Kubernetes objects the same object: API group (not version), kind, namespace and
 * name. Used to find a generated object among the user's objects and among earlier output.
 *
 * @param group the API group, empty for the core group
 * @param kind the kind
 * @param namespace the namespace, or null
 * @param name the name
 */
public record ObjectKey(String group, String kind, String namespace, String name) {
  /** The key of {@code r}. */
  public static ObjectKey of(Resource r) {
    return new ObjectKey(r.group(), r.kind(), r.namespace(), r.name());
  }

  /**
   * The key of an object of {@code apiVersion}, {@code kind}, {@code namespace} and {@code name}.
   */
  public static ObjectKey of(String apiVersion, String kind, String namespace, String name) {
    return new ObjectKey(ResourceRef.groupOf(apiVersion), kind, namespace, name);
  }

  // Written out: a record's generated equals and hashCode spin method handles on first use, tens
  // of milliseconds of start-up that no class-data archive saves.
  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectKey k
        && Objects.equals(group, k.group)
        && Objects.equals(kind, k.kind)
        && Objects.equals(namespace, k.namespace)
        && Objects.equals(name, k.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, kind, namespace, name);
  }
}
