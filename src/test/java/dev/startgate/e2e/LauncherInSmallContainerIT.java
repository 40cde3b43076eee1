package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startgate.containers.Podman;
import dev.startgate.testing.Jdks;
import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/startgate in a container with a small memory limit, on the newest JDK (its AOT cache):
 * Debian's build image of bin/build-image, with this checkout, the JDK and the cache folder mounted
 * (and the host's cksum, which that image lacks). In a 64 MiB container the JVM's heap is 32 MB,
 * which the launcher's 32 MB young generation filled: JDK 25 then refused the AOT cache ("archived
 * heap objects cannot be loaded") and the run failed; and making the archive there was killed by
 * the kernel on every run ("Killed" on stderr).
 */
class LauncherInSmallContainerIT {
  private static final Path CASE = Path.of("testdata/krm-kpt-items");
  private static final String IMAGE = "localhost/startgate-base/build:bookworm";

  @TempDir Path tmp;

  @BeforeAll
  static void image() throws Exception {
    Podman.buildFunctionImage(); // builds the base images first
  }

  @Test
  void aSixtyFourMebibyteContainerRunsWithTheArchiveAndWithout() throws Exception {
    Path jdk = Jdks.newestAbove(23);
    assumeTrue(jdk != null, "no JDK 24 or newer under /usr/lib/jvm (no AOT cache)");
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    String expected = Files.readString(CASE.resolve("expected.yaml"));

    // Below 256 MiB no archive is made (two JVMs of about 110 MB each), and the run is clean.
    Proc.Outcome small = run(jdk, cache, "64m");
    assertEquals(0, small.code(), small.err());
    assertEquals(expected, small.out());
    assertEquals("", small.err());
    assertEquals(List.of(), archives(cache));

    // Made with room to spare, the archive is then used at 64 MiB.
    Proc.Outcome large = run(jdk, cache, "320m");
    assertEquals(0, large.code(), large.err());
    assertEquals("", large.err());
    assertEquals(1, archives(cache).size(), archives(cache).toString());
    for (String memory : List.of("64m", "48m")) {
      Proc.Outcome again = run(jdk, cache, memory);
      assertEquals(0, again.code(), memory + ": " + again.err());
      assertEquals(expected, again.out());
      assertEquals("", again.err(), memory);
    }
  }

  private Proc.Outcome run(Path java, Path cache, String memory) throws Exception {
    Path home = java.getParent().getParent();
    String input = Files.readString(CASE.resolve("input.yaml"));
    Proc.Outcome run =
        Podman.run(
            120,
            input,
            List.of(
                "run",
                "--rm",
                "-i",
                "--network",
                "none",
                "--memory",
                memory,
                "-v",
                home + ":/jdk:ro",
                "-v",
                Path.of("").toAbsolutePath() + ":/sg:ro",
                "-v",
                cache + ":/cache",
                "-v",
                "/usr/bin/cksum:/usr/bin/cksum:ro",
                "-e",
                "STARTGATE_JAVA=/jdk/bin/java",
                "-e",
                "STARTGATE_CACHE_DIR=/cache",
                IMAGE,
                "/sg/bin/startgate"));
    assertTrue(run.code() != 125, "podman: " + run.err());
    return run;
  }

  private static List<String> archives(Path cache) throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".aot")).toList();
    }
  }
}
