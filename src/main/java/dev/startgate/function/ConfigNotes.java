package dev.startgate.function;

import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of a run that are about its config rather than its input: so that a mode prints them
 * after the config file's name, and {@code rewrite} reports them once for all its files. They are
 * the very instances of the run's results, told apart where the run makes them.
 *
 * @param reading the results of reading the config
 * @param unmatchedRules a warning for each {@code gates:} rule that matches no workload of the
 *     input
 */
public record ConfigNotes(List<Result> reading, List<Result> unmatchedRules) {
  /** A run with no result about its config. */
  public static final ConfigNotes NONE = new ConfigNotes(List.of(), List.of());

  /** The notes of several runs with one config (explain's folders), as one. */
  public static ConfigNotes of(List<ConfigNotes> runs) {
    if (runs.size() == 1) {
      return runs.get(0);
    }
    List<Result> reading = new ArrayList<>();
    List<Result> unmatched = new ArrayList<>();
    for (ConfigNotes n : runs) {
      reading.addAll(n.reading);
      unmatched.addAll(n.unmatchedRules);
    }
    return new ConfigNotes(List.copyOf(reading), List.copyOf(unmatched));
  }

  /** True if {@code r} is one of {@link #reading} or {@link #unmatchedRules}. */
  public boolean about(Result r) {
    return fromReading(r) || unmatchedRule(r);
  }

  /** True if {@code r} is one of {@link #reading}. */
  public boolean fromReading(Result r) {
    return holds(reading, r);
  }

  /** True if {@code r} is one of {@link #unmatchedRules}. */
  public boolean unmatchedRule(Result r) {
    return holds(unmatchedRules, r);
  }

  private static boolean holds(List<Result> results, Result r) {
    for (Result x : results) {
      if (x == r) {
        return true;
      }
    }
    return false;
  }
}
