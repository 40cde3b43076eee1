package dev.startgate.model;

/** Identifies a Kubernetes object; namespace may be null. */
public record ResourceRef(String apiVersion, String kind, String namespace, String name) {

  /** The group part of {@code apiVersion} ({@code ""} for the core group). */
  public static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** {@code apiVersion/kind/namespace/name}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {apiVersion, kind, namespace, name}) {
      if (part != null && !part.isEmpty()) {
        b.append(b.length() == 0 ? "" : "/").append(part);
      }
    }
    return b.toString();
  }
}
