package dev.startgate.cli;

import dev.startgate.function.Analysis;
import dev.startgate.model.Resource;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.AccessPlanner;
import dev.startgate.plan.DependencyGraph;
import dev.startgate.plan.FluxStages;
import dev.startgate.plan.GeneratedPlan;
import dev.startgate.plan.InputAccounts;
import dev.startgate.plan.OrderingPlan;
import dev.startgate.plan.WorkloadPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a run writes besides the gates, from the same plan: the hook (or Flux force) annotations a
 * workload gets or loses, the retry option, the Flux layout's moves, the objects it generates, and
 * what it removes of an earlier run's (gates of a workload that asks for none any more, generated
 * objects no longer needed).
 */
final class ExplainChanges {
  /**
   * One change.
   *
   * @param object {@code Kind/namespace/name} of the object changed, generated or removed
   * @param change {@code annotate}, {@code unannotate}, {@code retry}, {@code move}, {@code
   *     account}, {@code generate}, {@code ungate}, {@code unaccount} or {@code remove}
   * @param detail what is written, or why
   */
  record Change(String object, String change, String detail) {}

  private ExplainChanges() {}

  /** The changes of a run that succeeds; none when it fails, as a failing run changes nothing. */
  static List<Change> of(Analysis analysis) {
    List<Change> out = new ArrayList<>();
    if (analysis.failed()) {
      return out;
    }
    for (OrderingPlan.WorkloadOrder o : analysis.ordering().workloads()) {
      String id = DependencyGraph.objectId(o.workload());
      List<String> put = new ArrayList<>();
      for (Map.Entry<String, String> e : o.put().entrySet()) {
        put.add(e.getKey() + ": " + e.getValue()); // startgate.dev/generated-annotations too
      }
      if (!put.isEmpty()) {
        out.add(new Change(id, "annotate", String.join(", ", put)));
      }
      List<String> removed = new ArrayList<>(o.remove());
      if (!removed.isEmpty()) {
        out.add(new Change(id, "unannotate", String.join(", ", removed)));
      }
    }
    Set<Resource> gated = Collections.newSetFromMap(new IdentityHashMap<>());
    for (WorkloadPlan p : analysis.plan().workloads()) {
      Integer retry = p.intent().retry();
      if (retry != null) {
        out.add(
            new Change(
                DependencyGraph.objectId(p.intent().workload()),
                "retry",
                "backoffLimit: "
                    + retry
                    + ", restartPolicy: OnFailure"
                    + (p.retryReplaces().isEmpty()
                        ? ""
                        : " (replaces " + String.join(" and ", p.retryReplaces()) + ")")));
      }
      if (!p.gates().isEmpty()) {
        gated.add(p.intent().workload());
      }
    }
    FluxStages stages = analysis.ordering().stages();
    for (FluxStages.Move m : stages == null ? List.<FluxStages.Move>of() : stages.moves()) {
      out.add(new Change(DependencyGraph.objectId(m.resource()), "move", "to " + m.file()));
    }
    // An earlier run's copy of each generated object (the first, which a run keeps), by id.
    Map<String, Resource> earlier = new HashMap<>();
    for (Resource r : analysis.resources()) {
      if (r.isGenerated()) {
        earlier.putIfAbsent(DependencyGraph.objectId(r), r);
      }
    }
    // The hook annotations a workload's generated objects carry, so they exist before it runs.
    Map<Resource, Map<String, String>> decorations = new IdentityHashMap<>();
    for (OrderingPlan.WorkloadOrder o : analysis.ordering().workloads()) {
      decorations.put(o.workload(), o.decorations());
    }
    Set<String> generated = new HashSet<>();
    // The workloads whose pods get startgate's account, for their kubectl gates' token.
    Set<Resource> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
    for (GeneratedPlan.Generated g : analysis.generated().objects()) {
      String id = DependencyGraph.id(g.kind(), g.namespace(), g.name());
      generated.add(id);
      // Its own account (not the when-ready server's, which a workload only brings along).
      if (g.kind().equals("ServiceAccount")
          && g.owner().shape().isPresent()
          && AccessPlanner.isOwnAccount(g.owner(), g.name())
          && Objects.equals(g.namespace(), g.owner().namespace())
          && accounted.add(g.owner())) {
        out.add(
            new Change(
                DependencyGraph.objectId(g.owner()),
                "account",
                "serviceAccountName: " + g.name() + " (startgate's, for the gates' token)"));
      }
      List<String> hooks = new ArrayList<>();
      for (Map.Entry<String, String> e : decorations.getOrDefault(g.owner(), Map.of()).entrySet()) {
        hooks.add(e.getKey() + ": " + e.getValue());
      }
      // Under kpt a new object's file: beside its workload's (an earlier run's copy stays put),
      // or the Flux Kustomizations' own.
      String file = g.file() != null && !earlier.containsKey(id) ? "; in " + g.file() : "";
      out.add(
          new Change(
              id,
              "generate",
              "("
                  + g.apiVersion()
                  + (hooks.isEmpty() ? "" : "; " + String.join(", ", hooks))
                  + file
                  + ")"));
      String moved = besideOwner(g, earlier.get(id));
      if (moved != null) {
        out.add(new Change(id, "move", "to " + moved));
      }
    }
    Set<Resource> kept = analysis.generated().kept();
    Set<String> seen = new HashSet<>();
    InputAccounts accounts = InputAccounts.of(analysis.resources());
    for (Resource r : analysis.resources()) {
      // The workloads a run rewrites: not local config, nor generated (the when-ready server's
      // Deployment keeps its account).
      WorkloadShape shape = r.isLocalConfig() || r.isGenerated() ? null : r.shape().orElse(null);
      if (shape != null && !accounted.contains(r) && accounts.startgates(r)) {
        // As the run does (render/KubeAccess): startgate's account of an earlier run goes.
        out.add(
            new Change(
                DependencyGraph.objectId(r),
                "unaccount",
                "serviceAccountName: "
                    + r.facts().pod().serviceAccountName()
                    + " (startgate's account of an earlier run: no kubectl gate needs it now)"));
      }
      boolean ours = r.isGenerated() && !kept.contains(r);
      if (ours && !generated.contains(DependencyGraph.objectId(r))) {
        out.add(
            new Change(
                DependencyGraph.objectId(r),
                "remove",
                "(generated by an earlier run, not needed now)"));
      } else if (ours && !seen.add(DependencyGraph.objectId(r))) {
        out.add(
            new Change(
                DependencyGraph.objectId(r),
                "remove",
                "(a second copy of a generated object: the run keeps the first)"));
      } else if (shape != null && !gated.contains(r) && r.facts().gateParts()) {
        out.add(
            new Change(
                DependencyGraph.objectId(r),
                "ungate",
                "(startgate's init containers and volumes of an earlier run: no gate is asked for)"));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where a run writes generated object {@code g} (the file the plan gives it, beside its owner
   * under kpt) when {@code earlier}, an earlier run's copy of it, is in another file; else null. A
   * Flux Kustomization's file is fixed: not here.
   */
  private static String besideOwner(GeneratedPlan.Generated g, Resource earlier) {
    if (earlier == null
        || earlier.file() == null
        || g.file() == null
        || g.kind().equals("Kustomization")) {
      return null;
    }
    return earlier.file().equals(g.file()) ? null : g.file();
  }
}
