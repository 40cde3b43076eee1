package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.GoldenOutputs;
import dev.startgate.testing.PodSpecs;
import dev.startgate.testing.RestrictedChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pod Security "restricted" over every golden output. A gate container ({@link #isGate}) must be
 * restricted-clean on its own settings and volumes, since the user's pod may set nothing; an object
 * startgate emitted whole (label {@code app.kubernetes.io/managed-by: startgate}) must be
 * restricted-clean as a whole pod.
 */
class RestrictedGoldenTest {
  /**
   * Golden outputs with documents that cannot become Java maps; see GoldenOutputs. {@code
   * tab-after-key} keeps the tabs after keys that kubectl (and startgate) read as spaces and
   * snakeyaml-engine's loader rejects.
   */
  static final Set<String> UNLOADABLE =
      Set.of(
          "hostile-recursive-anchor",
          "hostile-recursive-key",
          "stream-job-tcp-http",
          "tab-after-key");

  @Test
  void everyGeneratedContainerAndPodIsRestrictedClean() throws Exception {
    List<RestrictedChecker.Violation> violations = new ArrayList<>();
    int containers = 0;
    for (GoldenOutputs.Emitted e : GoldenOutputs.under(GoldenTest.ROOT, UNLOADABLE)) {
      boolean whole = "startgate".equals(e.managedBy());
      for (PodSpecs pod : PodSpecs.in(e.object())) {
        String where = e.where() + " " + pod.path();
        if (whole) {
          violations.addAll(RestrictedChecker.checkPod(where, pod.spec(), pod.annotations()));
          containers += count(pod.spec());
          continue;
        }
        if (pod.spec().get("initContainers") instanceof List<?> list) {
          for (Object c : list) {
            if (c instanceof Map<?, ?> container && isGate(container)) {
              violations.addAll(
                  RestrictedChecker.checkContainer(
                      where + " initContainers/" + container.get("name"), container, pod.spec()));
              containers++;
            }
          }
        }
      }
    }
    assertTrue(containers >= 20, "only " + containers + " generated containers found to check");
    assertEquals(List.of(), violations, "restricted violations");
  }

  /**
   * A gate of this version: named {@code startgate-*}, running a startgate script or the
   * k8s-when-ready client (a user's own {@code startgate-setup} is the user's).
   */
  private static boolean isGate(Map<?, ?> container) {
    return String.valueOf(container.get("name")).startsWith("startgate-")
        && (String.valueOf(container.get("command")).contains("# startgate ")
            || String.valueOf(container.get("args")).contains("--type="));
  }

  private static int count(Map<?, ?> spec) {
    int n = 0;
    for (String key : List.of("initContainers", "containers", "ephemeralContainers")) {
      if (spec.get(key) instanceof List<?> list) {
        n += list.size();
      }
    }
    return n;
  }
}
