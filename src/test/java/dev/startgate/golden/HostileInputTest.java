package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.testing.InProcess;
import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Hostile and malformed input. The {@code testdata/hostile-*} folders are ordinary golden cases
 * (exact stdout and stderr, checked by {@link GoldenTest}); this class adds the rules every case
 * must keep whatever its expected files say, so a regenerated golden file cannot quietly accept a
 * crash: no stack trace or internal error, exit 1 exactly with an error result, no output at all
 * from a failed stream, and a failed ResourceList comes back with its items unchanged. It also runs
 * the inputs that are too large to keep as files, with limits built in-process where it can.
 */
class HostileInputTest {
  private static final Pattern CRASH =
      Pattern.compile("\\tat |Exception\\b|StackOverflowError|OutOfMemoryError|internal error");
  private static final Duration FAST = Duration.ofSeconds(20);

  @TestFactory
  Stream<DynamicTest> everyGoldenCaseFailsCleanly() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(GoldenTest.ROOT)) {
      dirs.filter(d -> Files.exists(d.resolve("input.yaml"))).sorted().forEach(cases::add);
    }
    assertTrue(
        cases.stream().filter(c -> c.getFileName().toString().startsWith("hostile-")).count() >= 40,
        "expected at least 40 hostile-* cases under testdata/");
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> checkCase(c)));
  }

  private static void checkCase(Path dir) throws IOException {
    byte[] input = Files.readAllBytes(dir.resolve("input.yaml"));
    InProcess.Run run = InProcess.run(GoldenTest.args(dir), input);
    assertClean(run, new String(input, StandardCharsets.UTF_8));
  }

  /** The rules every run keeps, whatever its input. */
  static void assertClean(InProcess.Run run, String input) {
    assertFalse(CRASH.matcher(run.err()).find(), "crash on stderr:\n" + run.err());
    assertFalse(CRASH.matcher(run.out()).find() && !CRASH.matcher(input).find(), "crash on stdout");
    boolean resourceList = run.out().contains("kind: ResourceList");
    boolean error =
        run.err().contains("[error]") || (resourceList && run.out().contains("severity: error"));
    assertEquals(error ? 1 : 0, run.code(), "exit code; stderr:\n" + run.err());
    if (error && !resourceList) {
      assertEquals("", run.out(), "a failed stream must write nothing");
    }
    if (error && resourceList) {
      assertEquals(items(input), items(run.out()), "a failed ResourceList keeps its items");
      String before =
          input.contains("\nresults:") ? input.substring(0, input.indexOf("\nresults:")) : input;
      assertTrue(
          run.out().startsWith(before), "a failed ResourceList keeps its text before results");
    }
  }

  private static Object items(String text) {
    Object root = new Load(LoadSettings.builder().build()).loadFromString(text);
    return root instanceof Map<?, ?> m ? m.get("items") : null;
  }

  @Test
  void anEmojiOnSnakeyamlsBufferEdgePassesThrough() {
    // snakeyaml-engine reads a pair's second half past its buffer when a read ends on the first
    // (review CO): the anchor sends the document to it, the emoji falls on a 64 Ki edge.
    String head =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\n  labels: {a: &x one}\n"
            + "data:\n  b: *x\n  pad: \"";
    for (int at : new int[] {1 << 16, (1 << 16) - 1, (1 << 16) + 1, 1 << 17}) {
      String text = head + "x".repeat(at - head.length()) + "\uD83D\uDE00\"\n";
      for (String input : List.of(text, text + "---\n" + text.replace("big", "big2"))) {
        InProcess.Run run = InProcess.run(List.of(), input.getBytes(StandardCharsets.UTF_8));
        assertEquals("", run.err(), "emoji at " + at);
        assertEquals(0, run.code());
        assertEquals(input, run.out());
      }
    }
  }

  @Test
  void inputOverTheSizeLimitIsRejectedBeforeItIsRead() {
    byte[] big = new byte[YamlLimits.DEFAULT.maxInputChars() + 1];
    Arrays.fill(big, (byte) '#');
    InProcess.Run run = assertTimeoutPreemptively(FAST, () -> InProcess.run(List.of(), big));
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertEquals(
        "[error] input is larger than 64 MiB; run startgate on smaller parts\n", run.err());
  }

  @Test
  void documentOverAnInProcessLimitIsAnErrorAndOneAtTheLimitPasses() {
    String doc = "a: " + "x".repeat(996) + "\n";
    assertEquals(1000, doc.length());
    StartGate small = new StartGate(new YamlLimits(1000, 100, 50));
    Outcome at = small.run(doc, null);
    assertFalse(at.failed(), at.results().toString());
    assertEquals(doc, at.output());
    Outcome over = small.run(doc + "#", null);
    assertTrue(over.failed());
    assertEquals(null, over.output());
    assertTrue(
        over.results().get(0).message().contains("1001 characters, more than the limit of 1000"),
        over.results().toString());
  }

  @Test
  void nestingTwoHundredThousandLevelsIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    String err = refused(deep);
    assertTrue(err.contains("nesting deeper than 100 levels"), err);
  }

  @Test
  void aMappingWithAHundredThousandKeysIsFast() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      b.append('k').append(i).append(": v\n");
    }
    // The duplicate-key check was quadratic: 50,000 keys took 10 s.
    InProcess.Run run = assertTimeoutPreemptively(FAST, () -> stream(b.toString()));
    assertEquals(0, run.code(), run.err());
    assertEquals(b.toString(), run.out());
  }

  @Test
  void anEightMegabyteTokenIsFast() {
    String text = "a: " + "x".repeat(8_000_000) + "\n";
    // snakeyaml-engine's 1 KiB default buffer made this take 40 s.
    InProcess.Run run = assertTimeoutPreemptively(FAST, () -> stream(text));
    assertEquals(0, run.code(), run.err());
    assertEquals(text.length(), run.out().length());
  }

  @Test
  void aHundredThousandEmptyDocumentsPassThrough() {
    String text = "---\n".repeat(100_000);
    InProcess.Run run = assertTimeoutPreemptively(FAST, () -> stream(text));
    assertEquals(0, run.code(), run.err());
    assertEquals(text, run.out());
  }

  @Test
  void aHundredThousandTargetsAreRejectedWithoutBuildingThem() {
    String targets = "tcp://db:1,".repeat(100_000);
    String err = refused(job("j", targets));
    assertTrue(err.contains("more than the limit of 100 per workload"), err);
  }

  @Test
  void moreGatesThanOneRunMayAddIsAnError() {
    StringBuilder b = new StringBuilder();
    List<String> targets = new ArrayList<>();
    for (int t = 1; t <= 100; t++) {
      targets.add("tcp://db:" + t);
    }
    int jobs = StartGate.MAX_GATES / 100 + 1;
    for (int j = 0; j < jobs; j++) {
      b.append("---\n").append(job("j" + j, String.join(",", targets)));
    }
    String err = refused(b.toString());
    assertEquals(
        "[error] the input asks for 30100 gates, more than the limit of 30000 in one run; run"
            + " startgate on smaller parts\n",
        err);
  }

  @Test
  void moreGatedWorkloadsThanOneRunMayGateIsAnError() {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j <= StartGate.MAX_GATED_WORKLOADS; j++) {
      b.append("---\n").append(job("j" + j, "tcp://db:5432"));
    }
    String err = refused(b.toString());
    assertEquals(
        "[error] the input asks for gates in 10001 workloads, more than the limit of 10000 in one"
            + " run; run startgate on smaller parts\n",
        err);
  }

  @Test
  void asManyWorkloadsAndGatesAsOneRunMayAddAreGated() {
    // 10,000 Jobs with three targets each: a large generated input with a gated Job per resource.
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < StartGate.MAX_GATED_WORKLOADS; j++) {
      b.append("---\n").append(job("j" + j, "tcp://db:5432,http://api/healthz,tcp://mq:5672"));
    }
    assertEquals(StartGate.MAX_GATES, 3 * StartGate.MAX_GATED_WORKLOADS);
    InProcess.Run run = assertTimeoutPreemptively(FAST, () -> stream(b.toString()));
    assertEquals(0, run.code(), run.err());
    assertEquals(
        StartGate.MAX_GATED_WORKLOADS,
        run.out().split("- name: startgate-network\n", -1).length - 1);
  }

  @Test
  void aConfigFileOverTheSizeLimitIsAnError(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    Path config = tmp.resolve("big.yaml");
    byte[] big = new byte[YamlLimits.DEFAULT.maxInputChars() + 1];
    Arrays.fill(big, (byte) '#');
    Files.write(config, big);
    InProcess.Run run =
        InProcess.run(List.of("--config", config.toString()), job("j", "tcp://db:1").getBytes());
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .contains(
                "is larger than 64 MiB; a config holds a few rules: is this the input rather than"
                    + " the config file?"),
        run.err());
  }

  /** A config beyond the parser's limits is written out plainly: it is not left out of a run. */
  @Test
  void aConfigFileBeyondTheLimitsSaysToWriteItOut(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    String head = "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: c}\n";
    Path deep = tmp.resolve("deep.yaml");
    Files.writeString(deep, head + "x: " + "[".repeat(150) + "]".repeat(150) + "\n");
    Path aliases = tmp.resolve("aliases.yaml");
    Files.writeString(
        aliases, head + "a: &a x\nb: [" + String.join(", ", Collections.nCopies(60, "*a")) + "]\n");
    for (Path config : List.of(deep, aliases)) {
      InProcess.Run run =
          InProcess.run(List.of("--config", config.toString()), job("j", "tcp://db:1").getBytes());
      assertEquals(1, run.code(), run.err());
      assertTrue(run.err().contains("the --config file is beyond startgate's limits"), run.err());
      assertFalse(run.err().contains("leave this file out"), run.err());
    }
  }

  @Test
  void explainAndRewriteWordAFileThatIsNotUtf8Alike(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    Path file = tmp.resolve("bad.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    InProcess.Run explain = InProcess.run(List.of("explain", file.toString()), new byte[0]);
    InProcess.Run rewrite = InProcess.run(List.of("rewrite", file.toString()), new byte[0]);
    assertEquals(1, explain.code());
    assertTrue(
        explain.err().startsWith("[error] " + file + ": not valid UTF-8 at line 1"), explain.err());
    assertTrue(rewrite.err().startsWith(explain.err()), rewrite.err());
  }

  @Test
  void explainAndRewriteReadFilesOverTheSizeLimitNoFurther(
      @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("big.yaml");
    byte[] big = new byte[YamlLimits.DEFAULT.maxInputChars() + 1];
    Arrays.fill(big, (byte) '#');
    Files.write(file, big);
    InProcess.Run explain = InProcess.run(List.of("explain", file.toString()), new byte[0]);
    assertEquals(1, explain.code());
    assertEquals("", explain.out());
    // A file's error is worded as rewrite words it.
    assertEquals("[error] " + file + ": larger than 64 MiB; split the file\n", explain.err());
    InProcess.Run explainStdin = InProcess.run(List.of("explain"), big);
    assertEquals(1, explainStdin.code());
    assertTrue(explainStdin.err().contains("input is larger than 64 MiB"), explainStdin.err());
    InProcess.Run rewrite = InProcess.run(List.of("rewrite", file.toString()), new byte[0]);
    assertEquals(1, rewrite.code());
    assertTrue(rewrite.err().startsWith(explain.err()), rewrite.err());
    assertTrue(Arrays.equals(big, Files.readAllBytes(file)), "the file is left as it was");
  }

  /**
   * Jobs {@code j0..j(n-1)} in namespace ns, each waiting for the next; the last for {@code last}.
   */
  private static String jobChain(int n, String last) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String target = i + 1 < n ? "job/j" + (i + 1) : last;
      b.append(i == 0 ? "" : "---\n")
          .append("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j")
          .append(i)
          .append("\n  namespace: ns\n");
      if (target != null) {
        b.append("  annotations:\n    startgate.dev/wait-for: ").append(target).append('\n');
      }
      b.append(
          "spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
              + "      - {name: c, image: busybox}\n");
    }
    return b.toString();
  }

  /** Long enough for the call stack of a recursive walk (about 6,000 overflowed), a loaded host. */
  private static final Duration CHAIN = Duration.ofSeconds(180);

  @Test
  void aChainOfEightThousandJobsIsPlannedInRunAndExplain() {
    String chain = jobChain(8_000, null);
    // Not stream(): this test runs explain itself, and each pass over 8,000 Jobs is slow.
    InProcess.Run run =
        assertTimeoutPreemptively(
            CHAIN, () -> InProcess.run(List.of(), chain.getBytes(StandardCharsets.UTF_8)));
    assertClean(run, chain);
    assertEquals(0, run.code(), run.err());
    // One Kubernetes gate container per gated Job.
    assertEquals(7_999, run.out().split("- name: startgate-kubernetes\n", -1).length - 1);
    InProcess.Run explain =
        assertTimeoutPreemptively(
            CHAIN,
            () ->
                InProcess.run(
                    List.of("explain", "--format", "json"),
                    chain.getBytes(StandardCharsets.UTF_8)));
    assertFalse(CRASH.matcher(explain.err()).find(), explain.err());
    assertEquals(0, explain.code(), explain.err());
    assertTrue(explain.out().contains("\"job/j7999\""), explain.out().substring(0, 200));
  }

  @Test
  void aChainOfFiftyThousandJobsIsAnErrorNotAStackOverflow() {
    String chain = jobChain(50_000, null);
    for (List<String> args : List.of(List.<String>of(), List.of("explain"))) {
      InProcess.Run run =
          assertTimeoutPreemptively(
              CHAIN, () -> InProcess.run(args, chain.getBytes(StandardCharsets.UTF_8)));
      assertFalse(CRASH.matcher(run.err()).find(), run.err());
      assertEquals(1, run.code(), args + run.err());
      assertTrue(
          run.err().contains("gates in 49999 workloads, more than the limit of 10000"),
          args + run.err());
    }
  }

  @Test
  void aCycleThroughFiftyThousandJobsIsReportedOnOneLine() {
    String chain = jobChain(50_000, "job/j0");
    InProcess.Run run = assertTimeoutPreemptively(CHAIN, () -> stream(chain));
    assertEquals(1, run.code());
    String cycle =
        run.err()
            .lines()
            .filter(l -> l.contains("dependency cycle"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(run.err()));
    assertTrue(
        cycle.contains(
            "dependency cycle: Job j0 -> Job j1 -> Job j2 -> Job j3 -> Job j4 -> Job j5 -> ..."
                + " (50000 workloads in all) ... -> Job j49997 -> Job j49998 -> Job j49999 ->"
                + " Job j0;"),
        cycle);
  }

  /** A run over {@code text}, held to {@link #assertClean}; explain must exit with its code. */
  private static InProcess.Run stream(String text) {
    InProcess.Run run = InProcess.run(List.of(), text.getBytes(StandardCharsets.UTF_8));
    assertClean(run, text);
    InProcess.Run explain =
        InProcess.run(
            List.of("explain", "--format", "json", "-"), text.getBytes(StandardCharsets.UTF_8));
    assertFalse(CRASH.matcher(explain.err()).find(), "explain crashed:\n" + explain.err());
    assertEquals(run.code(), explain.code(), "exit code of explain; stderr:\n" + explain.err());
    return run;
  }

  private static String job(String name, String waitFor) {
    return "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: "
        + name
        + "\n  annotations:\n    startgate.dev/wait-for: \""
        + waitFor
        + "\"\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
        + "      - name: c\n        image: x\n";
  }

  /** Runs {@code input} as a stream, which must be refused quickly: exit 1, nothing on stdout. */
  private static String refused(String input) {
    InProcess.Run run = assertTimeoutPreemptively(FAST, () -> stream(input));
    assertEquals(1, run.code());
    assertEquals("", run.out());
    return run.err();
  }

  /** A ResourceList of {@code padding} ConfigMaps and one object nested {@code levels} deep. */
  private static String deepList(int levels, int padding) {
    StringBuilder b =
        new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n");
    b.append("items:\n");
    for (int i = 0; i < padding; i++) {
      b.append("- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: pad")
          .append(i)
          .append("}\n  data: {k: ")
          .append("v".repeat(200))
          .append("}\n");
    }
    b.append("- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: deep}\n  x: ");
    b.append("[".repeat(levels - 1)).append("]".repeat(levels - 1)).append("\n");
    return b.toString();
  }

  @Test
  void aResourceListNestsAsDeepAsAStreamWhetherReadInPartsOrNot() {
    for (int padding : new int[] {0, 12_000}) { // 12,000 ConfigMaps: 3 MB, read in parts
      String at = deepList(100, padding);
      Outcome passed = new StartGate(YamlLimits.DEFAULT).run(at, null);
      assertFalse(passed.failed(), padding + ": " + passed.results());
      String over = deepList(101, padding);
      Outcome failed = new StartGate(YamlLimits.DEFAULT).run(over, null);
      assertTrue(failed.failed(), padding + " over the limit");
      assertTrue(failed.output().startsWith(over), "the items come back unchanged");
      assertTrue(
          failed
              .output()
              .substring(over.length())
              .startsWith(
                  "results:\n- message: \"input is"
                      + " beyond startgate's limits: nesting deeper than 100 levels"),
          failed.output().substring(over.length()));
    }
  }

  @Test
  void aResourceListBeyondTheLimitsThatHasResultsAlreadyGetsTheErrorOnStderrAlone() {
    String over = deepList(101, 0) + "results:\n- message: earlier\n  severity: info\n";
    Outcome failed = new StartGate(YamlLimits.DEFAULT).run(over, null);
    assertTrue(failed.failed());
    assertEquals(null, failed.output());
  }
}
