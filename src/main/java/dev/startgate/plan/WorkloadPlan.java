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
 */
public record WorkloadPlan(
    Intent intent, List<Gate> gates, List<GateGroup> groups, List<Target> merged) {
  /** A plan in which no target is another written another way. */
  public WorkloadPlan(Intent intent, List<Gate> gates, List<GateGroup> groups) {
    this(intent, gates, groups, List.of());
  }

  /** A plan for kubectl gates, grouped by {@link GateGroup#of}. */
  public WorkloadPlan(Intent intent, List<Gate> gates) {
    this(intent, gates, GateGroup.of(gates, false));
  }
}
