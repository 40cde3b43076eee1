package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.LauncherCopy;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in the environments users run it in: JVM options of their own, no locale, an install
 * folder Java cannot load from, a launcher killed while it built its archive, an archive that
 * cannot be built, a relative {@code XDG_CACHE_HOME}. Each test runs a copy of {@code bin/} and
 * {@code target/}.
 */
class LauncherEnvironmentIT {
  private static final Path CASE = Path.of("testdata/krm-kpt-items");

  @TempDir Path tmp;

  /** A collector, an initial heap or sharing turned off in JAVA_TOOL_OPTIONS: the run works. */
  @Test
  void theUsersJvmOptionsDoNotBreakARun() throws Exception {
    Path root = install("install");
    for (String options : List.of("-XX:+UseG1GC", "-Xms16m", "-Xshare:off")) {
      Proc.Outcome run = run(root, Map.of("JAVA_TOOL_OPTIONS", options), input());
      assertEquals(0, run.code(), options + ": " + run.err());
      assertEquals(expected(), run.out(), options);
      assertEquals(
          "Picked up JAVA_TOOL_OPTIONS: " + options + "\n", run.err(), "nothing else: " + options);
    }
  }

  /** Under the C locale the JVM could not open a file whose name is not ASCII. */
  @Test
  void aFileNameThatIsNotAsciiOpensUnderTheCLocale() throws Exception {
    Path root = install("install");
    Path file = Files.copy(CASE.resolve("input.yaml"), tmp.resolve("café.yaml"));
    Proc.Outcome run =
        Proc.run(
            tmp,
            null,
            120,
            Map.of("LC_ALL", "C", "STARTGATE_CACHE", "off"),
            List.of(root.resolve("bin/startgate").toString(), "explain", file.toString()));
    assertEquals(0, run.code(), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    // The JVM run without the launcher: a usage error that says what to do, not an internal one.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (List<String> args : List.of(List.of("explain"), List.of("rewrite", "--check"))) {
      List<String> command = new java.util.ArrayList<>(List.of(java, "-jar"));
      command.add(root.resolve("target/startgate.jar").toString());
      command.addAll(args);
      command.add(file.toString());
      Proc.Outcome bare = Proc.run(tmp, null, 120, Map.of("LC_ALL", "C"), command);
      assertEquals(2, bare.code(), bare.err());
      assertTrue(bare.err().contains("run with a UTF-8 locale, like LC_ALL=C.UTF-8"), bare.err());
    }
  }

