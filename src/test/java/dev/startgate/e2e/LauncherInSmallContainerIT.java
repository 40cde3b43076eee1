package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startgate.containers.Podman;
import dev.startgate.testing.Jdks;
import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * A limit set on a cgroup below the container's (or above its own): a systemd unit's MemoryMax, a
   * nested cgroup. Without a cgroup namespace of its own (--privileged, cgroup v1) the container's
   * /proc/self/cgroup names the host's path, of which the mount shows the tail.
   */
  @Test
  void aLimitOnANestedCgroupIsFound() throws Exception {
    Path jdk = Jdks.newestAbove(23);
    assumeTrue(jdk != null, "no JDK 24 or newer under /usr/lib/jvm (no AOT cache)");
    assumeTrue(
        Files.isDirectory(Path.of("/sys/fs/cgroup/memory")), "cgroup v1 (this machine kind)");
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    String expected = Files.readString(CASE.resolve("expected.yaml"));
    assertEquals(0, run(jdk, cache, "320m").code());
    assertEquals(1, archives(cache).size(), archives(cache).toString());
    for (String cgroup : List.of("sub", "above/sub")) {
      String limited = cgroup.contains("/") ? "above" : cgroup;
      String setup =
          "mkdir -p /sys/fs/cgroup/memory/"
              + cgroup
              + " && echo 67108864 > /sys/fs/cgroup/memory/"
              + limited
              + "/memory.limit_in_bytes && echo $$ > /sys/fs/cgroup/memory/"
              + cgroup
              + "/cgroup.procs && exec /sg/bin/startgate";
      Proc.Outcome nested = run(jdk, cache, null, List.of("sh", "-c", setup));
      assertEquals(0, nested.code(), cgroup + ": " + nested.err());
      assertEquals(expected, nested.out());
      assertEquals("", nested.err(), cgroup);
    }
  }

  /** A heap sized by the user in any of the JVM's variables, in any form: the young generation. */
  @Test
  void aHeapTheUserSizesIsLeftItsYoungGeneration() throws Exception {
    assumeTrue(
        Jdks.newestAbove(23) != null, "no JDK 24 or newer under /usr/lib/jvm (no AOT cache)");
    String input = Files.readString(CASE.resolve("input.yaml"));
    String expected = Files.readString(CASE.resolve("expected.yaml"));
    assertEquals(0, Proc.run(Path.of("."), input, 120, Map.of(), List.of("bin/startgate")).code());
    for (Map.Entry<String, String> e :
        List.of(
            Map.entry("_JAVA_OPTIONS", "-Xmx32m"),
            Map.entry("JDK_JAVA_OPTIONS", "-Xmx32m"),
            Map.entry("JAVA_TOOL_OPTIONS", "-XX:MaxHeapSize=32m"),
            Map.entry("JAVA_TOOL_OPTIONS", "-Dx=1\t-Xmx32m"))) {
      Proc.Outcome run =
          Proc.run(Path.of("."), input, 120, Map.ofEntries(e), List.of("bin/startgate"));
      assertEquals(0, run.code(), e + ": " + run.err());
      assertEquals(expected, run.out(), e.toString());
      assertTrue(
          run.err()
              .lines()
              .allMatch(l -> l.startsWith("Picked up ") || l.startsWith("NOTE: Picked up ")),
          e + ": " + run.err());
    }
  }

  private Proc.Outcome run(Path java, Path cache, String memory) throws Exception {
    return run(java, cache, memory, List.of("/sg/bin/startgate"));
  }

  private Proc.Outcome run(Path java, Path cache, String memory, List<String> command)
      throws Exception {
    Path home = java.getParent().getParent();
    List<String> args = new ArrayList<>(List.of("run", "--rm", "-i", "--network", "none"));
    args.addAll(memory == null ? List.of("--privileged") : List.of("--memory", memory));
    args.addAll(
        List.of(
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
            IMAGE));
    args.addAll(command);
    Proc.Outcome run = Podman.run(120, Files.readString(CASE.resolve("input.yaml")), args);
    assertTrue(run.code() != 125, "podman: " + run.err());
    return run;
  }

  private static List<String> archives(Path cache) throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".aot")).toList();
    }
  }
}
