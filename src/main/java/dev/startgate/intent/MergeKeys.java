package dev.startgate.intent;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;

/**
 * YAML 1.1's merge key under annotations ({@code <<: *common}, {@code <<: {...}}, {@code <<:
 * [...]}): kubectl merges the mappings in, startgate reads only the annotations written in place.
 * Only a merge that can bring startgate annotations is worth a warning: one written in place that
 * holds them, or an alias while the object holds a {@code startgate.dev/} key anywhere else (the
 * anchor is in the same document, so the key the alias repeats is there too).
 */
final class MergeKeys {
  private MergeKeys() {}

  /**
   * True if the merge value {@code merged} under {@code annotations} of {@code object} may bring
   * startgate annotations.
   */
  static boolean bringsOurs(YNode merged, YMapping annotations, YNode object) {
    if (merged instanceof YMapping m) {
      return hasOurKey(m);
    }
    if (merged instanceof YSequence s) {
      for (YNode item : s.items()) {
        if (bringsOurs(item, annotations, object)) {
          return true;
        }
      }
      return false;
    }
    return merged instanceof YAlias && holdsOurKey(object, annotations);
  }

  private static boolean hasOurKey(YMapping m) {
    for (int i = 0; i < m.size(); i++) {
      String key = m.keyText(i);
      if (key != null && key.startsWith(Annotations.PREFIX)) {
        return true;
      }
    }
    return false;
  }

  /** A {@code startgate.dev/} key anywhere in {@code node} but in {@code skip}. */
  private static boolean holdsOurKey(YNode node, YMapping skip) {
    if (node == skip) {
      return false;
    }
    if (node instanceof YMapping m) {
      if (hasOurKey(m)) {
        return true;
      }
      for (int i = 0; i < m.size(); i++) {
        if (holdsOurKey(m.value(i), skip)) {
          return true;
        }
      }
    } else if (node instanceof YSequence s) {
      for (YNode item : s.items()) {
        if (holdsOurKey(item, skip)) {
          return true;
        }
      }
    }
    return false;
  }
}
