package dev.startgate.cli;

import dev.startgate.function.StartGate;
import dev.startgate.intent.IntentReader;
import dev.startgate.model.Result;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The results that are about a {@code --config} file (its reading, and a {@code gates:} rule that
 * matches no workload), told apart from the input's so that they are printed after the file's name,
 * in every mode alike.
 *
 * @param file the config file
 * @param texts the config's own results, as {@link Result#toString()} prints them
 */
record ConfigResults(Path file, Set<String> texts) {
  /** Reads the config in {@code configText} again with {@code startgate}, for its results only. */
  static ConfigResults of(Path file, StartGate startgate, String configText) {
    Set<String> texts = new HashSet<>();
    for (Result r : startgate.configResults(configText)) {
      texts.add(r.toString());
    }
    return new ConfigResults(file, texts);
  }

  /** True if {@code r} is about the config: printed after {@link #file}'s name. */
  boolean about(Result r) {
    return r.file() == null && (texts.contains(r.toString()) || IntentReader.unmatchedRule(r));
  }
}
