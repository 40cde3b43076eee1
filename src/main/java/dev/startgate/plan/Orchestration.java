package dev.startgate.plan;

import dev.startgate.intent.Config;
import dev.startgate.intent.Orchestrator;

/**
 * What applies the output and in which order.
 *
 * @param orchestrator the config's orchestrator
 * @param fluxStages true when Flux applies pre-deploy, deploy and post-deploy as Kustomizations
 *     with {@code wait: true} that depend on each other ({@code flux.layout} under kpt)
 */
public record Orchestration(Orchestrator orchestrator, boolean fluxStages) {
  /** Nothing orders anything. */
  public static final Orchestration NONE = new Orchestration(Orchestrator.NONE, false);

  /** The orchestration {@code config} gives an input; Flux stages exist under kpt only. */
  public static Orchestration of(Config config, boolean resourceList) {
    boolean stages =
        config.orchestrator() == Orchestrator.FLUX && config.flux().layout() && resourceList;
    return new Orchestration(config.orchestrator(), stages);
  }
}
