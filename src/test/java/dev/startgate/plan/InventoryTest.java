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

  /**
   * {@code key in (a,b)} looks up each value's workloads in the label index, not the namespace:
   * distinct selectors of each Job were a scan each (quadratic), and the result is in input order.
   */
  @Test
  void aSetOfValuesIsLookedUpValueByValue() throws Exception {
    Inventory inventory = new Inventory(workloads(100));
    List<Resource> found = inventory.withPods("ns0", "app in (a7,a3,a40)");
    assertEquals(List.of("w3", "w7", "w40"), found.stream().map(Resource::name).toList());
    assertEquals(3, inventory.examined());
  }

  @Test
  void aSelectorWithoutEqualityScansItsNamespace() throws Exception {
    Inventory inventory = new Inventory(workloads(100));
    assertEquals(49, inventory.withPods("ns0", "app!=a0").size());
    assertEquals(50, inventory.examined());
  }

  /**
   * A selector that requires a key and no value ({@code k7}, {@code ver>6,ver<8}) looks up the
   * workloads that carry the key: distinct such selectors each scanned the namespace (review DE:
   * 4.3-7.1 s at 10,000 resources). Selectors with no such requirement still scan it.
   */
  @Test
  void aSelectorThatRequiresAKeyLooksUpTheWorkloadsWithIt() throws Exception {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      String labels = "a" + i + ", k" + i + ": x" + (i % 2 == 0 ? ", ver: '" + i + "'" : "");
      yaml.append(i == 0 ? "" : "---\n").append(deployment("ns0", "w" + i, labels));
    }
    Inventory inventory = new Inventory(parse(yaml.toString()));
    assertEquals(List.of("w7"), names(inventory.withPods("ns0", "k7")));
    assertEquals(1, inventory.examined());
    // A range is looked up by number: only w8 has a ver label from 7 to 9.
    assertEquals(List.of("w8"), names(inventory.withPods("ns0", "ver>6,ver<10,!k6,app!=a7")));
    assertEquals(1 + 1, inventory.examined());
    assertEquals(List.of("w8", "w10"), names(inventory.withPods("ns0", "!k6,ver<12,ver>7")));
    assertEquals(1 + 1 + 2, inventory.examined());
    assertEquals(List.of("w0", "w2"), names(inventory.withPods("ns0", "ver<3")));
    assertEquals(List.of("w46", "w48"), names(inventory.withPods("ns0", "ver>45")));
    assertEquals(List.of(), names(inventory.withPods("ns0", "ver>9,ver<10")));
    assertEquals(1 + 1 + 2 + 2 + 2, inventory.examined());
    assertEquals(49, inventory.withPods("ns0", "!k6").size());
    assertEquals(1 + 1 + 2 + 2 + 2 + 50, inventory.examined());
  }

  /**
   * Whatever index a selector is looked up in, it finds what holding every workload of the
   * namespace against it finds, in the same order: random selectors of every operator on random
   * labels, numbers and texts among them.
   */
  @Test
  void anIndexFindsWhatAScanFinds() throws Exception {
    java.util.Random random = new java.util.Random(11);
    List<String> pool =
        List.of(
            "app=a1",
            "app in (a1,a2)",
            "app!=a0",
            "app notin (a2)",
            "ver>0",
            "ver<2",
            "ver<3",
            "ver>2",
            "ver>3",
            "ver<0",
            "k",
            "!k",
            "ver",
            "!ver",
            "ver=1",
            "ver in (x,2)",
            "ver>1",
            "ver<1");
    for (int round = 0; round < 40; round++) {
      StringBuilder yaml = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        StringBuilder labels = new StringBuilder("a" + random.nextInt(4));
        if (random.nextInt(4) > 0) {
          labels.append(", ver: '").append(pick(random, "-3", "-1", "0", "1", "2", "3", "x", "07"));
          labels.append("'");
        }
        if (random.nextBoolean()) {
          labels.append(", k: y");
        }
        yaml.append(i == 0 ? "" : "---\n").append(deployment("ns0", "w" + i, labels.toString()));
      }
      List<Resource> resources = parse(yaml.toString());
      Inventory inventory = new Inventory(resources);
      for (int s = 0; s < 30; s++) {
        String selector = pool.get(random.nextInt(pool.size()));
        for (int more = random.nextInt(3); more > 0; more--) {
          selector += "," + pool.get(random.nextInt(pool.size()));
        }
        LabelSelector parsed = LabelSelector.parse(selector);
        List<String> scan =
            resources.stream()
                .filter(r -> parsed.matchesSomePod(r.facts()))
                .map(Resource::name)
                .toList();
        assertEquals(scan, names(inventory.withPods("ns0", selector)), selector);
      }
    }
  }

  private static String pick(java.util.Random random, String... from) {
    return from[random.nextInt(from.length)];
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

  private static final String CONTROLLED =
      String.join(
          "---\n",
          "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: pg, namespace: s}\n"
              + "spec:\n  replicas: 3\n  template:\n    metadata: {labels: {app: pg}}\n"
              + "    spec: {containers: [{name: c, image: i}]}\n",
          "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: kv, namespace: s}\n"
              + "spec:\n  ordinals: {start: 5}\n  template:\n    spec: {containers: [{name: c,"
              + " image: i}]}\n",
          "apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate, namespace: s}\n"
              + "spec:\n  template:\n    metadata: {labels: {app: pg}}\n"
              + "    spec: {containers: [{name: c, image: i}]}\n",
          "apiVersion: batch/v1\nkind: Job\nmetadata: {name: shards, namespace: s}\n"
              + "spec:\n  completionMode: Indexed\n  completions: 4\n  template:\n"
              + "    spec: {containers: [{name: c, image: i}]}\n",
          "apiVersion: batch/v1\nkind: Job\nmetadata: {name: manual, namespace: s}\n"
              + "spec:\n  manualSelector: true\n  template:\n"
              + "    metadata: {labels: {own: x}}\n    spec: {containers: [{name: c, image: i}]}\n",
          "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly, namespace: s}\n"
              + "spec:\n  jobTemplate:\n    spec:\n      template:\n"
              + "        spec: {containers: [{name: c, image: i}]}\n",
          "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: shards-nightly, namespace: s}\n"
              + "spec:\n  jobTemplate:\n    spec:\n      completionMode: Indexed\n"
              + "      completions: 6\n      template:\n"
              + "        spec: {containers: [{name: c, image: i}]}\n",
          "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: s}\n"
              + "spec:\n  template:\n    metadata: {labels: {app: web}}\n"
              + "    spec: {containers: [{name: c, image: i}]}\n");

  /**
   * A selector may name the labels Kubernetes adds to a workload's pods: a Job's {@code job-name},
   * a StatefulSet pod's name and ordinal (from {@code ordinals.start}, {@code replicas} of them),
   * an Indexed Job pod's completion index. These were missed: a pre-deploy Job waiting for {@code
   * pods/statefulset.kubernetes.io/pod-name=pg-0} was no phase deadlock, {@code pods/job-name=a} no
   * cycle.
   */
  @Test
  void withPodsSeesTheLabelsControllersAdd() throws Exception {
    Inventory inventory = new Inventory(parse(CONTROLLED));
    assertEquals(List.of("pg"), names(inventory.withPods("s", POD_NAME + "=pg-0")));
    assertEquals(List.of("pg"), names(inventory.withPods("s", POD_NAME + "=pg-2")));
    assertEquals(List.of(), names(inventory.withPods("s", POD_NAME + "=pg-3")), "3 replicas");
    assertEquals(List.of(), names(inventory.withPods("s", POD_NAME + "=pg-01")));
    assertEquals(List.of("pg"), names(inventory.withPods("s", POD_NAME + " in (pg-7, pg-1)")));
    assertEquals(List.of("kv"), names(inventory.withPods("s", POD_NAME + "=kv-5")));
    assertEquals(List.of(), names(inventory.withPods("s", POD_NAME + "=kv-0")), "from 5");
    assertEquals(
        List.of("pg"), names(inventory.withPods("s", "app=pg,apps.kubernetes.io/pod-index>1")));
    assertEquals(
        List.of(), names(inventory.withPods("s", "app=pg,apps.kubernetes.io/pod-index>2")));
    // Every pod but pg-0: pg-1 and pg-2 are left (and the Job's, which have no such label).
    assertEquals(
        List.of("pg", "migrate"),
        names(inventory.withPods("s", "app=pg," + POD_NAME + " notin (pg-0)")));
    assertEquals(
        List.of(),
        names(inventory.withPods("s", "app=pg," + POD_NAME + " notin (pg-0,pg-1,pg-2),!job-name")));
    assertEquals(List.of("migrate"), names(inventory.withPods("s", "job-name=migrate")));
    assertEquals(
        List.of("migrate"), names(inventory.withPods("s", "batch.kubernetes.io/job-name=migrate")));
    assertEquals(List.of("pg"), names(inventory.withPods("s", "app=pg,!job-name")));
    assertEquals(
        List.of("shards", "shards-nightly"),
        names(inventory.withPods("s", "batch.kubernetes.io/job-completion-index=3")));
    assertEquals(
        List.of("shards-nightly"),
        names(inventory.withPods("s", "batch.kubernetes.io/job-completion-index=4")));
    assertEquals(
        List.of(), names(inventory.withPods("s", "batch.kubernetes.io/job-completion-index=6")));
    // A manual selector: the Job's pods get none of its labels. A CronJob's Jobs have made-up
    // names: its pods have a job-name, which no name equals.
    assertEquals(List.of(), names(inventory.withPods("s", "job-name=manual")));
    assertEquals(List.of(), names(inventory.withPods("s", "job-name=nightly")));
    assertEquals(
        List.of("migrate", "shards", "nightly", "shards-nightly"),
        names(inventory.withPods("s", "job-name")));
    assertEquals(List.of("web"), names(inventory.withPods("s", "pod-template-hash")));
    assertEquals(List.of(), names(inventory.withPods("s", "pod-template-hash=abc")));
  }

  /**
   * A StatefulSet of 0 replicas (or an autoscaler's to come) is matched as one pod, as its template
   * was before the pods' own labels counted; a huge count is a count.
   */
  @Test
  void aStatefulSetWithoutReplicasIsStillInTheInput() throws Exception {
    Inventory inventory =
        new Inventory(
            parse(
                "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: pg, namespace: s}\n"
                    + "spec:\n  replicas: 0\n  template:\n    metadata: {labels: {app: pg}}\n"
                    + "    spec: {containers: [{name: c, image: i}]}\n---\n"
                    + "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: kv, namespace: s}\n"
                    + "spec:\n  replicas: 1000000000\n  template:\n"
                    + "    spec: {containers: [{name: c, image: i}]}\n"));
    assertEquals(List.of("pg"), names(inventory.withPods("s", "app=pg")));
    assertEquals(List.of("pg"), names(inventory.withPods("s", POD_NAME + "=pg-0")));
    assertEquals(List.of("kv"), names(inventory.withPods("s", POD_NAME + "=kv-999999999")));
  }

  /**
   * A host naming one pod of a headless Service reaches a StatefulSet only if it has that pod; any
   * other workload behind the Service may name its pods so ({@code hostname:}).
   */
  @Test
  void aPodHostReachesTheStatefulSetThatHasThatPod() throws Exception {
    List<Resource> all =
        parse(
            CONTROLLED
                + "---\napiVersion: v1\nkind: Service\nmetadata: {name: pg, namespace: s}\n"
                + "spec: {clusterIP: None, selector: {app: pg}}\n");
    Inventory inventory = new Inventory(all);
    Resource service = all.get(all.size() - 1);
    assertEquals(List.of("pg", "migrate"), names(inventory.behind(service)));
    assertEquals(List.of("pg", "migrate"), names(inventory.behind(service, "pg-2")));
    assertEquals(List.of("migrate"), names(inventory.behind(service, "pg-7")));
  }

  /** With 16 workloads and more the equality index is used: a pod's own name is not in it. */
  @Test
  void aPodNameIsFoundBesideTheLabelIndex() throws Exception {
    List<Resource> resources = new ArrayList<>(parse(CONTROLLED));
    for (int i = 0; i < 20; i++) {
      resources.addAll(parse(deployment("s", "d" + i, "a" + i)));
    }
    Inventory inventory = new Inventory(resources);
    assertEquals(List.of("pg"), names(inventory.withPods("s", POD_NAME + "=pg-1")));
    assertEquals(List.of("d3"), names(inventory.withPods("s", "app=a3")));
    assertEquals(List.of("migrate"), names(inventory.withPods("s", "job-name=migrate")));
  }

  private static final String POD_NAME = "statefulset.kubernetes.io/pod-name";

  private static List<String> names(List<Resource> resources) {
    return resources.stream().map(Resource::name).toList();
  }
}
