package dev.startgate.plan;

import dev.startgate.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The objects of the input a gate of a workload in {@code namespace} waits for. As a visitor: the
 * Kubernetes objects a Kubernetes gate names; empty for gates that connect through a Service.
 * {@link #service} gives that Service: a network target whose host is the DNS name of a Service in
 * the input ({@code db}, {@code db.shop}, {@code db.shop.svc[.DOMAIN]}, a pod of a headless
 * Service, {@code pg-0.pg.shop.svc[.DOMAIN]}; {@code service/} targets are written so), or a
 * when-ready {@code service} gate; the workloads behind it are {@link Inventory#behind}.
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
    return List.of(); // through its Service, if one of the input: service(gate)
  }

  @Override
  public List<Resource> http(Gate.Http g) {
    return List.of(); // through its Service, if one of the input: service(gate)
  }

  @Override
  public List<Resource> https(Gate.Https g) {
    return List.of(); // through its Service, if one of the input: service(gate)
  }

  @Override
  public List<Resource> protocol(Gate.Protocol g) {
    return List.of(); // through its Service, if one of the input: service(gate)
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
    return List.of(); // through its Service: service(gate)
  }

  @Override
  public List<Resource> customResource(Gate.CustomResource g) {
    return g.kind() == null
        ? inventory
            .findByPlural(
                g.resource().group(), g.resource().resource(), g.namespace(), g.resource().name())
            .map(List::of)
            .orElse(List.of())
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

  /**
   * The workloads behind {@code service} (the one {@link #service} found) that {@code gate}
   * reaches: through a host that names one pod of a headless Service ({@code pg-0.pg.shop.svc}),
   * the StatefulSet that has that pod only.
   */
  List<Resource> behind(Gate gate, Resource service) {
    HostServices.Named named = HostServices.find(gate.accept(PodChecks.HOST), namespace, inventory);
    return inventory.behind(service, named == null ? null : named.pod());
  }

  /** The Service a gate connects through, if it is in the input; empty for other gates. */
  private final class ServiceOf implements Gate.Visitor<Optional<Resource>> {
    @Override
    public Optional<Resource> tcp(Gate.Tcp g) {
      // service/ targets too: the planner wrote their host as NAME or NAME.NAMESPACE.svc.
      return service(g.host());
    }

    @Override
    public Optional<Resource> serviceReady(Gate.ServiceReady g) {
      return inventory.find("Service", g.namespace(), g.name());
    }

    @Override
    public Optional<Resource> http(Gate.Http g) {
      return service(g.host());
    }

    @Override
    public Optional<Resource> https(Gate.Https g) {
      return service(g.host());
    }

    @Override
    public Optional<Resource> protocol(Gate.Protocol g) {
      return service(g.host());
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

  /** The Service of the input that {@code host} names from the workload's pods, if any. */
  private Optional<Resource> service(String host) {
    HostServices.Named named = HostServices.find(host, namespace, inventory);
    return named == null ? Optional.empty() : Optional.of(named.service());
  }
}
