package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aDeletePolicyThatIncludesStartgatesCoversIt() {
    String helm = HookAnnotations.HELM_DELETE;
    String argo = HookAnnotations.ARGO_DELETE;
    assertTrue(
        HookAnnotations.covers(
            helm, "hook-succeeded, Before-Hook-Creation", "before-hook-creation"));
    assertFalse(HookAnnotations.covers(helm, "hook-succeeded", "before-hook-creation"));
    assertTrue(
        HookAnnotations.covers(argo, "HookSucceeded,BeforeHookCreation", "BeforeHookCreation"));
    // Argo CD reads its policies case-sensitively; hooks themselves are never covered.
    assertFalse(HookAnnotations.covers(argo, "beforehookcreation", "BeforeHookCreation"));
    assertFalse(
        HookAnnotations.covers(
            HookAnnotations.HELM_HOOK, "pre-install,pre-upgrade,pre-rollback", "pre-install"));
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

  /**
   * Argo CD takes an object's wave from its helm.sh/hook-weight when it has no sync-wave
   * (gitops-engine's syncwaves.Wave): a Job at weight -10 gets its RBAC at wave -11, not -1 (its
   * pods would wait for a ServiceAccount created after them), and so does a plain Deployment.
   */
  @Test
  void argoCdReadsAHelmWeightAsTheWave() {
    assertEquals(
        "-11",
        HookAnnotations.forGenerated(
                Map.of("argocd.argoproj.io/hook", "PreSync", "helm.sh/hook-weight", "-10"))
            .get("argocd.argoproj.io/sync-wave"));
    assertEquals(
        Map.of("argocd.argoproj.io/sync-wave", "-11"),
        HookAnnotations.forGenerated(Map.of("helm.sh/hook-weight", "-10")));
    // A sync-wave comes first; one Argo CD cannot read gives way to the weight.
    assertEquals(
        "2",
        HookAnnotations.forGenerated(
                Map.of("argocd.argoproj.io/sync-wave", "3", "helm.sh/hook-weight", "-10"))
            .get("argocd.argoproj.io/sync-wave"));
    assertEquals(
        "-11",
        HookAnnotations.forGenerated(
                Map.of("argocd.argoproj.io/sync-wave", "x", "helm.sh/hook-weight", "-10"))
            .get("argocd.argoproj.io/sync-wave"));
    // A Helm hook's objects get its weight, one lower, which Argo CD reads as their wave.
    assertEquals(
        Map.of(
            "helm.sh/hook", "pre-install",
            "helm.sh/hook-weight", "-11",
            "helm.sh/hook-delete-policy", "before-hook-creation"),
        HookAnnotations.forGenerated(
            Map.of("helm.sh/hook", "pre-install", "helm.sh/hook-weight", "-10")));
  }

  /** Helm and Argo CD read weights with Go's strconv.Atoi: a sign, no blanks, 64 bits. */
  @Test
  void weightsAreReadAsGoReadsThem() {
    assertEquals(5, HookAnnotations.number("+5"));
    assertEquals(0, HookAnnotations.number(" 5"));
    assertEquals(0, HookAnnotations.number("5 "));
    assertEquals(-2147483647L, HookAnnotations.number("-2147483647"));
    assertEquals(Long.MAX_VALUE, HookAnnotations.number("9223372036854775807"));
    assertEquals(0, HookAnnotations.number("9223372036854775808"));
    // Leading zeros past 19 digits, as Go's strconv.Atoi reads them (ParseInt beyond its fast
    // path).
    assertEquals(-5, HookAnnotations.number("-00000000000000000005"));
    assertEquals(Long.MIN_VALUE, HookAnnotations.number("-09223372036854775808"));
    assertEquals(0, HookAnnotations.number("-0000000000000000000009223372036854775809"));
    assertEquals(0, HookAnnotations.number("1.5"));
    assertEquals(
        "-2147483648",
        HookAnnotations.forGenerated(
                Map.of("helm.sh/hook", "pre-install", "helm.sh/hook-weight", "-2147483647"))
            .get("helm.sh/hook-weight"));
  }
}
