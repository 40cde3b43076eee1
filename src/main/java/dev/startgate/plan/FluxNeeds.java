package dev.startgate.plan;

import dev.startgate.intent.Phase;
import dev.startgate.model.PodNeeds;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pre-deploy Job's pod cannot start without (its namespace, ServiceAccount, ConfigMaps,
 * Secrets and claims: {@link PodNeeds}) goes to the pre-deploy stage with it: Flux applies that
 * stage first and the deploy stage only once its Jobs are done, so in {@code deploy/} they would
 * come too late. Earlier is safe for everything else that uses them.
 */
final class FluxNeeds {
  private FluxNeeds() {}

  /**
   * Why an object is needed early: the first pre-deploy Job that needs it, and the pod spec's field
   * that names it ({@code namespace} for its namespace).
   */
  record Need(Resource job, String via) {}

  /** The objects the pre-deploy Jobs of {@code movable} need, keyed by {@link #key}. */
  static Map<String, Need> early(List<Resource> movable, Map<Resource, Phase> phases) {
    Map<String, Need> out = new HashMap<>();
    for (Resource r : movable) {
      if (phases.get(r) != Phase.PRE_DEPLOY || !r.shape().map(WorkloadShape::isJob).orElse(false)) {
        continue;
      }
      String ns = r.namespace();
      if (ns != null) {
        out.putIfAbsent(key("Namespace", null, ns), new Need(r, "namespace"));
      }
      for (PodNeeds.Need n : r.facts().needs()) {
        out.putIfAbsent(key(n.kind(), ns, n.name()), new Need(r, n.via()));
      }
    }
    return out;
  }

  /**
   * The stage of {@code r}: {@code pre-deploy} for an object of {@code deploy} that {@code early}
   * holds, which an info in {@code results} then says; else {@code stage}.
   */
  static String stage(Map<String, Need> early, Resource r, String stage, List<Result> results) {
    Need need = early.isEmpty() || !stage.equals("deploy") ? null : of(early, r);
    if (need == null) {
      return stage;
    }
    results.add(moved(r, need));
    return "pre-deploy";
  }

  /** Why {@code r} is needed early, or null: only core objects (Namespace, Secret...) are. */
  private static Need of(Map<String, Need> early, Resource r) {
    if (!r.group().isEmpty()) {
      return null;
    }
    boolean cluster = r.kind().equals("Namespace");
    return early.get(key(r.kind(), cluster ? null : r.namespace(), r.name()));
  }

  /** The info that {@code r} goes to {@code pre-deploy/} for {@code need}. */
  private static Result moved(Resource r, Need need) {
    return Result.info(
        r,
        "applied by the pre-deploy stage: "
            + need.job().kind()
            + " "
            + need.job().name()
            + " (pre-deploy) "
            + (need.via().equals("namespace") ? "runs in it" : "needs it (" + need.via() + ")")
            + ", and the deploy stage is applied only once that "
            + need.job().kind()
            + " is done");
  }

  private static String key(String kind, String namespace, String name) {
    return kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
  }
}
