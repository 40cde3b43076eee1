package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.Images;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the kubectl gate commands exactly as startgate emitted them (the golden case {@code
 * kube-gates}, whose gates time out after 4s) with a real kubectl against a fake API server that
 * enforces the generated RBAC, and checks that each gate passes when its target becomes ready late,
 * times out when it never does, and fails fast when a Job fails.
 */
class KubectlGatesTest {
  static final Path GOLDEN = Path.of("testdata/kube-gates/expected.yaml");
  private static final long TIMEOUT_MS = 4000;
  private static GeneratedGates gates;

  @TempDir Path work;

  @BeforeAll
  static void read() throws IOException {
    gates = GeneratedGates.read(GOLDEN);
  }

  static Stream<Path> kubectls() throws IOException {
    return Kubectl.binaries(imageMinor()).stream();
  }

  /** {@code 1.34} for the default image {@code registry.k8s.io/kubectl:v1.34.1@sha256:...}. */
  static String imageMinor() {
    String image = Images.DEFAULT.kubectl();
    String version = image.substring(image.indexOf(":v") + 2, image.indexOf('@'));
    return version.substring(0, version.lastIndexOf('.'));
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void rolloutPassesWhenTheDeploymentAppearsLateAndRollsOut(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.later(1000, () -> h.create(Fixtures.deployment("api", "shop")));
      h.later(2000, () -> h.status("deployment/api", "shop", Fixtures.DEPLOYMENT_READY));
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-deployment-api"));
      assertTrue(run.passed(), run.toString());
      assertEquals(2, run.steps().size(), run.toString());
      assertTrue(run.last().output().contains("successfully rolled out"), run.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void rolloutTimesOutWhenTheDeploymentNeverBecomesAvailable(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.create(Fixtures.deployment("api", "shop"));
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-deployment-api"));
      assertFalse(run.passed(), run.toString());
      assertTimedOut(run);
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void rolloutTimesOutWhenTheDeploymentIsNeverCreated(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-deployment-api"));
      assertFalse(run.passed(), run.toString());
      assertEquals(1, run.steps().size(), "the created step fails: " + run);
      assertTimedOut(run);
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void statefulSetInAnotherNamespacePassesWithTheRoleThere(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.later(1000, () -> h.create(Fixtures.statefulSet("pg", "data")));
      h.later(2000, () -> h.status("statefulset/pg", "data", Fixtures.STATEFULSET_READY));
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-statefulset-data-pg"));
      assertTrue(run.passed(), run.toString());
      assertTrue(run.last().output().contains("rolling update complete"), run.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void jobPassesWhenItCompletesLate(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.later(1000, () -> h.create(Fixtures.job("migrate", "shop")));
      h.later(2000, () -> h.status("job/migrate", "shop", Fixtures.JOB_COMPLETE));
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-job-migrate"));
      assertTrue(run.passed(), run.toString());
      assertEquals(3, run.steps().size(), run.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void jobFailsFastWithTheJobsReason(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.create(Fixtures.job("migrate", "shop"));
      h.later(500, () -> h.status("job/migrate", "shop", Fixtures.JOB_FAILED));
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-job-migrate"));
      assertFalse(run.passed(), run.toString());
      assertEquals(3, run.steps().size(), "the last step fails: " + run);
      assertTrue(run.total().toMillis() < TIMEOUT_MS, "failed fast, not after the timeout: " + run);
      assertTrue(
          run.last().output().contains("\"reason\":\"BackoffLimitExceeded\""), run.toString());
      assertTrue(
          run.last().output().contains("Job has reached the specified backoff limit"),
          run.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void jobTimesOutWhenItNeverFinishes(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.create(Fixtures.job("migrate", "shop"));
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-job-migrate"));
      assertFalse(run.passed(), run.toString());
      assertEquals(2, run.steps().size(), "the finished step fails: " + run);
      assertTimedOut(run);
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void podsPassWhenNoneMatchAtFirstThenOneIsReady(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.later(1000, () -> h.create(Fixtures.pod("db-0", "shop", "db")));
      h.later(2000, () -> h.status("pod/db-0", "shop", Fixtures.POD_READY));
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-pods-app-db"));
      assertTrue(run.passed(), run.toString());
      assertEquals(2, run.steps().size(), run.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void podsTimeOutWhileOneIsNotReady(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.create(Fixtures.pod("db-0", "shop", "db"));
      h.create(Fixtures.pod("db-1", "shop", "db"));
      h.status("pod/db-0", "shop", Fixtures.POD_READY);
      GateHarness.GateRun run = h.run(gates.gate("Job", "seed", "startgate-pods-app-db"));
      assertFalse(run.passed(), run.toString());
      assertTimedOut(run);
    }
  }

  /**
   * A set-based selector ({@code tier in (cache, db),!canary}) reaches kubectl as Kubernetes parses
   * it: a pod outside the set and a matching canary never count, though neither is Ready.
   */
  @ParameterizedTest
  @MethodSource("kubectls")
  void podsWithASetBasedSelectorWaitForTheSelectedPodsOnly(Path binary) throws Exception {
    List<GeneratedGates.Step> gate =
        gates.gate("Job", "seed", "startgate-pods-tier-in-cache-db-canary");
    assertTrue(
        gate.get(1).commandLine().contains("--selector=tier in (cache,db),!canary"),
        gate.toString());
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.create(Fixtures.podLabelled("web-0", "shop", "{tier: web}"));
      h.create(Fixtures.podLabelled("cache-canary", "shop", "{tier: cache, canary: 'yes'}"));
      h.later(1000, () -> h.create(Fixtures.podLabelled("cache-0", "shop", "{tier: cache}")));
      h.later(2000, () -> h.status("pod/cache-0", "shop", Fixtures.POD_READY));
      GateHarness.GateRun run = h.run(gate);
      assertTrue(run.passed(), run.toString());
      assertEquals(2, run.steps().size(), run.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void podsWithASetBasedSelectorTimeOutWhileASelectedPodIsNotReady(Path binary) throws Exception {
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      h.create(Fixtures.podLabelled("cache-0", "shop", "{tier: cache}"));
      h.create(Fixtures.podLabelled("db-0", "shop", "{tier: db}"));
      h.status("pod/cache-0", "shop", Fixtures.POD_READY);
      GateHarness.GateRun run =
          h.run(gates.gate("Job", "seed", "startgate-pods-tier-in-cache-db-canary"));
      assertFalse(run.passed(), run.toString());
      assertTimedOut(run);
    }
  }

  /** The last step failed with kubectl's timeout, after the gate's timeout and not much later. */
  private static void assertTimedOut(GateHarness.GateRun run) {
    Kubectl.Run last = run.last();
    assertTrue(last.output().contains("timed out"), run.toString());
    long ms = last.took().toMillis();
    assertTrue(ms >= TIMEOUT_MS - 100 && ms < TIMEOUT_MS + 4000, "took " + ms + "ms: " + run);
  }
}
