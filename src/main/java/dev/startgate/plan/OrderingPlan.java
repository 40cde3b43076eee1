package dev.startgate.plan;

import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
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

  /** Every result of the plan, in the order {@code render/Ordering} reports them. */
  public List<Result> results() {
    List<Result> all = new ArrayList<>(opening);
    for (WorkloadOrder o : workloads) {
      all.addAll(o.conflicts());
      if (o.phaseResult() != null) {
        all.add(o.phaseResult());
      }
    }
    all.addAll(closing);
    return all;
  }

  /**
   * The order in which the orchestrator creates the objects generated for each gated workload: a
   * pre hook's (PreSync, pre-deploy stage) before the release's, the release's before a post
   * hook's, then by hook weight (sync wave). An object several workloads need (the k8s-when-ready
   * server) goes with the first of them, so it exists before any of them starts. Workloads this
   * plan does not order come with the release.
   */
  public Comparator<Resource> creationOrder() {
    Map<Resource, long[]> keys = new IdentityHashMap<>();
    for (WorkloadOrder o : workloads) {
      keys.put(o.workload(), key(o));
    }
    long[] release = {1, 0};
    return (a, b) -> {
      long[] x = keys.getOrDefault(a, release);
      long[] y = keys.getOrDefault(b, release);
      return x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]);
    };
  }

  /** The stage (0 before the release, 1 with it, 2 after it) and weight of {@code o}'s objects. */
  private static long[] key(WorkloadOrder o) {
    Map<String, String> d = o.decorations();
    String helm = d.get(HookAnnotations.HELM_HOOK);
    String argo = d.get(HookAnnotations.ARGO_HOOK);
    String hook = helm != null ? helm : argo != null ? argo : "";
    long stage =
        hook.contains("pre-") || hook.contains("PreSync")
            ? 0
            : hook.contains("post-") || hook.contains("PostSync")
                ? 2
                : hook.isEmpty() && o.phase() == Phase.PRE_DEPLOY
                    ? 0
                    : hook.isEmpty() && o.phase() == Phase.POST_DEPLOY ? 2 : 1;
    String weight = d.get(helm != null ? HookAnnotations.HELM_WEIGHT : HookAnnotations.ARGO_WAVE);
    return new long[] {stage, HookAnnotations.number(weight)};
  }
}
