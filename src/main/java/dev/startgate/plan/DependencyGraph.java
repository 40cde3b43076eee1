// Over 300 lines: the graph, its cycles and the nodes each kind of target reaches, kept together.
package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who waits for whom, and the cycles in it: the one cycle detector, used by the planner's checks
 * and by {@code startgate explain}. Each target of every intent gives an edge from the workload to
 * its target. A {@code deployment/}, {@code statefulset/}, {@code daemonset/} or {@code job/}
 * target that names a workload in the input points at that workload's node, and a {@code pods/}
 * target points at every workload in the input whose pod template it selects. So a workload that
 * waits (directly or through others) for something that waits for it shows up as a cycle, which
 * would block both forever.
 */
public final class DependencyGraph {
  /**
   * A workload or a target.
   *
   * @param id {@code Kind/namespace/name} for objects, the target text for anything else
   * @param object the object in the input, or null (a network target, or one in the cluster)
   * @param kubernetes true for a Kubernetes object (in the input or not)
   */
  public record Node(String id, Resource object, boolean kubernetes) {}

  /**
   * One wait.
   *
   * @param from the waiting workload
   * @param to what it waits for (for a {@code pods/} target: one workload it selects)
   * @param target the target as written
   */
  public record Edge(Node from, Node to, String target) {}

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();

  /**
   * Workloads that a target reaches several of at once (a {@code pods/} selector's, a Service's),
   * as one node: a waiting workload has one edge to it, and it one to each of them, so a thousand
   * Jobs waiting for the pods of a thousand Deployments make two thousand edges, not a million.
   * Nodes and cycles read from outside never show one ({@link #nodes}, {@link #edges}, {@link
   * #cycles}).
   */
  private final NodeGroups<Node> groups =
      new NodeGroups<>(Node::id, id -> new Node(id, null, true));

  private final boolean throughHosts;
  // The edges from a network target's host to the workloads behind the Service it names.
  private final List<Edge> hostEdges = new ArrayList<>();

  /** The graph of {@code intents} over the objects in {@code inventory}. */
  public DependencyGraph(List<Intent> intents, Inventory inventory) {
    this(intents, inventory, false);
  }

  /**
   * The graph of {@code intents} over the objects in {@code inventory}; with {@code throughHosts},
   * it also holds, apart from its edges, one from a network target whose host names a Service of
   * the input ({@code tcp://db:5432}, {@code http://api.shop/healthz}) to each workload behind that
   * Service, as {@code service/db} points. Those hold only as far as the pods' DNS resolves the
   * host to that Service: {@link #cycles} leaves them out, {@link #cyclesThroughHosts} takes them.
   */
  DependencyGraph(List<Intent> intents, Inventory inventory, boolean throughHosts) {
    this.throughHosts = throughHosts;
    for (Intent intent : intents) {
      Node from = node(objectId(intent.workload()), intent.workload(), true);
      // One edge per node waited for: deployment/api and deployments.apps/api are one wait.
      Set<String> seen = new HashSet<>();
      Set<String> seenByHost = new HashSet<>();
      for (Target t : intent.targets()) {
        for (Node to : targetNodes(intent.workload(), t, inventory)) {
          if (seen.add(to.id())) {
            edges.add(new Edge(from, to, t.text()));
          }
        }
        String host = throughHosts ? t.accept(ServiceHosts.HOST) : null;
        HostServices.Named named =
            HostServices.find(host, intent.workload().namespace(), inventory);
        List<Resource> behind =
            named == null ? List.of() : inventory.behind(named.service(), named.pod());
        if (NodeGroups.shared(behind, intent.workload())) {
          String id = NodeGroups.HOST + objectId(named.service()) + "\n" + named.pod();
          Node to = groups.of(id, behind, true, this::objectNode);
          if (seenByHost.add(to.id())) {
            hostEdges.add(new Edge(from, to, t.text()));
          }
          continue;
        }
        for (Resource r : ServiceHosts.answering(behind, intent.workload())) {
          Node to = objectNode(r);
          if (seenByHost.add(to.id())) {
            hostEdges.add(new Edge(from, to, t.text()));
          }
        }
      }
    }
  }

