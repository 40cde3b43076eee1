package dev.startgate.intent;

/**
 * How Kubernetes targets are waited for: {@code kubectl} in the gate (the default), or the
 * k8s-when-ready client asking a k8s-when-ready server, which holds the API rights instead.
 *
 * @param runtime which of the two
 * @param clientImage {@code images.whenReady}: the client image (no default: set it, pinned by
 *     digest, to use the when-ready runtime)
 * @param host {@code whenReadyServer.host}: the server's Service name or DNS name
 * @param port {@code whenReadyServer.port}
 * @param emitServer {@code whenReadyServer.emitServer}: also generate the server's objects
 * @param serverNamespace {@code whenReadyServer.namespace}: where the emitted server runs
 * @param serverImage {@code whenReadyServer.image}: the server image, pinned by digest
 */
public record KubernetesGates(
    Runtime runtime,
    String clientImage,
    String host,
    int port,
    boolean emitServer,
    String serverNamespace,
    String serverImage) {

  /** The two runtimes. */
  public enum Runtime {
    /** kubectl commands in the gate containers, with a token and a Role. */
    KUBECTL,
    /** The k8s-when-ready client, which asks the k8s-when-ready server over HTTP. */
    WHEN_READY_SERVER
  }

  /** kubectl; the when-ready server at {@code k8s-when-ready-server:3000}, not emitted. */
  public static final KubernetesGates DEFAULT =
      new KubernetesGates(Runtime.KUBECTL, null, "k8s-when-ready-server", 3000, false, null, null);

  /** True for the when-ready runtime. */
  public boolean whenReady() {
    return runtime == Runtime.WHEN_READY_SERVER;
  }

  /**
   * The host the client asks: {@code host} as configured; for an emitted server named by a host of
   * one label (the default's too), its Service's DNS name in its namespace.
   */
  public String clientHost() {
    // A name of one label would be looked up in each client's own namespace.
    return emitServer && host.indexOf('.') < 0 && serverNamespace != null
        ? host + "." + serverNamespace + ".svc"
        : host;
  }
}
