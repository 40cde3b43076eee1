package dev.startgate.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of the subcommands, and reading it in every mode. */
final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Function config (StartGate or ConfigMap).")
  Path file;

  /** The config text, null without {@code --config}. */
  String read(Diagnostics diagnostics) throws Stop {
    return read(file, diagnostics);
  }

  /**
   * The text of {@code file}, null if it is null. An empty name ({@code --config=}, {@code --config
   * ''}), a file that is missing or one that cannot be read is a usage error (exit 2), the same in
   * every mode; content that is too large or not UTF-8 is an input error (exit 1).
   */
  static String read(Path file, Diagnostics diagnostics) throws Stop {
    if (file == null) {
      return null;
    }
    if (file.toString().isBlank()) {
      // Path.of("") is the working directory: it would be read as "is a directory".
      diagnostics.error("--config needs a file name, like --config startgate.yaml");
      throw new Stop(2);
    }
    try {
      // Bounded like stdin: a huge or endless file must not be read into memory whole.
      return BoundedInput.readFile(file);
    } catch (CharacterCodingException e) {
      diagnostics.error(
          "--config "
              + file
              + " is not valid UTF-8"
              + BoundedInput.where(e)
              + "; save it as UTF-8");
      throw new Stop(1);
    } catch (BoundedInput.TooLarge e) {
      diagnostics.error(
          "--config "
              + file
              + " is larger than "
              + BoundedInput.mib(e.limit)
              + "; a config holds a few rules: is this the input rather than the config file?");
      throw new Stop(1);
    } catch (IOException e) {
      diagnostics.error("cannot read --config " + file + ": " + reason(e));
      throw new Stop(2);
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
    if ("Is a directory".equals(e.getMessage())) {
      return "is a directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
