package dev.startgate.intent;

/**
 * What a gate waits for, as the user wrote it in {@code startgate.dev/wait-for}. Code that treats
 * kinds differently implements {@link Visitor}, so adding a kind fails to compile until every such
 * place handles it (Java 17 has no exhaustive pattern switch).
 */
public sealed interface Target {
  /** One method per target kind. */
  interface Visitor<R> {
    R tcp(Tcp target);

    R http(Http target);

    R protocol(Protocol target);

    R service(Service target);

    R workload(Workload target);

    R pods(Pods target);

    R custom(Custom target);
  }

  /** Calls the visitor method for this kind. */
  <R> R accept(Visitor<R> visitor);

  /** The target as written. */
  String text();

  /** {@code tcp://HOST:PORT}. */
  record Tcp(String text, String host, int port) implements Target {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tcp(this);
    }
  }

  /**
   * {@code http://} or {@code https://} URL, with what it must answer ({@code status=LIST}, {@code
   * body=TEXT} after a space).
   */
  record Http(String text, boolean tls, String host, int port, String path, HttpExpect expect)
      implements Target {
    /** A URL that must answer 2xx. */
    public Http(String text, boolean tls, String host, int port, String path) {
      this(text, tls, host, port, path, HttpExpect.DEFAULT);
    }

    /** The URL to request. */
    public String url() {
      return (tls ? "https://" : "http://") + host + (port > 0 ? ":" + port : "") + path;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.http(this);
    }
  }

  /**
   * {@code postgres://}, {@code redis://} or {@code mysql://HOST[:PORT]}; the port is filled in.
   */
  record Protocol(String text, dev.startgate.intent.Protocol protocol, String host, int port)
      implements Target {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.protocol(this);
    }
  }

  /** {@code service/[NAMESPACE/]NAME[:PORT]}; port is a name, a number or null. */
  record Service(String text, String namespace, String name, String port) implements Target {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.service(this);
    }
  }

  /** {@code deployment|statefulset|daemonset|job/[NAMESPACE/]NAME}. */
  record Workload(String text, WorkloadKind kind, String namespace, String name) implements Target {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.workload(this);
    }
  }

  /** {@code pods/[NAMESPACE/]SELECTOR}. */
  record Pods(String text, String namespace, String selector) implements Target {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.pods(this);
    }
  }

  /**
   * A custom resource, {@code RESOURCE[.VERSION].GROUP/[NAMESPACE/]NAME [OPTION...]}.
   *
   * @param resource the parsed target
   * @param kind the resource's kind when a CustomResourceDefinition in the input gives it, else
   *     null
   */
  record Custom(ResourceTarget resource, String kind) implements Target {
    @Override
    public String text() {
      return resource.text();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.custom(this);
    }
  }
}
