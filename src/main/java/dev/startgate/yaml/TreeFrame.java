package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A collection being built. */
final class TreeFrame {
  final boolean mapping;
  final boolean flow;
  final int start;
  final int line;
  final int column;
  final List<YNode> items = new ArrayList<>();

  /**
   * Scalar keys seen so far, each with the line it is first on: a linear scan per key made a wide
   * mapping quadratic.
   */
  final Map<String, Integer> keys = new HashMap<>();

  /** Its anchor's name, or null. */
  final String anchor;

  TreeFrame(boolean mapping, boolean flow, int start, int line, int column, String anchor) {
    this.anchor = anchor;
    this.mapping = mapping;
    this.flow = flow;
    this.start = start;
    this.line = line;
    this.column = column;
  }

  void add(YNode node) throws YamlInputException {
    if (mapping && items.size() % 2 == 0 && node instanceof YScalar key) {
      Integer first = keys.putIfAbsent(key.value(), key.line());
      if (first != null) {
        throw new YamlInputException(
            "duplicate key \""
                + key.value()
                + "\" at line "
                + (key.line() + 1)
                + ", column "
                + (key.column() + 1)
                + " (first at line "
                + (first + 1)
                + ")",
            key.line() + 1);
      }
    }
    items.add(node);
  }

  YNode close(int end) {
    if (!mapping) {
      return new YSequence(List.copyOf(items), flow, start, end, line, column);
    }
    return YMapping.ofPairs(items.subList(0, items.size() & ~1), flow, start, end, line, column);
  }
}
