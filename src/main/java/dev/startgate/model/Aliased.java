package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the fields the planner relates objects by (pod labels, a Service's selector and ports) as
 * kubectl reads them: through aliases ({@code selector: *labels}) and merge keys ({@code <<:
 * *base}), which hand-written YAML uses for labels repeated in one object. Only reading: startgate
 * never edits through an alias.
 */
public final class Aliased {
  private Aliased() {}

  private static final String MERGE = "<<";

  /**
   * Mappings one read visits at most: merge keys may name mappings that merge others, each many
   * times (an alias bomb), and a read must not expand them.
   */
  private static final int BUDGET = 256;

  /** The mapping at {@code path} under {@code root}, through an alias at any step; or null. */
  static YMapping mappingAt(YMapping root, String... path) {
    YNode node = root;
    int[] budget = {BUDGET}; // one read, one budget
    for (String key : path) {
      if (!(node instanceof YMapping m) || (node = get(m, key, budget)) == null) {
        return null;
      }
    }
    return node instanceof YMapping m ? m : null;
  }

  /** The text of key {@code i}: a scalar, or an alias of one ({@code *k : db}); or null. */
  private static String key(YMapping mapping, int i) {
    String text = mapping.keyText(i);
    if (text == null && YAlias.resolve(mapping.key(i)) instanceof YScalar s) {
      return s.value();
    }
    return text;
  }

  /** The value of {@code key}, written or merged, through an alias; or null. */
  public static YNode get(YMapping mapping, String key) {
    return get(mapping, key, new int[] {BUDGET});
  }

  private static YNode get(YMapping mapping, String key, int[] budget) {
    if (--budget[0] < 0) {
      return null;
    }
    boolean merges = false;
    for (int i = 0; i < mapping.size(); i++) {
      String k = key(mapping, i);
      if (key.equals(k)) {
        return YAlias.resolve(mapping.value(i));
      }
      merges |= MERGE.equals(k);
    }
    if (merges) {
      for (YMapping merged : merged(mapping)) {
        YNode found = get(merged, key, budget);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The non-null scalar text of {@code key}, written or merged; or null. */
  public static String text(YMapping mapping, String key) {
    return get(mapping, key) instanceof YScalar s && !s.isNull() ? s.value() : null;
  }

  /**
   * The entries of {@code mapping} with a scalar key and a scalar value (through aliases; a null
   * value, {@code ~} or none, is "" as the API server stores a label's), those of its merge keys'
   * mappings after them where the key is not written; into {@code out}. Returns false if an entry's
   * value is not a scalar.
   */
  static boolean scalars(YMapping mapping, Map<String, String> out) {
    return scalars(mapping, out, new int[] {BUDGET});
  }

  private static boolean scalars(YMapping mapping, Map<String, String> out, int[] budget) {
    if (--budget[0] < 0) {
      return true;
    }
    boolean all = true;
    boolean merges = false;
    for (int i = 0; i < mapping.size(); i++) {
      String key = key(mapping, i);
      if (MERGE.equals(key)) {
        merges = true;
      } else if (key != null && YAlias.resolve(mapping.value(i)) instanceof YScalar s) {
        out.put(key, s.isNull() ? "" : s.value());
      } else {
        all = false;
      }
    }
    if (merges) {
      for (YMapping merged : merged(mapping)) {
        Map<String, String> more = new LinkedHashMap<>();
        all &= scalars(merged, more, budget);
        for (Map.Entry<String, String> e : more.entrySet()) {
          out.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
    return all;
  }

  /** The mappings a merge key of {@code mapping} names, first one first. */
  private static List<YMapping> merged(YMapping mapping) {
    YNode value = null;
    for (int i = 0; i < mapping.size(); i++) {
      if (MERGE.equals(mapping.keyText(i))) {
        value = YAlias.resolve(mapping.value(i));
      }
    }
    if (value instanceof YMapping m) {
      return List.of(m);
    }
    if (value instanceof YSequence s) {
      List<YMapping> out = new java.util.ArrayList<>();
      for (YNode item : s.items()) {
        if (YAlias.resolve(item) instanceof YMapping m) {
          out.add(m);
        }
      }
      return out;
    }
    return List.of();
  }
}
