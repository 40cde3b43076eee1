package dev.startgate.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pod specs inside an object, found by shape rather than by kind (a mapping with a {@code
 * containers} list), so a kind startgate learns to emit later is covered without a change here.
 *
 * @param spec the pod spec
 * @param annotations the annotations of the pod (template) metadata next to it, or empty
 * @param path where it was found, e.g. {@code spec.template.spec}
 */
public record PodSpecs(Map<?, ?> spec, Map<?, ?> annotations, String path) {
  /** Every pod spec in {@code object}. */
  public static List<PodSpecs> in(Map<?, ?> object) {
    List<PodSpecs> out = new ArrayList<>();
    walk(object, Map.of(), "", out);
    return out;
  }

  private static void walk(Map<?, ?> map, Map<?, ?> siblingMeta, String path, List<PodSpecs> out) {
    if (map.get("containers") instanceof List<?>) {
      Object annotations = siblingMeta.get("annotations");
      out.add(new PodSpecs(map, annotations instanceof Map<?, ?> a ? a : Map.of(), path));
      return;
    }
    Object meta = map.get("metadata");
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> child && !"metadata".equals(e.getKey())) {
        walk(
            child,
            meta instanceof Map<?, ?> m ? m : Map.of(),
            path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey(),
            out);
      }
    }
  }
}
