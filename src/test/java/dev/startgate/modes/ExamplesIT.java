package dev.startgate.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every package under {@code examples/} run the way its {@code .expected/config.yaml} says, like
 * the kpt functions catalog runs its examples: {@code runner: kpt} runs {@code kpt fn eval --exec
 * bin/startgate} (with {@code fnConfig} as {@code --fn-config}) on a copy and compares {@code diff
 * -ruN} with {@code .expected/diff.patch} and kpt's results with {@code .expected/results.yaml};
 * {@code runner: stream} pipes {@code input} through {@code bin/startgate args} and compares the
 * diff and stderr ({@code .expected/stderr.txt}). Every example runs twice; the second run must
 * change nothing. {@code -Dstartgate.update=true} rewrites {@code .expected/} and fails.
 */
class ExamplesIT {
  static final Path EXAMPLES = Path.of("examples");
  static final Path BIN = Path.of("bin/startgate").toAbsolutePath();
  static final boolean UPDATE = Boolean.getBoolean("startgate.update");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> examples() throws IOException {
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      list.filter(Files::isDirectory).sorted().forEach(dirs::add);
    }
    // An example without .expected/config.yaml would silently not be run: that is an error.
    List<Path> unrun =
        dirs.stream().filter(d -> !Files.exists(d.resolve(".expected/config.yaml"))).toList();
    assertEquals(List.of(), unrun, "examples without .expected/config.yaml");
    assertFalse(dirs.size() < 5, "examples: " + dirs);
    return dirs.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
  }

  @Test
  void passesAfterTheQuickStartGatedTheExampleInPlace() throws Exception {
    // README: `kpt fn eval examples/basic --exec bin/startgate` rewrites the package in place; a
    // following `mvn verify` must still pass. Here on a copy of the example.
    Path example = copyPackage(EXAMPLES.resolve("basic"), tmp.resolve("checkout/basic"), true);
    Proc.Outcome run =
        Proc.run(
            tmp,
            null,
            120,
            Map.of(),
            List.of("kpt", "fn", "eval", example.toString(), "--exec", BIN.toString()));
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(
        Files.readString(example.resolve("jobs.yaml")).contains("- name: startgate-"),
        "the quick start gates the example in place");
    if (!UPDATE) {
      check(example);
    }
  }

  private void check(Path example) throws Exception {
    JsonNode config = new YAMLMapper().readTree(read(example.resolve(".expected/config.yaml")));
    String runner = config.get("runner").asString();
    Path work = Files.createDirectories(tmp.resolve(example.getFileName()));
    Map<String, String> actual =
        switch (runner) {
          case "kpt" -> kpt(example, config, work);
          case "stream" -> stream(example, config, work);
          default -> throw new AssertionError("unknown runner " + runner);
        };
    for (Map.Entry<String, String> e : actual.entrySet()) {
      Path expected = example.resolve(".expected").resolve(e.getKey());
      if (UPDATE) {
        Files.writeString(expected, e.getValue(), StandardCharsets.UTF_8);
      } else {
        assertEquals(read(expected), e.getValue(), expected.toString());
      }
    }
    if (UPDATE) {
      fail(
          "updated "
              + example
              + "/.expected; read the diff, then run again without -Dstartgate.update");
    }
  }

  private Map<String, String> kpt(Path example, JsonNode config, Path work) throws Exception {
    Path input = pristine(example, work);
    copyPackage(input, work.resolve("a"));
    copyPackage(input, work.resolve("b"));
    List<String> command =
        new ArrayList<>(List.of("kpt", "fn", "eval", "b", "--exec", BIN.toString()));
    if (config.has("fnConfig")) {
      command.addAll(List.of("--fn-config", "b/" + config.get("fnConfig").asString()));
    }
    command.addAll(List.of("--results-dir", "results"));
    Proc.Outcome first = Proc.run(work, null, 120, Map.of(), command);
    assertEquals(0, first.code(), first.out() + first.err());
    String results =
        read(work.resolve("results/results.yaml")).replace(BIN.toString(), "bin/startgate");
    String patch = diff(work, "a", "b");

    Proc.Outcome second = Proc.run(work, null, 120, Map.of(), command);
    assertEquals(0, second.code(), second.err());
    assertEquals(patch, diff(work, "a", "b"), "a second run changes nothing");
    return Map.of("diff.patch", patch, "results.yaml", results);
  }

  private Map<String, String> stream(Path example, JsonNode config, Path work) throws Exception {
    String inputName = config.get("input").asString();
    List<String> command = new ArrayList<>(List.of(BIN.toString()));
    config.get("args").forEach(a -> command.add(a.asString()));
    String input = read(example.resolve(inputName));
    Proc.Outcome first = Proc.run(example, input, 60, Map.of(), command);
    assertEquals(0, first.code(), first.err());
    Files.writeString(work.resolve("before.yaml"), input);
    Files.writeString(work.resolve("after.yaml"), first.out());
    Proc.Outcome diff =
        Proc.run(
            work,
            null,
            60,
            Map.of(),
            List.of(
                "diff",
                "-u",
                "--label",
                "a/" + inputName,
                "--label",
                "b/" + inputName,
                "before.yaml",
                "after.yaml"));
    Proc.Outcome second = Proc.run(example, first.out(), 60, Map.of(), command);
    assertEquals(first.out(), second.out(), "a second run changes nothing");
    return Map.of("diff.patch", diff.out(), "stderr.txt", first.err());
  }

  /**
   * The example as committed. {@code kpt fn eval examples/X --exec bin/startgate} (the README's
   * quick start) rewrites it in place; the test must not depend on that. A package that holds
   * startgate's output already is taken back to its input by applying {@code .expected/diff.patch}
   * in reverse (which only succeeds on exactly that output); any other package is the input as it
   * is, edits included.
   */
  private static Path pristine(Path example, Path work) throws Exception {
    Path patch = example.resolve(".expected/diff.patch").toAbsolutePath();
    if (read(patch).isEmpty()) {
      return example;
    }
    Path reverted = copyPackage(example, work.resolve("reverted"));
    Proc.Outcome reverse =
        Proc.run(
            reverted,
            null,
            60,
            Map.of(),
            List.of(
                "patch",
                "-R",
                "-p1",
                "-E",
                "-f",
                "-s",
                "--no-backup-if-mismatch",
                "-i",
                patch.toString()));
    return reverse.code() == 0 ? reverted : example;
  }

  /** {@code diff -ruN} of two folders under {@code work}, without the timestamps. */
  private static String diff(Path work, String a, String b) throws Exception {
    Proc.Outcome d = Proc.run(work, null, 60, Map.of(), List.of("diff", "-ruN", a, b));
    return d.out().replaceAll("(?m)^((?:---|\\+\\+\\+) \\S+)\\t.*$", "$1");
  }

  private static Path copyPackage(Path from, Path to) throws IOException {
    return copyPackage(from, to, false);
  }

  private static Path copyPackage(Path from, Path to, boolean expected) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted().toList()) {
        Path rel = from.relativize(p);
        if (!expected && rel.toString().startsWith(".expected")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}
