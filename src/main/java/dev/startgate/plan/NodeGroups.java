package dev.startgate.plan;

import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The nodes of a dependency graph that stand for several workloads a target reaches at once: the
 * workloads a {@code pods/} selector selects, or those behind a Service. Their ids hold a line
 * break, which no object id or target has.
 *
 * @param <N> the graph's node
 */
final class NodeGroups<N> {
  static final String PODS = "pods\n";
  static final String SERVICE = "service\n";
  static final String HOST = "host\n";

  /**
   * One group.
   *
   * @param self its node
   * @param members the workloads it stands for, in input order
   * @param ids their ids
   * @param host true for the workloads behind a network target's host (edges for {@link
   *     DependencyGraph#cyclesThroughHosts} only)
   */
  private record Group<N>(N self, List<N> members, Set<String> ids, boolean host) {}

  private final Map<String, Group<N>> groups = new LinkedHashMap<>();
  private final Function<N, String> idOf;
  private final Function<String, N> groupNode;

  /** Groups of nodes whose ids {@code idOf} gives, a group's node made by {@code groupNode}. */
  NodeGroups(Function<N, String> idOf, Function<String, N> groupNode) {
    this.idOf = idOf;
    this.groupNode = groupNode;
  }

  /**
   * True when the workloads {@code behind} a Service can be one group for {@code waiting}: two or
   * more, {@code waiting} not among them ({@link ServiceHosts#answering} leaves it out of those).
   */
  static boolean shared(List<Resource> behind, Resource waiting) {
    if (behind.size() < 2) {
      return false;
    }
    for (Resource r : behind) {
      if (r == waiting) {
        return false;
      }
    }
    return true;
  }

  /** The node of group {@code id}, made of {@code members} the first time. */
  N of(String id, List<Resource> members, boolean host, Function<Resource, N> node) {
    Group<N> g = groups.get(id);
    if (g == null) {
      List<N> nodes = new ArrayList<>(members.size());
      Set<String> ids = new HashSet<>();
      for (Resource r : members) {
        N n = node.apply(r);
        nodes.add(n);
        ids.add(idOf.apply(n));
      }
      g = new Group<>(groupNode.apply(id), List.copyOf(nodes), ids, host);
      groups.put(id, g);
    }
    return g.self();
  }

  /** The ids of the groups' nodes. */
  Set<String> ids() {
    return groups.keySet();
  }

  /** True when there is no group. */
  boolean isEmpty() {
    return groups.isEmpty();
  }

  /** The workloads {@code n} stands for: its group's, else itself. */
  List<N> members(N n) {
    Group<N> g = groups.get(idOf.apply(n));
    return g == null ? List.of(n) : g.members();
  }

  /** True when an edge to {@code to} reaches node {@code id}: it is that node, or its group's. */
  boolean leadsTo(N to, String id) {
    Group<N> g = groups.get(idOf.apply(to));
    return g == null ? idOf.apply(to).equals(id) : g.ids().contains(id);
  }

  /** Adds each group's edges to its members to {@code next}; the hosts' with {@code host}. */
  void addMembers(Map<String, List<String>> next, boolean host) {
    for (Map.Entry<String, Group<N>> e : groups.entrySet()) {
      if (host || !e.getValue().host()) {
        List<String> to = next.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
        for (N n : e.getValue().members()) {
          to.add(idOf.apply(n));
        }
      }
    }
  }
}
