package dev.startgate.modes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs external programs for the tests that exercise startgate the way other tools call it. */
final class Exec {
  /** What a program did. */
  record Done(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Exec() {}

  /** Runs {@code command} in {@code dir} with {@code env} added, feeding {@code stdin}. */
  static Done run(Path dir, Map<String, String> env, byte[] stdin, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("startgate-exec", ".out");
    Path err = Files.createTempFile("startgate-exec", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(stdin);
    } catch (IOException ignored) {
      // The program did not read its stdin.
    }
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in 180s");
    }
    Done done =
        new Done(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return done;
  }

  static Done run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    return run(dir, env, new byte[0], command);
  }

  /**
   * A {@code startgate} launcher in {@code bin} that runs this build's classes on this JVM, so
   * these tests need no packaged jar.
   */
  static Path launcher(Path bin) throws IOException {
    Files.createDirectories(bin);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path script = bin.resolve("startgate");
    Files.writeString(
        script,
        "#!/bin/sh\nexec '"
            + java
            + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '"
            + System.getProperty("java.class.path")
            + "' dev.startgate.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  /**
   * Requires {@code program} on PATH: skipped on a developer machine without it, failed in CI
   * ({@code CI=true}), whose {@code .ci/run} installs it.
   */
  static void require(String program) throws IOException, InterruptedException {
    boolean found =
        run(Path.of("."), Map.of(), "sh", "-c", "command -v " + program).code() == 0;
    if (!found && "true".equals(System.getenv("CI"))) {
      fail(program + " is not installed; .ci/run installs it");
    }
    Assumptions.assumeTrue(found, program + " is not installed");
  }

  static List<String> args(String... a) {
    return new ArrayList<>(List.of(a));
  }
}
