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
    List<List<String>> cycles = new ArrayList<>();
    Set<Set<String>> seen = new HashSet<>();
    Set<String> done = new HashSet<>();
    for (String start : nodes) {
      if (!done.contains(start)) {
        walk(start, next, done, cycles, seen, max);
      }
    }
    return cycles;
  }

  /**
   * The shortest way from {@code from} to {@code to} along {@code next}, both ends included, or
   * null when there is none (a breadth-first search).
   */
  static List<String> path(Map<String, List<String>> next, String from, String to) {
    Map<String, String> parent = new HashMap<>();
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
        if (parent.putIfAbsent(n, at) == null) {
          queue.add(n);
        }
      }
    }
    return null;
  }

  /** A node on the walk's stack and how many of its successors it has visited. */
  private static final class Frame {
    final String id;
    final List<String> next;
    int index;

    Frame(String id, List<String> next) {
      this.id = id;
      this.next = next;
    }
  }

  private static void walk(
      String start,
      Map<String, List<String>> next,
      Set<String> done,
      List<List<String>> cycles,
      Set<Set<String>> seen,
      int max) {
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    // The ids on the stack, in order, and where each is in it.
    List<String> path = new ArrayList<>();
    Map<String, Integer> onPath = new HashMap<>();
    stack.push(new Frame(start, next.getOrDefault(start, List.of())));
    path.add(start);
    onPath.put(start, 0);
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.index == top.next.size()) {
        stack.pop();
        path.remove(path.size() - 1);
        onPath.remove(top.id);
        done.add(top.id);
        continue;
      }
      String id = top.next.get(top.index++);
      if (done.contains(id)) {
        continue;
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
