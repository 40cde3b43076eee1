package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.startgate.function.Analysis;
import dev.startgate.function.Outcome;
import dev.startgate.function.Source;
import dev.startgate.function.StartGate;
import dev.startgate.model.Result;
import dev.startgate.testing.InProcess;
import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code startgate explain} and a run agree on every golden case under {@code testdata/} (the
 * {@code hostile-*} cases included): the same results (severity, resource, field, message, in
 * order) from the function the CLI calls in each mode, and the same exit code from the CLI itself,
 * in-process. Before they shared one analysis, explain stopped after planning and missed what
 * rendering decides: a Job without a namespace waiting on {@code deployment/api} exited 0 under
 * explain and 1 in a run ({@code kube-error-no-namespace}), and a {@code phase} under {@code
 * orchestrator: none} lost its warning ({@code phase-without-orchestrator}).
 */
class ExplainAgreesWithRunTest {
  /** What a result says, without where its text sits. */
  private record Said(String severity, String resource, String field, String message) {
    static Said of(Result r) {
      return new Said(
          r.severity().wire(),
          r.resource() == null ? null : r.resource().toString(),
          r.field(),
          r.message());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenCase() throws IOException {
    return eachCaseWith("input.yaml", ExplainAgreesWithRunTest::check);
  }

  /** A test of each golden case that has {@code file}, by {@code test}. */
  private static Stream<DynamicTest> eachCaseWith(String file, Check test) throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(GoldenTest.ROOT)) {
      dirs.filter(d -> Files.exists(d.resolve(file))).sorted().forEach(cases::add);
    }
    assertFalse(cases.isEmpty(), "no golden case found under " + GoldenTest.ROOT.toAbsolutePath());
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> test.check(c)));
  }

  private interface Check {
    void check(Path dir) throws IOException;
  }

  private static void check(Path dir) throws IOException {
    byte[] input = Files.readAllBytes(dir.resolve("input.yaml"));
    List<String> args = GoldenTest.args(dir);
    // The exit codes, from the CLI as users run it.
    InProcess.Run run = InProcess.run(args, input);
    List<String> explainArgs = new ArrayList<>(List.of("explain", "--format", "json"));
    explainArgs.addAll(args);
    explainArgs.add("-");
    InProcess.Run explain = InProcess.run(explainArgs, input);
    assertEquals(
        run.code(),
        explain.code(),
        dir
            + ": exit code of explain\nrun stderr:\n"
            + run.err()
            + "explain stderr:\n"
            + explain.err());
    // The results, from the entry points FunctionRunner and ExplainCommand call (stdin, no name).
    Path configFile = dir.resolve("config.yaml");
    if (!Files.exists(configFile)) {
      configFile = null;
    }
    if (!isUtf8(input) || (configFile != null && !isUtf8(Files.readAllBytes(configFile)))) {
      return; // Not UTF-8: both modes stop before reading it, as the exit codes above show.
    }
    String config =
        configFile == null ? null : Files.readString(configFile, StandardCharsets.UTF_8);
    String text = new String(input, StandardCharsets.UTF_8);
    Outcome outcome = new StartGate(YamlLimits.DEFAULT, List.of(), null).run(text, config);
    Analysis analysis =
        new StartGate(YamlLimits.DEFAULT, List.of(), null)
            .analyze(List.of(new Source(null, text)), config);
    assertEquals(said(outcome.results()), said(analysis.results()), dir + ": results of explain");
  }

  /**
   * {@code explain} of a run's own output shows nothing to undo (README "explain"): {@code move},
   * {@code unannotate}, {@code ungate}, {@code unaccount} and {@code remove} appear only while
   * there is something to move or remove, and a second run changes nothing. It showed {@code
   * unaccount} on the when-ready server's generated Deployment, which no run touches.
   */
  @TestFactory
  Stream<DynamicTest> explainOfARunsOutputShowsNothingToUndo() throws IOException {
    return eachCaseWith("expected.yaml", ExplainAgreesWithRunTest::nothingToUndo);
  }

  private static void nothingToUndo(Path dir) throws IOException {
    List<String> args = GoldenTest.args(dir);
    byte[] output = Files.readAllBytes(dir.resolve("expected.yaml"));
    if (InProcess.run(args, Files.readAllBytes(dir.resolve("input.yaml"))).code() != 0) {
      return; // Items given back as they came, with error results: nothing was done.
    }
    List<String> explainArgs = new ArrayList<>(List.of("explain", "--format", "json"));
    explainArgs.addAll(args);
    explainArgs.add("-");
    InProcess.Run explain = InProcess.run(explainArgs, output);
    JsonNode changes = new JsonMapper().readTree(explain.out()).path("changes");
    List<String> undone = new ArrayList<>();
    for (JsonNode c : changes) {
      String change = c.path("change").asString();
      if (List.of("move", "unannotate", "ungate", "unaccount", "remove").contains(change)) {
        undone.add(c.path("object").asString() + ": " + change + " " + c.path("detail").asString());
      }
    }
    assertEquals(List.of(), undone, dir + ": explain of the run's output");
  }

  private static boolean isUtf8(byte[] bytes) {
    return java.util.Arrays.equals(
        new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), bytes);
  }

  private static List<Said> said(List<Result> results) {
    return results.stream().map(Said::of).toList();
  }
}
