package dev.startgate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of the subcommands, and reading it. */
final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Function config (StartGate or ConfigMap).")
  Path file;

  /** Thrown after the reason was printed. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** The config text, null without {@code --config}. */
  String read(PrintStream err) throws Unreadable {
    try {
      return file == null ? null : FunctionRunner.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      err.println("startgate: cannot read --config " + file + ": " + reason(e));
      throw new Unreadable();
    }
  }

  /** A short reason for an I/O failure. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
