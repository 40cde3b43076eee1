package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.Target;
import java.util.List;

/**
 * What startgate does to one workload.
 *
 * @param intent what the workload asked for
 * @param gates its gates, in the order written
 * @param groups its gates grouped into init containers ({@link GateGroup})
 * @param merged of a target written two ways (gated once), the spelling the dependency graph leaves
 *     out: the later one, or the network host where the later names an object; the same instances
 *     as in {@code intent}
 * @param containers the name of each group's init container, in the order of {@code groups}:
 *     documented, valid DNS labels, none the name of one of the pod's own containers ({@link
 *     ContainerNames#of})
 * @param retryReplaces what the retry option replaces, like {@code backoffLimit 6 with 2} and
 *     {@code restartPolicy Never with OnFailure}; empty without retry or when nothing differs
 */
public record WorkloadPlan(
    Intent intent,
    List<Gate> gates,
    List<GateGroup> groups,
    List<Target> merged,
    List<String> containers,
    List<String> retryReplaces) {
  /** The plan of {@code groups}, their containers named for {@code intent}'s pod. */
  public WorkloadPlan(
      Intent intent, List<Gate> gates, List<GateGroup> groups, List<Target> merged) {
    this(
        intent,
        gates,
        groups,
        merged,
        ContainerNames.of(groups, intent.workload().facts().containerNames()),
        retryReplaces(intent));
  }

  /**
   * True if the workload's pod template changes: it gets gates, or the retry option sets its {@code
   * restartPolicy: OnFailure} (Flux recreates such a Job only with its force).
   */
  public boolean changesPodTemplate() {
    return !gates.isEmpty()
        || intent.retry() != null && !"OnFailure".equals(intent.workload().facts().restartPolicy());
  }

  /** What {@code intent}'s retry option replaces in its workload, as written there. */
  private static List<String> retryReplaces(Intent intent) {
    if (intent.retry() == null) {
      return List.of();
    }
    String limit = intent.workload().facts().backoffLimit();
    String policy = intent.workload().facts().restartPolicy();
    List<String> out = new java.util.ArrayList<>(2);
    if (limit != null && !limit.equals(String.valueOf(intent.retry()))) {
      out.add("backoffLimit " + limit + " with " + intent.retry());
    }
    if (policy != null && !policy.equals("OnFailure")) {
      out.add("restartPolicy " + policy + " with OnFailure");
    }
    return List.copyOf(out);
  }
}
