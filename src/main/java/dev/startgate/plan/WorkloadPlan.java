package dev.startgate.plan;

import dev.startgate.intent.Intent;
import java.util.List;

/**
 * What startgate does to one workload.
 *
 * @param intent what the workload asked for
 * @param gates its gates, in the order written
 * @param groups its gates grouped into init containers ({@link GateGroup})
 */
public record WorkloadPlan(Intent intent, List<Gate> gates, List<GateGroup> groups) {
  /** A plan for kubectl gates, grouped by {@link GateGroup#of}. */
  public WorkloadPlan(Intent intent, List<Gate> gates) {
    this(intent, gates, GateGroup.of(gates, false));
  }
}
