package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.WorkloadShape;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HookAnnotationsTest {
  @Test
  void helmHooksForEachPhase() {
    assertEquals(
        Map.of(
            "helm.sh/hook", "pre-install,pre-upgrade",
            "helm.sh/hook-delete-policy", "before-hook-creation"),
        HookAnnotations.forWorkload(Orchestrator.HELM, WorkloadShape.JOB, Phase.PRE_DEPLOY));
    assertEquals(
        "post-install,post-upgrade",
        HookAnnotations.forWorkload(Orchestrator.HELM, WorkloadShape.CRONJOB, Phase.POST_DEPLOY)
            .get("helm.sh/hook"));
    assertEquals(Map.of(), HookAnnotations.forWorkload(Orchestrator.HELM, WorkloadShape.JOB, null));
  }

  @Test
  void argoHooksForEachPhase() {
    assertEquals(
        Map.of(
            "argocd.argoproj.io/hook", "PreSync",
            "argocd.argoproj.io/hook-delete-policy", "BeforeHookCreation"),
        HookAnnotations.forWorkload(Orchestrator.ARGOCD, WorkloadShape.JOB, Phase.PRE_DEPLOY));
    assertEquals(
        "PostSync",
        HookAnnotations.forWorkload(Orchestrator.ARGOCD, WorkloadShape.JOB, Phase.POST_DEPLOY)
            .get("argocd.argoproj.io/hook"));
  }

  @Test
  void fluxForcesJobsOnlyWithOrWithoutAPhase() {
    Map<String, String> force = Map.of("kustomize.toolkit.fluxcd.io/force", "Enabled");
    assertEquals(force, HookAnnotations.forWorkload(Orchestrator.FLUX, WorkloadShape.JOB, null));
    assertEquals(
        force, HookAnnotations.forWorkload(Orchestrator.FLUX, WorkloadShape.JOB, Phase.PRE_DEPLOY));
    assertEquals(
        Map.of(), HookAnnotations.forWorkload(Orchestrator.FLUX, WorkloadShape.CRONJOB, null));
    assertEquals(
        Map.of(),
        HookAnnotations.forWorkload(Orchestrator.NONE, WorkloadShape.JOB, Phase.PRE_DEPLOY));
  }

  @Test
  void generatedObjectsOfAHelmHookRunOneWeightEarlier() {
    assertEquals(
        Map.of(
            "helm.sh/hook", "pre-install,pre-upgrade",
            "helm.sh/hook-weight", "-1",
            "helm.sh/hook-delete-policy", "before-hook-creation"),
        HookAnnotations.forGenerated(Map.of("helm.sh/hook", "pre-install,pre-upgrade")));
    assertEquals(
        "4",
        HookAnnotations.forGenerated(
                Map.of("helm.sh/hook", "pre-install", "helm.sh/hook-weight", "5"))
            .get("helm.sh/hook-weight"));
    assertEquals(
        "-1",
        HookAnnotations.forGenerated(
                Map.of("helm.sh/hook", "pre-install", "helm.sh/hook-weight", "x"))
            .get("helm.sh/hook-weight"));
  }

  @Test
  void generatedObjectsOfAnArgoHookOrWaveRunOneWaveEarlier() {
    assertEquals(
        Map.of(
            "argocd.argoproj.io/hook", "PostSync",
            "argocd.argoproj.io/hook-delete-policy", "BeforeHookCreation",
            "argocd.argoproj.io/sync-wave", "-1"),
        HookAnnotations.forGenerated(Map.of("argocd.argoproj.io/hook", "PostSync")));
    assertEquals(
        Map.of("argocd.argoproj.io/sync-wave", "-3"),
        HookAnnotations.forGenerated(Map.of("argocd.argoproj.io/sync-wave", "-2")));
    assertEquals(Map.of(), HookAnnotations.forGenerated(Map.of("team", "qa")));
  }
}
