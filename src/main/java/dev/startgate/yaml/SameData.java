package dev.startgate.yaml;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether a node of the input holds exactly the data startgate would write there: the same keys in
 * the same order, the same items, the same scalars of the same types, in the same flow or block
 * collections, whatever the spacing, line breaks and quotes. A YAML formatter restyles what
 * startgate wrote (prettier's {@code { cpu: 50m }}, a flow list broken over lines); such a node is
 * left as it is instead of being written back in startgate's style, which the formatter would undo
 * again on every commit. Anything it cannot tell (an alias, a tag, a user's raw text) counts as
 * different, so the node is written anew as before; so does a block collection where startgate
 * writes a flow one, so output of an earlier, block-style layout is written in the compact one.
 */
final class SameData {
  private SameData() {}

  /** True if {@code node} reads as {@code fresh}, a value {@link BlockWriter} writes. */
  static boolean same(YNode node, Object fresh) {
    return same(node, fresh, false);
  }

  /** As {@link #same(YNode, Object)}; {@code inFlow} inside a flow collection. */
  private static boolean same(YNode node, Object fresh, boolean inFlow) {
    boolean flow = inFlow || fresh instanceof BlockWriter.Flow;
    Object value =
        fresh instanceof BlockWriter.Flow f
            ? f.value()
            : fresh instanceof Fixed x ? x.value() : fresh;
    if (value instanceof Map<?, ?> map) {
      // An empty one is {} in any style.
      if (!(node instanceof YMapping m)
          || m.flow() != flow && !map.isEmpty()
          || m.size() != map.size()) {
        return false;
      }
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!e.getKey().equals(m.keyText(i)) || !same(m.value(i), e.getValue(), flow)) {
          return false;
        }
        i++;
      }
      return true;
    }
    if (value instanceof List<?> list) {
      if (!(node instanceof YSequence s)
          || s.flow() != flow && !list.isEmpty()
          || s.items().size() != list.size()) {
        return false;
      }
      for (int i = 0; i < list.size(); i++) {
        if (!same(s.items().get(i), list.get(i), flow)) {
          return false;
        }
      }
      return true;
    }
    if (!(node instanceof YScalar s) || s.tag() != null) {
      return false;
    }
    if (value == null) {
      return s.isNull();
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return s.plain() && s.value().equals(value.toString());
    }
    String text = value instanceof Literal l ? l.text() : value instanceof String str ? str : null;
    // A plain scalar startgate would have quoted reads as another type (300, true, null).
    return text != null && s.value().equals(text) && (!s.plain() || PlainScalars.safe(text));
  }

  /**
   * True if the items of {@code seq} that {@code ours} matches stand together, after exactly {@code
   * at} other items, and read as {@code fresh}: nothing to write.
   */
  static boolean sameItems(YSequence seq, Predicate<YNode> ours, int at, List<?> fresh) {
    List<YNode> items = seq.items();
    int first = -1;
    int count = 0;
    for (int i = 0; i < items.size(); i++) {
      if (ours.test(items.get(i))) {
        if (first < 0) {
          first = i;
        } else if (i != first + count) {
          return false; // not together
        }
        count++;
      }
    }
    if (count != fresh.size() || count == 0 || first != at) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!same(items.get(first + i), fresh.get(i))) {
        return false;
      }
    }
    return true;
  }
}
