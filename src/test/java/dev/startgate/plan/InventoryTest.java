package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
   * Each lookup costs the workloads that carry its label, not the input or the namespace: with 8
   * times the workloads (in 8 times the namespaces) and 8 times the lookups, 8 times as many
   * workloads are held against a selector. A scan of every resource per lookup grew 64 times (a
   * quarter of a 10,000-resource run was this scan); a scan of the namespace made 2,000 Service
   * lookups at 10,000 resources a sixth of the run. Counted, not timed: a count cannot flake.
   */
  @Test
  void withPodsCostGrowsLinearly() throws Exception {
    long small = lookups(workloads(1_000));
    long large = lookups(workloads(8_000));
    assertEquals(200, small, "one workload per lookup: the one with the label");
    assertEquals(8 * small, large);
  }

  @Test
  void aSelectorWithoutEqualityScansItsNamespace() throws Exception {
    Inventory inventory = new Inventory(workloads(100));
    assertEquals(49, inventory.withPods("ns0", "app!=a0").size());
    assertEquals(50, inventory.examined());
  }

  /** {@code count} Deployments, 50 per namespace, each with its own pod label. */
  private static List<Resource> workloads(int count) throws Exception {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < count; i++) {
      yaml.append(i == 0 ? "" : "---\n").append(deployment("ns" + i / 50, "w" + i, "a" + i));
    }
    return parse(yaml.toString());
  }

  /** Looks up the pods of every fifth workload, by its label; returns the workloads examined. */
  private static long lookups(List<Resource> resources) {
    Inventory inventory = new Inventory(resources);
    int found = 0;
    for (int i = 0; i < resources.size(); i += 5) {
      found += inventory.withPods("ns" + i / 50, "app=a" + i).size();
    }
    assertEquals(resources.size() / 5, found);
    return inventory.examined();
  }

  private static List<String> names(List<Resource> resources) {
    return resources.stream().map(Resource::name).toList();
  }
}
