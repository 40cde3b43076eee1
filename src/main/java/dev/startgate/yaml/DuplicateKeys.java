package dev.startgate.yaml;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The duplicate-key check of {@link BlockNodes} and {@link FlowReader}. */
final class DuplicateKeys {
  private DuplicateKeys() {}

  /**
   * Gives up on a key that {@code entries} already has (snakeyaml-engine's parse reports it): by a
   * scan while the mapping is small, then in {@code keys}, made then (a set per mapping was most of
   * the parse's garbage). Returns the set to use for the next key.
   */
  static Set<String> check(List<YMapping.Entry> entries, Set<String> keys, YScalar key) {
    if (keys == null && entries.size() < 8) {
      // Indexed: an iterator per key was most of this check's cost in compiled code.
      for (int i = 0; i < entries.size(); i++) {
        if (((YScalar) entries.get(i).key()).value().equals(key.value())) {
          throw Cursor.notSimple();
        }
      }
      return null;
    }
    Set<String> set = keys;
    if (set == null) {
      set = new HashSet<>();
      for (int i = 0; i < entries.size(); i++) {
        set.add(((YScalar) entries.get(i).key()).value());
      }
    }
    if (!set.add(key.value())) {
      throw Cursor.notSimple();
    }
    return set;
  }
}
