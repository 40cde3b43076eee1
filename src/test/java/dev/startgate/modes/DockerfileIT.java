package dev.startgate.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.InProcess;
import dev.startgate.testing.Proc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Dockerfile, as far as it can be checked without a container engine (ImageIT builds it): it
 * lints, its base images are pinned build arguments, its runtime stage runs as a numeric non-root
 * user, and its archive step and ENTRYPOINT, run as written against the packaged jar laid out as in
 * the image, give exactly the output the golden tests expect, JVM warnings on stderr only, also
 * with a stale archive. The archive is trained on the launcher's own training input (a ResourceList
 * with a kubectl gate), so the RBAC code is in it.
 */
class DockerfileIT {
  static final Path DOCKERFILE = Path.of("Dockerfile");
  static final String EMPTY_LIST =
      "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n";

  /** What the image trains its archive on: the launcher's training input, as a golden case. */
  static final Path TRAINING = Path.of("testdata/krm-training/input.yaml");

  static final Path STREAM = Path.of("testdata/stream-job-tcp-http");

  /** Where the Dockerfile puts its jlinked runtime. */
  static final String RUNTIME = "/opt/startgate/java";

  @TempDir Path tmp;
  Path app;
  List<String> instructions;

  @BeforeEach
  void layOut() throws Exception {
    instructions = instructions(Files.readString(DOCKERFILE));
    // The image's /app: the jar, its libraries, and the archive made the way the RUN step makes it.
    app = Files.createDirectories(tmp.resolve("app"));
    Files.copy(Path.of("target/startgate.jar"), app.resolve("startgate.jar"));
    Files.createDirectories(app.resolve("lib"));
    try (var libs = Files.list(Path.of("target/lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, app.resolve("lib").resolve(lib.getFileName()));
      }
    }
    Files.copy(TRAINING, app.resolve("training.yaml"));
  }

  @Test
  void lints() throws Exception {
    Exec.require("dockerfile-utils");
    Proc.Outcome lint = Exec.run(Path.of("."), Map.of(), "dockerfile-utils", "lint", "Dockerfile");
    assertEquals(0, lint.code(), lint.out() + lint.err());
  }

  @Test
  void trainsOnTheLaunchersTrainingInput() throws Exception {
    String launcher = Files.readString(Path.of("bin/startgate"));
    int start = launcher.indexOf("training_input() {\n  cat <<'EOF'\n");
    assertTrue(start >= 0, "bin/startgate has no training_input heredoc");
    start = launcher.indexOf('\n', launcher.indexOf("<<'EOF'", start)) + 1;
    String heredoc = launcher.substring(start, launcher.indexOf("\nEOF\n", start) + 1);
    assertEquals(
        heredoc, Files.readString(TRAINING), "bin/startgate's training input and " + TRAINING);
    assertTrue(heredoc.contains("deployment/api"), "a Kubernetes target, so RBAC code is archived");
    assertTrue(
        instructions.contains("COPY " + TRAINING + " /app/training.yaml"), instructions.toString());
  }

  @Test
  void multiStageFromPinnedBaseImagesWithANumericNonRootUser() throws Exception {
    List<String> froms = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
    assertEquals(List.of("FROM ${BUILD_IMAGE} AS build", "FROM ${BASE_IMAGE}"), froms);
    // The base images are build arguments whose public defaults are pinned by digest.
    for (String arg : List.of("BUILD_IMAGE", "BASE_IMAGE")) {
      assertTrue(
          instructions.stream()
              .anyMatch(i -> i.matches("ARG " + arg + "=docker\\.io/\\S+@sha256:[0-9a-f]{64}")),
          arg + " pinned by digest: " + instructions);
    }
    String user = last("USER ");
    assertTrue(user.matches("USER [1-9]\\d*(:[1-9]\\d*)?"), user);
    int runtime = instructions.indexOf(froms.get(1));
    assertTrue(instructions.indexOf(user) > runtime, "USER in the runtime stage");
    // Maven builds the jar from the sources in the build stage, and the archive is made after it.
    String maven =
        instructions.stream()
            .filter(i -> i.startsWith("RUN mvn ") && i.contains(" jar:jar "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no RUN step builds the jar with Maven"));
    int sources = instructions.indexOf("COPY src/main src/main");
    assertTrue(sources >= 0 && sources < instructions.indexOf(maven), instructions.toString());
    assertTrue(maven.contains("mv target/startgate.jar target/lib /app/"), maven);
    // The tests' libraries stay out of an image build (the pom's test-dependencies profile).
    assertTrue(maven.contains(" -Dstartgate.runtimeOnly "), maven);
    assertTrue(
        Files.readString(Path.of("pom.xml")).contains("<name>!startgate.runtimeOnly</name>"),
        "the pom leaves its test dependencies out with -Dstartgate.runtimeOnly");
    assertTrue(
        instructions.indexOf(archiveStep()) > instructions.indexOf(maven),
        "the archive is made after the jar is built, in the same stage");
    assertFalse(
        instructions.stream().anyMatch(i -> i.startsWith("COPY target/")),
        "nothing comes from a build outside the image");
    assertTrue(
        instructions.indexOf(archiveStep()) < runtime,
        "the archive is made by the jlinked java at the paths the image runs it from");
    for (String label : List.of("source", "version", "licenses")) {
      assertTrue(
          instructions.stream()
              .anyMatch(
                  i ->
                      i.startsWith("LABEL ")
                          && i.contains("org.opencontainers.image." + label + "=")),
          "OCI label " + label);
    }
  }

  @Test
  void entrypointGivesTheGoldenOutputWithWarningsOnStderrOnly() throws Exception {
    Proc.Outcome archive = Exec.run(tmp, Map.of(), "sh", "-c", local(archiveStep().substring(4)));
    assertEquals(0, archive.code(), archive.out() + archive.err());
    assertEquals("", archive.out());
    assertTrue(Files.size(app.resolve("startgate.jsa")) > 0);
    assertFalse(Files.exists(app.resolve("training.yaml")));

    // The training input (a ResourceList with kubectl gates and RBAC) and a plain stream.
    for (Path golden : List.of(TRAINING.getParent(), STREAM)) {
      String in = Files.readString(golden.resolve("input.yaml"));
      String out = Files.readString(golden.resolve("expected.yaml"));
      assertEquals(
          out,
          InProcess.run(List.of(), in.getBytes(StandardCharsets.UTF_8)).out(),
          "what the golden test runs");
      Proc.Outcome run = Proc.run(tmp, in, 60, Map.of(), entrypoint());
      assertEquals(0, run.code(), run.err());
      assertEquals(out, run.out(), golden + " through the ENTRYPOINT");
      assertEquals("", run.err(), "a fresh archive is used silently");
    }

    // In a container of 64 MiB (MaxRAM here), whose 32 MB heap the young generation would fill:
    // the same output, and no word from the JVM.
    List<String> small = new ArrayList<>(entrypoint());
    small.add(1, "-XX:MaxRAM=64m");
    Proc.Outcome smallRun = Proc.run(tmp, Files.readString(TRAINING), 60, Map.of(), small);
    assertEquals(0, smallRun.code(), smallRun.err());
    assertEquals(Files.readString(TRAINING.resolveSibling("expected.yaml")), smallRun.out());
    assertEquals("", smallRun.err(), "a small container's heap");

    // The archive is used, and holds the RBAC code: with class loading logged (to stderr),
    // startgate's classes come from the archive ("shared objects file (top)"), not the jar.
    List<String> logged = new ArrayList<>(entrypoint());
    logged.add(logged.indexOf("-jar"), "-Xlog:class+load=info:stderr");
    Proc.Outcome log = Proc.run(tmp, Files.readString(TRAINING), 60, Map.of(), logged);
    assertEquals(Files.readString(TRAINING.resolveSibling("expected.yaml")), log.out());
    for (String cls :
        List.of("dev.startgate.plan.AccessRules", "dev.startgate.render.KubeAccess")) {
      assertTrue(
          log.err().contains(cls + " source: shared objects file (top)"), cls + ":\n" + log.err());
    }

    String input = Files.readString(STREAM.resolve("input.yaml"));
    String expected = Files.readString(STREAM.resolve("expected.yaml"));

    // A jar that changed after the archive was made: the JVM refuses the archive; the output
    // is the same and any warning goes to stderr.
    Files.setLastModifiedTime(app.resolve("startgate.jar"), FileTime.fromMillis(0));
    Proc.Outcome stale = Proc.run(tmp, input, 60, Map.of(), entrypoint());
    assertEquals(0, stale.code(), stale.err());
    assertEquals(expected, stale.out());

    // KRM mode through the same command line.
    String list = InProcess.run(List.of(), EMPTY_LIST.getBytes(StandardCharsets.UTF_8)).out();
    Proc.Outcome krm = Proc.run(tmp, EMPTY_LIST, 60, Map.of(), entrypoint());
    assertEquals(list, krm.out());
  }

  /** The ENTRYPOINT's argv with the image's /app replaced by the local layout. */
  private List<String> entrypoint() throws Exception {
    String json = last("ENTRYPOINT ").substring("ENTRYPOINT ".length());
    JsonNode array = new ObjectMapper().readTree(json);
    List<String> argv = new ArrayList<>();
    for (JsonNode a : array) {
      argv.add(local(a.asString()));
    }
    assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), argv.get(0));
    assertTrue(
        argv.contains("-Xlog:disable") && argv.contains("-Xlog:all=warning:stderr"),
        argv.toString());
    // The launcher's flags that keep stdout clean, start-up short and the heap small (see
    // bin/startgate), in the image as in the launcher.
    String launcher = Files.readString(Path.of("bin/startgate"));
    for (String flag :
        List.of(
            "-XX:+DisplayVMOutputToStderr",
            "-XX:-UsePerfData",
            "-XX:ErrorFile=/tmp/startgate_hs_err_pid%p.log",
            "-XX:TieredStopAtLevel=1",
            "-XX:Tier3BackEdgeThreshold=2000",
            "-XX:+UseSerialGC",
            "-Xmn32m",
            "-XX:MaxTenuringThreshold=0",
            "-XX:+UseTransparentHugePages",
            "-Xlog:pagesize=error:stderr")) {
      assertTrue(argv.contains(flag), flag + " in " + argv);
      assertTrue(launcher.contains(flag), "bin/startgate runs with " + flag);
      assertTrue(archiveStep().contains(" " + flag + " "), "training runs with " + flag);
    }
    return argv;
  }

  private String archiveStep() {
    return instructions.stream()
        .filter(i -> i.startsWith("RUN ") && i.contains("-XX:ArchiveClassesAtExit="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no RUN step makes a class-data archive"));
  }

  private String local(String s) {
    // The image's jlinked runtime (RUNTIME/bin/java) is this JVM here.
    return s.replace("/app/", app + "/")
        .replace(
            RUNTIME + "/bin/java",
            Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private String last(String prefix) {
    List<String> found = instructions.stream().filter(i -> i.startsWith(prefix)).toList();
    assertFalse(found.isEmpty(), "no " + prefix.strip());
    return found.get(found.size() - 1);
  }

  /** Instructions with continuation lines joined and comments left out. */
  static List<String> instructions(String dockerfile) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.split("\n")) {
      String stripped = line.strip();
      if (stripped.startsWith("#") || (stripped.isEmpty() && current.length() == 0)) {
        continue;
      }
      boolean more = stripped.endsWith("\\");
      current.append(more ? stripped.substring(0, stripped.length() - 1).strip() + " " : stripped);
      if (!more) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    return out;
  }
}