  /** java -jar splits its class path at colons: the launcher says so instead of failing. */
  @Test
  void aFolderWithAColonIsNamed() throws Exception {
    Path root = install("co:lon");
    Proc.Outcome run = run(root, Map.of(), input());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("a folder whose path holds a colon"), run.err());
    assertEquals("", run.out());
  }

  /**
   * A folder whose name holds a line break: cksum's lines cannot be read back for the archive's key
   * (the launcher stopped on "Illegal number"), so it runs without an archive.
   */
  @Test
  void aFolderWithALineBreakRunsWithoutAnArchive() throws Exception {
    Path root = install("line\nbreak");
    Proc.Outcome run = run(root, Map.of(), input());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    assertEquals(expected(), run.out());
  }

  /** Two installs that share a cache folder keep their own archives: neither is made again. */
  @Test
  void installsSharingACacheKeepTheirArchives() throws Exception {
    Path a = install("a");
    Path b = install("b");
    Map<String, String> shared = Map.of("STARTGATE_CACHE_DIR", tmp.resolve("shared").toString());
    List<String> after = List.of();
    for (int round = 1; round <= 2; round++) {
      for (Path root : List.of(a, b)) {
        Proc.Outcome run = run(root, shared, input());
        assertEquals(0, run.code(), run.err());
        assertEquals(expected(), run.out());
      }
      List<String> now = new java.util.ArrayList<>();
      for (Path p : list(tmp.resolve("shared"))) {
        now.add(p.getFileName() + " " + Files.getAttribute(p, "fileKey"));
      }
      assertEquals(2, now.size(), now.toString());
      if (round == 2) {
        assertEquals(after, now, "the second round made no archive again");
      }
      after = now;
    }
  }

  /** A lock left by a launcher killed while it built the archive goes at the next run. */
  @Test
  void theLockOfADeadLauncherIsRemoved() throws Exception {
    Path root = install("install");
    Path cache = tmp.resolve("cache");
    assertEquals(0, run(root, Map.of("STARTGATE_CACHE_DIR", cache.toString()), input()).code());
    List<Path> archives = list(cache);
    assertEquals(1, archives.size(), archives.toString());
    String name = archives.get(0).getFileName().toString();
    Path lock = cache.resolve(name.substring(0, name.lastIndexOf('-')) + ".lock");
    Files.delete(archives.get(0));
    Files.createDirectories(lock);
    Files.writeString(lock.resolve("pid"), "2147483646\n"); // no such process
    Proc.Outcome first = run(root, Map.of("STARTGATE_CACHE_DIR", cache.toString()), input());
    assertEquals(0, first.code(), first.err());
    assertFalse(Files.exists(lock), "the dead launcher's lock is removed");
    assertEquals(0, run(root, Map.of("STARTGATE_CACHE_DIR", cache.toString()), input()).code());
    assertEquals(1, list(cache).size(), "the next run builds the archive: " + list(cache));
  }

  /**
   * A JDK that cannot make an archive (here a java that fails when asked to record one) costs two
   * JVMs on the first run only, not on every run.
   */
  @Test
  void aBuildThatFailedIsNotTriedOnEveryRun() throws Exception {
    Path root = install("install");
    Path jdk = Path.of(System.getProperty("java.home"));
    Path fake = Files.createDirectories(tmp.resolve("jdk/bin"));
    Files.copy(jdk.resolve("release"), tmp.resolve("jdk/release"));
    Path tries = tmp.resolve("tries");
    Path java = fake.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "case \"$*\" in *ArchiveClassesAtExit* | *AOTMode=record*) echo try >>'"
            + tries
            + "'; exit 1 ;; esac\n"
            + "exec '"
            + jdk.resolve("bin/java")
            + "' \"$@\"\n");
    java.toFile().setExecutable(true);
    Map<String, String> env =
        Map.of("STARTGATE_JAVA", java.toString(), "STARTGATE_CACHE_DIR", tmp + "/cache");
    for (int i = 0; i < 3; i++) {
      Proc.Outcome run = run(root, env, input());
      assertEquals(0, run.code(), run.err());
      assertEquals(expected(), run.out());
    }
    assertEquals(List.of("try"), Files.readAllLines(tries), "one try in three runs");
  }

  /** A relative XDG_CACHE_HOME is ignored (XDG base directories): no archive in the cwd. */
  @Test
  void aRelativeXdgCacheHomeIsIgnored() throws Exception {
    Path root = install("install");
    Files.writeString(root.resolve("target/aot"), "not a folder: the cache goes elsewhere\n");
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", ".cache");
    Proc.Outcome run =
        Proc.run(work, input(), 120, env, List.of(root.resolve("bin/startgate").toString()));
    assertEquals(0, run.code(), run.err());
    assertFalse(Files.exists(work.resolve(".cache")), "nothing in the working folder");
    assertEquals(1, list(home.resolve(".cache/startgate")).size());
  }

  /**
   * rewrite of a file another user owns (root's 644 file, run as nobody) says so: "make it writable
   * (chmod u+w)" cannot help a user who may not chmod it.
   */
  @Test
  void aFileOfAnotherUserIsNamedSo() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "needs root and setpriv to run as nobody");
    Path root = install("install");
    Path folder = Files.createDirectories(tmp.resolve("work"));
    Path file =
        Files.copy(Path.of("testdata/reference-job/input.yaml"), folder.resolve("job.yaml"));
    for (Path p : List.of(tmp, root, folder)) {
      Proc.run(tmp, null, 30, Map.of(), List.of("chmod", "-R", "a+rX", p.toString()));
    }
    Proc.run(tmp, null, 30, Map.of(), List.of("chmod", "777", folder.toString()));
    // Writable by its owner, then read-only too: chmod is not this user's to run either way.
    for (String mode : List.of("644", "444")) {
      Proc.run(tmp, null, 30, Map.of(), List.of("chmod", mode, file.toString()));
      Proc.Outcome run =
          Proc.run(
              folder,
              null,
              120,
              Map.of("STARTGATE_CACHE", "off", "HOME", "/nonexistent"),
              List.of(
                  "setpriv",
                  "--reuid=65534",
                  "--regid=65534",
                  "--clear-groups",
                  root.resolve("bin/startgate").toString(),
                  "rewrite",
                  file.toString()));
      assertEquals(1, run.code(), mode + ": " + run.err());
      assertTrue(run.err().contains("the file is not writable by this user"), run.err());
    }
  }

  private Proc.Outcome run(Path root, Map<String, String> env, String input)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(env);
    all.putIfAbsent("STARTGATE_CACHE_DIR", tmp.resolve("cache-" + root.getFileName()).toString());
    return Proc.run(root, input, 120, all, List.of(root.resolve("bin/startgate").toString()));
  }

  /** A copy of the launcher, the jar and its libraries in {@code tmp/NAME}. */
  private Path install(String name) throws IOException {
    return LauncherCopy.at(tmp.resolve(name));
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches(".*\\.(aot|jsa)")).toList();
    }
  }

  private static String input() throws IOException {
    return Files.readString(CASE.resolve("input.yaml"));
  }

  private static String expected() throws IOException {
    return Files.readString(CASE.resolve("expected.yaml"));
  }
}
