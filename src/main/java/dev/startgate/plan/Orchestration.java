package dev.startgate.plan;

import dev.startgate.intent.Config;
import dev.startgate.intent.Orchestrator;

/**
 * What applies the output and in which order.
 *
 * @param orchestrator the config's orchestrator
 * @param fluxStages true when Flux applies pre-deploy, deploy and post-deploy as Kustomizations
 *     with {@code wait: true} that depend on each other ({@code flux.layout} under kpt)
 * @param helm3Stream true for a stream that looks like Helm 3 post-renderer input under {@code
 *     orchestrator: helm}: Helm 3 takes hooks out before a post-renderer runs, so the hooks
 *     startgate adds there order nothing (they would under Helm 4)
 */
public record Orchestration(Orchestrator orchestrator, boolean fluxStages, boolean helm3Stream) {
  /** Nothing orders anything. */
  public static final Orchestration NONE = new Orchestration(Orchestrator.NONE, false);

  /** An orchestration that is not a Helm 3 stream's. */
  public Orchestration(Orchestrator orchestrator, boolean fluxStages) {
    this(orchestrator, fluxStages, false);
  }

  /** The orchestration {@code config} gives an input; Flux stages exist under kpt only. */
  public static Orchestration of(Config config, boolean resourceList) {
    return of(config, resourceList, false);
  }

  /**
   * Like {@link #of(Config, boolean)}, for a stream that {@link OrderingPlanner#looksLikeHelm3}
   * when {@code helm3} is true.
   */
  public static Orchestration of(Config config, boolean resourceList, boolean helm3) {
    boolean stages =
        config.orchestrator() == Orchestrator.FLUX && config.flux().layout() && resourceList;
    return new Orchestration(
        config.orchestrator(),
        stages,
        helm3 && !resourceList && config.orchestrator() == Orchestrator.HELM);
  }
}
