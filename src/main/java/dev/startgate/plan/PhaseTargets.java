package dev.startgate.plan;

import dev.startgate.model.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects of the input a gate waits for; empty when it waits for none of them. */
final class PhaseTargets implements Gate.Visitor<List<Resource>> {
  private final Inventory inventory;

  PhaseTargets(Inventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public List<Resource> tcp(Gate.Tcp g) {
    if (!g.kindWord().equals("service")) {
      return List.of();
    }
    String[] at = serviceAt(g);
    return behind(at[0], at[1]);
  }

  @Override
  public List<Resource> http(Gate.Http g) {
    return List.of();
  }

  @Override
  public List<Resource> https(Gate.Https g) {
    return List.of();
  }

  @Override
  public List<Resource> protocol(Gate.Protocol g) {
    return List.of();
  }

  @Override
  public List<Resource> rollout(Gate.Rollout g) {
    return inventory.find(g.kind().kind(), g.namespace(), g.name()).map(List::of).orElse(List.of());
  }

  @Override
  public List<Resource> jobComplete(Gate.JobComplete g) {
    return inventory.find("Job", g.namespace(), g.name()).map(List::of).orElse(List.of());
  }

  @Override
  public List<Resource> podsReady(Gate.PodsReady g) {
    return inventory.withPods(g.namespace(), g.selector());
  }

  @Override
  public List<Resource> serviceReady(Gate.ServiceReady g) {
    return behind(g.namespace(), g.name());
  }

  @Override
  public List<Resource> customResource(Gate.CustomResource g) {
    return g.kind() == null
        ? List.of()
        : inventory
            .find(g.resource().group(), g.kind(), g.namespace(), g.resource().name())
            .map(List::of)
            .orElse(List.of());
  }

  /**
   * The Service a {@code service/} gate connects through, if it is in the input: its name resolves
   * only once it exists, whatever is behind it (PhaseDeadlocks checks it first).
   */
  Optional<Resource> service(Gate gate) {
    return gate.accept(new ServiceOf());
  }

  /** The Service of a {@code service/} gate in the input; empty for every other gate. */
  private final class ServiceOf implements Gate.Visitor<Optional<Resource>> {
    @Override
    public Optional<Resource> tcp(Gate.Tcp g) {
      if (!g.kindWord().equals("service")) {
        return Optional.empty();
      }
      String[] at = serviceAt(g);
      return inventory.find("Service", at[0], at[1]);
    }

    @Override
    public Optional<Resource> serviceReady(Gate.ServiceReady g) {
      return inventory.find("Service", g.namespace(), g.name());
    }

    @Override
    public Optional<Resource> http(Gate.Http g) {
      return Optional.empty();
    }

    @Override
    public Optional<Resource> https(Gate.Https g) {
      return Optional.empty();
    }

    @Override
    public Optional<Resource> protocol(Gate.Protocol g) {
      return Optional.empty();
    }

    @Override
    public Optional<Resource> rollout(Gate.Rollout g) {
      return Optional.empty();
    }

    @Override
    public Optional<Resource> jobComplete(Gate.JobComplete g) {
      return Optional.empty();
    }

    @Override
    public Optional<Resource> podsReady(Gate.PodsReady g) {
      return Optional.empty();
    }

    @Override
    public Optional<Resource> customResource(Gate.CustomResource g) {
      return Optional.empty();
    }
  }

  /** The namespace (or null) and name of the Service of a {@code service/} TCP gate. */
  private static String[] serviceAt(Gate.Tcp g) {
    // Planner writes NAME, or NAME.NAMESPACE.svc for a namespaced target.
    String host = g.host();
    int dot = host.indexOf('.');
    String name = dot < 0 ? host : host.substring(0, dot);
    String namespace = dot < 0 ? null : host.substring(dot + 1, host.length() - ".svc".length());
    return new String[] {namespace, name};
  }

  /** The workloads whose pods the Service selects. */
  private List<Resource> behind(String namespace, String name) {
    Optional<Resource> service = inventory.find("Service", namespace, name);
    Map<String, String> selector = service.map(s -> s.facts().serviceSelector()).orElse(Map.of());
    if (selector.isEmpty()) {
      return List.of();
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> e : selector.entrySet()) {
      text.append(text.length() == 0 ? "" : ",")
          .append(e.getKey())
          .append('=')
          .append(e.getValue());
    }
    try {
      return inventory.withPods(namespace, text.toString());
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }
}
