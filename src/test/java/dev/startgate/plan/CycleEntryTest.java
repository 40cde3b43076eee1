package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.Intent;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.Target;
import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CycleEntry} only skips the graph where it finds no cycle: the cycles through a file and
 * those beside it are the same with and without it, on random folders of workloads, Services and
 * every kind of target.
 */
class CycleEntryTest {
  private static final String[] NAMESPACES = {"a", "b"};
  private static final String[] APPS = {"x", "y", "z"};
  private static final WorkloadKind[] KINDS = {
    WorkloadKind.JOB, WorkloadKind.DEPLOYMENT, WorkloadKind.STATEFULSET
  };

  @Test
  void skipsTheGraphOnlyWhereItHasNoCycleThroughTheInput() {
    int skipped = 0;
    int cyclic = 0;
    for (int seed = 0; seed < 1500; seed++) {
      Random random = new Random(seed);
      List<Resource> input = objects(random, "in", 1 + random.nextInt(3));
      List<Resource> beside = objects(random, "out", 4 + random.nextInt(8));
      List<Intent> own = intents(random, input, beside);
      List<Intent> others = intents(random, beside, input);
      Inventory inventory = new Inventory(input, beside);
      List<Result> expected = Planner.cyclesThrough(own, others, new Inventory(input, beside));
      boolean possible = CycleEntry.possible(own, others, inventory);
      assertTrue(possible || expected.isEmpty(), "seed " + seed + ": " + expected);
      assertEquals(expected, new Planner().cyclesWith(own, others, inventory), "seed " + seed);
      skipped += possible ? 0 : 1;
      cyclic += expected.isEmpty() ? 0 : 1;
    }
    // Both ways taken often enough for the test to mean something.
    assertTrue(skipped > 100, "graphs skipped: " + skipped);
    assertTrue(cyclic > 100, "folders with a cycle through the input: " + cyclic);
  }

  @Test
  void aTargetBesideThatNamesNoWorkloadOfTheInputNeedsNoGraph() {
    List<Resource> input = parse(workload(WorkloadKind.JOB, "a", "in0", "x"));
    List<Resource> beside = parse(workload(WorkloadKind.DEPLOYMENT, "a", "out0", "y"));
    List<Intent> own = List.of(waits(input.get(0), on(WorkloadKind.DEPLOYMENT, null, "out0")));
    List<Intent> others =
        List.of(waits(beside.get(0), new Target.Pods("pods/app=y", null, "app=y")));
    assertFalse(CycleEntry.possible(own, others, new Inventory(input, beside)));
    List<Intent> back = List.of(waits(beside.get(0), new Target.Pods("pods/app=x", null, "app=x")));
    assertTrue(CycleEntry.possible(own, back, new Inventory(input, beside)));
    assertEquals(1, new Planner().cyclesWith(own, back, new Inventory(input, beside)).size());
  }

  private static List<Resource> objects(Random random, String prefix, int workloads) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < workloads; i++) {
      WorkloadKind kind = KINDS[random.nextInt(KINDS.length)];
      String namespace = NAMESPACES[random.nextInt(NAMESPACES.length)];
      yaml.append(workload(kind, namespace, prefix + i, APPS[random.nextInt(APPS.length)]));
    }
    for (int i = 0; i < 2; i++) {
      String namespace = NAMESPACES[random.nextInt(NAMESPACES.length)];
      String selector =
          random.nextInt(4) == 0 ? "" : "  selector: {app: " + APPS[random.nextInt(3)] + "}\n";
      yaml.append("---\napiVersion: v1\nkind: Service\nmetadata: {name: ")
          .append(prefix)
          .append("-svc")
          .append(i)
          .append(", namespace: ")
          .append(namespace)
          .append("}\nspec:\n  ports: [{port: 80}]\n")
          .append(selector);
    }
    return parse(yaml.toString());
  }

  private static String workload(WorkloadKind kind, String namespace, String name, String app) {
    return "---\napiVersion: "
        + kind.group()
        + "/v1\nkind: "
        + kind.kind()
        + "\nmetadata: {name: "
        + name
        + ", namespace: "
        + namespace
        + "}\nspec:\n  template:\n    metadata: {labels: {app: "
        + app
        + "}}\n    spec: {containers: [{name: c, image: c}]}\n";
  }

  /** Intents for most workloads of {@code mine}, with targets in both lists and beyond. */
  private static List<Intent> intents(Random random, List<Resource> mine, List<Resource> theirs) {
    List<Resource> all = new ArrayList<>(mine);
    all.addAll(theirs);
    List<Intent> out = new ArrayList<>();
    for (Resource r : mine) {
      if (r.kind().equals("Service") || random.nextInt(5) == 0) {
        continue;
      }
      List<Target> targets = new ArrayList<>();
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        Resource to = all.get(random.nextInt(all.size()));
        String namespace = random.nextBoolean() ? null : to.namespace();
        targets.add(target(random, to, namespace));
      }
      out.add(waits(r, targets.toArray(Target[]::new)));
    }
    return out;
  }

  private static Target target(Random random, Resource to, String namespace) {
    String app = APPS[random.nextInt(APPS.length)];
    return switch (random.nextInt(6)) {
      case 0 -> new Target.Tcp("tcp://" + to.name() + ":80", to.name(), 80);
      case 1 -> new Target.Pods("pods/app=" + app, namespace, "app=" + app);
      case 2 -> new Target.Pods("pods/app!=" + app, namespace, "app!=" + app);
      case 3 -> new Target.Service("service/" + to.name(), namespace, to.name(), null);
      case 4 -> {
        WorkloadKind kind =
            to.kind().equals("Service")
                ? WorkloadKind.JOB
                : WorkloadKind.valueOf(to.kind().toUpperCase(java.util.Locale.ROOT));
        yield on(kind, namespace, random.nextInt(5) == 0 ? "gone" : to.name());
      }
      default ->
          new Target.Custom(
              new ResourceTarget(
                  "jobs.batch/" + to.name(),
                  "jobs",
                  "v1",
                  "batch",
                  ResourceTarget.Scope.NAMESPACED,
                  namespace,
                  to.name(),
                  List.of()),
              "Job");
    };
  }

  private static Intent waits(Resource r, Target... targets) {
    return new Intent(r, WorkloadShape.JOB, List.of(targets), Timing.DEFAULT, null, null);
  }

  private static Target.Workload on(WorkloadKind kind, String namespace, String name) {
    return new Target.Workload(kind.prefix() + "/" + name, kind, namespace, name);
  }

  private static List<Resource> parse(String yaml) {
    List<Resource> out = new ArrayList<>();
    try {
      for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(yaml)) {
        out.add(Resource.of((YMapping) d.root()));
      }
    } catch (YamlInputException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
