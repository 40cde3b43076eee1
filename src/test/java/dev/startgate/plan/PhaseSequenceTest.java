package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.startgate.intent.Orchestrator;
import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.PhaseKinds.Placement;
import dev.startgate.plan.PhaseKinds.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseSequenceTest {
  private static final Placement PRE = new Placement(Stage.PRE, null);
  private static final Placement MAIN = new Placement(Stage.MAIN, null);
  private static final Placement POST = new Placement(Stage.POST, null);

  private static Resource job(String name, Map<String, String> annotations) {
    return new Resource(
        null, new ResourceRef("batch/v1", "Job", "shop", name), annotations, Map.of(), null);
  }

  @Test
  void helmRunsTheHooksOfAPhaseByWeightThenName() {
    Orchestrator helm = Orchestrator.HELM;
    Resource light = job("z", Map.of("helm.sh/hook-weight", "-1"));
    Resource heavy = job("a", Map.of("helm.sh/hook-weight", "5"));
    assertEquals(
        new PhaseSequence.Positions("helm.sh/hook-weight: -1", "helm.sh/hook-weight: 5"),
        PhaseSequence.later(helm, WorkloadShape.JOB, light, PRE, heavy, PRE));
    assertNull(PhaseSequence.later(helm, WorkloadShape.JOB, heavy, PRE, light, PRE));
    // Same weight: by name.
    Resource a = job("a", Map.of());
    Resource b = job("b", Map.of());
    assertEquals(
        "helm.sh/hook-weight: 0",
        PhaseSequence.later(helm, WorkloadShape.JOB, a, POST, b, POST).to());
    assertNull(PhaseSequence.later(helm, WorkloadShape.JOB, b, POST, a, POST));
    // The release's objects are created together; Helm waits for no hook Deployment.
    assertNull(PhaseSequence.later(helm, WorkloadShape.JOB, a, MAIN, b, MAIN));
    assertNull(PhaseSequence.later(helm, WorkloadShape.DEPLOYMENT, a, PRE, b, PRE));
  }

  @Test
  void argoCdAppliesAPhaseWaveByWave() {
    Orchestrator argo = Orchestrator.ARGOCD;
    Resource early = job("z", Map.of());
    Resource late = job("a", Map.of("argocd.argoproj.io/sync-wave", "2"));
    assertEquals(
        "argocd.argoproj.io/sync-wave: 2",
        PhaseSequence.later(argo, WorkloadShape.DEPLOYMENT, early, MAIN, late, MAIN).to());
    assertNull(PhaseSequence.later(argo, WorkloadShape.JOB, late, MAIN, early, MAIN));
    // One wave: applied together, whatever the names.
    assertNull(PhaseSequence.later(argo, WorkloadShape.JOB, job("a", Map.of()), MAIN, early, MAIN));
    assertNull(PhaseSequence.later(argo, WorkloadShape.CRONJOB, early, MAIN, late, MAIN));
    assertNull(PhaseSequence.later(argo, WorkloadShape.JOB, early, MAIN, late, POST));
  }

  /** A Helm hook's weight is its Argo CD wave when it has no sync-wave. */
  @Test
  void argoCdReadsHelmWeightsAsWaves() {
    Orchestrator argo = Orchestrator.ARGOCD;
    Resource first = job("z", Map.of("helm.sh/hook", "pre-install", "helm.sh/hook-weight", "1"));
    Resource second = job("a", Map.of("helm.sh/hook", "pre-install", "helm.sh/hook-weight", "5"));
    assertEquals(
        new PhaseSequence.Positions("helm.sh/hook-weight: 1", "helm.sh/hook-weight: 5"),
        PhaseSequence.later(argo, WorkloadShape.JOB, first, PRE, second, PRE));
    assertNull(PhaseSequence.later(argo, WorkloadShape.JOB, second, PRE, first, PRE));
    Resource waved =
        job("b", Map.of("argocd.argoproj.io/sync-wave", "0", "helm.sh/hook-weight", "9"));
    assertEquals(
        new PhaseSequence.Positions("argocd.argoproj.io/sync-wave: 0", "helm.sh/hook-weight: 5"),
        PhaseSequence.later(argo, WorkloadShape.JOB, waved, PRE, second, PRE));
  }

  @Test
  void fluxAndNoneHaveNoOrderInsideAStage() {
    Resource a = job("a", Map.of());
    Resource b = job("b", Map.of("argocd.argoproj.io/sync-wave", "3"));
    assertNull(PhaseSequence.later(Orchestrator.FLUX, WorkloadShape.JOB, a, PRE, b, PRE));
    assertNull(PhaseSequence.later(Orchestrator.NONE, WorkloadShape.JOB, a, PRE, b, PRE));
  }
}
