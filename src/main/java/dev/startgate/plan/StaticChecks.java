package dev.startgate.plan;

import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks only a tool that sees the whole bundle can make: Kubernetes targets missing from the
 * input, dependency cycles between workloads, {@code rollout status} on an {@code OnDelete}
 * StatefulSet or DaemonSet, a waited-on Job that deletes itself, and gates that outlast a Job's
 * deadline.
 */
final class StaticChecks {
  private static final String WAIT_FOR = "metadata.annotations.startgate.dev/wait-for";

  private final Inventory inventory;

  StaticChecks(Inventory inventory) {
    this.inventory = inventory;
  }

  /** The results for {@code plans}, in input order. */
  List<Result> check(List<WorkloadPlan> plans) {
    List<Result> results = new ArrayList<>();
    Map<Resource, List<Resource>> edges = new IdentityHashMap<>();
    for (WorkloadPlan plan : plans) {
      Resource w = plan.intent().workload();
      List<Resource> needs = new ArrayList<>();
      for (Gate gate : plan.gates()) {
        needs.addAll(gate.accept(new Targets(w, results)));
      }
      edges.put(w, needs);
      deadline(plan, results);
    }
    results.addAll(cycles(plans, edges));
    return results;
  }

  /** Finds each gate's targets in the input and checks them; returns the workloads it waits on. */
  private final class Targets implements Gate.Visitor<List<Resource>> {
    private final Resource w;
    private final List<Result> results;

    Targets(Resource w, List<Result> results) {
      this.w = w;
      this.results = results;
    }

    @Override
    public List<Resource> tcp(Gate.Tcp g) {
      return List.of();
    }

    @Override
    public List<Resource> http(Gate.Http g) {
      return List.of();
    }

    @Override
    public List<Resource> https(Gate.Https g) {
      return List.of();
    }

    @Override
    public List<Resource> rollout(Gate.Rollout g) {
      Optional<Resource> target = named(g.kind(), g.namespace(), g.name(), g.target());
      target.ifPresent(
          t -> {
            String strategy =
                t.node().at("spec", "updateStrategy", "type").map(StaticChecks::text).orElse("");
            if (strategy.equals("OnDelete")) {
              results.add(
                  Result.error(
                      w,
                      WAIT_FOR,
                      g.target(),
                      g.kind().kind()
                          + " \""
                          + g.name()
                          + "\" uses updateStrategy OnDelete, which kubectl rollout status cannot"
                          + " follow; give it a RollingUpdate strategy, or wait for its pods with a"
                          + " target like pods/app="
                          + g.name()));
            }
          });
      return target.map(List::of).orElse(List.of());
    }

    @Override
    public List<Resource> jobComplete(Gate.JobComplete g) {
      Optional<Resource> target = named(WorkloadKind.JOB, g.namespace(), g.name(), g.target());
      target.ifPresent(
          t -> {
            String ttl = t.node().at("spec", "ttlSecondsAfterFinished").map(StaticChecks::text).orElse(null);
            if (ttl != null) {
              results.add(
                  Result.warning(
                      w,
                      WAIT_FOR,
                      "Job \""
                          + g.name()
                          + "\" sets ttlSecondsAfterFinished: "
                          + ttl
                          + ", so it deletes itself after finishing, and a gate that starts later"
                          + " waits for it until its timeout; remove ttlSecondsAfterFinished from"
                          + " the Job, or wait for what the Job produces instead"));
            }
          });
      return target.map(List::of).orElse(List.of());
    }

    @Override
    public List<Resource> serviceReady(Gate.ServiceReady g) {
      if (inventory.find("Service", g.namespace(), g.name()).isEmpty()) {
        results.add(
            Result.warning(
                w,
                WAIT_FOR,
                "no Service \""
                    + g.name()
                    + "\""
                    + (g.namespace() == null ? "" : " in namespace \"" + g.namespace() + "\"")
                    + " in the input for "
                    + g.target()
                    + "; startgate assumes it exists in the cluster"));
      }
      return List.of();
    }

    @Override
    public List<Resource> podsReady(Gate.PodsReady g) {
      LabelSelector selector = LabelSelector.parse(g.selector());
      List<Resource> matching = new ArrayList<>();
      for (Resource r : inventory.all()) {
        Optional<WorkloadShape> shape = WorkloadShape.of(r);
        if (shape.isPresent()
            && Inventory.sameNamespace(r.namespace(), g.namespace())
            && selector.matches(podLabels(r, shape.get()))) {
          matching.add(r);
        }
      }
      if (matching.isEmpty()) {
        results.add(
            Result.warning(
                w,
                WAIT_FOR,
                "no workload in the input has pods matching "
                    + g.target()
                    + (g.namespace() == null ? "" : " in namespace \"" + g.namespace() + "\"")
                    + "; startgate assumes they exist in the cluster"));
      }
      return matching;
    }

