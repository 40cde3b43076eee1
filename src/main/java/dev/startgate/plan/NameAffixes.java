package dev.startgate.plan;

import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names a kustomize {@code namePrefix} or {@code nameSuffix} made of another ({@code prod-db} of
 * {@code db}): the index by the text before and after each dash of a name that finds them without
 * comparing every name, and the test that one is the other with an affix.
 */
final class NameAffixes {
  private NameAffixes() {}

  /**
   * Adds {@code r} to {@code parts} under {@code key} followed by the text before and after each
   * dash of {@code name} ({@code prod} and {@code db} for {@code prod-db}).
   */
  static void index(Map<String, List<Resource>> parts, String key, String name, Resource r) {
    for (int dash = name.indexOf('-'); dash >= 0; dash = name.indexOf('-', dash + 1)) {
      parts.computeIfAbsent(key + name.substring(0, dash), k -> new ArrayList<>()).add(r);
      parts.computeIfAbsent(key + name.substring(dash + 1), k -> new ArrayList<>()).add(r);
    }
  }

  /** True if {@code name} is {@code base} with a prefix or a suffix added at a dash. */
  static boolean adds(String name, String base) {
    return name.startsWith(base + "-") || name.endsWith("-" + base);
  }
}
