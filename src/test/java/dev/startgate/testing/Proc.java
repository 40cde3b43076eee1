package dev.startgate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a process to completion with a time limit, for tests that drive real tools. */
public final class Proc {
  /** What a process printed and how it exited. */
  public record Outcome(int code, String out, String err) {}

  private Proc() {}

  /** Runs {@code command} in {@code dir} with {@code stdin}, killing it after {@code seconds}. */
  public static Outcome run(
      Path dir, String stdin, long seconds, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("proc", ".out");
    Path err = Files.createTempFile("proc", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      pb.environment().putAll(env);
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      try (var in = p.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // The command ended, or closed its stdin, before reading all of it (a usage error does):
        // its exit code and output say what it did; a pipe that cannot take the rest is no error.
      }
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor();
        throw new AssertionError(command + " did not finish within " + seconds + "s");
      }
      return new Outcome(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Runs {@code command} in {@code dir} without stdin, with a 120 s limit. */
  public static Outcome run(Path dir, String... command) throws IOException, InterruptedException {
    return run(dir, null, 120, Map.of(), List.of(command));
  }
}
