package dev.startgate.plan;

import dev.startgate.intent.Durations;
import dev.startgate.intent.FluxSettings;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Gates that may wait longer than Flux waits for their stage: with {@code flux.layout} each stage's
 * Kustomization waits for its objects ({@code wait: true}) for {@code flux.timeout}, and a stage
 * whose Job or rollout is still gated then fails its reconcile, and the stages after it wait for
 * the next one.
 */
public final class FluxTimeoutCheck {
  private FluxTimeoutCheck() {}

  private static final String TIMEOUT = "startgate.dev/timeout";
  private static final String RETRY = "startgate.dev/retry";

  /**
   * A warning per gated workload of {@code stages} whose gates may outlast {@code flux.timeout}.
   */
  public static List<Result> check(FluxStages stages, FluxSettings flux, List<WorkloadPlan> plans) {
    if (stages == null || stages.kustomizations().isEmpty()) {
      return List.of(); // every run without a Flux layout: nothing to read
    }
    OptionalLong limit = Durations.parse(flux.timeout());
    if (limit.isEmpty()) {
      return List.of();
    }
    List<Result> out = new ArrayList<>();
    for (WorkloadPlan p : plans) {
      Resource w = p.intent().workload();
      if (p.gates().isEmpty() || stages.nested().contains(w) || w.kind().equals("CronJob")) {
        // A CronJob's pods start on its schedule: the Kustomization waits for the object only.
        continue;
      }
      // Each gate container has the timeout as its own deadline, and they run one after another;
      // with the retry option (restartPolicy OnFailure) a gate that times out starts again in the
      // same pod, and backoffLimit counts those restarts: at worst the longest gate, that often.
      long perTry = 0;
      long longest = 0;
      for (GateGroup g : p.groups()) {
        perTry += g.timing().timeoutSeconds();
        longest = Math.max(longest, g.timing().timeoutSeconds());
      }
      Integer retry = p.intent().retry();
      long restarts = retry == null ? 0 : retry;
      long total = perTry + restarts * longest;
      if (total <= limit.getAsLong()) {
        continue;
      }
      boolean byRetry = perTry <= limit.getAsLong();
      String field =
          byRetry && w.annotations().containsKey(RETRY)
              ? "metadata.annotations." + RETRY
              : w.annotations().containsKey(TIMEOUT)
                  ? "metadata.annotations." + TIMEOUT
                  : p.intent().sources().waitFor();
      String upTo =
          restarts == 0
              ? Durations.format(total)
              : Durations.format(total)
                  + " ("
                  + Durations.format(perTry)
                  + ", and "
                  + restarts
                  + (restarts == 1 ? " restart" : " restarts")
                  + " of a gate of "
                  + Durations.format(longest)
                  + " with retry "
                  + retry
                  + ", Kubernetes' back-off between them not counted)";
      out.add(
          Result.warning(
              w,
              field,
              "the gates may wait up to "
                  + upTo
                  + ", longer than flux.timeout ("
                  + flux.timeout()
                  + "), how long the Kustomization of its stage waits for it: Flux then fails"
                  + " that reconcile while the "
                  + w.kind()
                  + " is still gated, and the stages after it wait for its next reconcile; raise"
                  + " flux.timeout to at least "
                  + Durations.format(total)
                  + (restarts == 0
                      ? " or lower " + TIMEOUT
                      : " or lower " + TIMEOUT + " or " + RETRY)));
    }
    return out;
  }
}