    private Optional<Resource> named(WorkloadKind kind, String namespace, String name, String text) {
      Optional<Resource> found = inventory.find(kind.kind(), namespace, name);
      if (found.isEmpty()) {
        results.add(
            Result.warning(
                w,
                WAIT_FOR,
                "no "
                    + kind.kind()
                    + " \""
                    + name
                    + "\""
                    + (namespace == null ? "" : " in namespace \"" + namespace + "\"")
                    + " in the input for "
                    + text
                    + "; startgate assumes it exists in the cluster"));
      }
      return found;
    }
  }

  private static void deadline(WorkloadPlan plan, List<Result> results) {
    Resource w = plan.intent().workload();
    Optional<YMapping> jobSpec = plan.intent().shape().jobSpec(w);
    Optional<String> deadline = jobSpec.flatMap(s -> s.text("activeDeadlineSeconds"));
    if (deadline.isEmpty() || !deadline.get().matches("\\d{1,12}") || plan.gates().isEmpty()) {
      return;
    }
    long total = plan.gates().stream().mapToLong(g -> g.timing().timeoutSeconds()).sum();
    if (total > Long.parseLong(deadline.get())) {
      String field =
          plan.intent().shape() == WorkloadShape.CRONJOB
              ? "spec.jobTemplate.spec.activeDeadlineSeconds"
              : "spec.activeDeadlineSeconds";
      results.add(
          Result.warning(
              w,
              field,
              "the gates may wait up to "
                  + total
                  + "s (the sum of their timeouts), longer than activeDeadlineSeconds: "
                  + deadline.get()
                  + ", which then kills the Job while it is still gated; lower"
                  + " startgate.dev/timeout or raise activeDeadlineSeconds"));
    }
  }

  private static List<Result> cycles(List<WorkloadPlan> plans, Map<Resource, List<Resource>> edges) {
    List<Result> results = new ArrayList<>();
    Set<Resource> done = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> reported = new LinkedHashSet<>();
    for (WorkloadPlan plan : plans) {
      List<Resource> path = new ArrayList<>();
      walk(plan.intent().workload(), edges, path, done, reported, results);
    }
    return results;
  }

  private static void walk(
      Resource node,
      Map<Resource, List<Resource>> edges,
      List<Resource> path,
      Set<Resource> done,
      Set<String> reported,
      List<Result> results) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i) == node) {
        List<Resource> cycle = new ArrayList<>(path.subList(i, path.size()));
        report(cycle, reported, results);
        return;
      }
    }
    if (done.contains(node)) {
      return;
    }
    path.add(node);
    for (Resource next : edges.getOrDefault(node, List.of())) {
      walk(next, edges, path, done, reported, results);
    }
    path.remove(path.size() - 1);
    done.add(node);
  }

  private static void report(List<Resource> cycle, Set<String> reported, List<Result> results) {
    String key =
        cycle.stream().map(r -> r.ref().toString()).sorted().collect(Collectors.joining(","));
    if (!reported.add(key)) {
      return;
    }
    List<Resource> closed = new ArrayList<>(cycle);
    closed.add(cycle.get(0));
    String chain =
        closed.stream().map(r -> r.kind() + " " + r.name()).collect(Collectors.joining(" -> "));
    results.add(
        Result.error(
            cycle.get(0),
            WAIT_FOR,
            cycle.get(0).annotations().get("startgate.dev/wait-for"),
            "dependency cycle: "
                + chain
                + "; each waits for the next, so none ever starts; remove one of these targets"));
  }

  private static Map<String, String> podLabels(Resource r, WorkloadShape shape) {
    Optional<YMapping> labels =
        shape == WorkloadShape.POD
            ? r.node().mappingAt("metadata", "labels")
            : shape == WorkloadShape.CRONJOB
                ? r.node().mappingAt("spec", "jobTemplate", "spec", "template", "metadata", "labels")
                : r.node().mappingAt("spec", "template", "metadata", "labels");
    Map<String, String> out = new LinkedHashMap<>();
    labels.ifPresent(
        m -> {
          for (YMapping.Entry e : m.entries()) {
            if (e.keyText() != null && e.value() instanceof YScalar s) {
              out.put(e.keyText(), s.value());
            }
          }
        });
    return out;
  }

  private static String text(YNode node) {
    return node instanceof YScalar s ? s.value() : "";
  }
}
