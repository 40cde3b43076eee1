package dev.startgate.plan;

import dev.startgate.model.Result;
import java.util.List;

/**
 * The plan for a whole input.
 *
 * @param workloads one plan per workload with an intent
 * @param results problems found while planning
 */
public record Plan(List<WorkloadPlan> workloads, List<Result> results) {}
