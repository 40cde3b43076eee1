package dev.startgate.function;

import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.Spliced;
import java.util.List;

/**
 * What a run produced.
 *
 * @param text the text to write to stdout, or null to write nothing: in slices, never joined on the
 *     way to stdout
 * @param results every result, last the summary
 * @param resourceList true if the input was a KRM ResourceList
 * @param config which of {@code results} are about the config
 */
public record Outcome(
    Spliced text, List<Result> results, boolean resourceList, ConfigNotes config) {
  /** An outcome with no result about the config. */
  public Outcome(Spliced text, List<Result> results, boolean resourceList) {
    this(text, results, resourceList, ConfigNotes.NONE);
  }

  /** The text to write as one string, or null to write nothing. */
  public String output() {
    return text == null ? null : text.toString();
  }

  /** True if any result is an error: the run exits 1. */
  public boolean failed() {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
