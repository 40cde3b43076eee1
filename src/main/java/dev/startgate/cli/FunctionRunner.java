package dev.startgate.cli;

import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;

/** The default mode: stdin to stdout, as a KRM function or a Helm post-renderer. */
final class FunctionRunner {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  FunctionRunner(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run(Path configFile) {
    return run(configFile, null);
  }

  /** Runs with the config in {@code configFile} and objects without one in {@code namespace}. */
  int run(Path configFile, String namespace) {
    Diagnostics diagnostics = new Diagnostics(err);
    String config;
    try {
      config = ConfigOption.read(configFile, diagnostics);
    } catch (Stop e) {
      return e.code;
    }
    return run(new Prologue(config, namespace), configFile, diagnostics);
  }

  /**
   * Runs with the options already read from {@code configFile} (null for none): results of the
   * config are printed after its file's name, as {@code rewrite} and {@code explain} print them.
   */
  int run(Prologue options, Path configFile, Diagnostics diagnostics) {
    String config = options.config();
    String namespace = options.namespace();
    String text;
    try {
      text = BoundedInput.read(in);
    } catch (CharacterCodingException e) {
      diagnostics.error(
          "input is not valid UTF-8"
              + BoundedInput.where(e)
              + "; save the file as UTF-8 and run again");
      return 1;
    } catch (BoundedInput.TooLarge e) {
      diagnostics.error(
          "input is larger than " + BoundedInput.mib(e.limit) + "; run startgate on smaller parts");
      return 1;
    } catch (IOException e) {
      diagnostics.error("cannot read stdin: " + e.getMessage());
      return 1;
    }
    Outcome outcome = new StartGate(YamlLimits.DEFAULT, List.of(), namespace).run(text, config);
    if (outcome.text() != null) {
      Utf8Out utf8 = new Utf8Out(out, SLICE);
      outcome.text().writeTo(utf8);
      utf8.finish();
    }
    if (outcome.text() == null || !outcome.resourceList()) {
      ConfigResults named =
          configFile == null ? null : new ConfigResults(configFile, outcome.config());
      for (Result r : outcome.results()) {
        if (r.severity() != Severity.INFO) {
          diagnostics.result(named != null && named.about(r) ? configFile.toString() : null, r);
        }
      }
    }
    return outcome.failed() ? 1 : 0;
  }

  /** Chars encoded at a time: the whole output as bytes was one more copy of it in memory. */
  private static final int SLICE = 1 << 16;
}
