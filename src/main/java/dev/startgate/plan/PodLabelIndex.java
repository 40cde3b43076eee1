package dev.startgate.plan;

import dev.startgate.model.Digits;
import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workloads of one namespace by the labels of their pods, so that a {@code pods/} selector or a
 * Service's selector is held against the workloads that may match it, not against the namespace: by
 * {@code key=value} for a selector with an equality ({@code app=web}, {@code app in (a,b)}), by key
 * for one that requires a key ({@code k7}), by number for one with a range ({@code ver>6}).
 * Distinct selectors each scanning the namespace grew with selectors times workloads (2,000
 * Services, 250 workloads each: a sixth of a 10,000-resource run; review DE's {@code pods/ver>N}
 * for each Job, 6.6 s at 10,000). Each index is built when first asked; every answer is in input
 * order.
 */
final class PodLabelIndex {
  private final List<Resource> all;
  private Map<String, List<Resource>> byLabel;
  private Map<String, List<Resource>> byKey;
  private final Map<String, TreeMap<Long, List<Resource>>> byNumber = new HashMap<>();
  private Map<Resource, Integer> positions;

  /** {@code all}: the namespace's workloads, in input order. */
  PodLabelIndex(List<Resource> all) {
    this.all = all;
  }

  /** The workloads that may match {@code selector}, in input order: a superset of those that do. */
  List<Resource> candidates(LabelSelector selector) {
    List<String> labels = selector.equalities();
    if (labels != null) {
      if (byLabel == null) {
        byLabel = index(true);
      }
      if (labels.size() == 1) {
        return byLabel.getOrDefault(labels.get(0), List.of());
      }
      // key in (a,b): those with either label.
      List<List<Resource>> lists = new ArrayList<>();
      for (String label : labels) {
        lists.add(byLabel.getOrDefault(label, List.of()));
      }
      return inOrder(lists);
    }
    String key = selector.presentKey();
    if (key != null) {
      if (byKey == null) {
        byKey = index(false);
      }
      return byKey.getOrDefault(key, List.of());
    }
    LabelSelector.Range range = selector.range();
    if (range != null) {
      TreeMap<Long, List<Resource>> numbers = byNumber.get(range.key());
      if (numbers == null) {
        numbers = numbers(range.key());
        byNumber.put(range.key(), numbers);
      }
      if (range.empty()
          || range.above() != null && range.below() != null && range.above() >= range.below()) {
        return List.of();
      }
      Map<Long, List<Resource>> within =
          range.above() == null
              ? numbers.headMap(range.below(), false)
              : range.below() == null
                  ? numbers.tailMap(range.above(), false)
                  : numbers.subMap(range.above(), false, range.below(), false);
      return inOrder(within.values());
    }
    return all;
  }

  /** By each pod label, {@code key=value} if {@code withValue}, else by its key. */
  private Map<String, List<Resource>> index(boolean withValue) {
    // Loops, not lambdas: a lambda the launcher's training run does not reach is spun at run time.
    Map<String, List<Resource>> index = new HashMap<>();
    for (Resource r : all) {
      for (Map.Entry<String, String> e : r.facts().podLabels().entrySet()) {
        String k = withValue ? e.getKey().concat("=").concat(e.getValue()) : e.getKey();
        List<Resource> list = index.get(k);
        if (list == null) {
          list = new ArrayList<>();
          index.put(k, list);
        }
        list.add(r);
      }
    }
    return index;
  }

  /** The workloads whose pods' label {@code key} is a whole number, by that number. */
  private TreeMap<Long, List<Resource>> numbers(String key) {
    TreeMap<Long, List<Resource>> out = new TreeMap<>();
    for (Resource r : all) {
      String value = r.facts().podLabels().get(key);
      if (value != null && Digits.signed(value, 1, 19)) {
        try {
          out.computeIfAbsent(Long.parseLong(value), k -> new ArrayList<>()).add(r);
        } catch (NumberFormatException e) {
          // Beyond a long: LabelSelector's comparison reads no number in it either.
        }
      }
    }
    return out;
  }

  /** The workloads of {@code lists}, each once, in input order. */
  private List<Resource> inOrder(Collection<List<Resource>> lists) {
    Set<Resource> with = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Resource> list : lists) {
      with.addAll(list);
    }
    if (positions == null) {
      positions = new IdentityHashMap<>();
      for (int i = 0; i < all.size(); i++) {
        positions.put(all.get(i), i);
      }
    }
    Map<Resource, Integer> at = positions;
    List<Resource> out = new ArrayList<>(with);
    out.sort(Comparator.comparingInt(at::get));
    return out;
  }
}
