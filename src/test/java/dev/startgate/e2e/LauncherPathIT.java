package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/startgate} put on PATH the way the README says (a symlink), and the JDK it picks: the
 * newest JDK 17 or newer it finds, shown with fake JDK folders whose {@code java} prints its name.
 */
class LauncherPathIT {
  private static final Path CASE = Path.of("testdata/krm-kpt-items");

  @TempDir Path tmp;
  Path checkout;

  /** A copy of the launcher, the jar and its libraries: a checkout somewhere else. */
  @BeforeEach
  void install() throws IOException {
    checkout = tmp.resolve("checkout");
    Files.createDirectories(checkout.resolve("bin"));
    Files.createDirectories(checkout.resolve("target/lib"));
    Files.copy(Path.of("bin/startgate"), checkout.resolve("bin/startgate"));
    executable(checkout.resolve("bin/startgate"));
    Files.copy(Path.of("target/startgate.jar"), checkout.resolve("target/startgate.jar"));
    try (Stream<Path> libs = Files.list(Path.of("target/lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, checkout.resolve("target/lib").resolve(lib.getFileName()));
      }
    }
  }

  /**
   * Results and explain's table are UTF-8 whatever the locale: without one (a container image, a CI
   * job) the JDK wrote '?' for every non-ASCII character on stderr and in explain.
   */
  @Test
  void nonAsciiOnStderrAndInExplainIsUtf8WithoutALocale() throws Exception {
    String job =
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n"
            + "    startgate.dev/wait-for: \"%s://api:8080/healthz body=Gr\u00f6\u00dfe \u2713"
            + " \ud83d\ude80\"\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n"
            + "      containers:\n      - name: c\n        image: c\n";
    String text = "Gr\u00f6\u00dfe \u2713 \ud83d\ude80";
    Map<String, String> posix = Map.of("LC_ALL", "C", "LANG", "C");
    String launcher = checkout.resolve("bin/startgate").toString();
    Proc.Outcome bad = Proc.run(tmp, job.formatted("htp"), 60, posix, List.of(launcher));
    assertEquals(1, bad.code(), bad.err());
    assertTrue(bad.err().contains(text), bad.err());
    Proc.Outcome explain =
        Proc.run(tmp, job.formatted("http"), 60, posix, List.of(launcher, "explain", "-"));
    assertEquals(0, explain.code(), explain.err());
    assertTrue(explain.out().contains(text), explain.out());
  }

  /**
   * A closed stdin ({@code <&-}) becomes the first file the JVM opens; startgate read that as its
   * input ("input is larger than 64 MiB"). The launcher puts /dev/null there and startgate says
   * stdin is closed when it reads it; a command that reads files runs as usual.
   */
  @Test
  void aClosedStdinIsSaidSo() throws Exception {
    String launcher = checkout.resolve("bin/startgate").toString();
    Path file = Files.writeString(tmp.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
    for (List<String> args : List.of(List.<String>of(), List.of("explain"))) {
      Proc.Outcome run =
          Proc.run(
              tmp,
              null,
              60,
              Map.of(),
              Stream.concat(
                      Stream.of("sh", "-c", "exec \"$0\" \"$@\" <&-", launcher), args.stream())
                  .toList());
      assertEquals(1, run.code(), args + ": " + run.err());
      assertEquals("", run.out(), args.toString());
      assertTrue(run.err().contains("stdin is closed; pipe the YAML in"), args + ": " + run.err());
    }
    // The first run, which builds the class-data archive, may be that run: its training run reads
    // the training input all the same (it was read as a closed stdin: no archive for ten minutes).
    Path cache = tmp.resolve("closed-stdin-cache");
    Proc.Outcome explain =
        Proc.run(
            tmp,
            null,
            60,
            Map.of("STARTGATE_CACHE_DIR", cache.toString()),
            List.of("sh", "-c", "exec \"$0\" \"$@\" <&-", launcher, "explain", file.toString()));
    assertEquals(0, explain.code(), explain.err());
    assertTrue(explain.out().contains("No workload has a startgate intent"), explain.out());
    try (Stream<Path> files = Files.list(cache)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertTrue(
          names.stream().anyMatch(n -> n.endsWith(".aot") || n.endsWith(".jsa")), names.toString());
      assertTrue(names.stream().noneMatch(n -> n.endsWith(".failed")), names.toString());
    }
  }

  @Test
  void symlinkOnPathRunsFromAnyFolder() throws Exception {
    Path launcher = checkout.resolve("bin/startgate");
    Map<String, Path> onPath = new LinkedHashMap<>();
    // ln -s "$PWD/bin/startgate" ~/.local/bin/startgate
    onPath.put("absolute symlink", link(tmp.resolve("abs/startgate"), launcher));
    onPath.put(
        "relative symlink",
        link(tmp.resolve("rel/startgate"), Path.of("../checkout/bin/startgate")));
    // chain/startgate -> ../links/one (relative) -> /.../links2/two (absolute) -> ../checkout/...
    link(tmp.resolve("links2/two"), Path.of("../checkout/bin/startgate"));
    link(tmp.resolve("links/one"), tmp.resolve("links2/two"));
    onPath.put("chained symlinks", link(tmp.resolve("chain/startgate"), Path.of("../links/one")));
    // A symlinked bin folder: the file itself is no symlink.
    onPath.put("symlinked folder", link(tmp.resolve("bindir"), checkout.resolve("bin")));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    String input = Files.readString(CASE.resolve("input.yaml"));
    for (Map.Entry<String, Path> e : onPath.entrySet()) {
      Path dir =
          e.getValue().getFileName().toString().equals("startgate")
              ? e.getValue().getParent()
              : e.getValue();
      Map<String, String> env = new LinkedHashMap<>();
      env.put("PATH", dir + ":" + System.getenv("PATH"));
      env.put("STARTGATE_CACHE", "off");
      Proc.Outcome run = Proc.run(elsewhere, input, 120, env, List.of("sh", "-c", "startgate"));
      assertEquals(0, run.code(), e.getKey() + ": " + run.err());
      assertEquals(Files.readString(CASE.resolve("expected.yaml")), run.out(), e.getKey());
      assertEquals("", run.err(), e.getKey());
    }
  }

  @Test
  void kptfileExecFindsStartgateOnPathFromAPackageFolder() throws Exception {
    link(tmp.resolve("path/startgate"), checkout.resolve("bin/startgate"));
    Path pkg = Files.createDirectories(tmp.resolve("work/pkg"));
    Files.writeString(
        pkg.resolve("Kptfile"),
        """
        apiVersion: kpt.dev/v1
        kind: Kptfile
        metadata:
          name: pkg
        pipeline:
          mutators:
          - exec: startgate
        """);
    Files.writeString(
        pkg.resolve("job.yaml"),
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
          annotations:
            startgate.dev/wait-for: tcp://postgres:5432
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: migrate
                image: migrate:1
        """);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", tmp.resolve("path") + ":" + System.getenv("PATH"));
    env.put("STARTGATE_CACHE", "off");
    for (Path cwd : List.of(pkg, tmp.resolve("work"))) {
      String arg = cwd.equals(pkg) ? "." : "pkg";
      Proc.Outcome run =
          Proc.run(cwd, null, 120, env, List.of("kpt", "fn", "render", arg, "--allow-exec"));
      assertEquals(0, run.code(), run.out() + run.err());
      String job = Files.readString(pkg.resolve("job.yaml"));
      assertTrue(job.contains("- name: startgate-network\n"), job);
    }
    Proc.Outcome eval =
        Proc.run(
            tmp, null, 120, env, List.of("kpt", "fn", "eval", "work/pkg", "--exec", "startgate"));
    assertEquals(0, eval.code(), eval.out() + eval.err());
  }

  @Test
  void picksTheNewestJdkItFinds() throws Exception {
    Path jdks = tmp.resolve("jdks");
    jdk(jdks.resolve("jdk-17"), "17.0.2");
    jdk(jdks.resolve("jdk-21.0.9"), "21.0.9");
    jdk(jdks.resolve("jdk-21.0.10"), "21.0.10");
    jdk(jdks.resolve("jdk-11"), "11.0.2");
    jdk(jdks.resolve("jdk-8"), "1.8.0_392");
    jdk(jdks.resolve("no-release"), null);
    // A release file without bin/java is no JDK.
    Files.createDirectories(jdks.resolve("jre-only"));
    Files.writeString(jdks.resolve("jre-only/release"), "JAVA_VERSION=\"99\"\n");
    // A symlink in a JDK folder is an alias of a JDK beside it: skipped.
    link(jdks.resolve("default-java"), jdk(tmp.resolve("aliased"), "98"));
    Path other = tmp.resolve("other");
    Path tools = Files.createDirectories(tmp.resolve("tools"));
    link(tools.resolve("readlink"), Path.of("/bin/readlink"));

    Map<String, String> env = jdkEnv(jdks, tools.toString());
    assertEquals("jdk-21.0.10", picked(env), "21.0.10 is newer than 21.0.9");

    env.put("JAVA_HOME", jdk(other.resolve("home-24"), "24").toString());
    assertEquals("home-24", picked(env), "JAVA_HOME when it is the newest");
    env.put("JAVA_HOME", jdk(other.resolve("home-21"), "21.0.10").toString());
    assertEquals("home-21", picked(env), "JAVA_HOME first among equals");
    env.put("JAVA_HOME", jdk(other.resolve("home-9"), "9").toString());
    assertEquals("jdk-21.0.10", picked(env), "an old JAVA_HOME loses");

    // The java on PATH: a JDK's bin folder, or a chain of symlinks to one.
    Path pathJdk = jdk(other.resolve("path-26"), "26.0.1");
    env.put("PATH", pathJdk.resolve("bin") + ":" + tools);
    assertEquals("path-26", picked(env));
    Path fakeBin = Files.createDirectories(other.resolve("fake-bin"));
    link(
        other.resolve("alternatives/java"),
        jdk(other.resolve("path-27"), "27").resolve("bin/java"));
    link(fakeBin.resolve("java"), Path.of("../alternatives/java"));
    env.put("PATH", fakeBin + ":" + tools);
    assertEquals("path-27", picked(env));

    env.put("STARTGATE_JAVA", jdks.resolve("jdk-17/bin/java").toString());
    assertEquals("jdk-17", picked(env), "STARTGATE_JAVA overrides");
    env.remove("STARTGATE_JAVA");

    // macOS keeps its JDKs as NAME.jdk/Contents/Home.
    Path mac = tmp.resolve("mac");
    jdk(mac.resolve("temurin-22.jdk/Contents/Home"), "22.0.1");
    env = jdkEnv(mac, tools.toString());
    assertEquals("Home", picked(env));

    // Nothing of 17 or newer with a release file: the java on PATH, whatever it is.
    Path plain = Files.createDirectories(other.resolve("plain"));
    fakeJava(plain.resolve("java"), "plain-java");
    Path old = tmp.resolve("old");
    jdk(old.resolve("jdk-11"), "11.0.2");
    env = jdkEnv(old, plain + ":" + tools);
    assertEquals("plain-java", picked(env));

    // No java at all: a message that says so, not the shell's "java: not found".
    Proc.Outcome none =
        Proc.run(
            tmp,
            "",
            30,
            jdkEnv(old, tools.toString()),
            List.of(checkout.resolve("bin/startgate").toString(), "--version"));
    assertEquals(127, none.code(), none.err());
    assertTrue(none.err().startsWith("startgate: no Java found (JDK 17 or newer)"), none.err());

    // A STARTGATE_JAVA that names nothing that runs: the message names the variable.
    for (String wrong : List.of(tmp.resolve("nope/java").toString(), "no-such-java")) {
      Map<String, String> withWrong = jdkEnv(old, tools.toString());
      withWrong.put("STARTGATE_JAVA", wrong);
      Proc.Outcome bad =
          Proc.run(
              tmp, "", 30, withWrong, List.of(checkout.resolve("bin/startgate").toString(), "-V"));
      assertEquals(127, bad.code(), bad.err());
      assertTrue(
          bad.err().startsWith("startgate: STARTGATE_JAVA=" + wrong + " is no java program"),
          bad.err());
    }
  }

  /** The environment of a launcher that looks for JDKs in {@code dirs} only. */
  private static Map<String, String> jdkEnv(Path dirs, String path) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("STARTGATE_JDK_DIRS", dirs.toString());
    env.put("STARTGATE_CACHE", "off");
    env.put("JAVA_HOME", "");
    env.put("PATH", path);
    return env;
  }

  /** The name the chosen fake java printed. */
  private String picked(Map<String, String> env) throws Exception {
    Proc.Outcome run =
        Proc.run(
            tmp, "", 30, env, List.of(checkout.resolve("bin/startgate").toString(), "--version"));
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().endsWith(" -jar " + checkout.resolve("target/startgate.jar") + " --version\n"),
        run.out());
    return run.out().substring(0, run.out().indexOf(' '));
  }

  /**
   * A fake JDK in {@code home} whose java prints the folder's name; {@code version} may be null.
   */
  private static Path jdk(Path home, String version) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    fakeJava(home.resolve("bin/java"), home.getFileName().toString());
    if (version != null) {
      Files.writeString(
          home.resolve("release"),
          "IMPLEMENTOR=\"Fake\"\nJAVA_RUNTIME_VERSION=\"x\"\nJAVA_VERSION=\""
              + version
              + "\"\nMODULES=\"java.base\"\n");
    }
    return home;
  }

  private static void fakeJava(Path file, String name) throws IOException {
    Files.writeString(file, "#!/bin/sh\necho " + name + " \"$@\"\n");
    executable(file);
  }

  private static Path link(Path link, Path target) throws IOException {
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, target);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
