package dev.startgate.yaml;

import java.util.List;

/** The aliases of parsed parts in the order of their text, for the limit's error. */
final class AliasOrder {
  private AliasOrder() {}

  /** The start of the {@code n}th alias of the parts' trees, in the text's order. */
  static int nth(List<SimpleBlockParser.Region> results, int n) {
    int[] left = {n};
    for (SimpleBlockParser.Region part : results) {
      for (YDocument d : part.documents()) {
        YAlias found = nth(d.root(), left);
        if (found != null) {
          return found.start();
        }
      }
    }
    return 0;
  }

  private static YAlias nth(YNode node, int[] left) {
    if (node instanceof YAlias a) {
      return --left[0] == 0 ? a : null;
    }
    if (node instanceof YMapping m) {
      for (YMapping.Entry e : m.entries()) {
        YAlias found = nth(e.key(), left);
        found = found != null ? found : nth(e.value(), left);
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof YSequence s) {
      for (YNode item : s.items()) {
        YAlias found = nth(item, left);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
