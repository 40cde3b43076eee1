package dev.startgate.render;

/** The Kubernetes gate's script, for the tests in other packages that run it. */
public final class KubernetesGateScripts {
  private KubernetesGateScripts() {}

  /** {@link KubernetesGateScript#SCRIPT}. */
  public static String script() {
    return KubernetesGateScript.SCRIPT;
  }
}
