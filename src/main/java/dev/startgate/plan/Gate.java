package dev.startgate.plan;

import dev.startgate.intent.HttpExpect;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;

/**
 * One startup gate: what it checks and how long it waits. Code that treats kinds differently
 * implements {@link Visitor}, so adding a kind fails to compile until every such place handles it
 * (Java 17 has no exhaustive pattern switch).
 */
public sealed interface Gate {
  /** One method per gate kind. */
  interface Visitor<R> {
    R tcp(Tcp gate);

    R http(Http gate);

    R https(Https gate);

    R protocol(Protocol gate);

    R rollout(Rollout gate);

    R jobComplete(JobComplete gate);

    R podsReady(PodsReady gate);

    R serviceReady(ServiceReady gate);

    R customResource(CustomResource gate);
  }

  /** Calls the visitor method for this kind. */
  <R> R accept(Visitor<R> visitor);

  /** The target as the user wrote it. */
  String target();

  /** Timeout, interval, uptime. */
  Timing timing();

  /** A word for the gate's kind, used in container names ({@code tcp}, {@code job}, ...). */
  String kindWord();

  /** A TCP connect loop (busybox nc). */
  record Tcp(String target, String kindWord, String host, int port, Timing timing) implements Gate {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tcp(this);
    }
  }

  /** An HTTP GET loop (busybox wget): 2xx after redirects, or what {@code expect} says. */
  record Http(String target, String url, String host, HttpExpect expect, Timing timing)
      implements Gate {
    /** Any 2xx. */
    public Http(String target, String url, String host, Timing timing) {
      this(target, url, host, HttpExpect.DEFAULT, timing);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.http(this);
    }

    @Override
    public String kindWord() {
      return "http";
    }
  }

  /** An HTTPS GET loop with certificate verification (curl); answers as for {@link Http}. */
  record Https(String target, String url, String host, HttpExpect expect, Timing timing)
      implements Gate {
    /** Any 2xx. */
    public Https(String target, String url, String host, Timing timing) {
      this(target, url, host, HttpExpect.DEFAULT, timing);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.https(this);
    }

    @Override
    public String kindWord() {
      return "https";
    }
  }

  /**
   * A protocol check in the network container: the server answers as ready ({@code postgres},
   * {@code redis}, {@code mysql}; README "Which target to use").
   */
  record Protocol(
      String target, dev.startgate.intent.Protocol protocol, String host, int port, Timing timing)
      implements Gate {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.protocol(this);
    }

    @Override
    public String kindWord() {
      return protocol.scheme();
    }
  }

  /** The whole rollout of a Deployment, StatefulSet or DaemonSet done. */
  record Rollout(String target, WorkloadKind kind, String namespace, String name, Timing timing)
      implements Gate {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rollout(this);
    }

    @Override
    public String kindWord() {
      return kind.prefix();
    }
  }

  /** A Job completed; fails at once if it failed. */
  record JobComplete(String target, String namespace, String name, Timing timing) implements Gate {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.jobComplete(this);
    }

    @Override
    public String kindWord() {
      return "job";
    }
  }

  /** Every pod behind a selector Ready, and at least one. */
  record PodsReady(String target, String namespace, String selector, Timing timing)
      implements Gate {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.podsReady(this);
    }

    @Override
    public String kindWord() {
      return "pods";
    }
  }

  /**
   * Every pod behind a Service ready (and up for the uptime): the k8s-when-ready runtime's {@code
   * --type service}, planned for {@code service/} targets only with {@code kubernetesGates:
   * when-ready-server}.
   */
  record ServiceReady(String target, String namespace, String name, Timing timing) implements Gate {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.serviceReady(this);
    }

    @Override
    public String kindWord() {
      return "service";
    }
  }

  /**
   * A custom resource ready by the rule of README "Custom resources" (kstatus, with the options'
   * conditions or field).
   *
   * @param resource the target, parsed
   * @param kind its kind when a CRD in the input gives it, else null
   * @param namespace where the object lives: as written, else the workload's (null: the workload
   *     names none, so the pod's own); always null when cluster-scoped
   */
  record CustomResource(
      String target, ResourceTarget resource, String kind, String namespace, Timing timing)
      implements Gate {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.customResource(this);
    }

    @Override
    public String kindWord() {
      return "resource";
    }
  }
}
