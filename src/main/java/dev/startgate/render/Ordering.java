package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.plan.OrderingPlan;
import dev.startgate.plan.OrderingPlanner;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlEditException;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the {@link OrderingPlan}: writes the hook (or Flux force) annotations it decided on
 * workloads, makes the objects generated for a hook Job hooks of the same phase, and, with {@code
 * flux.layout}, lays the package out in stages ({@link FluxLayout}). Fails only on YAML shape.
 */
public final class Ordering {
  /** The annotation that lists the annotations startgate added to an object. */
  public static final String GENERATED = OrderingPlanner.GENERATED;

  /**
   * The input as a whole.
   *
   * @param resourceList true for a KRM ResourceList, false for a plain stream
   * @param resources every object of the input
   * @param functionConfig the function config found in the input, or null
   * @param text the input text
   */
  public record Scope(
      boolean resourceList, List<Resource> resources, Resource functionConfig, String text) {
    /** What the ordering planner reads of it. */
    public OrderingPlanner.Scope forPlanner() {
      return new OrderingPlanner.Scope(resourceList, resources, text);
    }
  }

  private final Config config;

  /** Ordering as {@code config} asks. */
  public Ordering(Config config) {
    this.config = config;
  }

  /**
   * Applies {@code plan} to {@code candidates} (the objects startgate may change), laying out the
   * phases of {@code intents} in Flux stages if the plan says so; decorates and adds objects in
   * {@code generated}.
   *
   * @return the plan's results, and every problem with the YAML
   */
  public List<Result> apply(
      YamlEditor editor,
      OrderingPlan plan,
      Scope scope,
      List<Resource> candidates,
      List<Intent> intents,
      GeneratedObjects generated) {
    List<Result> results = new ArrayList<>(plan.opening());
    Map<YMapping, Map<String, String>> paths = Map.of();
    if (plan.layOut()) {
      Map<YMapping, Phase> phases = new IdentityHashMap<>();
      for (Intent intent : intents) {
        if (intent.phase() != null) {
          phases.put(intent.workload().node(), intent.phase());
        }
      }
      FluxLayout.Moves moves =
          new FluxLayout(config.flux())
              .apply(scope.resources(), scope.functionConfig(), phases, generated);
      results.addAll(moves.results());
      paths = moves.annotations();
    }
    Map<YMapping, OrderingPlan.WorkloadOrder> orders = new IdentityHashMap<>();
    for (OrderingPlan.WorkloadOrder o : plan.workloads()) {
      orders.put(o.workload().node(), o);
    }
    for (Resource r : candidates) {
      Map<String, String> path = paths.getOrDefault(r.node(), Map.of());
      OrderingPlan.WorkloadOrder o = orders.get(r.node());
      if (o == null) {
        edit(editor, r, path, Set.of(), results);
        continue;
      }
      results.addAll(o.conflicts());
      Map<String, String> put = new LinkedHashMap<>(o.put());
      put.putAll(path);
      edit(editor, r, put, o.remove(), results);
      if (!o.decorations().isEmpty()) {
        generated.decorate(r, o.decorations());
      }
      if (o.phase() != null) {
        results.add(
            o.phaseResult() != null
                ? o.phaseResult()
                : laidOut(r, o.phase(), path.get(FluxLayout.PATH)));
      }
    }
    results.addAll(plan.closing());
    return results;
  }

  private static void edit(
      YamlEditor editor,
      Resource r,
      Map<String, String> put,
      Set<String> remove,
      List<Result> results) {
    if (put.isEmpty() && remove.isEmpty()) {
      return;
    }
    YMapping metadata = r.node().mapping("metadata").orElse(null);
    if (metadata == null) {
      results.add(
          Result.error(
              r,
              "metadata",
              null,
              "the " + r.kind() + " has no metadata to write annotations into"));
      return;
    }
    try {
      editor.editMapping(metadata, "annotations", put, remove, editor.writerFor(r.node()), null);
    } catch (YamlEditException e) {
      results.add(Result.error(r, "metadata.annotations", null, e.getMessage()));
    }
  }

  /** A phase the Flux layout orders: applied by its stage's Kustomization, in its file. */
  private static Result laidOut(Resource r, Phase phase, String movedTo) {
    return new Result(
        Severity.INFO,
        phase.text() + ": applied by the Flux Kustomization of its stage",
        r.ref(),
        null,
        null,
        movedTo != null ? movedTo : r.file());
  }
}
