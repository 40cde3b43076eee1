package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.Config;
import dev.startgate.intent.ConfigReader;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hooks, the user's own annotations and phase results are decided before anything is written. */
class OrderingPlannerTest {
  private static Resource read(String yaml) throws Exception {
    return Resource.of((YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root());
  }

  private static Config config(String orchestrator) throws Exception {
    return config(orchestrator, "");
  }

  private static Config config(String orchestrator, String more) throws Exception {
    ConfigReader.Reading r =
        new ConfigReader()
            .read(
                read(
                    "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n"
                        + "orchestrator: "
                        + orchestrator
                        + "\n"
                        + more));
    assertEquals(List.of(), r.results());
    return r.config();
  }

  private static final String JOB =
      "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n"
          + "    startgate.dev/phase: pre-deploy\n%s"
          + "spec: {template: {spec: {containers: [{name: m, image: m}]}}}\n";

  private static OrderingPlan.WorkloadOrder order(String orchestrator, String extra)
      throws Exception {
    Resource job = read(JOB.formatted(extra));
    OrderingPlan plan =
        OrderingPlanner.plan(
            config(orchestrator),
            new OrderingPlanner.Scope(false, List.of(job), null, false),
            List.of(job),
            Map.of(job, Phase.PRE_DEPLOY));
    return plan.workloads().get(0);
  }

  @Test
  void aPhaseWithNoOrchestratorIsAWarningOfThePlan() throws Exception {
    OrderingPlan.WorkloadOrder o = order("none", "");
    assertEquals(Severity.WARNING, o.phaseResult().severity());
    assertTrue(o.phaseResult().message().contains("orchestrator: none"), o.phaseResult().message());
    assertEquals(Map.of(), o.put());
  }

  @Test
  void helmHooksArePlannedForTheJobAndItsGeneratedObjects() throws Exception {
    OrderingPlan.WorkloadOrder o = order("helm", "");
    assertEquals("pre-install,pre-upgrade", o.put().get("helm.sh/hook"));
    assertEquals(
        "helm.sh/hook,helm.sh/hook-delete-policy",
        o.put().get("startgate.dev/generated-annotations"));
    assertEquals("-1", o.decorations().get("helm.sh/hook-weight"));
    assertEquals(Severity.INFO, o.phaseResult().severity());
  }

  @Test
  void theUsersOwnHookWinsWithAWarningAndStartgatesOldOnesAreRemoved() throws Exception {
    OrderingPlan.WorkloadOrder o =
        order(
            "argocd",
            "    argocd.argoproj.io/hook: Sync\n"
                + "    helm.sh/hook: pre-install\n"
                + "    startgate.dev/generated-annotations: helm.sh/hook\n");
    assertNull(o.put().get("argocd.argoproj.io/hook"));
    assertEquals(1, o.conflicts().size());
    assertTrue(o.conflicts().get(0).message().startsWith("keeping your argocd.argoproj.io/hook"));
    assertTrue(o.remove().containsAll(Set.of("helm.sh/hook")), o.remove().toString());
  }

  @Test
  void fluxStagesAreDecidedInThePlanAndResultsAboutAMovedObjectNameItsNewFile() throws Exception {
    Resource job =
        read(
            JOB.formatted(
                "    internal.config.kubernetes.io/path: jobs/migrate.yaml\n"
                    + "    internal.config.kubernetes.io/index: '0'\n"));
    Resource kptfile =
        read(
            "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata:\n  name: shop\n  annotations:\n"
                + "    internal.config.kubernetes.io/path: Kptfile\n");
    OrderingPlan plan =
        OrderingPlanner.plan(
            config("flux", "flux: {layout: true, sourceRef: {name: repo}, path: ./shop}\n"),
            new OrderingPlanner.Scope(true, List.of(kptfile, job), null, false),
            List.of(job),
            Map.of(job, Phase.PRE_DEPLOY));
    FluxStages stages = plan.stages();
    assertEquals(1, stages.moves().size());
    assertEquals("pre-deploy/jobs/migrate.yaml", stages.moves().get(0).file());
    assertEquals(kptfile, stages.owner());
    assertEquals(
        List.of(new FluxStages.Stage("shop-pre-deploy", "pre-deploy", null, true)),
        stages.kustomizations());
    Result info = plan.workloads().get(0).phaseResult();
    assertEquals(Severity.INFO, info.severity());
    assertEquals("jobs/migrate.yaml", info.file(), "the plan names where the object is");
    Result other = Result.warning(kptfile, "metadata.name", "about another object");
    List<Result> placed = stages.placed(List.of(info, other));
    assertEquals("pre-deploy/jobs/migrate.yaml", placed.get(0).file(), "after the move");
    assertEquals("0", placed.get(0).index());
    assertEquals(other, placed.get(1), "an object that does not move keeps its file");
  }
}
