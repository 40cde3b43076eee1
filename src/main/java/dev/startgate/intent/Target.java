package dev.startgate.intent;

/** What a gate waits for, as the user wrote it in {@code startgate.dev/wait-for}. */
public sealed interface Target {
  /** The target as written. */
  String text();

  /** {@code tcp://HOST:PORT}. */
  record Tcp(String text, String host, int port) implements Target {}

  /** {@code http://} or {@code https://} URL. */
  record Http(String text, boolean tls, String host, int port, String path) implements Target {
    /** The URL to request. */
    public String url() {
      return (tls ? "https://" : "http://") + host + (port > 0 ? ":" + port : "") + path;
    }
  }

  /** {@code service/[NAMESPACE/]NAME[:PORT]}; port is a name, a number or null. */
  record Service(String text, String namespace, String name, String port) implements Target {}

  /** {@code deployment|statefulset|daemonset|job/[NAMESPACE/]NAME}. */
  record Workload(String text, WorkloadKind kind, String namespace, String name)
      implements Target {}

  /** {@code pods/[NAMESPACE/]SELECTOR}. */
  record Pods(String text, String namespace, String selector) implements Target {}
}
