package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What the input contains that targets may refer to. */
public final class Inventory {
  private record Key(String kind, String namespace, String name) {
    // Written out: a record's generated equals and hashCode spin method handles on first use,
    // about 40 ms of every run's start-up that no class-data archive saves.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(kind, k.kind)
          && Objects.equals(namespace, k.namespace)
          && Objects.equals(name, k.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, namespace, name);
    }
  }

  private final Map<Key, Resource> objects = new HashMap<>();
  private final List<Resource> all;

  /** An inventory of {@code resources}. */
  public Inventory(List<Resource> resources) {
    this.all = List.copyOf(resources);
    for (Resource r : resources) {
      if (r.name() != null) {
        objects.putIfAbsent(new Key(r.kind(), r.namespace(), r.name()), r);
      }
    }
  }

  /** The object of {@code kind} named {@code name} in {@code namespace} (null: no namespace). */
  public Optional<Resource> find(String kind, String namespace, String name) {
    return Optional.ofNullable(objects.get(new Key(kind, namespace, name)));
  }

  /** The object of {@code kind} in API group {@code group}, else like {@link #find}. */
  public Optional<Resource> find(String group, String kind, String namespace, String name) {
    return find(kind, namespace, name).filter(r -> r.group().equals(group));
  }

  /**
   * The workloads in {@code namespace} (null: no namespace) whose pods the label {@code selector}
   * matches, in input order: what a {@code pods/} target waits for.
   */
  public List<Resource> withPods(String namespace, String selector) {
    LabelSelector parsed = LabelSelector.parse(selector);
    List<Resource> matching = new ArrayList<>();
    for (Resource r : all) {
      Optional<WorkloadShape> shape = r.shape();
      if (shape.isPresent()
          && Objects.equals(r.namespace(), namespace)
          && parsed.matches(r.facts().podLabels())) {
        matching.add(r);
      }
    }
    return matching;
  }
}
