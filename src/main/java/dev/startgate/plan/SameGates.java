package dev.startgate.plan;

import dev.startgate.intent.ResourceTarget;

/**
 * A gate as it checks its target, without the text it was written as: {@code deployment/api} and
 * {@code deployment/shop/api} in namespace {@code shop} are one gate. Only gates that are equal in
 * every other field count as the same, so two gates that check anything differently stay two.
 */
final class SameGates implements Gate.Visitor<Gate> {
  private static final SameGates KEYS = new SameGates();

  private SameGates() {}

  /** {@code gate} with its written text left out, for comparing. */
  static Gate key(Gate gate) {
    return gate.accept(KEYS);
  }

  @Override
  public Gate tcp(Gate.Tcp g) {
    return new Gate.Tcp("", g.kindWord(), g.host(), g.port(), g.timing());
  }

  @Override
  public Gate http(Gate.Http g) {
    return new Gate.Http("", g.url(), g.expect(), g.timing());
  }

  @Override
  public Gate https(Gate.Https g) {
    return new Gate.Https("", g.url(), g.expect(), g.timing());
  }

  @Override
  public Gate protocol(Gate.Protocol g) {
    return new Gate.Protocol("", g.protocol(), g.host(), g.port(), g.timing());
  }

  @Override
  public Gate rollout(Gate.Rollout g) {
    return new Gate.Rollout("", g.kind(), g.namespace(), g.name(), g.timing());
  }

  @Override
  public Gate jobComplete(Gate.JobComplete g) {
    return new Gate.JobComplete("", g.namespace(), g.name(), g.timing());
  }

  @Override
  public Gate podsReady(Gate.PodsReady g) {
    return new Gate.PodsReady("", g.namespace(), g.selector(), g.timing());
  }

  @Override
  public Gate serviceReady(Gate.ServiceReady g) {
    return new Gate.ServiceReady("", g.namespace(), g.name(), g.timing());
  }

  @Override
  public Gate customResource(Gate.CustomResource g) {
    ResourceTarget r = g.resource();
    ResourceTarget unwritten =
        new ResourceTarget(
            "",
            r.resource(),
            r.version(),
            r.group(),
            r.scope(),
            r.namespace() == null ? g.namespace() : r.namespace(),
            r.name(),
            r.readiness());
    return new Gate.CustomResource("", unwritten, g.kind(), g.namespace(), g.timing());
  }
}
