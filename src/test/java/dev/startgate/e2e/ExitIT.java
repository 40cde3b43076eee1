package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startgate.testing.Jdks;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the JVM ends a run. On JDK 21 and newer {@code System.exit} starts the JDK's logging first
 * (to log the exit if a logger asks for it), 10-20 ms of a run that takes 60-80 ms on a small
 * input: a successful run returns from {@code main} instead, and only a failed one (exit 1 or 2)
 * pays it. Both still end with their code and their whole output.
 */
class ExitIT {
  private static final Path CASE = Path.of("testdata/krm-kpt-items");

  @TempDir Path tmp;

  @Test
  void aSuccessfulRunNeverStartsTheJdksLogging() throws Exception {
    Path java = newestJdk21();
    Path classes = tmp.resolve("classes.txt");
    Proc.Outcome run = run(java, classes, Files.readString(CASE.resolve("input.yaml")));
    assertEquals(0, run.code(), run.err());
    assertEquals(Files.readString(CASE.resolve("expected.yaml")), run.out());
    assertEquals("", run.err());
    String loaded = Files.readString(classes);
    assertTrue(loaded.contains("dev.startgate.cli.Main "), "the log lists the run's classes");
    // What Runtime.exit loads to find its logger: a ServiceLoader lookup through the JDK's image.
    assertFalse(loaded.contains("java.lang.System$LoggerFinder "), "System.exit was called");
    assertFalse(loaded.contains("jdk.internal.logger.BootstrapLogger "), "System.exit was called");
  }

  @Test
  void aFailedRunStillExitsOneWithItsError() throws Exception {
    Proc.Outcome run = run(newestJdk21(), tmp.resolve("classes.txt"), "items: [\n");
    assertEquals(1, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("input is not valid YAML"), run.err());
  }

  /**
   * An input larger than the heap: one line that says so and how to give the JVM more, exit 1,
   * nothing on stdout, no stack trace (from the main thread or from a parse thread: the input is
   * over 2 MiB, which is parsed in two parts).
   */
  @Test
  void anInputLargerThanTheHeapIsOneErrorLine() throws Exception {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      input.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c").append(i);
      input.append("\ndata:\n  k: \"").append("v".repeat(40)).append("\"\n---\n");
    }
    Proc.Outcome run =
        Proc.run(
            Path.of("."),
            input.toString(),
            120,
            Map.of(),
            List.of(newestJdk21().toString(), "-Xmx16m", "-jar", "target/startgate.jar"));
    assertEquals(1, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("[error] out of memory: the input needs more heap than this JVM has"),
        run.err());
    assertTrue(run.err().contains("JAVA_TOOL_OPTIONS=-Xmx1g"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  private static Proc.Outcome run(Path java, Path classes, String input)
      throws IOException, InterruptedException {
    return Proc.run(
        Path.of("."),
        input,
        120,
        Map.of(),
        List.of(
            java.toString(),
            "-Xlog:class+load=info:file=" + classes,
            "-jar",
            "target/startgate.jar"));
  }

  /** The newest JDK 21 or newer under /usr/lib/jvm (Temurin 25 on the build machines). */
  private static Path newestJdk21() throws IOException {
    Path best = Jdks.newestAbove(20);
    assumeTrue(best != null, "no JDK 21 or newer under /usr/lib/jvm");
    return best;
  }
}
