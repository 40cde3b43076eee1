package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {
  private static String deployment(String namespace, String name, String app) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: "
        + name
        + (namespace == null ? "" : ", namespace: " + namespace)
        + "}\nspec:\n  template:\n    metadata: {labels: {app: "
        + app
        + "}}\n    spec: {containers: [{name: c, image: i}]}\n";
  }

  private static List<Resource> parse(String yaml) throws Exception {
    List<Resource> out = new ArrayList<>();
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(yaml)) {
      out.add(Resource.of((YMapping) d.root()));
    }
    return out;
  }

  @Test
  void withPodsLooksInItsNamespaceOnlyInInputOrder() throws Exception {
    String yaml =
        String.join(
            "---\n",
            deployment("shop", "b", "web"),
            deployment("other", "c", "web"),
            deployment(null, "d", "web"),
            deployment("shop", "a", "web"),
            deployment("shop", "f", "db"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: g, namespace: shop,"
                + " labels: {app: web}}\n");
    Inventory inventory = new Inventory(parse(yaml));
    assertEquals(List.of("b", "a"), names(inventory.withPods("shop", "app=web")));
    // Asked twice (a remembered answer must be the same).
    assertEquals(List.of("b", "a"), names(inventory.withPods("shop", "app=web")));
    assertEquals(List.of("f"), names(inventory.withPods("shop", "app!=web")));
    assertEquals(List.of("d"), names(inventory.withPods(null, "app=web")));
    assertEquals(List.of(), names(inventory.withPods("none", "app=web")));
  }

  /**
   * Each lookup costs the size of its namespace, not of the input: with 8 times the workloads (in 8
   * times the namespaces) and 8 times the lookups, the time grows about 8 times. A scan of every
   * resource per lookup grew 64 times (a quarter of a 10,000-resource run was this scan).
   */
  @Test
  void withPodsCostGrowsLinearly() throws Exception {
    List<Resource> small = workloads(1_000);
    List<Resource> large = workloads(8_000);
    lookups(small); // warm-up
    lookups(large);
    long smallNanos = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      smallNanos = Math.min(smallNanos, lookups(small));
      largeNanos = Math.min(largeNanos, lookups(large));
    }
    double ratio = (double) largeNanos / smallNanos;
    assertTrue(ratio < 24, "8 times the input took " + ratio + " times as long (linear: ~8)");
  }

  /** {@code count} Deployments, 50 per namespace, each with its own pod label. */
  private static List<Resource> workloads(int count) throws Exception {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < count; i++) {
      yaml.append(i == 0 ? "" : "---\n").append(deployment("ns" + i / 50, "w" + i, "a" + i));
    }
    return parse(yaml.toString());
  }

  /** Looks up the pods of every fifth workload, by its label, in a new inventory. */
  private static long lookups(List<Resource> resources) {
    long start = System.nanoTime();
    Inventory inventory = new Inventory(resources);
    int found = 0;
    for (int i = 0; i < resources.size(); i += 5) {
      found += inventory.withPods("ns" + i / 50, "app=a" + i).size();
    }
    long nanos = System.nanoTime() - start;
    assertEquals(resources.size() / 5, found);
    return nanos;
  }

  private static List<String> names(List<Resource> resources) {
    return resources.stream().map(Resource::name).toList();
  }
}
