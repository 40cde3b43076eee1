package dev.startgate.render;

import java.util.List;

/** The Kubernetes gate's script, for the tests in other packages that run it. */
public final class KubernetesGateScripts {
  private KubernetesGateScripts() {}

  /** The script startgate writes for the target arguments {@code targets}. */
  public static String script(List<String> targets) {
    return KubernetesGateScript.forTargets(targets);
  }
}
