package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.intent.Intent;
import dev.startgate.intent.Target;
import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  private static Resource job(String namespace, String name) {
    return new Resource(null, new ResourceRef("batch/v1", "Job", namespace, name), Map.of(), Map.of(), null);
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

  @Test
  void noCycleInAChain() {
    Resource a = job("ns", "a");
    Resource b = job("ns", "b");
    List<Intent> intents =
        List.of(waits(a, on(WorkloadKind.JOB, null, "b")), waits(b, new Target.Tcp("tcp://db:1", "db", 1)));
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
        List.of(List.of("Job/ns/a", "Deployment/ns/api", "Job/ns/a"), List.of("Job/self", "Job/self")),
        g.cycles());
    assertEquals(true, DependencyGraph.onCycle(g.edges().get(0), g.cycles()));
  }

  @Test
  void sameNameInAnotherNamespaceIsNoCycle() {
    Resource a = job("one", "a");
    Resource b = job("two", "a");
    List<Intent> intents =
        List.of(waits(a, on(WorkloadKind.JOB, "two", "a")), waits(b, on(WorkloadKind.JOB, "three", "a")));
    DependencyGraph g = new DependencyGraph(intents, new Inventory(List.of(a, b)));
    assertEquals(List.of(), g.cycles());
    assertEquals(false, g.nodes().get(2).object() != null, "job/three/a is not in the input");
  }
}
