package dev.startgate.plan;

import dev.startgate.intent.SelectorParser;
import dev.startgate.intent.SelectorParser.Requirement;
import dev.startgate.model.ControllerLabels;
import dev.startgate.model.ControllerLabels.PodIndexes;
import dev.startgate.model.Digits;
import dev.startgate.model.ObjectFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A label selector as kubectl's {@code -l} takes it ({@code app=db,tier!=cache,env in (a,b),!old}),
 * to find which workloads of the input a {@code pods/} target waits for. It matches as Kubernetes
 * does: {@code !=} and {@code notin} also match a pod without the label, {@code >} and {@code <}
 * only one whose label is a whole number.
 */
final class LabelSelector {
  private final List<Requirement> requirements;

  private LabelSelector(List<Requirement> requirements) {
    this.requirements = requirements;
  }

  /** A Service's {@code selector} as a selector's text: {@code k=v,k=v}, in its order. */
  static String text(Map<String, String> selector) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> e : selector.entrySet()) {
      text.append(text.length() == 0 ? "" : ",")
          .append(e.getKey())
          .append('=')
          .append(e.getValue());
    }
    return text.toString();
  }

  /** Parses a selector the target parser already accepted. */
  static LabelSelector parse(String selector) {
    SelectorParser.Parsed parsed = SelectorParser.parse(selector);
    if (parsed.error() != null) {
      throw new IllegalArgumentException(parsed.error());
    }
    return new LabelSelector(parsed.requirements());
  }

  /**
   * The {@code key=value} labels of the first requirement only pods with one of those labels can
   * meet ({@code =}, {@code ==}, {@code in}), one for each value, or null if there is none.
   */
  List<String> equalities() {
    for (Requirement r : requirements) {
      // A pod's own number is in no index: its labels differ from pod to pod.
      boolean equals =
          switch (r.operator()) {
            case EQUALS, DOUBLE_EQUALS, IN -> !ControllerLabels.numbered(r.key());
            case EXISTS, DOES_NOT_EXIST, NOT_EQUALS, NOT_IN, GREATER_THAN, LESS_THAN -> false;
          };
      if (equals) {
        List<String> out = new ArrayList<>(r.values().size());
        for (String v : r.values()) {
          out.add(r.key() + "=" + v);
        }
        return out;
      }
    }
    return null;
  }

  /** The key of the first requirement {@code key} (the label exists); null if there is none. */
  String presentKey() {
    for (Requirement r : requirements) {
      if (r.operator() == SelectorParser.Operator.EXISTS && !ControllerLabels.numbered(r.key())) {
        return r.key();
      }
    }
    return null;
  }

  /**
   * The numbers a pod's label {@code key} must lie between, both bounds excluded (null: none).
   *
   * @param empty true if no number can: a bound is no number a comparison reads
   */
  record Range(String key, Long above, Long below, boolean empty) {}

  /**
   * The range of the first {@code key>N} or {@code key<N} requirement's key, with every such
   * requirement on that key; null if there is none.
   */
  Range range() {
    String key = null;
    Long above = null;
    Long below = null;
    boolean empty = false;
    for (Requirement r : requirements) {
      boolean greater = r.operator() == SelectorParser.Operator.GREATER_THAN;
      if (!greater && r.operator() != SelectorParser.Operator.LESS_THAN
          || ControllerLabels.numbered(r.key())
          || key != null && !key.equals(r.key())) {
        continue;
      }
      key = r.key();
      long n;
      try {
        n = Long.parseLong(r.values().get(0));
      } catch (NumberFormatException e) {
        empty = true;
        continue;
      }
      if (greater) {
        above = above == null ? n : Math.max(above, n);
      } else {
        below = below == null ? n : Math.min(below, n);
      }
    }
    return key == null ? null : new Range(key, above, below, empty);
  }

  /**
   * True if some pod of a workload with {@code facts} meets every requirement: with the labels its
   * controller adds ({@link ControllerLabels}), and of a numbered pod its own number's. The pods
   * tried are those whose numbers the selector names (and the numbers beside one that {@code >} or
   * {@code <} names) and one it does not name: every other pod has the same labels as that one.
   */
  boolean matchesSomePod(ObjectFacts facts) {
    PodIndexes indexes = facts.podIndexes();
    if (indexes == null) {
      return matches(facts.podLabels());
    }
    Set<Long> tried = new TreeSet<>();
    for (Requirement r : requirements) {
      if (indexes.numbered(r.key())) {
        boolean range =
            r.operator() == SelectorParser.Operator.GREATER_THAN
                || r.operator() == SelectorParser.Operator.LESS_THAN;
        for (String v : r.values()) {
          long n = indexes.number(r.key(), v);
          for (long m = range ? n - 1 : n; n >= 0 && m <= (range ? n + 1 : n); m++) {
            if (indexes.has(m)) {
              tried.add(m);
            }
          }
        }
      }
    }
    for (long n = indexes.first(); indexes.has(n); n++) {
      if (tried.add(n)) {
        break;
      }
    }
    Map<String, String> labels = new HashMap<>(facts.podLabels());
    for (long n : tried) {
      indexes.put(labels, n);
      if (matches(labels)) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code labels} satisfy every requirement. */
  boolean matches(Map<String, String> labels) {
    for (Requirement r : requirements) {
      if (!matches(r, labels)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Requirement r, Map<String, String> labels) {
    String value = labels.get(r.key());
    return switch (r.operator()) {
      case EXISTS -> value != null;
      case DOES_NOT_EXIST -> value == null;
      case EQUALS, DOUBLE_EQUALS, IN -> value != null && r.values().contains(value);
      case NOT_EQUALS, NOT_IN -> value == null || !r.values().contains(value);
      case GREATER_THAN, LESS_THAN -> compare(r, value);
    };
  }

  private static boolean compare(Requirement r, String value) {
    if (value == null || !Digits.signed(value, 1, 19)) {
      return false;
    }
    try {
      long have = Long.parseLong(value);
      long want = Long.parseLong(r.values().get(0));
      return r.operator() == SelectorParser.Operator.GREATER_THAN ? have > want : have < want;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
