package dev.startgate.function;

import dev.startgate.model.Digits;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results in the shape of the KRM functions spec, ready to be written as YAML. */
final class ResultMaps {
  private ResultMaps() {}

  /**
   * The results, each with its object's file and, where the input gives one ({@code
   * internal.config.kubernetes.io/index}), its index in that file.
   */
  static List<Object> of(List<Result> results) {
    List<Object> out = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("message", r.shownMessage());
      m.put("severity", r.severity().wire());
      if (r.resource() != null) {
        ResourceRef ref = r.resource();
        Map<String, Object> ref2 = new LinkedHashMap<>();
        ref2.put("apiVersion", ref.apiVersion());
        ref2.put("kind", ref.kind());
        putIfSet(ref2, "name", ref.name());
        putIfSet(ref2, "namespace", ref.namespace());
        m.put("resourceRef", ref2);
      }
      if (r.field() != null) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("path", r.field());
        putIfSet(field, "currentValue", r.value());
        m.put("field", field);
      }
      if (r.file() != null) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", r.file());
        String index = r.index();
        if (index != null) {
          file.put("index", Digits.only(index, 1, 9) ? (Object) Integer.valueOf(index) : index);
        }
        m.put("file", file);
      }
      out.add(m);
    }
    return out;
  }

  private static void putIfSet(Map<String, Object> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
