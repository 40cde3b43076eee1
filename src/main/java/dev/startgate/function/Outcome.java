package dev.startgate.function;

import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import java.util.List;

/**
 * What a run produced.
 *
 * @param output the text to write to stdout, or null to write nothing
 * @param results every result, last the summary
 * @param resourceList true if the input was a KRM ResourceList
 */
public record Outcome(String output, List<Result> results, boolean resourceList) {
  /** True if any result is an error: the run exits 1. */
  public boolean failed() {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
