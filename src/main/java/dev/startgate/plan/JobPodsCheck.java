package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static check of a {@code pods/} target against the pods of Jobs: a Job's pods end Succeeded
 * or Failed and are kept, never all Ready while they stay, so a gate that waits for them waits in
 * vain until its timeout. And against workloads labelled {@code app.kubernetes.io/managed-by:
 * startgate} ({@link GeneratedTargets}), which the run removes while the gate waits for their pods.
 */
final class JobPodsCheck {
  /**
   * The Jobs and CronJobs of each list of selected workloads seen ({@link Inventory#withPods} gives
   * the same list for the same selector): a selector of thousands of workloads is read once, not
   * once for each of the thousands of Jobs that may wait for it.
   */
  private final Map<List<Resource>, Among> among = new IdentityHashMap<>();

  /** The Jobs and CronJobs of a list of selected workloads, and those labelled as startgate's. */
  private record Among(List<Resource> jobs, List<Resource> generated) {}

  /**
   * A warning on {@code w} (its {@code waitFor} field) when {@code target}'s selector matches the
   * pods of a Job or CronJob among {@code matching}, the input's workloads it selects; an error for
   * each of them labelled as startgate's.
   */
  void check(
      Resource w, String waitFor, String target, List<Resource> matching, List<Result> results) {
    Among of =
        among.computeIfAbsent(
            matching,
            m ->
                new Among(
                    m.stream()
                        .filter(r -> r.kind().equals("Job") || r.kind().equals("CronJob"))
                        .toList(),
                    m.stream().filter(Resource::isGenerated).toList()));
    for (Resource r : of.generated()) {
      GeneratedTargets.check(w, waitFor, target, " matches the pods of ", r, results);
    }
    for (Resource r : of.jobs()) {
      if (r != w) {
        results.add(
            Result.warning(
                w,
                waitFor,
                target
                    + " matches the pods of "
                    + r.kind()
                    + " \""
                    + r.shownName()
                    + "\", which end Succeeded or Failed and are never Ready while they are kept,"
                    + " so the gate would wait for them until its timeout; "
                    // A Job named only by a generateName cannot be waited for by name.
                    + (r.kind().equals("Job") && r.name() != null
                        ? "wait for job/" + r.name() + " (its completion) instead, or narrow"
                        : "narrow")
                    + " the selector to the pods of workloads that keep running"));
        return;
      }
    }
  }
}
