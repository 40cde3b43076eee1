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
 */
public record WorkloadPlan(
    Intent intent,
    List<Gate> gates,
    List<GateGroup> groups,
    List<Target> merged,
    List<String> containers) {
  /** The plan of {@code groups}, their containers named for {@code intent}'s pod. */
  public WorkloadPlan(
      Intent intent, List<Gate> gates, List<GateGroup> groups, List<Target> merged) {
    this(
        intent,
        gates,
        groups,
        merged,
        ContainerNames.of(groups, intent.workload().facts().containerNames()));
  }
}
