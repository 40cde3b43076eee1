package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With several targets the gate ends only on a round that read every target ready (README "How a
 * Kubernetes gate behaves"): a target read ready in an earlier round that is no longer ready when
 * the last one gets ready (a new rollout began meanwhile) is waited for again, not counted ready.
 */
class KubernetesGateLastReadIT {
  private static final String DEPLOYMENT = "deployment/shop/api";
  private static final String JOB = "job/shop/migrate";

  /** Available, but one of two replicas still on the old template: a rollout under way. */
  private static final String MID_ROLLOUT =
      "{\"status\":{\"observedGeneration\":1,\"replicas\":3,\"updatedReplicas\":1,"
          + "\"readyReplicas\":3,\"availableReplicas\":3}}";

  @TempDir Path work;

  static Stream<Path> kubectls() throws IOException {
    return KubectlBinaries.kubectls();
  }

  /**
   * The Deployment is ready at the first read; while the gate watches the Job, a rollout starts and
   * then the Job completes. The gate reads the Deployment again and passes only once it has rolled
   * out.
   */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aTargetNoLongerReadyWhenTheLastOneIsReadyIsWaitedForAgain(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      ApiObject job = ApiObject.of(Fixtures.job("migrate", "shop"));
      ApiObject api = start(h, job);
      AtomicLong rolledOut = new AtomicLong();
      h.once(
          job::watchedByName,
          () -> {
            h.statusInProcess(api, MID_ROLLOUT);
            h.statusInProcess(job, Fixtures.JOB_COMPLETE);
            h.later(
                2000,
                () -> {
                  h.statusInProcess(api, Fixtures.DEPLOYMENT_READY);
                  rolledOut.set(System.nanoTime());
                });
          });
      InClusterGate.Outcome run = gate(binary, h).run(20, 1, 0, JOB, DEPLOYMENT);
      long end = System.nanoTime();
      assertTrue(run.passed(), run.toString());
      assertTrue(rolledOut.get() != 0 && rolledOut.get() < end, "passed after the rollout: " + run);
      assertTrue(run.log().contains(DEPLOYMENT + ": ready (try 1, "), run.log());
      assertTrue(
          run.log()
              .matches(
                  "(?s).*"
                      + DEPLOYMENT
                      + ": try \\d: not ready \\(no longer ready: 1 out of 2 new replicas have"
                      + " been updated\\).*"),
          run.log());
      assertTrue(run.log().contains("startgate: all 2 targets ready after "), run.log());
    }
  }

  /** The same rollout never ends: the gate fails at its deadline, naming that target only. */
  @ParameterizedTest
  @MethodSource("kubectls")
  void aTargetThatStaysNotReadyFailsTheGate(Path binary) throws Exception {
    try (GateHarness h = harness(binary)) {
      ApiObject job = ApiObject.of(Fixtures.job("migrate", "shop"));
      ApiObject api = start(h, job);
      h.once(
          job::watchedByName,
          () -> {
            h.statusInProcess(api, MID_ROLLOUT);
            h.statusInProcess(job, Fixtures.JOB_COMPLETE);
          });
      InClusterGate.Outcome run = gate(binary, h).run(6, 1, 0, JOB, DEPLOYMENT);
      assertEquals(1, run.exit(), run.toString());
      assertTrue(run.log().contains(DEPLOYMENT + ": not ready after "), run.log());
      assertTrue(!run.log().contains(JOB + ": not ready after"), run.log());
      assertTrue(run.log().contains("startgate: 1 of 2 targets not ready after "), run.log());
    }
  }

  /** A ready Deployment and a running Job, as the gate first reads them. */
  private static ApiObject start(GateHarness h, ApiObject job) {
    ApiObject api = ApiObject.of(Fixtures.deployment("api", "shop"));
    h.createInProcess(api);
    h.statusInProcess(api, Fixtures.DEPLOYMENT_READY);
    h.createInProcess(job);
    return api;
  }

  private GateHarness harness(Path binary) throws Exception {
    return GateHarness.start(binary, GeneratedGates.read(KubectlBinaries.GOLDEN), work);
  }

  private InClusterGate gate(Path binary, GateHarness h) {
    return new InClusterGate(binary, h.server, work, GateHarness.GATE_TOKEN);
  }
}
