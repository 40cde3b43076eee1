package dev.startgate.cli;

import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    String config = null;
    if (configFile != null) {
      try {
        config = decode(Files.readAllBytes(configFile));
      } catch (IOException e) {
        err.println("startgate: cannot read --config " + configFile + ": " + e.getMessage());
        return 1;
      }
    }
    String text;
    try {
      text = decode(in.readAllBytes());
    } catch (CharacterCodingException e) {
      err.println("[error] input is not valid UTF-8; save the file as UTF-8 and run again");
      return 1;
    } catch (IOException e) {
      err.println("startgate: cannot read stdin: " + e.getMessage());
      return 1;
    }
    Outcome outcome = new StartGate(YamlLimits.DEFAULT).run(text, config);
    if (outcome.output() != null) {
      out.write(outcome.output().getBytes(StandardCharsets.UTF_8), 0, utf8Length(outcome.output()));
      out.flush();
    }
    if (outcome.output() == null || !outcome.resourceList()) {
      for (Result r : outcome.results()) {
        if (r.severity() != Severity.INFO) {
          err.println(r);
        }
      }
    }
    return outcome.failed() ? 1 : 0;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
