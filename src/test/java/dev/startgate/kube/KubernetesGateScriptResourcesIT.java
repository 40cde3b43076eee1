package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.render.KubernetesGateScripts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes gate's memory inside a cgroup with the container's default limits (200m CPU,
 * 128Mi), against a discovery of about 3,260 resources: the script, which runs one kubectl at a
 * time, passes over five ready targets under the limit; two kubectl waits side by side, the shape
 * the script does not use, are measured for comparison (README "How a Kubernetes gate behaves").
 * Needs root (cgroups), as CI runs.
 */
class KubernetesGateScriptResourcesIT {
  private static final long LIMIT = 128L << 20;

  @TempDir Path work;

  @Test
  void theScriptWaitsForFiveReadyTargetsUnderTheMemoryLimit() throws Exception {
    Path binary = Kubectl.binaries(KubectlBinaries.imageMinor()).get(0);
    Discovery discovery = Discovery.manyCrds(400, 4).aggregated();
    GeneratedGates gates = GeneratedGates.read(KubectlBinaries.GOLDEN);
    try (GateHarness h = GateHarness.start(binary, gates, work, discovery)) {
      ready(h, Fixtures.deployment("api", "shop"), Fixtures.DEPLOYMENT_READY);
      ready(h, Fixtures.statefulSet("pg", "data"), Fixtures.STATEFULSET_READY);
      ready(h, Fixtures.job("migrate", "shop"), Fixtures.JOB_COMPLETE);
      ready(h, Fixtures.pod("db-0", "shop", "db"), Fixtures.POD_READY);
      ready(h, Fixtures.podLabelled("cache-0", "shop", "{tier: cache}"), Fixtures.POD_READY);
      InClusterGate gate = new InClusterGate(binary, h.server, work, GateHarness.GATE_TOKEN);
      String one;
      try (Cgroup cg = Cgroup.create("startgate-test", 200, LIMIT)) {
        InClusterGate.Outcome run =
            gate.run(
                cg,
                KubernetesGateScripts.script(RbacContractTest.TARGETS),
                60,
                1,
                0,
                RbacContractTest.TARGETS.toArray(String[]::new));
        one = figures("the script, 5 targets", run, cg);
        assertTrue(run.passed(), one);
        assertEquals(0, cg.oomKills(), one);
        assertTrue(cg.memoryPeak() < LIMIT, one);
      }
      String two;
      try (Cgroup cg = Cgroup.create("startgate-test", 200, LIMIT)) {
        InClusterGate.Outcome run =
            gate.run(
                cg,
                "kubectl rollout status deployment/api -n shop --timeout=60s & "
                    + "kubectl rollout status statefulset/pg -n data --timeout=60s & wait",
                60,
                1,
                0);
        two = figures("two kubectl side by side", run, cg);
      }
      System.out.println(one + "\n" + two);
    }
  }

  private static void ready(GateHarness h, String yaml, String patch) {
    ApiObject object = ApiObject.of(yaml);
    h.createInProcess(object);
    h.statusInProcess(object, patch);
  }

  private static String figures(String what, InClusterGate.Outcome run, Cgroup cg)
      throws Exception {
    return String.format(
        "%s at 200m/128Mi: exit %d in %d ms, cgroup peak %.1f MiB, %d OOM kills%n%s",
        what,
        run.exit(),
        run.took().toMillis(),
        cg.memoryPeak() / 1048576.0,
        cg.oomKills(),
        run.log());
  }
}
