package dev.startgate.plan;

import dev.startgate.intent.Orchestrator;
import dev.startgate.model.Resource;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.PhaseKinds.Placement;
import dev.startgate.plan.PhaseKinds.Stage;

/**
 * The order inside one phase. Helm runs the hooks of a phase one at a time, sorted by {@code
 * helm.sh/hook-weight} and then by name, and waits for each hook Job or Pod to finish before it
 * creates the next; Argo CD applies a phase wave by wave ({@code argocd.argoproj.io/sync-wave},
 * else a {@code helm.sh/hook-weight}) and waits for each wave to be healthy. Helm creates the
 * release's own objects together, and Flux a stage's.
 */
final class PhaseSequence {
  private static final String HELM_WEIGHT = HookAnnotations.HELM_WEIGHT;

  /**
   * Where the gated workload and its target stand in the phase, as {@code helm.sh/hook-weight: 0}
   * or {@code argocd.argoproj.io/sync-wave: 1}.
   */
  record Positions(String from, String to) {}

  private PhaseSequence() {}

  /**
   * The positions of {@code w} (of {@code shape}) and {@code t} when both are created in the same
   * phase and {@code t} only after {@code w} is done or ready; otherwise null.
   */
  static Positions later(
      Orchestrator orchestrator,
      WorkloadShape shape,
      Resource w,
      Placement from,
      Resource t,
      Placement to) {
    if (from.stage() != to.stage() || shape == WorkloadShape.CRONJOB) {
      return null;
    }
    return switch (orchestrator) {
      case NONE, FLUX -> null;
      case HELM -> {
        long a = HookAnnotations.number(w.annotations().get(HELM_WEIGHT));
        long b = HookAnnotations.number(t.annotations().get(HELM_WEIGHT));
        boolean waited = shape == WorkloadShape.JOB || shape == WorkloadShape.POD;
        boolean after =
            a < b
                || (a == b
                    && w.name() != null
                    && t.name() != null
                    && w.name().compareTo(t.name()) < 0);
        yield from.stage() != Stage.MAIN && waited && after
            ? new Positions(HELM_WEIGHT + ": " + a, HELM_WEIGHT + ": " + b)
            : null;
      }
      case ARGOCD -> {
        long a = HookAnnotations.argoWave(w.annotations());
        long b = HookAnnotations.argoWave(t.annotations());
        yield a < b
            ? new Positions(
                HookAnnotations.argoWaveKey(w.annotations()) + ": " + a,
                HookAnnotations.argoWaveKey(t.annotations()) + ": " + b)
            : null;
      }
    };
  }
}
