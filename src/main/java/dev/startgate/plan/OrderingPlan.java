package dev.startgate.plan;

import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the orchestrator orders the gated workloads, decided before anything is written: the hook (or
 * Flux force) annotations each workload gets or loses, the hook annotations of the objects
 * generated for it, and the results about them. {@code render/Ordering} writes these.
 *
 * @param stages the Flux stages the package is laid out in ({@code flux.layout} under kpt); null
 *     when it is not laid out
 * @param opening results before any workload's: the layout's, or {@code flux.layout} on a plain
 *     stream
 * @param workloads one entry per workload of a gated kind that startgate may change, in input order
 * @param closing results after every workload's: hooks that Helm 3 would drop
 */
public record OrderingPlan(
    FluxStages stages, List<Result> opening, List<WorkloadOrder> workloads, List<Result> closing) {

  /**
   * The ordering of one workload.
   *
   * @param workload the workload
   * @param phase its phase, or null
   * @param put the annotations to write (startgate's list of its own annotations included)
   * @param remove the annotations startgate wrote before and no longer wants
   * @param decorations the annotations for the objects generated for it; empty for none
   * @param conflicts warnings where the user's annotation wins over startgate's
   * @param phaseResult what its phase does under the orchestrator; null without a phase or when the
   *     Flux layout says it (naming the stage's file)
   */
  public record WorkloadOrder(
      Resource workload,
      Phase phase,
      Map<String, String> put,
      Set<String> remove,
      Map<String, String> decorations,
      List<Result> conflicts,
      Result phaseResult) {}
}
