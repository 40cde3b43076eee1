package dev.startgate.plan;

import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Digits;
import dev.startgate.model.WorkloadShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ordering annotations of each orchestrator: what a phased Job gets, and what the objects
 * generated for a Job (its RBAC) get so that they exist before it runs. Pure: no YAML.
 */
public final class HookAnnotations {
  public static final String HELM_HOOK = "helm.sh/hook";
  public static final String HELM_WEIGHT = "helm.sh/hook-weight";
  public static final String HELM_DELETE = "helm.sh/hook-delete-policy";
  public static final String ARGO_HOOK = "argocd.argoproj.io/hook";
  public static final String ARGO_DELETE = "argocd.argoproj.io/hook-delete-policy";
  public static final String ARGO_WAVE = "argocd.argoproj.io/sync-wave";
  public static final String FLUX_FORCE = "kustomize.toolkit.fluxcd.io/force";

  /** Every annotation startgate may add: the only ones it may remove again. */
  static final Set<String> ALL =
      Set.of(HELM_HOOK, HELM_WEIGHT, HELM_DELETE, ARGO_HOOK, ARGO_DELETE, ARGO_WAVE, FLUX_FORCE);

  private HookAnnotations() {}

  /**
   * The annotations {@code orchestrator} needs on a workload of {@code shape} in {@code phase}
   * (null: none), in the order they are written.
   */
  public static Map<String, String> forWorkload(
      Orchestrator orchestrator, WorkloadShape shape, Phase phase) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean pre = phase == Phase.PRE_DEPLOY;
    switch (orchestrator) {
      case HELM -> {
        if (phase != null) {
          out.put(HELM_HOOK, pre ? "pre-install,pre-upgrade" : "post-install,post-upgrade");
          out.put(HELM_DELETE, "before-hook-creation");
        }
      }
      case ARGOCD -> {
        if (phase != null) {
          out.put(ARGO_HOOK, pre ? "PreSync" : "PostSync");
          out.put(ARGO_DELETE, "BeforeHookCreation");
        }
      }
      case FLUX -> {
        // A Job's pod template is immutable: Flux must recreate a Job whose gates changed.
        if (shape == WorkloadShape.JOB) {
          out.put(FLUX_FORCE, "Enabled");
        }
      }
      case NONE -> {}
    }
    return out;
  }

  /**
   * The annotations for the objects generated for a workload whose final annotations are {@code
   * workload}: a Helm or Argo CD hook makes them hooks of the same phase one weight (or wave)
   * earlier; an Argo CD sync-wave makes them one wave earlier. Empty when the workload is ordered
   * by neither, whatever the orchestrator, because a hook's objects must exist before it runs.
   */
  public static Map<String, String> forGenerated(Map<String, String> workload) {
    Map<String, String> out = new LinkedHashMap<>();
    String helmHook = workload.get(HELM_HOOK);
    if (helmHook != null) {
      out.put(HELM_HOOK, helmHook);
      out.put(HELM_WEIGHT, String.valueOf(number(workload.get(HELM_WEIGHT)) - 1));
      out.put(HELM_DELETE, "before-hook-creation");
    }
    String argoHook = workload.get(ARGO_HOOK);
    if (argoHook != null) {
      out.put(ARGO_HOOK, argoHook);
      out.put(ARGO_DELETE, "BeforeHookCreation");
    }
    if (argoHook != null || workload.containsKey(ARGO_WAVE)) {
      out.put(ARGO_WAVE, String.valueOf(number(workload.get(ARGO_WAVE)) - 1));
    }
    return out;
  }

  /**
   * A weight or wave as Helm and Argo CD read it: an integer, anything else counts as 0. The one
   * reading of it, for the annotations written here and the order {@link PhaseSequence} checks.
   */
  static long number(String text) {
    if (text == null || !Digits.signed(text.strip(), 1, 9)) {
      return 0;
    }
    return Long.parseLong(text.strip());
  }
}
