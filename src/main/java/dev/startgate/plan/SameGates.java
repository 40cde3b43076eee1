package dev.startgate.plan;

import dev.startgate.intent.ResourceTarget;

/**
 * What a gate checks, as a text without the way its target was written: {@code deployment/api} and
 * {@code deployment/shop/api} in namespace {@code shop} are one gate. Every field but the written
 * text goes into the key, so two gates that check anything differently stay two. (A text, not the
 * gate records themselves: a record's own {@code equals} and {@code hashCode} spin classes at run
 * time, which the launcher's archive does not hold; a {@code StringBuilder}, not {@code +}, for the
 * same reason.)
 */
final class SameGates implements Gate.Visitor<String> {
  private static final SameGates KEYS = new SameGates();

  private SameGates() {}

  /** The key of {@code gate}; all gates of one workload share its timing, so it is left out. */
  static String key(Gate gate) {
    return gate.accept(KEYS);
  }

  private static String join(String kind, Object... parts) {
    StringBuilder b = new StringBuilder(kind);
    for (Object p : parts) {
      b.append('\u0000').append(p);
    }
    return b.toString();
  }

  @Override
  public String tcp(Gate.Tcp g) {
    return join("tcp", g.kindWord(), g.host(), g.port());
  }

  @Override
  public String http(Gate.Http g) {
    return join("http", g.url(), g.expect().options());
  }

  @Override
  public String https(Gate.Https g) {
    return join("https", g.url(), g.expect().options());
  }

  @Override
  public String protocol(Gate.Protocol g) {
    return join("protocol", g.protocol().name(), g.host(), g.port());
  }

  @Override
  public String rollout(Gate.Rollout g) {
    return join("rollout", g.kind().name(), g.namespace(), g.name());
  }

  @Override
  public String jobComplete(Gate.JobComplete g) {
    return join("job", g.namespace(), g.name());
  }

  @Override
  public String podsReady(Gate.PodsReady g) {
    return join("pods", g.namespace(), g.selector());
  }

  @Override
  public String serviceReady(Gate.ServiceReady g) {
    return join("service", g.namespace(), g.name());
  }

  @Override
  public String customResource(Gate.CustomResource g) {
    ResourceTarget r = g.resource();
    StringBuilder readiness = new StringBuilder();
    for (ResourceTarget.Readiness x : r.readiness()) {
      readiness.append(x.json()).append('\u0000');
    }
    return join(
        "custom",
        r.resource(),
        r.version(),
        r.group(),
        r.scope(),
        r.namespace() == null ? g.namespace() : r.namespace(),
        r.name(),
        g.kind(),
        g.namespace(),
        readiness);
  }
}
