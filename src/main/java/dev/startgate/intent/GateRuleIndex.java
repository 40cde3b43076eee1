package dev.startgate.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code gates:} rules of a config by the names they match: a rule for a name ({@code
 * shop-migrate}) under that name, one for a pattern ({@code shop-*}) under the text before its
 * first {@code *}, one for any name apart. A workload is then tried with the rules its name can
 * match, not with every rule: a config with a rule for each of 1,000 charts, at 10,000 resources,
 * tried ten million.
 */
final class GateRuleIndex {
  private final List<GateRule> rules;
  private final List<Integer> anyName = new ArrayList<>();
  private final Map<String, List<Integer>> byName = new HashMap<>();
  private final Map<String, List<Integer>> byStart = new HashMap<>();

  /** The lengths of the texts {@code byStart} holds, shortest first. */
  private final TreeSet<Integer> startLengths = new TreeSet<>();

  GateRuleIndex(List<GateRule> rules) {
    this.rules = rules;
    for (int i = 0; i < rules.size(); i++) {
      String name = rules.get(i).match().name();
      // Loops, not lambdas: a lambda the launcher's training run does not reach is spun at run
      // time.
      if (name == null) {
        anyName.add(i);
      } else if (name.indexOf('*') < 0) {
        add(byName, name, i);
      } else {
        String start = name.substring(0, name.indexOf('*'));
        add(byStart, start, i);
        startLengths.add(start.length());
      }
    }
  }

  private static void add(Map<String, List<Integer>> index, String key, int rule) {
    List<Integer> list = index.get(key);
    if (list == null) {
      list = new ArrayList<>();
      index.put(key, list);
    }
    list.add(rule);
  }

  /** True if this index was made of {@code rules}. */
  boolean of(List<GateRule> rules) {
    return this.rules == rules;
  }

  /**
   * The rules a workload named {@code name} (null: none) may match, in the config's order; each
   * must still be matched whole.
   */
  List<GateRule> candidates(String name) {
    List<Integer> at = new ArrayList<>(anyName);
    if (name != null) {
      at.addAll(byName.getOrDefault(name, List.of()));
      for (int length : startLengths) {
        if (length > name.length()) {
          break;
        }
        at.addAll(byStart.getOrDefault(name.substring(0, length), List.of()));
      }
    }
    Collections.sort(at);
    List<GateRule> out = new ArrayList<>(at.size());
    for (int i : at) {
      out.add(rules.get(i));
    }
    return out;
  }
}
