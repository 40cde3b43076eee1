package dev.startgate.plan;

import dev.startgate.intent.HttpExpect;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.model.Digits;
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

  /**
   * {@code host} in lower case; an IPv6 address in brackets with every group written out, without
   * leading zeros ({@code [fd00:0:0:0:0:0:0:5]}), however it was written. A literal: the JDK parses
   * it, no name is looked up. An IPv4-mapped address is {@code [::ffff:10.0.0.5]}, apart from the
   * IPv4 address itself: a pod without IPv6 cannot reach it where it reaches the IPv4 address.
   */
  static String sameAddress(String host) {
    String lower = host.toLowerCase(java.util.Locale.ROOT);
    if (!lower.startsWith("[") || !lower.endsWith("]")) {
      return lower;
    }
    try {
      java.net.InetAddress a = java.net.InetAddress.getByName(lower);
      // The JDK reads an IPv4-mapped address ([::ffff:a00:5]) as its IPv4 address: one spelling.
      return a instanceof java.net.Inet6Address
          ? "[" + a.getHostAddress() + "]"
          : "[::ffff:" + a.getHostAddress() + "]";
    } catch (java.net.UnknownHostException e) {
      return lower;
    }
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

    /**
     * A host as the argument writes it; for the identity, in lower case (DNS ignores case) and an
     * IPv6 address in one spelling ({@code [fd00::5]}, {@code [FD00:0::5]} are one host).
     */
    private String host(String host) {
      return versions ? bracketed(host) : sameAddress(bracketed(host));
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
      int open = head.indexOf('[');
      int close = head.indexOf(']');
      if (open > 0 && close > open) {
        head =
            head.substring(0, open)
                + sameAddress(head.substring(open, close + 1))
                + head.substring(close + 1);
      }
      if (head.endsWith(defaultPort)) {
        head = head.substring(0, head.length() - defaultPort.length());
      }
      String statuses = statuses(expect.statuses() == null ? "2xx" : expect.statuses());
      return head
          + (path < 0 ? "/" : url.substring(path))
          + (statuses.equals("200-299") ? "" : " status=" + statuses)
          + (expect.body() == null ? "" : " body=" + expect.body());
    }

    /**
     * The codes a {@code status=} list accepts, as ranges in order ({@code 2xx}, {@code 200-299}
     * and {@code 299,200-298} are all {@code 200-299}).
     */
    private static String statuses(String list) {
      java.util.BitSet codes = new java.util.BitSet(1000);
      for (String s : list.split(",")) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = t.indexOf('-');
        if (t.endsWith("xx") && t.length() == 3 && Character.isDigit(t.charAt(0))) {
          int first = (t.charAt(0) - '0') * 100;
          codes.set(first, first + 100);
        } else if (dash > 0
            && Digits.only(t.substring(0, dash), 3, 3)
            && Digits.only(t.substring(dash + 1), 3, 3)) {
          codes.set(
              Integer.parseInt(t.substring(0, dash)), Integer.parseInt(t.substring(dash + 1)) + 1);
        } else if (Digits.only(t, 3, 3)) {
          codes.set(Integer.parseInt(t));
        } else {
          return list; // not a list of statuses: the parser has said so
        }
      }
      StringBuilder out = new StringBuilder();
      for (int from = codes.nextSetBit(0); from >= 0; from = codes.nextSetBit(from + 1)) {
        int to = codes.nextClearBit(from) - 1;
        out.append(out.length() == 0 ? "" : ",").append(from == to ? from + "" : from + "-" + to);
        from = to;
      }
      return out.toString();
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
      // What the client asks the server: the Service by namespace and name (a :PORT is no part
      // of it), so service/db, service/shop/db and service/db:5432 in shop are one check.
      return kube("service", g.namespace(), g.name());
    }

    @Override
    public String customResource(Gate.CustomResource g) {
      ResourceTarget r = g.resource();
      String namespace = r.clusterScoped() ? "-" : g.namespace() == null ? "" : g.namespace();
      String rule =
          r.readiness().equals(DEFAULT_READINESS)
              ? ""
              : versions ? " " + r.ruleJson() : sameRule(r.readiness());
      // concat, not +, for the type without its version: a new concatenation shape would
      // spin a class at run time that the launcher's training may not reach.
      String type =
          versions || r.version() == null
              ? r.kubectlType()
              : r.resource().concat(".").concat(r.group());
      return type + "/" + namespace + "/" + r.name() + rule;
    }

    /**
     * A custom resource's checks as its identity: each check's {@link
     * ResourceTarget.Readiness#identity()}, in order (all must hold, so their order is no part of
     * the check), empty for the default condition Ready=True however it was written.
     */
    private static String sameRule(List<ResourceTarget.Readiness> checks) {
      String[] parts = new String[checks.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = checks.get(i).identity();
      }
      java.util.Arrays.sort(parts);
      String rule = " " + String.join(" ", parts);
      return rule.equals(" condition=ready=True") ? "" : rule;
    }

    private String kube(String kind, String namespace, String rest) {
      return kind + "/" + (namespace == null ? "" : namespace) + "/" + rest;
    }
  }
}
