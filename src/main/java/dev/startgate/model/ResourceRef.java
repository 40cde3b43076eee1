package dev.startgate.model;

import java.util.Objects;

/** Identifies a Kubernetes object; namespace may be null. */
public record ResourceRef(String apiVersion, String kind, String namespace, String name) {

  /** The group part of {@code apiVersion} ({@code ""} for the core group). */
  public static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  // equals and hashCode are written out, as a record's would be: a record's own are bootstrapped at
  // run time on their first call, which spins classes the launcher's archive cannot hold (about
  // 10 ms of a run).

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceRef r
        && Objects.equals(r.apiVersion, apiVersion)
        && Objects.equals(r.kind, kind)
        && Objects.equals(r.namespace, namespace)
        && Objects.equals(r.name, name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, namespace, name);
  }

  /**
   * {@code apiVersion/kind/namespace/name}, leaving out what is unknown; an object with a namespace
   * and without a name ends in {@code /(no name)}, so that its namespace does not read as its name.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {apiVersion, kind, namespace, name}) {
      if (part != null && !part.isEmpty()) {
        b.append(b.length() == 0 ? "" : "/").append(part);
      }
    }
    if ((name == null || name.isEmpty()) && namespace != null && !namespace.isEmpty()) {
      b.append("/(no name)");
    }
    return b.toString();
  }
}
