package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.List;

/** The static check of a workload's gate timeouts against its {@code activeDeadlineSeconds}. */
final class DeadlineCheck {
  private static final String RETRY = "startgate.dev/retry";

  private DeadlineCheck() {}

  /**
   * How long past its timeout a gate container may run: 3 s. Its clock counts whole seconds (it
   * gives up once the deadline's second has passed), and a try or read begun then is cut off at the
   * time left, one second at least, or by the network gate's watchdog 3 s after the timeout
   * (measured: a 5 s gate against a Redis whose backlog is full ends after 7.4 s, review DW; README
   * "How a network gate behaves", "One deadline").
   */
  static final long OVERRUN = 3;

  /**
   * Gate timeouts past a deadline that kills the workload while it is still gated: the Job's {@code
   * activeDeadlineSeconds}, or the pod spec's (which counts init containers too).
   */
  static void check(WorkloadPlan plan, List<Result> results) {
    Resource w = plan.intent().workload();
    if (plan.gates().isEmpty()) {
      return;
    }
    String job = w.facts().activeDeadlineSeconds();
    String pod = w.facts().podDeadlineSeconds();
    if (job == null && pod == null) {
      return;
    }
    // The lower deadline ends the gates first.
    boolean byPod = pod != null && (job == null || Long.parseLong(pod) < Long.parseLong(job));
    String deadline = byPod ? pod : job;
    // Each gate container has the timeout as its own deadline, and they run one after another;
    // each may end up to OVERRUN past it.
    long total = 0;
    for (GateGroup g : plan.groups()) {
      total += g.timing().timeoutSeconds();
    }
    long overrun = OVERRUN * plan.groups().size();
    String field =
        byPod
            ? plan.intent().shape().podSpecField() + ".activeDeadlineSeconds"
            : plan.intent().shape() == WorkloadShape.CRONJOB
                ? "spec.jobTemplate.spec.activeDeadlineSeconds"
                : "spec.activeDeadlineSeconds";
    if (total + overrun <= Long.parseLong(deadline)) {
      retries(plan, total + overrun, deadline, byPod, field, results);
      return;
    }
    results.add(
        Result.warning(
            w,
            field,
            "the gates may wait up to "
                + (total + overrun)
                + (plan.groups().size() == 1
                    ? "s (the timeout of their init container, " + total + "s, and "
                    : "s (the timeouts of their "
                        + plan.groups().size()
                        + " init containers, which run one after another, "
                        + total
                        + "s in all, and ")
                + overrun
                + (plan.groups().size() == 1
                    ? "s for the second it ends in and its last try), longer than"
                    : "s for the second each ends in and its last try), longer than")
                + " activeDeadlineSeconds: "
                + deadline
                + (byPod
                    ? ", which then kills the pod while it is still gated; lower"
                    : ", which then kills the Job while it is still gated; lower")
                + " startgate.dev/timeout or raise activeDeadlineSeconds"));
  }

  /**
   * One try of the gates ends before {@code deadline}: with the retry option a gate that times out
   * starts again in the same pod, and the deadline (the Job's or the pod's) counts those restarts
   * too, so it may cut off the tries retry asks for (review EI; {@link FluxTimeoutCheck} counts
   * them alike). {@code oneTry}: one try of every gate, with its overrun.
   */
  private static void retries(
      WorkloadPlan plan,
      long oneTry,
      String deadline,
      boolean byPod,
      String field,
      List<Result> results) {
    Integer retry = plan.intent().retry();
    if (retry == null || retry == 0) {
      return;
    }
    long longest = 0;
    for (GateGroup g : plan.groups()) {
      longest = Math.max(longest, g.timing().timeoutSeconds());
    }
    long total = oneTry + retry * (longest + OVERRUN);
    if (total <= Long.parseLong(deadline)) {
      return;
    }
    Resource w = plan.intent().workload();
    // The retry's own field: the annotation, else the gates: rule that set the targets (and so,
    // where the annotations set none, the retry: review EK).
    Intent.Sources from = plan.intent().sources();
    String retryField =
        w.annotations().containsKey(RETRY) || from.annotated()
            ? "metadata.annotations." + RETRY
            : from.waitFor().replaceFirst("waitFor$", "retry");
    boolean annotated = retryField.endsWith(RETRY);
    results.add(
        Result.warning(
            w,
            annotated && !w.annotations().containsKey(RETRY) ? field : retryField,
            "with retry "
                + retry
                + " the gates may wait up to "
                + total
                + "s ("
                + oneTry
                + "s for one try, and "
                + retry
                + (retry == 1 ? " restart" : " restarts")
                + " of a gate of up to "
                + (longest + OVERRUN)
                + "s; Kubernetes' back-off between them not counted), longer than"
                + " activeDeadlineSeconds: "
                + deadline
                + (byPod ? ", which kills the pod" : ", which kills the Job")
                + " before the last tries; lower "
                + (annotated ? RETRY : "the config's " + retryField)
                + " or startgate.dev/timeout, or raise activeDeadlineSeconds"));
  }
}
