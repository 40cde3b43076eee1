package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.KubernetesGates;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.Target;
import dev.startgate.intent.Timing;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns intents into gates: pure, no YAML, no I/O. */
public final class Planner {

  private final KubernetesGates.Runtime runtime;
  private final Orchestration orchestration;

  /** A planner for kubectl gates. */
  public Planner() {
    this(KubernetesGates.Runtime.KUBECTL);
  }

  /**
   * A planner for {@code runtime}: with the when-ready server, {@code service/} targets wait for
   * the Service's pods ({@code --type service}) and only Services and Jobs can be waited for.
   */
  public Planner(KubernetesGates.Runtime runtime) {
    this(runtime, Orchestration.NONE);
  }

  /** A planner for {@code runtime} that checks phase deadlocks under {@code orchestration}. */
  public Planner(KubernetesGates.Runtime runtime, Orchestration orchestration) {
    this.runtime = runtime;
    this.orchestration = orchestration;
  }

  /** Plans every intent against what {@code inventory} holds. */
  public Plan plan(List<Intent> intents, Inventory inventory) {
    List<WorkloadPlan> workloads = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (Intent intent : intents) {
      List<Gate> gates = new ArrayList<>();
      Map<String, Gate> seen = new HashMap<>();
      // Made only when a target is written twice: which spelling the graph shows, which it leaves.
      Map<String, Target> shown = null;
      List<Target> merged = null;
      for (Target target : intent.targets()) {
        Gate gate = gate(intent, target, inventory, results);
        if (gate == null) {
          continue;
        }
        String identity = GateArguments.identity(gate);
        Gate same = seen.putIfAbsent(identity, gate);
        if (same == null) {
          gates.add(gate);
          continue;
        }
        shown = shown == null ? new HashMap<>() : shown;
        merged = merged == null ? new ArrayList<>() : merged;
        Target before = shown.getOrDefault(identity, firstWritten(intent, same.target(), target));
        // The graph shows one spelling: the one that names an object rather than a host.
        boolean objectNow = isHost(before) && !isHost(target);
        merged.add(objectNow ? before : target);
        shown.put(identity, objectNow ? target : before);
        results.add(
            Result.warning(
                intent.workload(),
                intent.sources().waitFor(),
                "target "
                    + gate.target()
                    + " is "
                    + same.target()
                    + " written another way; gating once"));
      }
      List<Gate> planned = List.copyOf(gates);
      boolean whenReady = runtime == KubernetesGates.Runtime.WHEN_READY_SERVER;
      workloads.add(
          new WorkloadPlan(
              intent,
              planned,
              GateGroup.of(planned, whenReady),
              merged == null ? List.of() : List.copyOf(merged)));
    }
    results.addAll(new StaticChecks(inventory).check(workloads));
    results.addAll(new PhaseDeadlocks(orchestration, inventory, workloads).check(workloads));
    return new Plan(List.copyOf(workloads), List.copyOf(results));
  }

  /**
   * The dependency cycles that run through {@code intents} and {@code others} (the workloads of
   * files deployed with the input but not part of it, such as the other files of a folder), each as
   * an error on its first workload in {@code intents}. Cycles among {@code intents} alone are
   * {@link #plan}'s; cycles among {@code others} alone are not the input's.
   */
  public List<Result> cyclesWith(List<Intent> intents, List<Intent> others, Inventory inventory) {
    return CycleEntry.possible(intents, others, inventory)
        ? cyclesThrough(intents, others, inventory)
        : List.of();
  }

  /** As {@link #cyclesWith}, always from the graph. */
  static List<Result> cyclesThrough(
      List<Intent> intents, List<Intent> others, Inventory inventory) {
    Map<String, Resource> own = new LinkedHashMap<>();
    for (Intent i : intents) {
      own.putIfAbsent(DependencyGraph.objectId(i.workload()), i.workload());
    }
    List<Intent> all = new ArrayList<>(intents);
    all.addAll(others);
    DependencyGraph graph = new DependencyGraph(all, inventory);
    List<Result> results = new ArrayList<>();
    for (List<String> cycle : graph.cycles()) {
      List<String> open = cycle.subList(0, cycle.size() - 1);
      int first = -1;
      for (int i = 0; i < open.size() && first < 0; i++) {
        first = own.containsKey(open.get(i)) ? i : -1;
      }
      if (first < 0 || own.keySet().containsAll(open)) {
        continue;
      }
      List<Resource> chain = new ArrayList<>();
      for (int i = 0; i <= open.size(); i++) {
        String id = open.get((first + i) % open.size());
        chain.add(own.containsKey(id) ? own.get(id) : graph.object(id));
      }
      String from = open.get(first);
      String to = open.get((first + 1) % open.size());
      results.add(CycleResults.cycle(chain, Intent.Sources.ANNOTATIONS, graph.target(from, to)));
    }
    return results;
  }

  /** True for a network target: its graph node is a host, not an object. */
  private static boolean isHost(Target t) {
    return t.accept(ServiceHosts.HOST) != null;
  }

