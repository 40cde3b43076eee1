package dev.startgate.cli;

import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
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
    if (file == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      // Bounded like stdin: a huge or endless file must not be read into memory whole.
      return FunctionRunner.decode(
          FunctionRunner.readAtMost(in, YamlLimits.DEFAULT.maxInputChars()));
    } catch (CharacterCodingException e) {
      err.println("startgate: cannot read --config " + file + ": not valid UTF-8");
      throw new Unreadable();
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
