package dev.startgate.cli;

import dev.startgate.function.Analysis;
import dev.startgate.function.ConfigNotes;
import dev.startgate.intent.Intent;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.plan.DependencyGraph;
import dev.startgate.plan.Gate;
import dev.startgate.plan.Inventory;
import dev.startgate.plan.WorkloadPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code startgate explain} shows: each gated workload with its gates, the dependency graph,
 * its cycles, and every warning and error.
 *
 * @param workloads one entry per workload with an intent, in input order
 * @param nodes the graph's workloads and targets
 * @param edges the graph's edges, from a workload to each of its targets
 * @param cycles dependency cycles, each closed ({@code a -> b -> a})
 * @param changes what the run writes besides the gates ({@link ExplainChanges})
 * @param results every result of the run, info included (the JSON holds them all; the table shows
 *     warnings, as a run's stderr does), the planner's cycle errors included
 */
record ExplainReport(
    List<ExplainReport.Workload> workloads,
    List<DependencyGraph.Node> nodes,
    List<DependencyGraph.Edge> edges,
    List<List<String>> cycles,
    List<ExplainChanges.Change> changes,
    List<Result> results) {

  /**
   * One workload.
   *
   * @param id {@code Kind/namespace/name}
   * @param resource the object
   * @param gates its gates, container by container
   */
  record Workload(String id, Resource resource, List<GateFacts.Fact> gates) {}

  static ExplainReport of(Analysis analysis) {
    GateFacts facts = new GateFacts(analysis.config());
    // A workload the planner could not gate (a service/ target not in the input) has an error and
    // no gate: like one whose intent has an error, it is not shown as if it had nothing to do. One
    // that asks for no gate (retry or a phase only) is shown with its error, which is about writing
    // it (a flow-style spec), not about its intent.
    Set<ResourceRef> failed = new HashSet<>();
    for (Result r : analysis.results()) {
      if (r.severity() == Severity.ERROR && r.resource() != null) {
        failed.add(r.resource());
      }
    }
    List<Workload> workloads = new ArrayList<>();
    for (WorkloadPlan p : analysis.plan().workloads()) {
      Resource r = p.intent().workload();
      List<GateFacts.Fact> gates = facts(p, facts);
      if (gates.isEmpty() && !p.intent().targets().isEmpty() && failed.contains(Result.refOf(r))) {
        continue;
      }
      workloads.add(new Workload(DependencyGraph.objectId(r), r, gates));
    }
    DependencyGraph graph =
        new DependencyGraph(
            graphed(analysis), new Inventory(analysis.resources(), analysis.beside()));
    List<List<String>> cycles = graph.cycles();
    return new ExplainReport(
        List.copyOf(workloads),
        List.copyOf(graph.nodes()),
        List.copyOf(graph.edges()),
        List.copyOf(cycles),
        ExplainChanges.of(analysis),
        List.copyOf(analysis.results()));
  }

  /**
   * The intents as the run gates them: a target that is another written another way (gated once) is
   * one edge of the graph, not two.
   */
  private static List<Intent> graphed(Analysis analysis) {
    Map<Intent, WorkloadPlan> plans = new IdentityHashMap<>();
    for (WorkloadPlan p : analysis.plan().workloads()) {
      plans.put(p.intent(), p);
    }
    List<Intent> out = new ArrayList<>(analysis.intents().size());
    for (Intent i : analysis.intents()) {
      WorkloadPlan p = plans.get(i);
      if (p == null || p.merged().isEmpty()) {
        out.add(i);
        continue;
      }
      List<Target> kept = new ArrayList<>();
      for (Target t : i.targets()) {
        if (p.merged().stream().noneMatch(m -> m == t)) {
          kept.add(t);
        }
      }
      out.add(
          new Intent(
              i.workload(),
              i.shape(),
              List.copyOf(kept),
              i.timing(),
              i.retry(),
              i.phase(),
              i.sources()));
    }
    return out;
  }

  /**
   * This report with the results about a {@code --config} file ({@code named}) naming that file, as
   * a run's stderr names it.
   */
  ExplainReport naming(ConfigResults named) {
    return named == null ? this : filed(named::about, named.file().toString());
  }

  /**
   * This report with the results about the input as a whole (no object, no file: this stream looks
   * like Helm 3's) named by {@code file}, the one file planned, as {@code rewrite} names them; not
   * those about the config ({@code config}), which {@link #naming} names by the config's file.
   */
  ExplainReport inFile(String file, ConfigNotes config) {
    return filed(r -> r.resource() == null && r.file() == null && !config.about(r), file);
  }

  /** This report with the results that {@code which} picks named by {@code file}. */
  private ExplainReport filed(java.util.function.Predicate<Result> which, String file) {
    List<Result> out = new ArrayList<>(results.size());
    for (Result r : results) {
      out.add(which.test(r) ? r.inFile(file, null) : r);
    }
    return new ExplainReport(workloads, nodes, edges, cycles, changes, List.copyOf(out));
  }

  /**
   * The facts of {@code p}'s gates, container by container (as the run writes them), each with the
   * name of the container that checks it.
   */
  private static List<GateFacts.Fact> facts(WorkloadPlan p, GateFacts facts) {
    List<GateFacts.Fact> out = new ArrayList<>();
    List<String> names = p.containers();
    for (int i = 0; i < names.size(); i++) {
      for (Gate g : p.groups().get(i).gates()) {
        out.add(g.accept(facts).in(names.get(i)));
      }
    }
    return List.copyOf(out);
  }

  /** True if there is an error result or a cycle. */
  boolean failed() {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
