package dev.startgate.modes;

import static org.junit.jupiter.api.Assertions.fail;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Helpers for the tests that run startgate the way other tools call it. */
final class Exec {
  private Exec() {}

  /** Runs {@code command} in {@code dir} with {@code env} added, feeding {@code stdin}. */
  static Proc.Outcome feed(Path dir, Map<String, String> env, String stdin, String... command)
      throws IOException, InterruptedException {
    return Proc.run(dir, stdin, 180, env, List.of(command));
  }

  static Proc.Outcome run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    return feed(dir, env, null, command);
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
    boolean found = run(Path.of("."), Map.of(), "sh", "-c", "command -v " + program).code() == 0;
    if (!found && "true".equals(System.getenv("CI"))) {
      fail(program + " is not installed; .ci/run installs it");
    }
    Assumptions.assumeTrue(found, program + " is not installed");
  }
}
