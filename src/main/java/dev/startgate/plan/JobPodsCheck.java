package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static check of a {@code pods/} target against the pods of Jobs: a Job's pods end Succeeded
 * or Failed and are kept, never all Ready while they stay, so a gate that waits for them waits in
 * vain until its timeout.
 */
final class JobPodsCheck {
  /**
   * The Jobs and CronJobs of each list of selected workloads seen ({@link Inventory#withPods} gives
   * the same list for the same selector): a selector of thousands of workloads is read once, not
   * once for each of the thousands of Jobs that may wait for it.
   */
  private final Map<List<Resource>, List<Resource>> jobs = new IdentityHashMap<>();

  /**
   * A warning on {@code w} (its {@code waitFor} field) when {@code target}'s selector matches the
   * pods of a Job or CronJob among {@code matching}, the input's workloads it selects.
   */
  void check(
      Resource w, String waitFor, String target, List<Resource> matching, List<Result> results) {
    List<Resource> among =
        jobs.computeIfAbsent(
            matching,
            m ->
                m.stream()
                    .filter(r -> r.kind().equals("Job") || r.kind().equals("CronJob"))
                    .toList());
    for (Resource r : among) {
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
