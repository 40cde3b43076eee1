package dev.startgate.cli;

import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import java.io.PrintStream;

/**
 * The one printer of stderr in every mode: one line a diagnostic, always {@code [severity] } first,
 * then the file when there is one, then the resource and field of a result, then the message:
 *
 * <pre>
 * [error] deploy/job.yaml: batch/v1/Job/shop/migrate metadata.annotations.startgate.dev/wait-for: ...
 * [error] cannot read --config startgate.yaml: no such file
 * [info] rewrote deploy/job.yaml
 * </pre>
 *
 * Only usage errors that picocli finds keep picocli's text (see {@link Main}).
 */
final class Diagnostics {
  private final PrintStream err;

  Diagnostics(PrintStream err) {
    this.err = err;
  }

  /** A result, with the file it came from when the mode reads files. */
  void result(String file, Result r) {
    err.println(line(file, r));
  }

  /** {@code r} as one line of stderr: {@code [severity] FILE: resource field: message}. */
  static String line(String file, Result r) {
    String line = r.toString();
    if (file != null) {
      int tag = line.indexOf(']') + 1;
      line = line.substring(0, tag) + " " + file + ":" + line.substring(tag);
    }
    return Result.oneLine(line);
  }

  /** A result of the one input the mode reads (stdin). */
  void result(Result r) {
    result(null, r);
  }

  /** An error about {@code file} (or the input when null), not tied to a resource. */
  void error(String file, String message) {
    line(Severity.ERROR, file, message);
  }

  /** A warning about {@code file}, not tied to a resource. */
  void warning(String file, String message) {
    line(Severity.WARNING, file, message);
  }

  /** An error not tied to a file. */
  void error(String message) {
    line(Severity.ERROR, null, message);
  }

  /** What a mode did ({@code rewrote FILE}). */
  void info(String message) {
    line(Severity.INFO, null, message);
  }

  private void line(Severity severity, String file, String message) {
    err.println(
        Result.oneLine(
            "["
                + severity.wire()
                + "] "
                + (file == null || file.isEmpty() ? "" : file + ": ")
                + message));
  }
}