  /** The first of {@code intent}'s targets written as {@code text} (a gate's), else {@code or}. */
  private static Target firstWritten(Intent intent, String text, Target or) {
    for (Target t : intent.targets()) {
      if (t.text().equals(text)) {
        return t;
      }
    }
    return or;
  }

  private Gate gate(Intent intent, Target target, Inventory inventory, List<Result> results) {
    return target.accept(new GateOf(intent, inventory, results));
  }

  /** The gate of one target, or null with an error in {@code results}. */
  private final class GateOf implements Target.Visitor<Gate> {
    private final Intent intent;
    private final Inventory inventory;
    private final List<Result> results;
    private final Timing t;
    private final Resource w;
    private final String waitFor;
    private final boolean whenReady = runtime == KubernetesGates.Runtime.WHEN_READY_SERVER;

    GateOf(Intent intent, Inventory inventory, List<Result> results) {
      this.intent = intent;
      this.inventory = inventory;
      this.results = results;
      this.t = intent.timing();
      this.w = intent.workload();
      this.waitFor = intent.sources().waitFor();
    }

    @Override
    public Gate tcp(Target.Tcp tcp) {
      return new Gate.Tcp(tcp.text(), "tcp", tcp.host(), tcp.port(), t);
    }

    @Override
    public Gate http(Target.Http http) {
      return http.tls()
          ? new Gate.Https(http.text(), http.url(), http.host(), http.expect(), t)
          : new Gate.Http(http.text(), http.url(), http.host(), http.expect(), t);
    }

    @Override
    public Gate protocol(Target.Protocol p) {
      return new Gate.Protocol(p.text(), p.protocol(), p.host(), p.port(), t);
    }

    @Override
    public Gate service(Target.Service service) {
      if (whenReady) {
        return ServiceTargets.portOfWhenReady(intent, service, inventory, results)
            ? new Gate.ServiceReady(
                service.text(), namespace(service.namespace()), service.name(), t)
            : null;
      }
      return ServiceTargets.gate(intent, service, inventory, results);
    }

    @Override
    public Gate workload(Target.Workload wl) {
      String namespace = namespace(wl.namespace());
      return switch (wl.kind()) {
        case JOB -> new Gate.JobComplete(wl.text(), namespace, wl.name(), t);
        case DEPLOYMENT, STATEFULSET, DAEMONSET ->
            whenReady
                ? notWithWhenReady(wl, "service/" + inNamespace(wl.namespace()) + wl.name())
                : new Gate.Rollout(wl.text(), wl.kind(), namespace, wl.name(), t);
      };
    }

    @Override
    public Gate pods(Target.Pods pods) {
      return whenReady
          ? notWithWhenReady(
              pods, "service/" + inNamespace(pods.namespace()) + serviceLike(pods.selector()))
          : new Gate.PodsReady(pods.text(), namespace(pods.namespace()), pods.selector(), t);
    }

    @Override
    public Gate custom(Target.Custom custom) {
      ResourceTarget r = custom.resource();
      if (whenReady) {
        results.add(
            Result.error(
                w,
                waitFor,
                custom.text(),
                Result.quoted(custom.text())
                    + ": kubernetesGates: when-ready-server cannot wait for custom resources such as "
                    + r.kubectlType()
                    + " (k8s-when-ready waits for Services and Jobs only); set kubernetesGates:"
                    + " kubectl in the function config to wait for it with kubectl, or wait for"
                    + " the Service in front of it instead, like service/"
                    + (r.clusterScoped() ? "" : inNamespace(r.namespace()))
                    + r.name()));
        return null;
      }
      String namespace = r.clusterScoped() ? null : namespace(r.namespace());
      return new Gate.CustomResource(custom.text(), r, custom.kind(), namespace, t);
    }

    private String namespace(String written) {
      return written != null ? written : w.namespace();
    }

    /** {@code NAMESPACE/} of a target that names one, for an example beside it; else empty. */
    private static String inNamespace(String written) {
      return written == null ? "" : written + "/";
    }

    /**
     * A Service name for an example: the value of a selector's first label when it selects by
     * equality (app=db: db; not app!=db, which selects every other pod).
     */
    private static String serviceLike(String selector) {
      String first = selector.split(",", 2)[0];
      if (first.contains("!")) {
        return "api";
      }
      int eq = first.indexOf('=');
      String value = eq < 0 ? "" : first.substring(eq + 1).replace("=", "").strip();
      return value.matches("[a-z]([-a-z0-9]{0,61}[a-z0-9])?") ? value : "api";
    }

    /** The error of a target k8s-when-ready cannot wait for; {@code example} names a Service. */
    private Gate notWithWhenReady(Target target, String example) {
      results.add(
          Result.error(
              w,
              waitFor,
              target.text(),
              Result.quoted(target.text())
                  + ": kubernetesGates: when-ready-server waits for Services and Jobs only"
                  + " (k8s-when-ready --type service|job); wait for the Service in front of it,"
                  + " like "
                  + example
                  + ", or use kubernetesGates: kubectl"));
      return null;
    }
  }
}
