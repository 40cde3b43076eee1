package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.intent.Intent;
import dev.startgate.intent.Target;
import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  private static Resource job(String namespace, String name) {
    return new Resource(
        null, new ResourceRef("batch/v1", "Job", namespace, name), Map.of(), Map.of(), null);
  }

  private static Resource deployment(String namespace, String name) {
    return new Resource(
        null, new ResourceRef("apps/v1", "Deployment", namespace, name), Map.of(), Map.of(), null);
  }

  private static Intent waits(Resource r, Target... targets) {
    return new Intent(r, WorkloadShape.JOB, List.of(targets), Timing.DEFAULT, null, null);
  }

  private static Target.Workload on(WorkloadKind kind, String namespace, String name) {
    return new Target.Workload(kind.prefix() + "/" + name, kind, namespace, name);
  }

  private static List<Resource> parse(String yaml) throws Exception {
    List<Resource> out = new ArrayList<>();
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(yaml)) {
      out.add(Resource.of((YMapping) d.root()));
    }
    return out;
  }

  private static final String API_AND_MIGRATE =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: api, tier: web}}
          spec: {containers: [{name: api, image: api}]}
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: {name: migrate, namespace: shop}
      spec:
        template:
          spec: {restartPolicy: Never, containers: [{name: m, image: m}]}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api, namespace: other}
      spec:
        template:
          metadata: {labels: {app: api, tier: web}}
          spec: {containers: [{name: api, image: api}]}
      """;

  /** api waits for job/migrate, which waits for pods/SELECTOR. */
  private static List<Intent> apiAndMigrateWaitForEachOther(
      List<Resource> objects, String selector) {
    Target pods = new Target.Pods("pods/" + selector, null, selector);
    return List.of(
        waits(objects.get(0), on(WorkloadKind.JOB, null, "migrate")), waits(objects.get(1), pods));
  }

  @Test
  void podsTargetPointsAtTheWorkloadsItSelects() throws Exception {
    List<Resource> objects = parse(API_AND_MIGRATE);
    Resource api = objects.get(0);
    Resource migrate = objects.get(1);
    DependencyGraph g =
        new DependencyGraph(
            apiAndMigrateWaitForEachOther(objects, "app=api,tier=web"), new Inventory(objects));
    DependencyGraph.Edge selected = g.edges().get(1);
    assertEquals("Deployment/shop/api", selected.to().id(), "only api in migrate's namespace");
    assertEquals(api, selected.to().object());
    assertEquals("pods/app=api,tier=web", selected.target());
    assertEquals(2, g.edges().size());
    assertEquals(
        List.of(List.of("Deployment/shop/api", "Job/shop/migrate", "Deployment/shop/api")),
        g.cycles());
    assertEquals(migrate, g.object("Job/shop/migrate"));
  }

  @Test
  void podsTargetSelectingNothingIsAKubernetesObjectNotInTheInput() throws Exception {
    List<Resource> objects = parse(API_AND_MIGRATE);
    Target pods = new Target.Pods("pods/app=db", null, "app=db");
    DependencyGraph g =
        new DependencyGraph(List.of(waits(objects.get(1), pods)), new Inventory(objects));
    DependencyGraph.Node to = g.edges().get(0).to();
    assertEquals("pods/app=db", to.id());
    assertEquals(null, to.object());
    assertEquals(true, to.kubernetes());
    assertEquals(List.of(), g.cycles());
  }

  @Test
  void plannerReportsACycleThroughAPodsSelectorOnce() throws Exception {
    List<Resource> objects = parse(API_AND_MIGRATE);
    List<Intent> intents = apiAndMigrateWaitForEachOther(objects, "app=api");
    List<Result> results = new Planner().plan(intents, new Inventory(objects)).results();
    List<String> cycles =
        results.stream()
            .map(Result::message)
            .filter(m -> m.startsWith("dependency cycle"))
            .toList();
    assertEquals(
        List.of(
            "dependency cycle: Deployment api -> Job migrate -> Deployment api; each waits for the"
                + " next, so none ever starts; remove one of these targets"),
        cycles);
  }

  @Test
  void noCycleInAChain() {
    Resource a = job("ns", "a");
    Resource b = job("ns", "b");
    List<Intent> intents =
        List.of(
            waits(a, on(WorkloadKind.JOB, null, "b")),
            waits(b, new Target.Tcp("tcp://db:1", "db", 1)));
    DependencyGraph g = new DependencyGraph(intents, new Inventory(List.of(a, b)));
    assertEquals(List.of(), g.cycles());
    assertEquals(3, g.nodes().size());
    assertEquals("Job/ns/b", g.edges().get(0).to().id());
  }

  @Test
  void cycleThroughADeploymentAndSelfWait() {
    Resource a = job("ns", "a");
    Resource api = deployment("ns", "api");
    Resource self = job(null, "self");
    List<Intent> intents = new ArrayList<>();
    intents.add(waits(a, on(WorkloadKind.DEPLOYMENT, null, "api")));
    intents.add(waits(api, on(WorkloadKind.JOB, "ns", "a")));
    intents.add(waits(self, on(WorkloadKind.JOB, null, "self")));
    DependencyGraph g = new DependencyGraph(intents, new Inventory(List.of(a, api, self)));
    assertEquals(
        List.of(
            List.of("Job/ns/a", "Deployment/ns/api", "Job/ns/a"), List.of("Job/self", "Job/self")),
        g.cycles());
    assertEquals(true, DependencyGraph.onCycle(g.edges().get(0), g.cycles()));
  }

  @Test
  void sameNameInAnotherNamespaceIsNoCycle() {
    Resource a = job("one", "a");
    Resource b = job("two", "a");
    List<Intent> intents =
        List.of(
            waits(a, on(WorkloadKind.JOB, "two", "a")),
            waits(b, on(WorkloadKind.JOB, "three", "a")));
    DependencyGraph g = new DependencyGraph(intents, new Inventory(List.of(a, b)));
    assertEquals(List.of(), g.cycles());
    assertEquals(false, g.nodes().get(2).object() != null, "job/three/a is not in the input");
  }

  private static final String CANARY =
      """
      apiVersion: v1
      kind: Service
      metadata: {name: api, namespace: shop}
      spec: {selector: {app: api}, ports: [{port: 8080}]}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api-canary, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: api, track: canary}}
          spec: {containers: [{name: api, image: api}]}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: api, track: stable}}
          spec: {containers: [{name: api, image: api}]}
      """;

  /**
   * A workload waiting for a Service its own pods are behind waits for the others behind it (one
   * ready pod is all a connection needs); alone behind it, for itself: a cycle.
   */
  @Test
  void aServiceTargetLeadsToTheOtherWorkloadsBehindItNotTheWaitingOne() throws Exception {
    List<Resource> all = parse(CANARY);
    Target service = new Target.Service("service/api", null, "api", null);
    Target host = new Target.Tcp("tcp://api:8080", "api", 8080);
    List<Intent> canary = List.of(waits(all.get(1), service, host));
    DependencyGraph both = new DependencyGraph(canary, new Inventory(all), true);
    assertEquals(List.of(), both.cycles());
    assertEquals(List.of(), both.cyclesThroughHosts(java.util.Set.of()));
    assertEquals("Deployment/shop/api", both.edges().get(0).to().id());
    List<Resource> alone = all.subList(0, 2);
    DependencyGraph self = new DependencyGraph(canary, new Inventory(alone), true);
    assertEquals(
        List.of(List.of("Deployment/shop/api-canary", "Deployment/shop/api-canary")),
        self.cycles());
  }

  private static final String WEB =
      """
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: shop}
      spec: {selector: {app: web}, ports: [{port: 80}]}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web-0, namespace: shop}
      spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: w}]}}}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web-1, namespace: shop}
      spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: w}]}}}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web-2, namespace: shop}
      spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: w, image: w}]}}}
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: {name: smoke-0, namespace: shop}
      spec: {template: {spec: {restartPolicy: Never, containers: [{name: s, image: s}]}}}
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: {name: smoke-1, namespace: shop}
      spec: {template: {spec: {restartPolicy: Never, containers: [{name: s, image: s}]}}}
      """;

  /**
   * Jobs waiting for the pods of several workloads share one node for them (the graph stays linear
   * when many Jobs wait for the pods of many Deployments), which nothing outside sees: edges lead
   * to each workload, a cycle through it names the workloads only, as do the cycles through a
   * host's Service.
   */
  @Test
  void workloadsReachedTogetherAreOneNodeThatNoCycleOrEdgeShows() throws Exception {
    List<Resource> all = parse(WEB);
    Target pods = new Target.Pods("pods/app=web", null, "app=web");
    Target host = new Target.Tcp("tcp://web:80", "web", 80);
    List<Intent> intents =
        List.of(
            waits(all.get(4), pods),
            waits(all.get(5), pods, host),
            waits(all.get(2), on(WorkloadKind.JOB, null, "smoke-0")));
    DependencyGraph g = new DependencyGraph(intents, new Inventory(all), true);
    List<String> edges = g.edges().stream().map(e -> e.from().id() + " -> " + e.to().id()).toList();
    assertEquals(
        List.of(
            "Job/shop/smoke-0 -> Deployment/shop/web-0",
            "Job/shop/smoke-0 -> Deployment/shop/web-1",
            "Job/shop/smoke-0 -> Deployment/shop/web-2",
            "Job/shop/smoke-1 -> Deployment/shop/web-0",
            "Job/shop/smoke-1 -> Deployment/shop/web-1",
            "Job/shop/smoke-1 -> Deployment/shop/web-2",
            "Job/shop/smoke-1 -> tcp://web:80",
            "Deployment/shop/web-1 -> Job/shop/smoke-0"),
        edges);
    assertEquals(
        List.of(List.of("Job/shop/smoke-0", "Deployment/shop/web-1", "Job/shop/smoke-0")),
        g.cycles());
    assertEquals("pods/app=web", g.target("Job/shop/smoke-0", "Deployment/shop/web-1"));
    assertEquals(
        g.nodes().stream().filter(n -> n.id().contains("\n")).toList(), List.of(), "no group");
    // web-2 waits for smoke-1, which connects to web's Service: a cycle through the host only.
    List<Intent> throughHost = new ArrayList<>(intents.subList(1, 2));
    throughHost.add(waits(all.get(3), on(WorkloadKind.JOB, null, "smoke-1")));
    Target onlyHost = new Target.Tcp("tcp://web:80", "web", 80);
    DependencyGraph h =
        new DependencyGraph(
            List.of(waits(all.get(5), onlyHost), throughHost.get(1)), new Inventory(all), true);
    assertEquals(List.of(), h.cycles());
    assertEquals(
        List.of(List.of("Job/shop/smoke-1", "Deployment/shop/web-2", "Job/shop/smoke-1")),
        h.cyclesThroughHosts(java.util.Set.of()));
    assertEquals("tcp://web:80", h.target("Job/shop/smoke-1", "Deployment/shop/web-2"));
  }
}
