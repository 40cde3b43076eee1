package dev.startgate.cli;

import dev.startgate.testing.InProcess;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@link Main#run} in-process with captured streams. */
record CliRun(int code, String out, String err) {
  static CliRun withStdin(String stdin, String... args) {
    InProcess.Run run = InProcess.run(List.of(args), stdin.getBytes(StandardCharsets.UTF_8));
    return new CliRun(run.code(), run.out(), run.err());
  }

  static CliRun of(String... args) {
    return withStdin("", args);
  }
}
