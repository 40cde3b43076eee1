package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes gate's jq is bounded by the deadline as its kubectl calls are. A whole answer too
 * large for a throttled CPU (a list of thousands of pods at the default 200m) kept jq reading past
 * the deadline, and the container outlived it by as long as jq took (README: "never outlives its
 * deadline by more than 2 s"). The slow jq is a stand-in that never finishes the program it is
 * given: a real one that slow needs a list of tens of megabytes and a CPU quota, which takes the
 * same path through the script.
 */
class KubernetesGateSlowJqIT {
  private static final Pattern SAID =
      Pattern.compile(
          "try \\d: not ready \\(jq did not finish reading the answer within [1-4]s: give the gate"
              + " more CPU \\(resources.kubectl.cpu\\)\\)");

  @TempDir Path work;

  static Stream<Path> kubectls() throws IOException {
    return KubectlBinaries.kubectls();
  }

  /** A jq that stalls on the programs whose text contains {@code marker}, Debian's otherwise. */
  private Path jqStallingOn(String marker) throws IOException {
    return jqOn("*'" + marker + "'*", "exec sleep 30");
  }

  /** A jq that runs {@code action} (shell) when its arguments match {@code pattern}. */
  private Path jqOn(String pattern, String action) throws IOException {
    return jq("case \"$*\" in " + pattern + ") " + action + " ;; esac\n");
  }

  /** A jq that runs {@code prelude} (shell) first, then is Debian's. */
  private Path jq(String prelude) throws IOException {
    Path jq = Files.createTempFile(work, "jq", "");
    Files.writeString(jq, "#!/bin/sh\n" + prelude + "exec /usr/bin/jq \"$@\"\n");
    jq.toFile().setExecutable(true);
    return jq;
  }

  private InClusterGate gate(Path binary, GateHarness h) {
    return new InClusterGate(binary, h.server, work, GateHarness.GATE_TOKEN);
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void aVerdictJqCannotFinishEndsTheGateAtTheDeadline(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      readyDeployment(h);
      InClusterGate.Outcome run =
          gate(binary, h)
              .withJq(jqStallingOn("foreach inputs"))
              .run(3, 1, 0, "deployment/shop/api");
      assertEnded(run, "deployment/shop/api");
    }
  }

  /** The list a pods/ watch starts from: jq reads its resourceVersion. */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aPodListJqCannotFinishEndsTheGateAtTheDeadline(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      watchedPod(h);
      InClusterGate.Outcome run =
          gate(binary, h)
              .withJq(jqStallingOn("resourceVersion // "))
              .run(3, 1, 0, "pods/shop/app=db");
      assertEnded(run, "pods/shop/app=db");
    }
  }

  /** A TERM while jq reads the pods/ list's resourceVersion ends the gate at once (review DM). */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aGateStoppedWhileJqReadsThePodListEndsAtOnce(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      watchedPod(h);
      InClusterGate.Outcome run =
          gate(binary, h)
              .withJq(jqStallingOn("resourceVersion // "))
              .stoppedAfter(2500)
              .run(20, 1, 0, "pods/shop/app=db");
      assertEquals(143, run.exit(), run.toString());
      assertTrue(run.took().toMillis() < 2000, "ended at once (jq had 20s): " + run);
    }
  }

  /**
   * A jq the kernel kills (its memory limit) says so, and no bare "Killed" line of the shell's
   * comes before it (review DM: it said "did not finish ... give the gate more CPU").
   */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aJqKilledForMemorySaysSo(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      readyDeployment(h);
      InClusterGate.Outcome run =
          gate(binary, h)
              .withJq(jqOn("*'foreach inputs'*", "kill -9 $$"))
              .run(3, 1, 0, "deployment/shop/api");
      assertKilledForMemory(run, "deployment/shop/api: try 1: ");
    }
  }

  /**
   * A pods/ watch's jq still reading the list the watch starts from at the deadline says so (review
   * DO: with 2,000 pods at 200m it said "nothing in a watch: no object, or no answer from the API
   * server").
   */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aWatchsJqStillReadingThePodListAtTheDeadlineSaysSo(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      watchedPod(h);
      InClusterGate.Outcome run =
          gate(binary, h)
              .withJq(jqOn("*'foreach inputs'*.w", "exec sleep 30"))
              .run(4, 1, 0, "pods/shop/app=db");
      assertFalse(run.passed(), run.toString());
      assertTrue(run.took().toMillis() < 4000 + 1000 + 2000, "outlived the deadline: " + run);
      assertTrue(
          run.log()
              .contains(
                  "pods/shop/app=db: not ready after 4s (jq did not finish reading the pod list"
                      + " before the deadline: give the gate more CPU (resources.kubectl.cpu))"),
          run.toString());
      assertFalse(run.log().contains("nothing in a watch"), run.toString());
    }
  }

  /** The resourceVersion read killed for memory: the same words, no bare "Killed" (review DO). */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aPodListJqKilledForMemorySaysSo(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      watchedPod(h);
      InClusterGate.Outcome run =
          gate(binary, h)
              .withJq(jqOn("*'resourceVersion // '*", "kill -9 $$"))
              .run(3, 1, 0, "pods/shop/app=db");
      assertKilledForMemory(run, "");
    }
  }

  /**
   * A watch's jq has the time left, not the watch's slice: with two pods/ targets each watch lasts
   * five intervals, and a jq slow to read the list the watch starts from (7 s here) was cut at the
   * slice and said so, each round, though the deadline was far (review DM: 1,500 pods at 200m).
   */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aWatchsJqSlowerThanTheSliceIsNotCut(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      h.createInProcess(ApiObject.of(Fixtures.pod("db-0", "shop", "db")));
      h.createInProcess(ApiObject.of(Fixtures.pod("web-0", "shop", "web")));
      InClusterGate.Outcome run =
          gate(binary, h)
              .withJq(jqOn("*'foreach inputs'*.w", "sleep 7 </dev/null >/dev/null"))
              .run(16, 1, 0, "pods/shop/app=db", "pods/shop/app=web");
      assertFalse(run.passed(), run.toString());
      // Cut at its slice it said "jq did not finish reading the answer within 6s"; the deadline
      // may still find the second watch's jq reading its list, which says so.
      assertFalse(run.log().contains("jq did not finish reading the answer"), run.toString());
      assertTrue(run.took().toMillis() < 16000 + 1000 + 2000, "outlived the deadline: " + run);
    }
  }

  /** Pod db-0 (app=db), not Ready: a pods/shop/app=db gate reads it, then watches its list. */
  private static void watchedPod(GateHarness h) {
    h.createInProcess(ApiObject.of(Fixtures.pod("db-0", "shop", "db")));
  }

  /** The try after {@code prefix} says jq was killed for memory; no line is the shell's. */
  private static void assertKilledForMemory(InClusterGate.Outcome run, String prefix) {
    assertFalse(run.passed(), run.toString());
    assertTrue(
        run.log()
            .contains(
                prefix
                    + "not ready (jq was killed reading the answer (out of memory?): give the gate"
                    + " more memory (resources.kubectl.memory))"),
        run.toString());
    assertFalse(run.log().lines().anyMatch(l -> !l.startsWith("startgate: ")), run.toString());
  }

  /** deployment/shop/api, rolled out: real jq would pass it at once. */
  private static void readyDeployment(GateHarness h) {
    ApiObject api = ApiObject.of(Fixtures.deployment("api", "shop"));
    h.createInProcess(api);
    h.statusInProcess(api, Fixtures.DEPLOYMENT_READY);
  }

  private GateHarness harness(Path binary) throws Exception {
    return GateHarness.start(binary, GeneratedGates.read(KubectlBinaries.GOLDEN), work);
  }

  private static void assertEnded(InClusterGate.Outcome run, String target) {
    assertFalse(run.passed(), run.toString());
    assertTrue(run.took().toMillis() < 3000 + 1000 + 2000, "outlived the deadline: " + run);
    assertTrue(SAID.matcher(run.log()).find(), run.toString());
    assertTrue(
        run.log().contains("startgate: " + target + ": not ready after 3s (jq did not finish"),
        run.toString());
  }
}
