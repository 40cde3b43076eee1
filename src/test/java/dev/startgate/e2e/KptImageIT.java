package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.containers.Podman;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The function image as kpt runs it ({@code KPT_FN_RUNTIME=podman}: {@code --network none}, {@code
 * --user nobody}): built by {@code bin/build-image} from this build's jar, then every kpt example
 * package under {@code examples/} through {@code kpt fn eval --image} and {@code kpt fn render}
 * with {@code image:} in its Kptfile, each run twice, byte for byte what {@code --exec
 * bin/startgate} writes.
 */
class KptImageIT {
  static final Path EXAMPLES = Path.of("examples");
  static final String BIN = Path.of("bin/startgate").toAbsolutePath().toString();
  static final String IMAGE = Podman.FUNCTION_IMAGE;
  static final Map<String, String> PODMAN = Map.of("KPT_FN_RUNTIME", "podman");

  @TempDir Path tmp;

  @BeforeAll
  static void buildImage() throws Exception {
    Podman.buildFunctionImage();
  }

  @Test
  void imageRunsAsNobodyWithoutNetworkAndHasNoShell() throws Exception {
    Proc.Outcome inspect =
        Podman.run(
            60,
            null,
            List.of(
                "image",
                "inspect",
                "--format",
                "{{.Config.User}} {{index .Config.Labels \"org.opencontainers.image.version\"}}",
                IMAGE));
    assertEquals(0, inspect.code(), inspect.err());
    assertTrue(inspect.out().startsWith("65532:65532 "), inspect.out());
    assertFalse(inspect.out().contains("<no value>"), "OCI version label: " + inspect.out());
    Proc.Outcome shell =
        Podman.run(
            60,
            null,
            List.of("run", "--rm", "--network", "none", "--entrypoint", "/bin/sh", IMAGE));
    assertTrue(shell.code() != 0, "the runtime stage has no shell");
  }

  /** metadata.yaml (the kpt catalog's format) names the image and every kpt example. */
  @Test
  void metadataNamesTheImageAndEveryExample() throws Exception {
    String metadata = Files.readString(Path.of("metadata.yaml"));
    for (String field : List.of("image: ", "description: ", "tags:", "sourceURL: ", "license: ")) {
      assertTrue(metadata.contains("\n" + field) || metadata.startsWith(field), field);
    }
    for (Path example : kptExamples()) {
      assertTrue(
          metadata.contains("/tree/main/examples/" + example.getFileName() + "\n"),
          "examplePackageURLs: " + example);
    }
  }

