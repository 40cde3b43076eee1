package dev.startgate.function;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.plan.GeneratedPlan;
import dev.startgate.plan.OrderingPlan;
import dev.startgate.plan.Plan;
import java.util.List;

/**
 * A run made in memory, its output discarded: what {@code startgate explain} shows. Its results are
 * the run's own, rendering included, so explain and a run cannot disagree.
 *
 * @param resources every object in the input
 * @param beside the objects of the other files of the input's folder ({@code rewrite} and {@code
 *     explain}), against which its targets resolve too; empty for stdin
 * @param intents the valid intents, in input order
 * @param plan the gates planned for them
 * @param config the config used
 * @param ordering the hook (or Flux force) annotations each workload gets or loses, and the Flux
 *     layout's moves
 * @param generated the objects the run generates (RBAC, Flux Kustomizations)
 * @param results every result the run reports, in its order
 * @param configNotes which of {@code results} are about the config
 */
public record Analysis(
    List<Resource> resources,
    List<Resource> beside,
    List<Intent> intents,
    Plan plan,
    Config config,
    OrderingPlan ordering,
    GeneratedPlan generated,
    List<Result> results,
    ConfigNotes configNotes) {

  static Analysis failed(List<Result> results) {
    return failed(results, ConfigNotes.NONE);
  }

  static Analysis failed(List<Result> results, ConfigNotes configNotes) {
    return new Analysis(
        List.of(),
        List.of(),
        List.of(),
        new Plan(List.of(), List.of()),
        Config.DEFAULT,
        new OrderingPlan(null, List.of(), List.of(), List.of()),
        new GeneratedPlan(List.of(), List.of()),
        List.copyOf(results),
        configNotes);
  }

  /** True if an input or config error stopped the run before anything was planned. */
  public boolean stopped() {
    return failed() && resources.isEmpty();
  }

  /** True if any result is an error. */
  public boolean failed() {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
