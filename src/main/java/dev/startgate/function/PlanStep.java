package dev.startgate.function;

import dev.startgate.intent.Config;
import dev.startgate.intent.CrdFacts;
import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.plan.AccessPlan;
import dev.startgate.plan.AccessPlanner;
import dev.startgate.plan.DuplicateObjects;
import dev.startgate.plan.FluxTimeoutCheck;
import dev.startgate.plan.GeneratedPlan;
import dev.startgate.plan.Inventory;
import dev.startgate.plan.Orchestration;
import dev.startgate.plan.OrderingPlan;
import dev.startgate.plan.OrderingPlanner;
import dev.startgate.plan.Plan;
import dev.startgate.plan.Planner;
import dev.startgate.plan.PodResources;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.render.GeneratedObjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planning step of a run: which objects startgate may change, their intents, and the plans for
 * gates, access, ordering and generated objects (the planners of {@code plan/}), with the checks
 * across the whole input and the files beside it. Nothing is rendered here.
 */
final class PlanStep {
  /**
   * Workloads one run may gate. Each gets gate containers, scripts and maybe RBAC objects of up to
   * about 11 KB, so this bounds the output (about 110 MB) however many small workloads a hostile
   * input packs into its size limit.
   */
  static final int MAX_GATED_WORKLOADS = 10_000;

  /**
   * Gates (targets) one run may add, three per gated workload on average: each adds its target to a
   * gate's arguments, a result and maybe an RBAC rule, up to 2,048 chars each.
   */
  static final int MAX_GATES = 30_000;

  private PlanStep() {}

  /** The objects startgate may change, their intents and the plan. */
  record Planned(
      List<Resource> candidates,
      List<Intent> intents,
      Plan plan,
      AccessPlan access,
      OrderingPlan ordering,
      GeneratedPlan generated,
      List<Result> unmatchedRules) {}

  /** The workloads of {@code plan} whose pod template changes, by identity. */
  private static Set<Resource> gatedWorkloads(Plan plan) {
    Set<Resource> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (WorkloadPlan p : plan.workloads()) {
      if (p.changesPodTemplate()) {
        out.add(p.intent().workload());
      }
    }
    return out;
  }

  /**
   * Reads the intents of {@code input}'s objects under {@code config} and plans them, with {@code
   * context} beside the input; every problem goes to {@code results}.
   */
  static Planned plan(
      RunContext context, Input input, Config config, List<CrdFacts> crds, List<Result> results) {
    List<Resource> candidates = new ArrayList<>();
    for (Resource r : input.resources()) {
      if (!r.isLocalConfig() && r != input.functionConfig() && !GeneratedObjects.isGenerated(r)) {
        candidates.add(r);
      }
    }
    IntentReader intentReader = new IntentReader(crds);
    List<Intent> intents = new ArrayList<>();
    Map<Resource, Phase> phases = new IdentityHashMap<>();
    Map<Resource, String> phaseFields = new IdentityHashMap<>();
    for (Resource r : candidates) {
      IntentReader.Reading reading = intentReader.read(r, config);
      results.addAll(reading.results());
      if (reading.intent() != null) {
        intents.add(reading.intent());
        if (reading.intent().phase() != null) {
          phases.put(r, reading.intent().phase());
          if (!reading.intent().sources().phase().equals(Intent.Sources.ANNOTATIONS.phase())) {
            phaseFields.put(r, reading.intent().sources().phase());
          }
        }
      }
    }
    List<Result> unmatchedRules = intentReader.unmatchedRules(config);
    results.addAll(unmatchedRules);
    results.addAll(DuplicateObjects.check(input.resources()));
    results.addAll(UnkindedObjects.check(input));
    results.addAll(SeparatorLines.check(input));
    List<Resource> beside = context.beside(input.resources());
    boolean helm3 =
        config.orchestrator() == Orchestrator.HELM
            && !input.isResourceList()
            && OrderingPlanner.looksLikeHelm3(input.text(), input.resources());
    Planner planner =
        new Planner(
            config.kubernetes().runtime(), Orchestration.of(config, input.isResourceList(), helm3));
    // One inventory for the plan and the cycle check through the files beside the input: built
    // twice, it was a tenth of a rewrite of one file in a folder of 100 gated files.
    Inventory inventory = new Inventory(input.resources(), beside);
    Plan plan = planner.plan(intents, inventory);
    results.addAll(plan.results());
    results.addAll(PodResources.check(plan.workloads(), config.gate()));
    if (plan.results().stream().anyMatch(r -> r.severity() == Severity.ERROR)) {
      // A target in a file beside the input that does not parse is not seen: say so where the
      // run fails (a chart's templates beside it do not parse either, so not on every run).
      results.addAll(context.unreadWarnings());
    }
    List<Intent> besideIntents =
        beside.isEmpty() ? List.of() : context.intents().of(config, crds, beside);
    if (!beside.isEmpty()) {
      results.addAll(planner.cyclesWith(intents, besideIntents, inventory));
    }
    int count = 0;
    int workloads = 0;
    for (WorkloadPlan p : plan.workloads()) {
      count += p.gates().size();
      workloads += p.gates().isEmpty() ? 0 : 1;
    }
    if (workloads > MAX_GATED_WORKLOADS) {
      results.add(
          Result.inputError(
              "the input asks for gates in "
                  + workloads
                  + " workloads, more than the limit of "
                  + MAX_GATED_WORKLOADS
                  + " in one run; run startgate on smaller parts"));
    }
    if (count > MAX_GATES) {
      results.add(
          Result.inputError(
              "the input asks for "
                  + count
                  + " gates, more than the limit of "
                  + MAX_GATES
                  + " in one run; run startgate on smaller parts"));
    }
    OrderingPlan ordering =
        OrderingPlanner.plan(
            config,
            new OrderingPlanner.Scope(
                input.isResourceList(),
                input.resources(),
                input.functionConfig(),
                helm3,
                gatedWorkloads(plan)),
            candidates,
            phases,
            phaseFields);
    results.addAll(FluxTimeoutCheck.check(ordering.stages(), config.flux(), plan.workloads()));
    AccessPlan access =
        AccessPlanner.plan(
            config,
            plan.workloads(),
            withBeside(input.resources(), beside),
            besideIntents,
            ordering.creationOrder());
    return new Planned(
        candidates,
        List.copyOf(intents),
        plan,
        access,
        ordering,
        GeneratedPlan.of(
            access, ordering, config.flux(), input.resources(), context.otherFiles(input.text())),
        List.copyOf(unmatchedRules));
  }

  /**
   * {@code input}'s objects and those of the files beside it: whose a pod's account is depends on
   * the ServiceAccounts and startgate's bindings of both ({@code rewrite} of a folder may find
   * startgate's account in one file and its RoleBinding in another: review CP).
   */
  private static List<Resource> withBeside(List<Resource> input, List<Resource> beside) {
    if (beside.isEmpty()) {
      return input;
    }
    List<Resource> all = new ArrayList<>(input.size() + beside.size());
    all.addAll(input);
    all.addAll(beside);
    return all;
  }
}
