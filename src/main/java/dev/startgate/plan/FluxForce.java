package dev.startgate.plan;

import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.Map;
import java.util.Set;

/**
 * Flux's {@code force} on a Job whose pod template startgate leaves as it is (no gate to add or
 * remove, no retry option's restartPolicy) is a convenience (Flux recreates a Job whose pod
 * template changed): where the Job's metadata is flow style ({@code metadata: {...}}, every JSON
 * object), which startgate does not write into, it is left out with a warning instead of failing
 * the whole run.
 */
final class FluxForce {
  private FluxForce() {}

  /**
   * True if {@code wanted} (the annotations {@code r} would get) is only Flux's force and {@code
   * r}, not among {@code gated} (by identity; null: every workload counts as gated), holding no
   * gate of an earlier run to remove and not carrying the force already, has flow-style metadata.
   */
  static boolean leftOut(
      Orchestrator orchestrator,
      Resource r,
      Phase phase,
      Map<String, String> wanted,
      Set<Resource> gated) {
    if (orchestrator != Orchestrator.FLUX
        || gated == null
        || gated.contains(r)
        || r.facts().gateParts()
        || HookAnnotations.sameValue(
            HookAnnotations.FLUX_FORCE,
            r.annotations().getOrDefault(HookAnnotations.FLUX_FORCE, ""),
            wanted.get(HookAnnotations.FLUX_FORCE))
        || phase != null
        || !wanted.keySet().equals(Set.of(HookAnnotations.FLUX_FORCE))) {
      return false;
    }
    return r.facts().flowMetadata();
  }

  /** The warning for a Job {@link #leftOut} without the force annotation. */
  static Result warning(Resource r) {
    return Result.warning(
        r,
        "metadata",
        "orchestrator: flux adds "
            + HookAnnotations.FLUX_FORCE
            + ": Enabled to every Job (Flux recreates a Job whose pod template changed), but this"
            + " Job's metadata is in flow style ({...}, as JSON is written), which startgate does"
            + " not write into; its pod template does not change here (no gate, no retry's"
            + " restartPolicy), so it goes without: write the annotation yourself if Flux must"
            + " recreate it, or its metadata in block style");
  }
}
