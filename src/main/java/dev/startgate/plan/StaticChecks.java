package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks only a tool that sees the whole bundle can make: Kubernetes targets missing from the
 * input, dependency cycles between workloads, {@code rollout status} on an {@code OnDelete}
 * StatefulSet or DaemonSet, a waited-on Job that deletes itself, and gates that outlast a Job's
 * deadline.
 */
final class StaticChecks {
  private final Inventory inventory;
  private final JobPodsCheck jobPods = new JobPodsCheck();

  StaticChecks(Inventory inventory) {
    this.inventory = inventory;
  }

  /** The results for {@code plans}, in input order. */
  List<Result> check(List<WorkloadPlan> plans) {
    List<Result> results = new ArrayList<>();
    for (WorkloadPlan plan : plans) {
      Targets targets = new Targets(plan.intent(), results);
      for (Gate gate : plan.gates()) {
        gate.accept(targets);
      }
      unseenCycles(plan, targets.custom, results);
      DeadlineCheck.check(plan, results);
      HostPorts.check(plan.intent(), inventory, results);
      PodChecks.check(plan, results);
    }
    List<Intent> intents = plans.stream().map(WorkloadPlan::intent).toList();
    Map<String, Intent.Sources> sources = new HashMap<>();
    for (Intent i : intents) {
      sources.putIfAbsent(DependencyGraph.objectId(i.workload()), i.sources());
    }
    DependencyGraph graph = new DependencyGraph(intents, inventory, true);
    Set<Set<String>> certain = new HashSet<>();
    for (List<String> cycle : graph.cycles()) {
      certain.add(new HashSet<>(cycle));
      results.add(
          CycleResults.cycle(
              cycle.stream().map(graph::object).toList(),
              sources.getOrDefault(cycle.get(0), Intent.Sources.ANNOTATIONS),
              graph.target(cycle.get(0), cycle.get(1))));
    }
    for (List<String> cycle : graph.cyclesThroughHosts(certain)) {
      results.add(
          CycleResults.cycleThroughHost(
              cycle.stream().map(graph::object).toList(),
              sources.getOrDefault(cycle.get(0), Intent.Sources.ANNOTATIONS),
              graph.target(cycle.get(0), cycle.get(1))));
    }
    return results;
  }

  /** Finds each gate's targets in the input and checks them. */
  private final class Targets implements Gate.Visitor<Void> {
    private final Resource w;
    private final String waitFor;
    private final List<Result> results;
    private final List<String> custom = new ArrayList<>();

    Targets(Intent intent, List<Result> results) {
      this.w = intent.workload();
      this.waitFor = intent.sources().waitFor();
      this.results = results;
    }

    @Override
    public Void tcp(Gate.Tcp g) {
      return null;
    }

    @Override
    public Void http(Gate.Http g) {
      BodyTargets.check(w, waitFor, g.target(), g.expect(), results);
      return null;
    }

    @Override
    public Void https(Gate.Https g) {
      BodyTargets.check(w, waitFor, g.target(), g.expect(), results);
      return null;
    }

    @Override
    public Void protocol(Gate.Protocol g) {
      return null;
    }

    @Override
    public Void rollout(Gate.Rollout g) {
      Optional<Resource> target = named(g.kind().kind(), g.namespace(), g.name(), g.target());
      target.ifPresent(
          t -> {
            if (t.facts().updateStrategy().equals("OnDelete")) {
              results.add(
                  Result.error(
                      w,
                      waitFor,
                      g.target(),
                      g.kind().kind()
                          + " \""
                          + g.name()
                          + "\" uses updateStrategy OnDelete, whose rollout the gate cannot follow"
                          + " (kubectl rollout status cannot either); give it a RollingUpdate"
                          + " strategy, or wait for its pods with a target like "
                          + PodsAdvice.of(w, t)));
            }
          });
      return null;
    }

