package dev.startgate.yaml;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The duplicate-key check of {@link BlockNodes} and {@link FlowReader}. */
final class DuplicateKeys {
  private DuplicateKeys() {}

  /**
   * Gives up on a key that {@code pairs} (each key followed by its value) already has
   * (snakeyaml-engine's parse reports it): by a scan while the mapping is small, then in {@code
   * keys}, made then (a set per mapping was most of the parse's garbage). Returns the set to use
   * for the next key.
   */
  static Set<String> check(List<YNode> pairs, Set<String> keys, YScalar key) {
    if (keys == null && pairs.size() < 16) {
      // Indexed: an iterator per key was most of this check's cost in compiled code.
      for (int i = 0; i < pairs.size(); i += 2) {
        if (((YScalar) pairs.get(i)).value().equals(key.value())) {
          throw Cursor.notSimple();
        }
      }
      return null;
    }
    Set<String> set = keys;
    if (set == null) {
      set = new HashSet<>();
      for (int i = 0; i < pairs.size(); i += 2) {
        set.add(((YScalar) pairs.get(i)).value());
      }
    }
    if (!set.add(key.value())) {
      throw Cursor.notSimple();
    }
    return set;
  }
}
