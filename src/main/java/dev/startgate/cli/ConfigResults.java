package dev.startgate.cli;

import dev.startgate.function.ConfigNotes;
import dev.startgate.model.Result;
import java.nio.file.Path;

/**
 * The results that are about a {@code --config} file (its reading, and a {@code gates:} rule that
 * matches no workload), told apart from the input's so that they are printed after the file's name,
 * in every mode alike.
 *
 * @param file the config file
 * @param notes which of a run's results are about its config
 */
record ConfigResults(Path file, ConfigNotes notes) {
  /** True if {@code r} is about the config: printed after {@link #file}'s name. */
  boolean about(Result r) {
    return r.file() == null && notes.about(r);
  }
}
