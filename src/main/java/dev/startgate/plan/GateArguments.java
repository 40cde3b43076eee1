package dev.startgate.plan;

import dev.startgate.intent.HttpExpect;
import dev.startgate.intent.ResourceTarget;
import java.util.List;

/**
 * What a gate checks, as its script's argument (gates v2 contract). render writes it into the gate
 * container; the planner compares it, so that one target written two ways ({@code deployment/api}
 * and {@code deployment/shop/api} in {@code shop}) is gated once.
 */
public final class GateArguments {
  /** The readiness a custom resource has when none is asked for: condition Ready=True. */
  private static final List<ResourceTarget.Readiness> DEFAULT_READINESS =
      List.of(new ResourceTarget.Condition("Ready", "True"));

  private GateArguments() {}

  /** {@code gate} as its script's argument. */
  public static String of(Gate gate) {
    return gate.accept(ARGUMENT);
  }

  /**
   * What makes two gates the same check: their argument, with a custom resource's API version left
   * out ({@code clusters.v1.postgresql.cnpg.io/db} reads the same object as {@code
   * clusters.postgresql.cnpg.io/db}).
   */
  public static String identity(Gate gate) {
    return gate.accept(UNVERSIONED);
  }

  /** An IPv6 address in brackets, once: the parsed host keeps the brackets it was written with. */
  private static String bracketed(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /**
   * Network targets as URLs ({@code service/} resolved to {@code tcp://HOST:PORT}), Kubernetes
   * targets as {@code KIND/NAMESPACE/REST} (an empty namespace: the pod's own), custom resources as
   * {@code TYPE/NAMESPACE/NAME[ RULE]}: TYPE kubectl's resource type, NAMESPACE {@code -} when
   * cluster-scoped, RULE ({@code ResourceTarget#ruleJson()}) only when it is not the default
   * condition Ready=True.
   */
  private static final Gate.Visitor<String> ARGUMENT = new Argument(true);

  private static final Gate.Visitor<String> UNVERSIONED = new Argument(false);

  /** The argument, with a custom resource's API version or without it. */
  private static final class Argument implements Gate.Visitor<String> {
    private final boolean versions;

    Argument(boolean versions) {
      this.versions = versions;
    }

    @Override
    public String tcp(Gate.Tcp g) {
      return "tcp://" + host(g.host()) + ":" + g.port();
    }

    @Override
    public String http(Gate.Http g) {
      return versions ? g.url() + g.expect().options() : sameCheck(g.url(), ":80", g.expect());
    }

    @Override
    public String https(Gate.Https g) {
      return versions ? g.url() + g.expect().options() : sameCheck(g.url(), ":443", g.expect());
    }

    @Override
    public String protocol(Gate.Protocol g) {
      return g.protocol().scheme() + "://" + host(g.host()) + ":" + g.port();
    }

    /** A host as the argument writes it; for the identity, in lower case (DNS ignores case). */
    private String host(String host) {
      return versions ? bracketed(host) : bracketed(host).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * An HTTP(S) check as its identity: the scheme and host in lower case, the default port left
     * out, the path at least {@code /}, the statuses in order without repeats ({@code 2xx} alone is
     * the default), the body as written.
     */
    private static String sameCheck(String url, String defaultPort, HttpExpect expect) {
      int authority = url.indexOf("://") + 3;
      int path = url.indexOf('/', authority);
      String head = (path < 0 ? url : url.substring(0, path)).toLowerCase(java.util.Locale.ROOT);
      if (head.endsWith(defaultPort)) {
        head = head.substring(0, head.length() - defaultPort.length());
      }
      java.util.TreeSet<String> statuses = new java.util.TreeSet<>();
      for (String s :
          expect.statuses() == null ? new String[] {"2xx"} : expect.statuses().split(",")) {
        statuses.add(s.strip().toLowerCase(java.util.Locale.ROOT));
      }
      return head
          + (path < 0 ? "/" : url.substring(path))
          + (statuses.equals(java.util.Set.of("2xx"))
              ? ""
              : " status=" + String.join(",", statuses))
          + (expect.body() == null ? "" : " body=" + expect.body());
    }

    @Override
    public String rollout(Gate.Rollout g) {
      return kube(g.kind().prefix(), g.namespace(), g.name());
    }

    @Override
    public String jobComplete(Gate.JobComplete g) {
      return kube("job", g.namespace(), g.name());
    }

    @Override
    public String podsReady(Gate.PodsReady g) {
      return kube("pods", g.namespace(), g.selector());
    }

    @Override
    public String serviceReady(Gate.ServiceReady g) {
      return g.target();
    }

    @Override
    public String customResource(Gate.CustomResource g) {
      ResourceTarget r = g.resource();
      String namespace = r.clusterScoped() ? "-" : g.namespace() == null ? "" : g.namespace();
      String rule = r.readiness().equals(DEFAULT_READINESS) ? "" : " " + r.ruleJson();
      // concat, not +, for the type without its version: a new concatenation shape would
      // spin a class at run time that the launcher's training may not reach.
      String type =
          versions || r.version() == null
              ? r.kubectlType()
              : r.resource().concat(".").concat(r.group());
      return type + "/" + namespace + "/" + r.name() + rule;
    }

    private String kube(String kind, String namespace, String rest) {
      return kind + "/" + (namespace == null ? "" : namespace) + "/" + rest;
    }
  }
}
