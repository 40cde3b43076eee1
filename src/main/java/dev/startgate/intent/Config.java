package dev.startgate.intent;

/**
 * The function config, defaulted and validated.
 *
 * @param defaults timing for gates whose workload sets none
 * @param images gate images
 * @param gate security and resources of gate containers
 * @param rbac RBAC generation
 * @param orchestrator what orders pre- and post-deploy Jobs
 * @param flux Flux layout settings
 */
public record Config(
    Timing defaults,
    Images images,
    GateSettings gate,
    RbacMode rbac,
    Orchestrator orchestrator,
    FluxSettings flux) {
  /** Every default. */
  public static final Config DEFAULT =
      new Config(
          Timing.DEFAULT,
          Images.DEFAULT,
          GateSettings.DEFAULT,
          RbacMode.AUTO,
          Orchestrator.NONE,
          FluxSettings.DEFAULT);
}
