package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Results in the shape of the KRM functions spec, ready to be written as YAML. */
final class ResultMaps {
  private ResultMaps() {}

  /** An object of the input as results name it: its identity and its file. */
  record Place(ResourceRef ref, String file) {}

  /**
   * The results, each with its object's file and, where the input gives one ({@code
   * internal.config.kubernetes.io/index}), its index in that file from {@code indexes}.
   */
  static List<Object> of(List<Result> results, Map<Place, String> indexes) {
    List<Object> out = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("message", r.message());
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
        String index = r.resource() == null ? null : indexes.get(new Place(r.resource(), r.file()));
        if (index != null) {
          file.put("index", index.matches("\\d{1,9}") ? (Object) Integer.valueOf(index) : index);
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

  /**
   * The kpt index of each object that {@code results} name with a file, in one pass over the
   * objects (loops, not streams: this runs on every ResourceList). An object that the run moved to
   * another file (a Flux layout) is found by its identity alone when no other object has it: it
   * keeps its index.
   */
  static Map<Place, String> indexes(List<Resource> resources, List<Result> results) {
    Set<Place> named = new HashSet<>();
    Set<ResourceRef> refs = new HashSet<>();
    for (Result r : results) {
      if (r.resource() != null && r.file() != null) {
        named.add(new Place(r.resource(), r.file()));
        refs.add(r.resource());
      }
    }
    Map<Place, String> out = new HashMap<>();
    Map<ResourceRef, String> byRef = new HashMap<>();
    Set<ResourceRef> twice = new HashSet<>();
    for (Resource x : resources) {
      if (x.file() == null || !refs.contains(x.ref())) {
        continue;
      }
      String index = x.annotations().get(INTERNAL_INDEX);
      index = index != null ? index : x.annotations().get(LEGACY_INDEX);
      if (index == null) {
        continue;
      }
      Place place = new Place(x.ref(), x.file());
      if (named.contains(place)) {
        out.putIfAbsent(place, index);
      }
      if (byRef.putIfAbsent(x.ref(), index) != null) {
        twice.add(x.ref());
      }
    }
    for (Place p : named) {
      String index = byRef.get(p.ref());
      if (!out.containsKey(p) && index != null && !twice.contains(p.ref())) {
        out.put(p, index);
      }
    }
    return out;
  }

  private static final String INTERNAL_INDEX = "internal.config.kubernetes.io/index";
  private static final String LEGACY_INDEX = "config.kubernetes.io/index";
}
