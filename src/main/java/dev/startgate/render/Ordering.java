package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
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

  private final Config config;

  /** Ordering as {@code config} asks. */
  public Ordering(Config config) {
    this.config = config;
  }

  /**
   * Applies {@code plan} to {@code candidates} (the objects startgate may change), laying them out
   * in Flux stages if the plan says so; decorates and adds objects in {@code generated}.
   *
   * @return the plan's results, and every problem with the YAML
   */
  public List<Result> apply(
      YamlEditor editor, OrderingPlan plan, List<Resource> candidates, GeneratedObjects generated) {
    List<Result> results = new ArrayList<>(plan.opening());
    Map<YMapping, Map<String, String>> paths =
        plan.stages() == null
            ? Map.of()
            : FluxLayout.apply(config.flux(), plan.stages(), generated);
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
      if (o.phaseResult() != null) {
        results.add(o.phaseResult());
      }
    }
    results.addAll(plan.closing());
    return results;
  }

  /** The keys of {@code put} but startgate's own bookkeeping. */
  private static List<String> ordering(Map<String, String> put) {
    List<String> keys = new ArrayList<>();
    for (String key : put.keySet()) {
      if (!key.equals(OrderingPlanner.GENERATED)) {
        keys.add(key);
      }
    }
    return keys;
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
              "the "
                  + r.kind()
                  + " has no metadata to write its ordering annotations into ("
                  + String.join(", ", ordering(put))
                  + "); give it metadata, like metadata: {name: migrate}"));
      return;
    }
    try {
      editor.requireLineBreaksAsKubectlReads(metadata, r.node()); // what this edit writes into
      editor.editMapping(metadata, "annotations", put, remove, editor.writerFor(r.node()), null);
    } catch (YamlEditException e) {
      // An object startgate does not gate is edited only to move it: say so, or the error about
      // annotations the user never wrote would not make sense.
      String moved = put.getOrDefault(Resource.PATH, put.get(Resource.LEGACY_PATH));
      results.add(
          Result.error(
              r,
              "metadata.annotations",
              null,
              moved == null
                  ? e.getMessage()
                  : "flux.layout: true moves this object to "
                      .concat(moved)
                      .concat(", which changes kpt's path and index annotations, and ")
                      .concat(e.getMessage())));
    }
  }
}
