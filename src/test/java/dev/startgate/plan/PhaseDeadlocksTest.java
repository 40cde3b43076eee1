package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.Intent;
import dev.startgate.intent.KubernetesGates;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.intent.Target;
import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.PhaseKinds.Placement;
import dev.startgate.plan.PhaseKinds.Stage;
import dev.startgate.plan.PhaseKinds.Verdict;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseDeadlocksTest {
  private static final Placement PRE = new Placement(Stage.PRE, null);
  private static final Placement MAIN = new Placement(Stage.MAIN, null);
  private static final Placement POST = new Placement(Stage.POST, null);

  @Test
  void aTargetCreatedEarlierOrAlongsideIsNoDeadlock() {
    for (Orchestrator o : Orchestrator.values()) {
      for (Placement from : List.of(PRE, MAIN, POST)) {
        for (Placement to : List.of(PRE, MAIN, POST)) {
          if (to.stage().compareTo(from.stage()) <= 0) {
            assertEquals(
                Verdict.NONE,
                PhaseDeadlocks.verdict(o, WorkloadShape.JOB, from, to),
                o + " " + from + " -> " + to);
          }
        }
      }
    }
  }

  @Test
  void argoCdAndFluxWaitForEachPhaseBeforeTheNext() {
    for (Orchestrator o : List.of(Orchestrator.ARGOCD, Orchestrator.FLUX)) {
      for (WorkloadShape shape :
          List.of(WorkloadShape.JOB, WorkloadShape.DEPLOYMENT, WorkloadShape.POD)) {
        assertEquals(Verdict.CERTAIN, PhaseDeadlocks.verdict(o, shape, PRE, MAIN), o + " " + shape);
        assertEquals(
            Verdict.CERTAIN, PhaseDeadlocks.verdict(o, shape, MAIN, POST), o + " " + shape);
        assertEquals(Verdict.CERTAIN, PhaseDeadlocks.verdict(o, shape, PRE, POST), o + " " + shape);
      }
    }
  }

  @Test
  void helmWaitsForPreHookJobsAndPodsAlwaysAndForTheReleaseOnlyUnderWait() {
    Orchestrator helm = Orchestrator.HELM;
    assertEquals(Verdict.CERTAIN, PhaseDeadlocks.verdict(helm, WorkloadShape.JOB, PRE, MAIN));
    assertEquals(Verdict.CERTAIN, PhaseDeadlocks.verdict(helm, WorkloadShape.POD, PRE, POST));
    // Helm creates a Deployment hook and moves on without waiting for it.
    assertEquals(Verdict.NONE, PhaseDeadlocks.verdict(helm, WorkloadShape.DEPLOYMENT, PRE, MAIN));
    assertEquals(
        Verdict.HELM_WAIT, PhaseDeadlocks.verdict(helm, WorkloadShape.DEPLOYMENT, MAIN, POST));
    assertEquals(Verdict.HELM_WAIT, PhaseDeadlocks.verdict(helm, WorkloadShape.JOB, MAIN, POST));
  }

  @Test
  void nothingWaitsForACronJobOrUnderOrchestratorNone() {
    for (Orchestrator o : Orchestrator.values()) {
      assertEquals(Verdict.NONE, PhaseDeadlocks.verdict(o, WorkloadShape.CRONJOB, PRE, POST));
    }
    assertEquals(
        Verdict.NONE, PhaseDeadlocks.verdict(Orchestrator.NONE, WorkloadShape.JOB, PRE, POST));
  }

  @Test
  void placementFollowsHooksTheUserWroteOverThePhase() {
    PhaseDeadlocks helm = checks(Orchestrator.HELM, false);
    assertEquals(
        Stage.PRE,
        helm.placement(Orchestrator.HELM, job("helm.sh/hook", "pre-upgrade"), null).stage());
    assertEquals(
        new Placement(Stage.POST, "helm.sh/hook: post-install"),
        helm.placement(Orchestrator.HELM, job("helm.sh/hook", "post-install"), Phase.PRE_DEPLOY));
    // Created only by helm test (or a delete or rollback): never while an install waits for it.
    assertEquals(
        new Placement(Stage.NEVER, "helm.sh/hook: test"),
        helm.placement(Orchestrator.HELM, job("helm.sh/hook", "test"), null));
    // Helm skips an object with a hook it does not know, whatever its other hooks (Helm 2's
    // crd-install, a typo): it never creates it.
    assertEquals(
        new Placement(Stage.NEVER, "helm.sh/hook: crd-install"),
        helm.placement(Orchestrator.HELM, job("helm.sh/hook", "crd-install"), null));
    assertEquals(
        Stage.NEVER,
        helm.placement(Orchestrator.HELM, job("helm.sh/hook", "pre-install,pre-ugprade"), null)
            .stage());
    assertEquals(
        new Placement(Stage.PRE, "startgate.dev/phase: pre-deploy"),
        helm.placement(Orchestrator.HELM, job(), Phase.PRE_DEPLOY));
    assertEquals(MAIN, helm.placement(Orchestrator.HELM, job(), null));

    PhaseDeadlocks argo = checks(Orchestrator.ARGOCD, false);
    Orchestrator a = Orchestrator.ARGOCD;
    assertEquals(
        Stage.MAIN,
        argo.placement(a, job("argocd.argoproj.io/hook", "Sync"), Phase.PRE_DEPLOY).stage());
    assertEquals(
        Stage.POST, argo.placement(a, job("argocd.argoproj.io/hook", "PostSync"), null).stage());
    assertEquals(
        Stage.NEVER, argo.placement(a, job("argocd.argoproj.io/hook", "Skip"), null).stage());
    assertEquals(
        Stage.NEVER, argo.placement(a, job("argocd.argoproj.io/hook", "SyncFail"), null).stage());
    // Argo CD makes an object with a hook annotation a hook: one that names no hook it knows
    // (case-sensitive) is read from its Helm hook instead, or applied in no phase at all.
    assertEquals(
        new Placement(Stage.NEVER, "argocd.argoproj.io/hook: Unknown"),
        argo.placement(a, job("argocd.argoproj.io/hook", "Unknown"), null));
    assertEquals(
        new Placement(Stage.NEVER, "argocd.argoproj.io/hook: presync"),
        argo.placement(a, job("argocd.argoproj.io/hook", "presync"), Phase.PRE_DEPLOY));
    assertEquals(
        new Placement(
            Stage.PRE,
            "argocd.argoproj.io/hook: Presync and helm.sh/hook: pre-install (Argo CD knows no"
                + " hook Presync, so it reads Helm's)"),
        argo.placement(
            a, job("argocd.argoproj.io/hook", "Presync", "helm.sh/hook", "pre-install"), null));
    // A valid Argo CD hook hides the Helm hook; the earliest phase named is where it is applied.
    assertEquals(
        Stage.POST,
        argo.placement(
                a, job("argocd.argoproj.io/hook", "PostSync", "helm.sh/hook", "pre-install"), null)
            .stage());
    assertEquals(
        Stage.PRE,
        argo.placement(a, job("argocd.argoproj.io/hook", "PostSync, Skip,PreSync"), null).stage());
    // Argo CD reads Helm's hook names case-sensitively: Pre-Install is a hook of no phase.
    assertEquals(
        new Placement(Stage.NEVER, "helm.sh/hook: Pre-Install"),
        argo.placement(a, job("helm.sh/hook", "Pre-Install"), null));
    // Argo CD reads Helm hooks; a user's one of another phase than startgate's wins (startgate
    // then writes no Argo CD hook), one of the same phase is placed by the phase.
    assertEquals(Stage.PRE, argo.placement(a, job("helm.sh/hook", "pre-install"), null).stage());
    assertEquals(
        new Placement(Stage.PRE, "helm.sh/hook: pre-install"),
        argo.placement(a, job("helm.sh/hook", "pre-install"), Phase.POST_DEPLOY));
    assertEquals(
        new Placement(Stage.POST, "startgate.dev/phase: post-deploy"),
        argo.placement(a, job("helm.sh/hook", "Post-Upgrade"), Phase.POST_DEPLOY));
    // A Helm hook Argo CD does not read as a phase leaves the phase to place it.
    assertEquals(
        Stage.POST, argo.placement(a, job("helm.sh/hook", "test"), Phase.POST_DEPLOY).stage());

    Orchestrator f = Orchestrator.FLUX;
    assertEquals(MAIN, checks(f, false).placement(f, job(), Phase.POST_DEPLOY));
    assertEquals(Stage.POST, checks(f, true).placement(f, job(), Phase.POST_DEPLOY).stage());
    // A phase applies to Jobs only.
    Resource deployment =
        new Resource(
            null,
            new ResourceRef("apps/v1", "Deployment", "shop", "api"),
            Map.of(),
            Map.of(),
            null);
    assertEquals(MAIN, checks(f, true).placement(f, deployment, Phase.POST_DEPLOY));
  }

  private static final String SHOP =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: api}}
          spec: {containers: [{name: api, image: api}]}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: cache, namespace: shop, annotations: {helm.sh/hook: pre-install}}
      spec:
        template:
          metadata: {labels: {app: api}}
          spec: {containers: [{name: c, image: c}]}
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: {name: hook, namespace: shop, annotations: {helm.sh/hook: pre-install}}
      spec:
        template:
          spec: {restartPolicy: Never, containers: [{name: m, image: m}]}
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: {name: migrate, namespace: shop}
      spec:
        template:
          spec: {restartPolicy: Never, containers: [{name: m, image: m}]}
      """;

  @Test
  void aChartsOwnHelmHookCountsEvenWithOrchestratorNone() throws Exception {
    List<Resource> input = parse(SHOP);
    Intent hook =
        new Intent(
            input.get(2),
            WorkloadShape.JOB,
            List.of(new Target.Workload("deployment/api", WorkloadKind.DEPLOYMENT, null, "api")),
            Timing.DEFAULT,
            null,
            null);
    List<Result> deadlocks = deadlocks(Orchestration.NONE, input, hook);
    assertEquals(1, deadlocks.size(), deadlocks.toString());
    assertEquals(Severity.ERROR, deadlocks.get(0).severity());
    assertTrue(
        deadlocks
            .get(0)
            .message()
            .startsWith(
                "phase deadlock: Job hook (helm.sh/hook: pre-install) -> Deployment api"
                    + " (release)"),
        deadlocks.get(0).message());
  }

  @Test
  void aSelectorThatAlsoMatchesAnEarlierWorkloadIsNoDeadlock() throws Exception {
    List<Resource> input = parse(SHOP);
    Intent hook =
        new Intent(
            input.get(2),
            WorkloadShape.JOB,
            List.of(new Target.Pods("pods/app=api", null, "app=api")),
            Timing.DEFAULT,
            null,
            null);
    assertEquals(List.of(), deadlocks(new Orchestration(Orchestrator.HELM, false), input, hook));
  }

  @Test
  void aPhaseWithOrchestratorNoneOrdersNothing() throws Exception {
    List<Resource> input = parse(SHOP);
    Intent job =
        new Intent(
            input.get(3),
            WorkloadShape.JOB,
            List.of(new Target.Workload("deployment/api", WorkloadKind.DEPLOYMENT, null, "api")),
            Timing.DEFAULT,
            null,
            Phase.PRE_DEPLOY);
    assertEquals(List.of(), deadlocks(Orchestration.NONE, input, job));
    assertEquals(1, deadlocks(new Orchestration(Orchestrator.ARGOCD, false), input, job).size());
  }

  private static List<Result> deadlocks(
      Orchestration orchestration, List<Resource> input, Intent intent) {
    Plan plan =
        new Planner(KubernetesGates.Runtime.KUBECTL, orchestration)
            .plan(List.of(intent), new Inventory(input));
    return plan.results().stream().filter(r -> r.message().contains("phase deadlock")).toList();
  }

  private static PhaseDeadlocks checks(Orchestrator o, boolean fluxStages) {
    return new PhaseDeadlocks(
        new Orchestration(o, fluxStages), new Inventory(List.of()), List.of());
  }

  private static Resource job(String... annotations) {
    Map<String, String> a = new java.util.LinkedHashMap<>();
    for (int i = 0; i < annotations.length; i += 2) {
      a.put(annotations[i], annotations[i + 1]);
    }
    return new Resource(null, new ResourceRef("batch/v1", "Job", "shop", "m"), a, Map.of(), null);
  }

  private static List<Resource> parse(String yaml) throws Exception {
    List<Resource> out = new ArrayList<>();
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(yaml)) {
      out.add(Resource.of((YMapping) d.root()));
    }
    return out;
  }
}
