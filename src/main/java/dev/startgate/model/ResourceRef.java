package dev.startgate.model;

/** Identifies a Kubernetes object; namespace may be null. */
public record ResourceRef(String apiVersion, String kind, String namespace, String name) {

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