  /** Every node, workloads and targets, in the order first seen. */
  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  /**
   * Every edge, in intent and target order: one to each workload a target reaches (for {@code
   * startgate explain}, which draws them all).
   */
  public List<Edge> edges() {
    if (groups.isEmpty()) {
      return List.copyOf(edges);
    }
    List<Edge> out = new ArrayList<>(edges.size());
    Node from = null;
    Set<String> seen = new HashSet<>();
    for (Edge e : edges) {
      if (e.from() != from) {
        from = e.from();
        seen.clear(); // one intent's edges follow each other
      }
      for (Node to : groups.members(e.to())) {
        if (seen.add(to.id())) {
          out.add(new Edge(e.from(), to, e.target()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The target {@code from} wrote that leads to {@code to}, else through its host; or null. */
  String target(String from, String to) {
    return Stream.concat(edges.stream(), hostEdges.stream())
        .filter(e -> e.from().id().equals(from) && groups.leadsTo(e.to(), to))
        .map(Edge::target)
        .findFirst()
        .orElse(null);
  }

  /** Cycles reported at most: each costs its length, and a few name every edge to remove. */
  public static final int MAX_CYCLES = 100;

  /**
   * The cycles, each as the node ids along it with the first repeated at the end ({@code a -> b ->
   * a}), at most {@link #MAX_CYCLES}. A workload waiting for itself is a cycle of one.
   */
  public List<List<String>> cycles() {
    Map<String, List<String>> next = new LinkedHashMap<>();
    for (Edge e : edges) {
      next.computeIfAbsent(e.from().id(), k -> new ArrayList<>()).add(e.to().id());
    }
    groups.addMembers(next, false);
    return CycleSearch.find(nodes.keySet(), next, groups.ids(), MAX_CYCLES);
  }

  /**
   * The cycles that run through an edge from a network target's host to a workload behind the
   * Service it names (a graph made {@code throughHosts}), other than those through the same nodes
   * as one of {@code known}, at most {@link #MAX_CYCLES}: for each such edge within a strongly
   * connected component and on no cycle found already, the shortest way back from the workload it
   * reaches closes one. Found edge by edge, so what is reported does not depend on the order the
   * targets are written in, in time linear in the graph for each cycle found.
   */
  List<List<String>> cyclesThroughHosts(Set<Set<String>> known) {
    List<List<String>> out = new ArrayList<>();
    if (hostEdges.isEmpty()) {
      return out;
    }
    Map<String, List<String>> next = new LinkedHashMap<>();
    for (List<Edge> list : List.of(edges, hostEdges)) {
      for (Edge e : list) {
        next.computeIfAbsent(e.from().id(), k -> new ArrayList<>()).add(e.to().id());
      }
    }
    groups.addMembers(next, true);
    // Only an edge within one component lies on a cycle; one on a cycle found already adds none.
    Map<String, Integer> components = CycleSearch.components(nodes.keySet(), next);
    Set<Set<String>> seen = new HashSet<>(known);
    Set<String> covered = new HashSet<>();
    for (Edge e : hostEdges) {
      String from = e.from().id();
      // A group's members, each an edge of its own, if the group lies in the waiting one's
      // component: else none of them does.
      for (Node reached :
          !components.get(from).equals(components.get(e.to().id()))
              ? List.<Node>of()
              : groups.members(e.to())) {
        String to = reached.id();
        if (out.size() >= MAX_CYCLES
            || !components.get(from).equals(components.get(to))
            || covered.contains(from + "\n" + to)) {
          continue;
        }
        List<String> cycle = new ArrayList<>();
        cycle.add(from);
        cycle.addAll(CycleSearch.path(next, groups.ids(), to, from, components));
        for (int i = 0; i + 1 < cycle.size(); i++) {
          covered.add(cycle.get(i) + "\n" + cycle.get(i + 1));
        }
        if (seen.add(new HashSet<>(cycle))) {
          out.add(List.copyOf(cycle));
        }
      }
    }
    return out;
  }

  /** True if {@code edge} lies on one of {@code cycles}. */
  public static boolean onCycle(Edge edge, List<List<String>> cycles) {
    return cycleEdges(cycles).contains(edge.from().id() + "\n" + edge.to().id());
  }

  /** The edges of {@code cycles} as {@code from + "\n" + to}, for {@link #onCycle} in bulk. */
  public static Set<String> cycleEdges(List<List<String>> cycles) {
    Set<String> out = new HashSet<>();
    for (List<String> cycle : cycles) {
      for (int i = 0; i + 1 < cycle.size(); i++) {
        out.add(cycle.get(i) + "\n" + cycle.get(i + 1));
      }
    }
    return out;
  }

  /**
   * The object of the cycle node {@code id}: every node on a cycle is a workload of the input, as
   * only those have edges out.
   */
  public Resource object(String id) {
    Node node = nodes.get(id);
    return node == null ? null : node.object();
  }

  private List<Node> targetNodes(Resource workload, Target t, Inventory inventory) {
    return t.accept(
        new Target.Visitor<List<Node>>() {
          @Override
          public List<Node> tcp(Target.Tcp tcp) {
            return outside(tcp);
          }

          @Override
          public List<Node> http(Target.Http http) {
            return outside(http);
          }

          @Override
          public List<Node> protocol(Target.Protocol protocol) {
            return outside(protocol);
          }

          @Override
          public List<Node> service(Target.Service service) {
            // The workloads behind a Service of the input: their pods answer on its port.
            String namespace =
                service.namespace() != null ? service.namespace() : workload.namespace();
            Resource found = inventory.find("Service", namespace, service.name()).orElse(null);
            if (found == null) {
              // Not in the input (an error of the run's): an object that is not there, not a host.
              return List.of(node(service.text(), null, true));
            }
            List<Resource> all = inventory.behind(found);
            if (NodeGroups.shared(all, workload)) {
              return List.of(
                  groups.of(NodeGroups.SERVICE + objectId(found), all, false, d -> objectNode(d)));
            }
            List<Resource> behind = ServiceHosts.answering(all, workload);
            return behind.isEmpty()
                ? outside(service)
                : behind.stream().map(r -> objectNode(r)).toList();
          }

          @Override
          public List<Node> workload(Target.Workload w) {
            String namespace = w.namespace() != null ? w.namespace() : workload.namespace();
            Resource found = inventory.find(w.kind().kind(), namespace, w.name()).orElse(null);
            String id = found != null ? objectId(found) : id(w.kind().kind(), namespace, w.name());
            return List.of(node(id, found, true));
          }

          // The type without its version (concat, not +: a concatenation of a new shape spins a
          // class at run time, and the launcher's training input reaches this only with a CRD).
          @Override
          public List<Node> custom(Target.Custom c) {
            ResourceTarget r = c.resource();
            String namespace =
                r.clusterScoped()
                    ? null
                    : r.namespace() != null ? r.namespace() : workload.namespace();
            Resource found =
                c.kind() == null
                    ? inventory
                        .findByPlural(r.group(), r.resource(), namespace, r.name())
                        .orElse(null)
                    : inventory.find(r.group(), c.kind(), namespace, r.name()).orElse(null);
            String id =
                found != null
                    ? objectId(found)
                    : id(
                        c.kind() != null ? c.kind() : r.resource().concat(".").concat(r.group()),
                        namespace,
                        r.name());
            return List.of(node(id, found, true));
          }

          @Override
          public List<Node> pods(Target.Pods p) {
            String namespace = p.namespace() != null ? p.namespace() : workload.namespace();
            List<Resource> selected = inventory.withPods(namespace, p.selector());
            if (selected.isEmpty()) {
              return List.of(node(p.text(), null, true));
            }
            if (selected.size() > 1) {
              String id = NodeGroups.PODS + namespace + "\n" + p.selector();
              return List.of(groups.of(id, selected, false, d -> objectNode(d)));
            }
            return List.of(objectNode(selected.get(0)));
          }

          /** A target that is not a Kubernetes workload: a node named by its text, no object. */
          private List<Node> outside(Target target) {
            return List.of(node(target.text(), null, false));
          }
        });
  }

  private Node objectNode(Resource r) {
    return node(objectId(r), r, true);
  }

  private Node node(String id, Resource object, boolean kubernetes) {
    Node known = nodes.get(id);
    if (known == null || (known.object() == null && object != null)) {
      known = new Node(id, object, kubernetes);
      nodes.put(id, known);
    }
    return known;
  }

  /**
   * {@code Kind/namespace/name}, or {@code Kind/name} without a namespace; an object with only a
   * {@code generateName} is {@code Kind/namespace/migrate-*}.
   */
  public static String objectId(Resource r) {
    return id(r.kind(), r.namespace(), r.shownName());
  }

  /** {@code Kind/namespace/name} ({@code Kind/name} without a namespace), as {@link #objectId}. */
  public static String id(String kind, String namespace, String name) {
    return kind + "/" + (namespace == null ? "" : namespace + "/") + name;
  }
}
