package dev.startgate.plan;

import dev.startgate.intent.Intent;
import java.util.List;

/**
 * What startgate does to one workload.
 *
 * @param intent what the workload asked for
 * @param gates its gates, in the order written
 */
public record WorkloadPlan(Intent intent, List<Gate> gates) {}