    @Override
    public Void jobComplete(Gate.JobComplete g) {
      Optional<Resource> target =
          named(WorkloadKind.JOB.kind(), g.namespace(), g.name(), g.target());
      target.ifPresent(
          t -> {
            String ttl = t.facts().ttlSecondsAfterFinished();
            if (ttl != null) {
              results.add(
                  Result.warning(
                      w,
                      waitFor,
                      "Job \""
                          + g.name()
                          + "\" sets ttlSecondsAfterFinished: "
                          + ttl
                          + ", so it deletes itself after finishing, and a gate that starts later"
                          + " waits for it until its timeout; remove ttlSecondsAfterFinished from"
                          + " the Job, or wait for what the Job produces instead"));
            }
          });
      return null;
    }

    @Override
    public Void serviceReady(Gate.ServiceReady g) {
      named("Service", g.namespace(), g.name(), g.target());
      return null;
    }

    /**
     * A custom resource whose CRD is in the input but the object is not: a warning, as for other
     * targets (without the CRD, the resource is the operator's business and nothing is said).
     */
    @Override
    public Void customResource(Gate.CustomResource g) {
      ResourceTarget r = g.resource();
      String crd = r.resource() + "." + r.group();
      // A target in another namespace keeps it.
      custom.add(
          r.kubectlType() + "/" + (r.namespace() == null ? "" : r.namespace() + "/") + r.name());
      SwallowedTargets.jsonpathValue(w, waitFor, g.target(), r, results);
      if (g.kind() == null) {
        CrdSpelling.check(inventory, w, waitFor, g, results);
        return null;
      }
      if (inventory.find("CustomResourceDefinition", null, crd).isEmpty()
          || inventory.find(r.group(), g.kind(), g.namespace(), r.name()).isPresent()) {
        return null;
      }
      results.add(
          Result.warning(
              w,
              waitFor,
              "no "
                  + g.kind()
                  + " \""
                  + r.name()
                  + "\""
                  + inNamespace(g.namespace())
                  + " in the input for "
                  + g.target()
                  + ", though its CustomResourceDefinition "
                  + crd
                  + " is; startgate assumes it exists in the cluster"));
      return null;
    }

    @Override
    public Void podsReady(Gate.PodsReady g) {
      List<Resource> matching = inventory.withPods(g.namespace(), g.selector());
      if (matching.isEmpty()) {
        results.add(
            Result.warning(
                w,
                waitFor,
                "no workload in the input has pods matching "
                    + g.target()
                    + inNamespace(g.namespace())
                    + "; startgate assumes they exist in the cluster"));
      }
      jobPods.check(w, waitFor, g.target(), matching, results);
      SwallowedTargets.selector(w, waitFor, g, inventory, results);
      return null;
    }

    /** The object the gate names, or empty after a warning that it is not in the input. */
    private Optional<Resource> named(String kind, String namespace, String name, String text) {
      Optional<Resource> found = inventory.find(kind, namespace, name);
      if (found.isEmpty()) {
        results.add(
            Result.warning(
                w,
                waitFor,
                "no "
                    + kind
                    + " \""
                    + name
                    + "\""
                    + inNamespace(namespace)
                    + " in the input for "
                    + text
                    + "; startgate assumes it exists in the cluster"
                    + OtherKinds.hint(inventory, w, kind, namespace, name)));
      }
      found.ifPresent(r -> GeneratedTargets.check(w, waitFor, text, r, results));
      return found;
    }
  }

  /**
   * An info that cycles through custom resources cannot be seen: the operator that makes such an
   * object ready may itself wait for this workload, and nothing in the input says so.
   */
  private static void unseenCycles(WorkloadPlan plan, List<String> custom, List<Result> results) {
    if (custom.isEmpty()) {
      return;
    }
    results.add(
        Result.info(
            plan.intent().workload(),
            "startgate cannot see dependency cycles through custom resources ("
                + String.join(", ", custom)
                + "): if the operator that makes one ready waits for this workload itself, both"
                + " wait until the gate times out; check that it does not"));
  }

  private static String inNamespace(String namespace) {
    return namespace == null ? "" : " in namespace \"" + namespace + "\"";
  }
}
