package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the kubectl gates' default resources are enough: every step of the generated rollout, Job
 * and pods gates (golden case {@code kube-gates}, commands exactly as emitted) runs with a real
 * kubectl in a cgroup whose CPU quota and memory limit are the container's own {@code limits},
 * against a fake API server with the discovery of a cluster with many operators (every built-in
 * group and 400 CRD groups in two versions: about 3,260 resources, served as aggregated discovery
 * like a 1.30+ API server). Each target is already ready, so each step must pass at once: within a
 * few seconds, never killed by the memory limit, with its peak resident memory below the limit. The
 * old limits (50m, 64Mi) fail both: about 10 s a step and 67-73 MiB. Needs root (cgroups) and
 * Debian's time package; fails, not skips, without them (.ci/run runs as root).
 */
class KubectlGateResourcesTest {
  /** How long one step may take once its target is ready, at the default CPU limit. */
  private static final Duration STEP = Duration.ofSeconds(6);

  private static final List<String> GATES =
      List.of(
          "startgate-deployment-api",
          "startgate-statefulset-data-pg",
          "startgate-job-migrate",
          "startgate-pods-app-db");

  private static GeneratedGates gates;

  @TempDir Path work;

  @BeforeAll
  static void read() throws Exception {
    gates = GeneratedGates.read(KubectlGatesTest.GOLDEN);
  }

  @Test
  void everyKubectlStepPassesWithinItsLimitsAgainstAClusterWithManyCrds() throws Exception {
    Path binary = Kubectl.binaries(KubectlGatesTest.imageMinor()).get(0);
    Discovery discovery = Discovery.manyCrds(400, 4).aggregated();
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (GateHarness h = GateHarness.start(binary, gates, work, discovery)) {
      h.create(Fixtures.deployment("api", "shop"));
      h.status("deployment/api", "shop", Fixtures.DEPLOYMENT_READY);
      h.create(Fixtures.statefulSet("pg", "data"));
      h.status("statefulset/pg", "data", Fixtures.STATEFULSET_READY);
      h.create(Fixtures.job("migrate", "shop"));
      h.status("job/migrate", "shop", Fixtures.JOB_COMPLETE);
      h.create(Fixtures.pod("db-0", "shop", "db"));
      h.status("pod/db-0", "shop", Fixtures.POD_READY);
      for (String gate : GATES) {
        for (GeneratedGates.Step step : gates.gate("Job", "seed", gate)) {
          Map<String, Object> limits = gates.limits("Job", "seed", step.name());
          long millicores = millicores(String.valueOf(limits.get("cpu")));
          long bytes = bytes(String.valueOf(limits.get("memory")));
          try (Cgroup cg = Cgroup.create("startgate-test", millicores, bytes)) {
            Kubectl.Run r =
                h.kubectl.runIn(
                    cg, GateHarness.GATE_TOKEN, step.kubectlArgs(), Duration.ofSeconds(60));
            long kills = cg.oomKills();
            String line =
                String.format(
                    "%s at %sm/%s: exit %d in %d ms, %.2f s CPU, max RSS %.1f MiB, %d OOM kills",
                    step.name(),
                    millicores,
                    limits.get("memory"),
                    r.exit(),
                    r.took().toMillis(),
                    r.cpuSeconds(),
                    r.maxRssKb() / 1024.0,
                    kills);
            report.add(line);
            if (r.exit() != 0
                || kills > 0
                || r.maxRssKb() * 1024 >= bytes
                || r.took().compareTo(STEP) > 0) {
              failures.add(line + ": " + r.output().strip());
            }
          }
        }
      }
    }
    assertTrue(report.size() >= 9, String.join("\n", report));
    assertEquals(
        List.of(),
        failures,
        "a step failed, was killed, used more memory than its limit or took longer than "
            + STEP.toSeconds()
            + "s:\n"
            + String.join("\n", report));
  }

  /** {@code 200m} is 200, {@code 1} and {@code 1000m} are 1000, {@code 0.5} is 500. */
  static long millicores(String q) {
    return q.endsWith("m")
        ? Long.parseLong(q.substring(0, q.length() - 1))
        : new BigDecimal(q).movePointRight(3).longValueExact();
  }

  /** {@code 128Mi}, {@code 1Gi}, {@code 500M}, {@code 1000000} in bytes. */
  static long bytes(String q) {
    String[] binary = {"Ki", "Mi", "Gi", "Ti"};
    for (int i = 0; i < binary.length; i++) {
      if (q.endsWith(binary[i])) {
        return new BigDecimal(q.substring(0, q.length() - 2)).longValueExact() << (10 * (i + 1));
      }
    }
    String[] decimal = {"k", "M", "G", "T"};
    for (int i = 0; i < decimal.length; i++) {
      if (q.endsWith(decimal[i])) {
        return new BigDecimal(q.substring(0, q.length() - 1))
            .movePointRight(3 * (i + 1))
            .longValueExact();
      }
    }
    return new BigDecimal(q).longValueExact();
  }
}
