package dev.startgate.plan;

import dev.startgate.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The objects of the input a gate of a workload in {@code namespace} waits for; empty when it waits
 * for none of them. A network target whose host is the DNS name of a Service in the input ({@code
 * db}, {@code db.shop}, {@code db.shop.svc[.DOMAIN]}, or a pod of a headless Service, {@code
 * pg-0.pg.shop.svc[.DOMAIN]}) waits for that Service and the workloads behind it, as a {@code
 * service/} target does.
 */
final class PhaseTargets implements Gate.Visitor<List<Resource>> {
  private final Inventory inventory;
  private final String namespace;

  PhaseTargets(Inventory inventory, String namespace) {
    this.inventory = inventory;
    this.namespace = namespace;
  }

  @Override
  public List<Resource> tcp(Gate.Tcp g) {
    return behind(serviceOf(g));
  }

  @Override
  public List<Resource> http(Gate.Http g) {
    return behind(serviceOf(g));
  }

  @Override
  public List<Resource> https(Gate.Https g) {
    return behind(serviceOf(g));
  }

  @Override
  public List<Resource> protocol(Gate.Protocol g) {
    return behind(serviceOf(g));
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
    return behind(inventory.find("Service", g.namespace(), g.name()));
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
   * The Service a gate connects through, if it is in the input: its name resolves only once it
   * exists, whatever is behind it (PhaseDeadlocks checks it first).
   */
  Optional<Resource> service(Gate gate) {
    return gate.accept(new ServiceOf());
  }

  /** The Service a gate connects through, if it is in the input; empty for other gates. */
  private final class ServiceOf implements Gate.Visitor<Optional<Resource>> {
    @Override
    public Optional<Resource> tcp(Gate.Tcp g) {
      return g.kindWord().equals("service")
          ? service(serviceAt(g.host()))
          : service(ServiceHosts.at(g.host(), namespace));
    }

    @Override
    public Optional<Resource> serviceReady(Gate.ServiceReady g) {
      return inventory.find("Service", g.namespace(), g.name());
    }

    @Override
    public Optional<Resource> http(Gate.Http g) {
      return service(ServiceHosts.at(ServiceHosts.host(g.url()), namespace));
    }

    @Override
    public Optional<Resource> https(Gate.Https g) {
      return service(ServiceHosts.at(ServiceHosts.host(g.url()), namespace));
    }

    @Override
    public Optional<Resource> protocol(Gate.Protocol g) {
      return service(ServiceHosts.at(g.host(), namespace));
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

  private Optional<Resource> serviceOf(Gate g) {
    return g.accept(new ServiceOf());
  }

  /** The Service at {@code at} (namespace, name), if it is in the input. */
  private Optional<Resource> service(String[] at) {
    return at == null ? Optional.empty() : inventory.find("Service", at[0], at[1]);
  }

  /** The namespace (or null) and name of the Service of a {@code service/} TCP gate. */
  private static String[] serviceAt(String host) {
    // Planner writes NAME, or NAME.NAMESPACE.svc for a namespaced target.
    int dot = host.indexOf('.');
    String name = dot < 0 ? host : host.substring(0, dot);
    String namespace = dot < 0 ? null : host.substring(dot + 1, host.length() - ".svc".length());
    return new String[] {namespace, name};
  }

  /** The workloads whose pods {@code service} selects. */
  private List<Resource> behind(Optional<Resource> service) {
    return service.map(inventory::behind).orElse(List.of());
  }
}