  @TestFactory
  Stream<DynamicTest> evalWithTheImageWritesWhatExecWrites() throws IOException {
    return kptExamples().stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> eval(d)));
  }

  @TestFactory
  Stream<DynamicTest> renderWithImageInTheKptfileWritesWhatExecWrites() throws IOException {
    return kptExamples().stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> render(d)));
  }

  private void eval(Path example) throws Exception {
    Path work = Files.createDirectories(tmp.resolve(example.getFileName()));
    copy(example, work.resolve("exec"));
    copy(example, work.resolve("image"));
    String fnConfig = fnConfig(example);
    kpt(work, Map.of(), evalCommand("exec", "--exec", BIN, fnConfig));
    kpt(work, PODMAN, evalCommand("image", "--image", IMAGE, fnConfig));
    Map<String, String> byExec = tree(work.resolve("exec"));
    assertEquals(byExec, tree(work.resolve("image")), example + ": --image against --exec");
    assertTrue(byExec.values().stream().anyMatch(s -> s.contains("- name: startgate-")), "gated");
    kpt(work, PODMAN, evalCommand("image", "--image", IMAGE, fnConfig));
    assertEquals(byExec, tree(work.resolve("image")), example + ": a second --image run");
  }

  private void render(Path example) throws Exception {
    Path work = Files.createDirectories(tmp.resolve(example.getFileName()));
    String fnConfig = fnConfig(example);
    String config = fnConfig == null ? "" : "\n    configPath: " + fnConfig;
    copy(example, work.resolve("exec"));
    copy(example, work.resolve("image"));
    pipeline(work.resolve("exec"), "exec: \"" + BIN + "\"" + config);
    pipeline(work.resolve("image"), "image: " + IMAGE + config);
    kpt(work, Map.of(), List.of("kpt", "fn", "render", "exec", "--allow-exec"));
    kpt(work, PODMAN, List.of("kpt", "fn", "render", "image"));
    Map<String, String> byExec = tree(work.resolve("exec"));
    byExec.replaceAll((file, text) -> text.replace("exec: \"" + BIN + "\"", "image: " + IMAGE));
    assertEquals(byExec, tree(work.resolve("image")), example + ": render with image:");
    kpt(work, PODMAN, List.of("kpt", "fn", "render", "image"));
    assertEquals(byExec, tree(work.resolve("image")), example + ": a second render");
  }

  /** What a run costs: {@code --image} against {@code --exec} (docs/performance.md). */
  @Test
  void perRunTimeOfImageAgainstExec() throws Exception {
    Path example = EXAMPLES.resolve("basic");
    copy(example, tmp.resolve("exec"));
    copy(example, tmp.resolve("image"));
    kpt(tmp, Map.of(), evalCommand("exec", "--exec", BIN, null)); // the launcher's archive
    long exec = 0;
    long image = 0;
    int runs = 5;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      kpt(tmp, Map.of(), evalCommand("exec", "--exec", BIN, null));
      long t1 = System.nanoTime();
      kpt(tmp, PODMAN, evalCommand("image", "--image", IMAGE, null));
      long t2 = System.nanoTime();
      exec += t1 - t0;
      image += t2 - t1;
    }
    String line =
        String.format(
            "kpt fn eval examples/basic, mean of %d runs: --exec %d ms, --image %d ms%n",
            runs, exec / runs / 1_000_000, image / runs / 1_000_000);
    Files.writeString(Path.of("target/kpt-image-timing.txt"), line, StandardCharsets.UTF_8);
    System.err.print(line);
    // A bound that only a broken image (a pull attempt, a JVM without its archive under load)
    // would break: a run is about a second here.
    assertTrue(image / runs < 20_000_000_000L, line);
  }

  private static List<String> evalCommand(String dir, String how, String fn, String fnConfig) {
    List<String> command = new ArrayList<>(List.of("kpt", "fn", "eval", dir, how, fn));
    if (fnConfig != null) {
      command.addAll(List.of("--fn-config", dir + "/" + fnConfig));
    }
    return command;
  }

  private static void kpt(Path dir, Map<String, String> env, List<String> command)
      throws Exception {
    Proc.Outcome run = Proc.run(dir, null, 180, env, command);
    assertEquals(0, run.code(), command + ":\n" + run.out() + run.err());
  }

  /** Appends a pipeline with one mutator to the package's Kptfile. */
  private static void pipeline(Path pkg, String mutator) throws IOException {
    Path kptfile = pkg.resolve("Kptfile");
    String text = Files.readString(kptfile);
    assertFalse(text.contains("pipeline:"), kptfile + " has a pipeline already");
    Files.writeString(kptfile, text + "pipeline:\n  mutators:\n  - " + mutator + "\n");
  }

  /** The kpt examples (a Kptfile), at least the four the README names. */
  private static List<Path> kptExamples() throws IOException {
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      List<Path> dirs = list.filter(d -> Files.exists(d.resolve("Kptfile"))).sorted().toList();
      assertTrue(dirs.size() >= 4, "kpt examples: " + dirs);
      return dirs;
    }
  }

  /** The example's {@code fnConfig} (from .expected/config.yaml), or null. */
  private static String fnConfig(Path example) throws IOException {
    for (String line : Files.readAllLines(example.resolve(".expected/config.yaml"))) {
      if (line.startsWith("fnConfig: ")) {
        return line.substring("fnConfig: ".length()).strip();
      }
    }
    return null;
  }

  /** Every file of a package (relative path to text), the function's folder left out. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted().toList()) {
        String rel = from.relativize(p).toString();
        if (rel.startsWith(".expected")) {
          continue;
        }
        Path target = to.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
