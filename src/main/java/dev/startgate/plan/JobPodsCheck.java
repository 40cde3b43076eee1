package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;

/**
 * The static check of a {@code pods/} target against the pods of Jobs: a Job's pods end Succeeded
 * or Failed and are kept, never all Ready while they stay, so a gate that waits for them waits in
 * vain until its timeout.
 */
final class JobPodsCheck {
  private JobPodsCheck() {}

  /**
   * A warning on {@code w} (its {@code waitFor} field) when {@code target}'s selector matches the
   * pods of a Job or CronJob among {@code matching}, the input's workloads it selects.
   */
  static void check(
      Resource w, String waitFor, String target, List<Resource> matching, List<Result> results) {
    for (Resource r : matching) {
      if (r != w && (r.kind().equals("Job") || r.kind().equals("CronJob"))) {
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
