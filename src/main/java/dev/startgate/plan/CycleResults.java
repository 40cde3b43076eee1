package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** The results for dependency cycles: an error where certain, a warning through a host. */
final class CycleResults {
  private CycleResults() {}

  /**
   * The error for {@code cycle}, closed: its first workload again at the end, named where its first
   * workload's targets were written, with {@code target} (the one that leads to the next workload)
   * as the value (the whole annotation when it is not known). A long cycle is shortened in the
   * middle, so a chain of thousands of Jobs gives a message of one line.
   */
  static Result cycle(List<Resource> cycle, Intent.Sources sources, String target) {
    return Result.error(
        cycle.get(0),
        sources.waitFor(),
        target != null
            ? target
            : sources.annotated() ? cycle.get(0).annotations().get(IntentReader.WAIT_FOR) : null,
        "dependency cycle: "
            + chain(cycle)
            + "; each waits for the next, so none ever starts; remove one of these targets");
  }

  /**
   * The warning for a {@code cycle} that needs a network target's host to be the Service of the
   * input it names ({@code tcp://api:8080} and Service {@code api}): a cycle if the pods' DNS
   * resolves it so, which startgate cannot see (a phase deadlock through a host is a warning too).
   */
  static Result cycleThroughHost(List<Resource> cycle, Intent.Sources sources, String target) {
    Result e = cycle(cycle, sources, target);
    return new Result(
        Severity.WARNING,
        "dependency cycle through the host of a network target, which names a Service of the"
            + " input: "
            + chain(cycle)
            + "; if the pods' DNS resolves that host to the Service, each waits for the next and"
            + " none ever starts; remove one of these targets",
        e.resource(),
        e.field(),
        e.value(),
        e.file(),
        e.index());
  }

  private static String chain(List<Resource> cycle) {
    // Across namespaces each is named with its own: two workloads named db may both be there.
    boolean oneNamespace =
        cycle.stream().map(r -> String.valueOf(r.namespace())).distinct().count() == 1;
    List<String> names =
        cycle.stream()
            .map(
                r ->
                    r.kind()
                        + " "
                        + (oneNamespace || r.namespace() == null ? "" : r.namespace() + "/")
                        + r.shownName())
            .toList();
    if (names.size() > 12) {
      List<String> shown = new ArrayList<>(names.subList(0, 6));
      shown.add("... (" + (names.size() - 1) + " workloads in all) ...");
      shown.addAll(names.subList(names.size() - 4, names.size()));
      names = shown;
    }
    return String.join(" -> ", names);
  }
}
