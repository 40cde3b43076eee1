package dev.startgate.cli;

import dev.startgate.intent.Config;
import dev.startgate.intent.Timing;
import dev.startgate.plan.Gate;
import java.util.List;

/**
 * What {@code explain} shows of each gate kind: its image and the RBAC rules it needs. A {@link
 * Gate.Visitor}, so a new gate kind does not compile until it is described here.
 */
final class GateFacts implements Gate.Visitor<GateFacts.Fact> {
  /**
   * One gate as shown.
   *
   * @param kind the gate's kind word ({@code tcp}, {@code deployment}, ...)
   * @param target the target as written
   * @param image the image the gate runs
   * @param timing timeout, interval, uptime
   * @param rbac the rules its Role grants ({@code get,list,watch jobs.batch/migrate}); empty for
   *     network gates
   * @param container the init container that checks it ({@code startgate-network}, ...)
   */
  record Fact(
      String kind,
      String target,
      String image,
      Timing timing,
      List<String> rbac,
      String container) {
    /** This fact, checked by {@code name}. */
    Fact in(String name) {
      return new Fact(kind, target, image, timing, rbac, name);
    }
  }

  private final Config config;

  GateFacts(Config config) {
    this.config = config;
  }

  @Override
  public Fact tcp(Gate.Tcp gate) {
    return network(gate, config.images().busybox());
  }

  @Override
  public Fact http(Gate.Http gate) {
    return network(gate, config.images().busybox());
  }

  @Override
  public Fact https(Gate.Https gate) {
    return network(gate, config.images().curl());
  }

  @Override
  public Fact rollout(Gate.Rollout gate) {
    return kubernetes(
        gate,
        "get,list,watch " + gate.kind().resource() + "." + gate.kind().group() + "/" + gate.name(),
        gate.namespace());
  }

  @Override
  public Fact jobComplete(Gate.JobComplete gate) {
    if (config.kubernetes().whenReady()) {
      return whenReady(gate);
    }
    return kubernetes(gate, "get,list,watch jobs.batch/" + gate.name(), gate.namespace());
  }

  @Override
  public Fact serviceReady(Gate.ServiceReady gate) {
    return whenReady(gate);
  }

  /** A k8s-when-ready client gate: the server holds the rights, the gate needs none. */
  private Fact whenReady(Gate gate) {
    return new Fact(
        gate.kindWord(),
        gate.target(),
        config.kubernetes().clientImage(),
        gate.timing(),
        List.of(),
        null);
  }

  @Override
  public Fact podsReady(Gate.PodsReady gate) {
    return kubernetes(gate, "list,watch pods", gate.namespace());
  }

  private Fact network(Gate gate, String image) {
    return new Fact(gate.kindWord(), gate.target(), image, gate.timing(), List.of(), null);
  }

  private Fact kubernetes(Gate gate, String rule, String namespace) {
    String scoped = namespace == null ? rule : rule + " in " + namespace;
    return new Fact(
        gate.kindWord(),
        gate.target(),
        config.images().kubectl(),
        gate.timing(),
        List.of(scoped),
        null);
  }
}
