package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.WorkloadShape;
import java.util.List;

/**
 * What a workload asks for.
 *
 * @param workload the annotated object
 * @param shape its kind
 * @param targets what to wait for, in order
 * @param timing timeout, interval and uptime of its gates
 * @param retry {@code backoffLimit} for the retry option, or null
 * @param phase pre- or post-deploy, or null
 * @param sources where the targets and the phase were written, for the results about them
 */
public record Intent(
    Resource workload,
    WorkloadShape shape,
    List<Target> targets,
    Timing timing,
    Integer retry,
    Phase phase,
    Sources sources) {

  /** An intent written in the workload's annotations. */
  public Intent(
      Resource workload,
      WorkloadShape shape,
      List<Target> targets,
      Timing timing,
      Integer retry,
      Phase phase) {
    this(workload, shape, targets, timing, retry, phase, Sources.ANNOTATIONS);
  }

  /**
   * The fields that hold an intent's targets and phase: the workload's annotations, or the config's
   * {@code gates:} rule that set them ({@code gates[0].waitFor}).
   *
   * @param waitFor the field path of the targets
   * @param phase the field path of the phase
   */
  public record Sources(String waitFor, String phase) {
    /** Both in the workload's annotations. */
    public static final Sources ANNOTATIONS =
        new Sources(
            Annotations.FIELD + Annotations.WAIT_FOR, Annotations.FIELD + Annotations.PHASE);

    /** True if the targets come from the workload's own annotation. */
    public boolean annotated() {
      return waitFor.equals(ANNOTATIONS.waitFor);
    }

    /** How a message names where the targets were written. */
    public String waitForName() {
      return annotated() ? Annotations.WAIT_FOR : "the config's " + waitFor;
    }

    /** How a message names where the phase was written. */
    public String phaseName() {
      return phase.equals(ANNOTATIONS.phase) ? Annotations.PHASE : "the config's " + phase;
    }
  }
}
