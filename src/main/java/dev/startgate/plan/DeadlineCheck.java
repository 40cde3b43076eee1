package dev.startgate.plan;

import dev.startgate.model.Digits;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.List;

/** The static check of a workload's gate timeouts against its {@code activeDeadlineSeconds}. */
final class DeadlineCheck {
  private DeadlineCheck() {}

  /**
   * Gate timeouts past a deadline that kills the workload while it is still gated: the Job's {@code
   * activeDeadlineSeconds}, or the pod spec's (which counts init containers too).
   */
  /**
   * How long past its timeout a gate container may run: its last try, begun in the deadline's
   * second (README "How a network gate behaves": 5 s for HTTP(S), 3 s for TCP, one more for a
   * protocol's silent server), or a Kubernetes gate's last read, killed 1 s after the time left.
   */
  static long overrun(GateGroup g) {
    return switch (g.kind()) {
      case KUBERNETES, WHEN_READY -> 2;
      case HTTPS -> 5;
      case NETWORK -> {
        long most = 3;
        for (Gate gate : g.gates()) {
          // tcp and service/ (a TCP connect) 3 s, http 5 s, a protocol (postgres, ...) 4 s
          String kind = gate.kindWord();
          int bound =
              kind.equals("http") ? 5 : kind.equals("tcp") || kind.equals("service") ? 3 : 4;
          most = Math.max(most, bound);
        }
        yield most;
      }
    };
  }

  static void check(WorkloadPlan plan, List<Result> results) {
    Resource w = plan.intent().workload();
    if (plan.gates().isEmpty()) {
      return;
    }
    String job = w.facts().activeDeadlineSeconds();
    String pod = w.facts().podDeadlineSeconds();
    boolean jobSet = job != null && Digits.only(job, 1, 12);
    boolean podSet = pod != null && Digits.only(pod, 1, 12);
    if (!jobSet && !podSet) {
      return;
    }
    // The lower deadline ends the gates first.
    boolean byPod = podSet && (!jobSet || Long.parseLong(pod) < Long.parseLong(job));
    String deadline = byPod ? pod : job;
    // Each gate container has the timeout as its own deadline, and they run one after another;
    // each may end its last try (or read) a few seconds past it.
    long total = 0;
    long overrun = 0;
    for (GateGroup g : plan.groups()) {
      total += g.timing().timeoutSeconds();
      overrun += overrun(g);
    }
    if (total + overrun > Long.parseLong(deadline)) {
      String field =
          byPod
              ? plan.intent().shape().podSpecField() + ".activeDeadlineSeconds"
              : plan.intent().shape() == WorkloadShape.CRONJOB
                  ? "spec.jobTemplate.spec.activeDeadlineSeconds"
                  : "spec.activeDeadlineSeconds";
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
                      ? "s for a last try begun before it), longer than"
                      : "s for the last tries begun before them), longer than")
                  + " activeDeadlineSeconds: "
                  + deadline
                  + (byPod
                      ? ", which then kills the pod while it is still gated; lower"
                      : ", which then kills the Job while it is still gated; lower")
                  + " startgate.dev/timeout or raise activeDeadlineSeconds"));
    }
  }
}
