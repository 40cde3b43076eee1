package dev.startgate.intent;

import java.util.List;

/**
 * The function config, defaulted and validated.
 *
 * @param defaults timing for gates whose workload sets none
 * @param images gate images
 * @param gate security and resources of gate containers
 * @param rbac RBAC generation
 * @param orchestrator what orders pre- and post-deploy Jobs
 * @param flux Flux layout settings
 * @param gates intents for workloads matched by the config, not by annotations
 * @param kubernetes the runtime of Kubernetes gates ({@code kubernetesGates}, {@code
 *     whenReadyServer}, {@code images.whenReady})
 */
public record Config(
    Timing defaults,
    Images images,
    GateSettings gate,
    RbacMode rbac,
    Orchestrator orchestrator,
    FluxSettings flux,
    List<GateRule> gates,
    KubernetesGates kubernetes,
    HttpsSettings https) {
  /** Every default. */
  public static final Config DEFAULT =
      new Config(
          Timing.DEFAULT,
          Images.DEFAULT,
          GateSettings.DEFAULT,
          RbacMode.AUTO,
          Orchestrator.NONE,
          FluxSettings.DEFAULT,
          List.of(),
          KubernetesGates.DEFAULT,
          HttpsSettings.DEFAULT);
}
