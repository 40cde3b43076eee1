package dev.startgate.cli;

import dev.startgate.intent.Config;
import dev.startgate.intent.Timing;
import dev.startgate.plan.AccessPlanner;
import dev.startgate.plan.ApiAccess;
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
   * @param waitsFor what a custom-resource gate waits for ({@code condition=Ready}, the options
   *     written); null for other gates
   * @param address what a {@code service/} target resolves to, {@code HOST:PORT} (the Service's
   *     port of the input); null for other gates
   */
  record Fact(
      String kind,
      String target,
      String image,
      Timing timing,
      List<String> rbac,
      String container,
      String waitsFor,
      String address) {
    Fact(String kind, String target, String image, Timing timing, List<String> rbac, String c) {
      this(kind, target, image, timing, rbac, c, null, null);
    }

    /** This fact, checked by {@code name}. */
    Fact in(String name) {
      return new Fact(kind, target, image, timing, rbac, name, waitsFor, address);
    }

    /** The target as the table shows it: a {@code service/} one with what it resolves to. */
    String shown() {
      return address == null ? target : target + " (" + address + ")";
    }
  }

  private final Config config;

  GateFacts(Config config) {
    this.config = config;
  }

  @Override
  public Fact tcp(Gate.Tcp gate) {
    Fact f = network(gate, config.images().busybox());
    if (!gate.target().startsWith("service/")) {
      return f;
    }
    String host = gate.host().contains(":") ? "[" + gate.host() + "]" : gate.host();
    return new Fact(
        f.kind(),
        f.target(),
        f.image(),
        f.timing(),
        f.rbac(),
        null,
        null,
        host + ":" + gate.port());
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
  public Fact protocol(Gate.Protocol gate) {
    return network(gate, config.images().busybox());
  }

  @Override
  public Fact rollout(Gate.Rollout gate) {
    return kubernetes(gate);
  }

  @Override
  public Fact jobComplete(Gate.JobComplete gate) {
    return config.kubernetes().whenReady() ? whenReady(gate) : kubernetes(gate);
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
    return kubernetes(gate);
  }

  @Override
  public Fact customResource(Gate.CustomResource gate) {
    Fact f = kubernetes(gate);
    return new Fact(
        gate.resource().kubectlType(),
        f.target(),
        f.image(),
        f.timing(),
        f.rbac(),
        f.container(),
        gate.resource().waitsFor(),
        null);
  }

  private Fact network(Gate gate, String image) {
    return new Fact(gate.kindWord(), gate.target(), image, gate.timing(), List.of(), null);
  }

  /** A kubectl gate, with the access the access plan gives its API request. */
  private Fact kubernetes(Gate gate) {
    List<String> rbac =
        AccessPlanner.kubectlAccess(config, gate).map(GateFacts::rule).stream().toList();
    return new Fact(
        gate.kindWord(), gate.target(), config.images().kubectl(), gate.timing(), rbac, null);
  }

  /** {@code get,list,watch deployments.apps/api in shop}, {@code list,watch pods}. */
  private static String rule(ApiAccess a) {
    return String.join(",", a.verbs())
        + " "
        + a.resource()
        + (a.group().isEmpty() ? "" : "." + a.group())
        + (a.name() == null ? "" : "/" + a.name())
        + (a.cluster() ? " (cluster-scoped)" : a.namespace() == null ? "" : " in " + a.namespace());
  }
}
