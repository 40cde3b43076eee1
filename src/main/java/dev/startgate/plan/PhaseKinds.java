package dev.startgate.plan;

/** The values the phase deadlock check passes between its files: stages, verdicts, placements. */
final class PhaseKinds {
  private PhaseKinds() {}

  /**
   * When the orchestrator creates an object: before, with or after the release, or never on an
   * install, upgrade or sync (a {@code helm test} or delete hook, an Argo CD {@code Skip} or {@code
   * SyncFail} hook).
   */
  enum Stage {
    PRE,
    MAIN,
    POST,
    NEVER
  }

  /** How sure a deadlock is. */
  enum Verdict {
    /** Not a deadlock. */
    NONE,
    /** Certain: the orchestrator waits for the gated workload before it creates the target. */
    CERTAIN,
    /** Only under {@code helm --wait}: Helm then runs post hooks after the release is ready. */
    HELM_WAIT,
    /** Certain: both in one phase, and the orchestrator creates the target after the workload. */
    SEQUENCE,
    /**
     * On a first install: the target is a Helm hook of upgrades only, which {@code helm install}
     * never creates (on an upgrade it is there, or the other verdicts apply).
     */
    FIRST_INSTALL
  }

  /**
   * Where an object is placed and why.
   *
   * @param stage when it is created
   * @param because the annotation that places it there, like {@code helm.sh/hook: post-install}, or
   *     null for the release itself
   */
  record Placement(Stage stage, String because) {}
}
