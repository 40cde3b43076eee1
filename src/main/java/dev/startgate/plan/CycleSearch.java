package dev.startgate.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cycles of a directed graph given as successor lists: a depth-first walk with its own stack,
 * not the call stack, so a chain of any length is fine.
 */
final class CycleSearch {
  private CycleSearch() {}

  /**
   * At most {@code max} cycles through {@code nodes} (in their order) along {@code next}, each with
   * its first node repeated at the end; a cycle through the same nodes is given once.
   */
  static List<List<String>> find(Iterable<String> nodes, Map<String, List<String>> next, int max) {
    return find(nodes, next, Set.of(), max);
  }

  /**
   * As {@link #find(Iterable, Map, int)}, where an edge to one of {@code groups} stands for an edge
   * to each of the nodes that group leads to ({@code next} of it): the walk and its cycles are
   * those of the graph with those edges, no group is on a cycle, and a group's nodes found done are
   * skipped once for all, so many waiting on one group cost each of its nodes once.
   */
  static List<List<String>> find(
      Iterable<String> nodes, Map<String, List<String>> next, Set<String> groups, int max) {
    List<List<String>> cycles = new ArrayList<>();
    Set<Set<String>> seen = new HashSet<>();
    Set<String> done = new HashSet<>();
    Map<String, Integer> doneUpTo = new HashMap<>();
    for (String start : nodes) {
      if (!done.contains(start)) {
        walk(start, new Graph(next, groups, done, doneUpTo), cycles, seen, max);
      }
    }
    return cycles;
  }

  /**
   * The graph of a walk.
   *
   * @param next the successors of each node and group
   * @param groups the groups
   * @param done the nodes whose successors are all walked
   * @param doneUpTo for each group, how many of its first nodes are done
   */
  private record Graph(
      Map<String, List<String>> next,
      Set<String> groups,
      Set<String> done,
      Map<String, Integer> doneUpTo) {}

  /**
   * The shortest way from {@code from} to {@code to} along {@code next} through the nodes of {@code
   * from}'s component in {@code within} ({@link #components}), both ends included, or null when
   * there is none (a breadth-first search). An edge to one of {@code groups} is an edge to each of
   * its nodes, as in {@link #find(Iterable, Map, Set, int)}: no group is on the way.
   */
  static List<String> path(
      Map<String, List<String>> next,
      Set<String> groups,
      String from,
      String to,
      Map<String, Integer> within) {
    Integer component = within.get(from);
    Map<String, String> parent = new HashMap<>();
    Set<String> expanded = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    parent.put(from, from);
    queue.add(from);
    while (!queue.isEmpty()) {
      String at = queue.poll();
      if (at.equals(to)) {
        List<String> path = new ArrayList<>();
        for (String n = to; ; n = parent.get(n)) {
          path.add(0, n);
          if (n.equals(from)) {
            return path;
          }
        }
      }
      for (String n : next.getOrDefault(at, List.of())) {
        // A group's nodes all have their parent after its first time: it adds nothing again.
        for (String m :
            !groups.contains(n) ? List.of(n) : expanded.add(n) ? next.get(n) : List.<String>of()) {
          if (component.equals(within.get(m)) && parent.putIfAbsent(m, at) == null) {
            queue.add(m);
          }
        }
      }
    }
    return null;
  }

  /**
   * The strongly connected component of each of {@code nodes} along {@code next}, as a number
   * (Tarjan's algorithm with its own stack): two nodes lie on a common cycle only if their numbers
   * are equal.
   */
  static Map<String, Integer> components(Iterable<String> nodes, Map<String, List<String>> next) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Map<String, Integer> component = new HashMap<>();
    ArrayDeque<String> open = new ArrayDeque<>();
    Set<String> onOpen = new HashSet<>();
    for (String root : nodes) {
      if (index.containsKey(root)) {
        continue;
      }
      ArrayDeque<Frame> stack = new ArrayDeque<>();
      stack.push(new Frame(root, next.getOrDefault(root, List.of())));
      index.put(root, index.size());
      low.put(root, index.get(root));
      open.push(root);
      onOpen.add(root);
      while (!stack.isEmpty()) {
        Frame top = stack.peek();
        if (top.index < top.next.size()) {
          String w = top.next.get(top.index++);
          if (!index.containsKey(w)) {
            index.put(w, index.size());
            low.put(w, index.get(w));
            open.push(w);
            onOpen.add(w);
            stack.push(new Frame(w, next.getOrDefault(w, List.of())));
          } else if (onOpen.contains(w)) {
            low.put(top.id, Math.min(low.get(top.id), index.get(w)));
          }
          continue;
        }
        stack.pop();
        if (!stack.isEmpty()) {
          String parent = stack.peek().id;
          low.put(parent, Math.min(low.get(parent), low.get(top.id)));
        }
        if (low.get(top.id).equals(index.get(top.id))) {
          int number = component.size();
          String w;
          do {
            w = open.pop();
            onOpen.remove(w);
            component.put(w, number);
          } while (!w.equals(top.id));
        }
      }
    }
    return component;
  }

  /**
   * A node on the walk's stack, how many of its successors it has visited, and the group among them
   * it is going through and how many of that group's nodes.
   */
  private static final class Frame {
    final String id;
    final List<String> next;
    int index;
    String group;
    int member;

    Frame(String id, List<String> next) {
      this.id = id;
      this.next = next;
    }
  }

  private static void walk(
      String start, Graph g, List<List<String>> cycles, Set<Set<String>> seen, int max) {
    Map<String, List<String>> next = g.next();
    Set<String> done = g.done();
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    // The ids on the stack, in order, and where each is in it.
    List<String> path = new ArrayList<>();
    Map<String, Integer> onPath = new HashMap<>();
    stack.push(new Frame(start, next.getOrDefault(start, List.of())));
    path.add(start);
    onPath.put(start, 0);
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      String id;
      if (top.group != null) {
        List<String> members = next.get(top.group);
        if (top.member == members.size()) {
          top.group = null;
          continue;
        }
        int at = top.member++;
        id = members.get(at);
        if (done.contains(id)) {
          if (g.doneUpTo().getOrDefault(top.group, 0) == at) {
            g.doneUpTo().put(top.group, at + 1);
          }
          continue;
        }
      } else if (top.index == top.next.size()) {
        stack.pop();
        path.remove(path.size() - 1);
        onPath.remove(top.id);
        done.add(top.id);
        continue;
      } else {
        id = top.next.get(top.index++);
        if (g.groups().contains(id)) {
          top.group = id;
          top.member = g.doneUpTo().getOrDefault(id, 0);
          continue;
        }
        if (done.contains(id)) {
          continue;
        }
      }
      Integer at = onPath.get(id);
      if (at != null) {
        if (cycles.size() < max) {
          List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
          cycle.add(id);
          if (seen.add(new HashSet<>(cycle))) {
            cycles.add(List.copyOf(cycle));
          }
        }
        continue;
      }
      stack.push(new Frame(id, next.getOrDefault(id, List.of())));
      onPath.put(id, path.size());
      path.add(id);
    }
  }
}
