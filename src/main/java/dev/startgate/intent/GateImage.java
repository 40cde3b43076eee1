package dev.startgate.intent;

/** The kinds of image a gate container runs, each with its own default resources. */
public enum GateImage {
  /** TCP and HTTP gates: a busybox shell loop. */
  BUSYBOX("busybox"),
  /** HTTPS gates: a shell loop around curl. */
  CURL("curl"),
  /** Kubernetes gates: one kubectl command per step. */
  KUBECTL("kubectl"),
  /** Kubernetes gates with {@code kubernetesGates: when-ready}: the k8s-when-ready client. */
  WHEN_READY("whenReady");

  private final String key;

  GateImage(String key) {
    this.key = key;
  }

  /** Its name in the function config ({@code resources.KEY.cpu}, {@code images.KEY}). */
  public String key() {
    return key;
  }
}
