package dev.startgate.cli;

import dev.startgate.function.Analysis;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.plan.DependencyGraph;
import dev.startgate.plan.Inventory;
import dev.startgate.plan.WorkloadPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code startgate explain} shows: each gated workload with its gates, the dependency graph,
 * its cycles, and every warning and error.
 *
 * @param workloads one entry per workload with an intent, in input order
 * @param graph workloads and targets
 * @param cycles dependency cycles, each closed ({@code a -> b -> a})
 * @param results warnings and errors (info left out), the planner's cycle errors included
 */
record ExplainReport(
    List<ExplainReport.Workload> workloads,
    DependencyGraph graph,
    List<List<String>> cycles,
    List<Result> results) {

  /**
   * One workload.
   *
   * @param id {@code Kind/namespace/name}
   * @param resource the object
   * @param gates its gates, in the order written
   */
  record Workload(String id, Resource resource, List<GateFacts.Fact> gates) {}

  static ExplainReport of(Analysis analysis) {
    GateFacts facts = new GateFacts(analysis.config());
    List<Workload> workloads = new ArrayList<>();
    for (WorkloadPlan p : analysis.plan().workloads()) {
      Resource r = p.intent().workload();
      workloads.add(
          new Workload(
              DependencyGraph.objectId(r),
              r,
              p.gates().stream().map(g -> g.accept(facts)).toList()));
    }
    DependencyGraph graph =
        new DependencyGraph(analysis.intents(), new Inventory(analysis.resources()));
    List<List<String>> cycles = graph.cycles();
    List<Result> results = new ArrayList<>();
    for (Result r : analysis.results()) {
      if (r.severity() != Severity.INFO) {
        results.add(r);
      }
    }
    return new ExplainReport(
        List.copyOf(workloads), graph, List.copyOf(cycles), List.copyOf(results));
  }

  /** True if there is an error result or a cycle. */
  boolean failed() {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
