package dev.startgate.kube;

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
    Path jq = work.resolve("stalling-jq");
    Files.writeString(
        jq,
        "#!/bin/sh\ncase \"$*\" in *'"
            + marker
            + "'*) exec sleep 30 ;; esac\nexec /usr/bin/jq \"$@\"\n");
    jq.toFile().setExecutable(true);
    return jq;
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void aVerdictJqCannotFinishEndsTheGateAtTheDeadline(Path binary) throws Exception {
    try (GateHarness h =
        GateHarness.start(binary, GeneratedGates.read(KubectlBinaries.GOLDEN), work)) {
      ApiObject api = ApiObject.of(Fixtures.deployment("api", "shop"));
      h.createInProcess(api);
      h.statusInProcess(api, Fixtures.DEPLOYMENT_READY);
      InClusterGate.Outcome run =
          new InClusterGate(binary, h.server, work, GateHarness.GATE_TOKEN)
              .withJq(jqStallingOn("foreach inputs"))
              .run(3, 1, 0, "deployment/shop/api");
      assertEnded(run, "deployment/shop/api");
    }
  }

  /** The list a pods/ watch starts from: jq reads its resourceVersion. */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aPodListJqCannotFinishEndsTheGateAtTheDeadline(Path binary) throws Exception {
    try (GateHarness h =
        GateHarness.start(binary, GeneratedGates.read(KubectlBinaries.GOLDEN), work)) {
      h.createInProcess(ApiObject.of(Fixtures.pod("db-0", "shop", "db"))); // not Ready: watched
      InClusterGate.Outcome run =
          new InClusterGate(binary, h.server, work, GateHarness.GATE_TOKEN)
              .withJq(jqStallingOn("resourceVersion // "))
              .run(3, 1, 0, "pods/shop/app=db");
      assertEnded(run, "pods/shop/app=db");
    }
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
