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
 * The Dockerfile, as far as it can be checked without a Docker engine: it lints, its runtime
 * stage runs as a numeric non-root user, and its archive step and ENTRYPOINT, run as written
 * against the packaged jar laid out as in the image, give exactly the output the golden tests
 * expect, JVM warnings on stderr only, also with a stale archive.
 */
class DockerfileIT {
  static final Path DOCKERFILE = Path.of("Dockerfile");
  static final String EMPTY_LIST = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n";
  static final Path TRAINING = Path.of("testdata/stream-job-tcp-http/input.yaml");

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
  void multiStageWithANumericNonRootUser() {
    List<String> froms = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
    assertTrue(froms.size() >= 2, "multi-stage: " + froms);
    assertTrue(froms.get(0).matches("FROM maven:\\S+ AS build"), froms.get(0));
    assertTrue(froms.get(froms.size() - 1).matches("FROM eclipse-temurin:\\d+-jre"), froms.toString());
    String user = last("USER ");
    assertTrue(user.matches("USER [1-9]\\d*(:[1-9]\\d*)?"), user);
    int runtime = instructions.indexOf(froms.get(froms.size() - 1));
    assertTrue(instructions.indexOf(user) > runtime, "USER in the runtime stage");
    assertTrue(instructions.indexOf(archiveStep()) > instructions.indexOf("COPY --from=build /app /app"),
        "the archive is made after the jar is copied, in the same stage");
  }

  @Test
  void entrypointGivesTheGoldenOutputWithWarningsOnStderrOnly() throws Exception {
    Proc.Outcome archive = Exec.run(tmp, Map.of(), "sh", "-c", local(archiveStep().substring(4)));
    assertEquals(0, archive.code(), archive.out() + archive.err());
    assertEquals("", archive.out());
    assertTrue(Files.size(app.resolve("startgate.jsa")) > 0);
    assertFalse(Files.exists(app.resolve("training.yaml")));

    String input = Files.readString(TRAINING);
    String expected = Files.readString(Path.of("testdata/stream-job-tcp-http/expected.yaml"));
    assertEquals(expected, InProcess.run(List.of(), input.getBytes(StandardCharsets.UTF_8)).out(), "what the golden test runs");
    Proc.Outcome run = Proc.run(tmp, input, 60, Map.of(), entrypoint());
    assertEquals(0, run.code(), run.err());
    assertEquals(expected, run.out());
    assertEquals("", run.err(), "a fresh archive is used silently");

    // A jar that changed after the archive was made: the JVM refuses the archive; the output
    // is the same and any warning goes to stderr.
    Files.setLastModifiedTime(app.resolve("startgate.jar"), FileTime.fromMillis(0));
    Proc.Outcome stale = Proc.run(tmp, input, 60, Map.of(), entrypoint());
    assertEquals(0, stale.code(), stale.err());
    assertEquals(expected, stale.out());

    // KRM mode through the same command line.
    String list = InProcess.run(List.of(), EMPTY_LIST.getBytes(StandardCharsets.UTF_8)).out();
    Proc.Outcome krm =
        Proc.run(tmp, EMPTY_LIST, 60, Map.of(), entrypoint());
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
    assertEquals("java", argv.get(0));
    argv.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertTrue(argv.contains("-Xlog:disable") && argv.contains("-Xlog:all=warning:stderr"), argv.toString());
    return argv;
  }

  private String archiveStep() {
    return instructions.stream()
        .filter(i -> i.startsWith("RUN ") && i.contains("-XX:ArchiveClassesAtExit="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no RUN step makes a class-data archive"));
  }

  private String local(String s) {
    return s.replace("/app/", app + "/").replace("java ", Path.of(System.getProperty("java.home"), "bin", "java") + " ");
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
