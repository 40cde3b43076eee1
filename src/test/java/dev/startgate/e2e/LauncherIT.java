package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Jdks;
import dev.startgate.testing.LauncherCopy;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's class-data archive ({@code bin/startgate}): output through it is byte-identical
 * with and without the archive, an archive of a changed jar is never used, a damaged archive never
 * puts anything but YAML on stdout, launchers started together all succeed, and a run over every
 * kind of target finds all it needs in the archive. Each test runs on a copy of {@code bin/} and
 * {@code target/} (so the jar can be changed) with its own cache directory, on the JDK the launcher
 * picks by itself and on the JDK running the tests.
 */
class LauncherIT {
  private static final Path CASE = Path.of("testdata/krm-kpt-items");

  @TempDir Path tmp;

  /** The launcher's own choice of JDK (null) and the JDK running the tests (17 in the build). */
  static Stream<String> jdks() {
    return Stream.of("default", Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void outputIsByteIdenticalWithAndWithoutTheArchive(String jdk) throws Exception {
    Install install = install(jdk);
    Proc.Outcome plain = install.run(Map.of("STARTGATE_CACHE", "off"));
    assertEquals(expected(), plain.out());
    assertEquals(List.of(), install.archives(), "STARTGATE_CACHE=off must not build an archive");

    Proc.Outcome building = install.run(Map.of());
    List<Path> built = install.archives();
    assertEquals(1, built.size(), "the first run builds one archive: " + built);
    Proc.Outcome using = install.run(Map.of());

    for (Proc.Outcome run : List.of(plain, building, using)) {
      assertEquals(0, run.code(), run.err());
      assertEquals(expected(), run.out(), "stdout carries the YAML and nothing else");
      assertEquals("", run.err());
    }
    assertEquals(built, install.archives(), "the second run uses the archive the first one built");
    assertEquals(List.of(), install.leftovers(), "no lock or temporary file is left behind");
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void anArchiveOfAChangedJarIsNeverUsed(String jdk) throws Exception {
    Install install = install(jdk);
    assertEquals(expected(), install.run(Map.of()).out());
    List<Path> old = install.archives();
    assertEquals(1, old.size());

    // Same length, same modification time: only the content tells the jars apart.
    FileTime mtime = Files.getLastModifiedTime(install.jar());
    replaceInJar(
        install.jar(), "dev/startgate/function/RenderStep.class", "gated with", "GATED with");
    Files.setLastModifiedTime(install.jar(), mtime);

    Proc.Outcome changed = install.run(Map.of());
    assertEquals(0, changed.code(), changed.err());
    assertEquals(expected().replace("gated with", "GATED with"), changed.out());
    assertEquals("", changed.err());
    List<Path> now = install.archives();
    assertEquals(1, now.size(), "the old archive is replaced, not kept: " + now);
    assertNotEquals(old, now);
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void aDamagedArchiveNeverReachesStdout(String jdk) throws Exception {
    Install install = install(jdk);
    install.run(Map.of());
    Path archive = install.archives().get(0);
    byte[] good = Files.readAllBytes(archive);
    Map<String, byte[]> damage = new LinkedHashMap<>();
    damage.put("garbage of the same size", noise(good.length, 0));
    damage.put("a valid header over garbage", noise(good.length, 4096, good));
    damage.put("truncated", Arrays.copyOf(good, good.length / 2));
    for (Map.Entry<String, byte[]> d : damage.entrySet()) {
      Files.write(archive, d.getValue());
      Proc.Outcome run = install.run(Map.of());
      assertEquals(0, run.code(), d.getKey() + ": " + run.err());
      assertEquals(
          expected(), run.out(), d.getKey() + ": stdout carries the YAML and nothing else");
      assertTrue(
          run.err().isEmpty() || run.err().contains("warning"), d.getKey() + ": " + run.err());
      // Restore the archive (a truncated one was rebuilt under a new name).
      for (Path p : install.archives()) {
        Files.delete(p);
      }
      Files.write(archive, good);
    }
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void launchersStartedTogetherAllSucceed(String jdk) throws Exception {
    Install install = install(jdk);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Proc.Outcome>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> install.run(Map.of())));
      }
      for (Future<Proc.Outcome> f : runs) {
        Proc.Outcome run = f.get();
        assertEquals(0, run.code(), run.err());
        assertEquals(expected(), run.out());
        assertEquals("", run.err());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, install.archives().size(), install.archives().toString());
    assertEquals(List.of(), install.leftovers());
    assertEquals(expected(), install.run(Map.of()).out());
  }

  /**
   * A run through the archive spins no class and loads none of startgate's from the jar: a lambda,
   * a string concatenation or a record's equals the training run never reached is made at run time
   * (a millisecond or more each, interpreted), and a class it never loaded is read from the jar.
   * The input holds every kind of target and workload the training input does, as a stream.
   */
  @ParameterizedTest
  @MethodSource("realJdks")
  void aRunOverEveryKindOfTargetUsesOnlyTheArchive(Path java) throws Exception {
    // The launcher turns the JVM's logging off, so its java is a script that adds the class
    // loading log after the launcher's flags, in a folder with the JDK's release file: to the
    // launcher, the same JDK.
    Path jdk = tmp.resolve("jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Files.copy(java.getParent().getParent().resolve("release"), jdk.resolve("release"));
    Path log = tmp.resolve("classes.log");
    Path wrapper = jdk.resolve("bin/java");
    Files.writeString(
        wrapper,
        """
        #!/bin/sh
        for a; do
          shift
          [ "$a" = -jar ] && [ -n "$CLASS_LOG" ] && set -- "$@" "-Xlog:class+load=info:file=$CLASS_LOG"
          set -- "$@" "$a"
        done
        exec '%s' "$@"
        """
            .formatted(java));
    wrapper.toFile().setExecutable(true);
    Install install = install(wrapper.toString());
    assertEquals(0, install.run(Map.of()).code());
    assertEquals(1, install.archives().size(), install.archives().toString());
    Proc.Outcome run = install.run(Map.of("CLASS_LOG", log.toString()), EVERY_KIND_OF_TARGET);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("startgate-kubernetes"), run.out());
    assertOnlyTheArchive(java, log);
    // The Helm post-renderer's path: a config from a file, with images, resources and gates:
    // rules (the training run's second part, cli/Training).
    for (String config : List.of("startgate.yaml", "gates.yaml")) {
      Files.deleteIfExists(log);
      Path file = Path.of("function-config", config).toAbsolutePath();
      run =
          install.run(
              Map.of("CLASS_LOG", log.toString()),
              EVERY_KIND_OF_TARGET,
              "--config",
              file.toString());
      assertEquals(0, run.code(), run.err());
      assertOnlyTheArchive(java, log);
    }
    // A document only snakeyaml-engine reads (an anchor, a tag, a |2 block): its classes too.
    Files.deleteIfExists(log);
    run =
        install.run(
            Map.of("CLASS_LOG", log.toString()),
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              labels: &labels {app: migrate}
              annotations: {startgate.dev/wait-for: "tcp://db:5432", note: !!str 5}
            spec:
              template:
                metadata: {labels: *labels}
                spec:
                  restartPolicy: Never
                  containers:
                  - name: migrate
                    image: migrate:1
                    args:
                    - |2
                        up
            """);
    assertEquals(0, run.code(), run.err());
    assertOnlyTheArchive(java, log);
    List<String> snake =
        Files.readAllLines(log).stream()
            .filter(l -> l.contains(" org.snakeyaml.") && !l.contains("source: shared objects"))
            .toList();
    assertEquals(List.of(), snake, "snakeyaml-engine's classes loaded outside the archive");
  }

  private static void assertOnlyTheArchive(Path java, Path log) throws IOException {
    List<String> loaded = Files.readAllLines(log);
    assertTrue(
        loaded.stream().anyMatch(l -> l.contains("dev.startgate.cli.Main source: shared objects")),
        "the archive was used: " + loaded.subList(0, Math.min(20, loaded.size())));
    // A dynamic CDS archive (JDK 13-23) holds lambda classes but not the JDK's method-handle
    // forms, which string concatenation makes on every run: there only startgate's own classes
    // are checked. An AOT cache (JDK 24 on) holds both.
    boolean aot = Jdks.major(java.getParent().getParent().resolve("release")) >= 24;
    List<String> outside = new ArrayList<>();
    for (String line : loaded) {
      boolean fromArchive = line.contains("source: shared objects file");
      boolean spun =
          line.contains("__JVM_LookupDefineClass__")
              || line.contains("$$Lambda")
              || line.contains("LambdaForm$")
              || line.contains("$$StringConcat");
      boolean ours = line.contains(" dev.startgate.");
      if (!fromArchive && ((aot && spun) || ours)) {
        outside.add(line);
      }
    }
    assertEquals(List.of(), outside, "classes made or loaded outside the archive");
  }

  /**
   * The newest JDK under /usr/lib/jvm (the launcher's own choice on the build machines: an AOT
   * cache from JDK 24 on) and the JDK running the tests (17 in the build: a dynamic CDS archive).
   */
  static Stream<Path> realJdks() throws IOException {
    Path running = Path.of(System.getProperty("java.home"), "bin", "java");
    Path newer = Jdks.newestAbove(Jdks.major(running.getParent().getParent().resolve("release")));
    return newer == null ? Stream.of(running) : Stream.of(newer, running);
  }

  /** A stream with every kind of target the training input has, on every kind of workload. */
  private static final String EVERY_KIND_OF_TARGET =
      """
      apiVersion: v1
      kind: Service
      metadata: {name: db, namespace: ns}
      spec:
        selector: {app: db}
        ports: [{name: pg, port: 5432}]
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        namespace: ns
        annotations:
          startgate.dev/wait-for: |
            postgres://db:5432, mysql://orders:3306, redis://cache:6379, tcp://queue:5672
            service/db:pg, pods/app=web, daemonset/agent, statefulset/cache
            clusters.postgresql.cnpg.io/orders condition=Ready
          startgate.dev/retry: "2"
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: migrate, image: migrate:1}]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: ns
        annotations:
          startgate.dev/wait-for: http://api:8080/healthz, https://payments.example.com/status
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: web, image: web:1}]
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: report
        namespace: ns
        annotations:
          startgate.dev/wait-for: job/migrate, deployment/web
          startgate.dev/uptime: 10s
      spec:
        schedule: "0 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers: [{name: report, image: report:1}]
      """;

  private static String expected() throws IOException {
    return Files.readString(CASE.resolve("expected.yaml"));
  }

  /** A copy of the launcher, the jar and its libraries, with its own cache directory. */
  private Install install(String jdk) throws IOException {
    Path root = LauncherCopy.at(tmp.resolve("install"));
    return new Install(root, tmp.resolve("cache"), jdk.equals("default") ? null : jdk);
  }

  private record Install(Path root, Path cache, String java) {
    Path jar() {
      return root.resolve("target/startgate.jar");
    }

    Proc.Outcome run(Map<String, String> env) throws IOException, InterruptedException {
      return run(env, Files.readString(CASE.resolve("input.yaml")));
    }

    Proc.Outcome run(Map<String, String> env, String input, String... args)
        throws IOException, InterruptedException {
      Map<String, String> all = new LinkedHashMap<>(env);
      all.put("STARTGATE_CACHE_DIR", cache.toString());
      if (java != null) {
        all.put("STARTGATE_JAVA", java);
      }
      List<String> command = new ArrayList<>(List.of(root.resolve("bin/startgate").toString()));
      command.addAll(List.of(args));
      return Proc.run(root, input, 120, all, command);
    }

    List<Path> archives() throws IOException {
      return files().stream()
          .filter(p -> p.getFileName().toString().matches("startgate-.*\\.(aot|jsa)"))
          .toList();
    }

    List<Path> leftovers() throws IOException {
      List<Path> all = new ArrayList<>(files());
      all.removeAll(archives());
      return all;
    }

    private List<Path> files() throws IOException {
      if (!Files.isDirectory(cache)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(cache)) {
        return files.sorted().toList();
      }
    }
  }

  /** Replaces {@code from} with {@code to} (same length) in one entry of {@code jar}. */
  private static void replaceInJar(Path jar, String entry, String from, String to)
      throws IOException {
    assertEquals(from.length(), to.length());
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
      Path file = zip.getPath(entry);
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      assertTrue(
          text.contains(from),
          entry
              + " no longer contains \""
              + from
              + "\"; pick another constant of a class the"
              + " training run loads");
      Files.write(file, text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  private static byte[] noise(int length, int keep, byte[]... prefix) {
    byte[] out = new byte[length];
    new java.util.Random(42).nextBytes(out);
    if (prefix.length > 0) {
      System.arraycopy(prefix[0], 0, out, 0, keep);
    }
    return out;
  }
}
