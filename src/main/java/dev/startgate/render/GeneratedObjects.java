package dev.startgate.render;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Objects startgate generates (RBAC, Kustomizations, ...), recomputed on every run: each carries
 * {@code app.kubernetes.io/managed-by: startgate}; on output an existing generated object with the
 * same identity is replaced in place (a no-op when unchanged), generated objects no longer wanted
 * are removed, and new ones are appended. A user's object with the same identity is never
 * overwritten: that is an error.
 */
public final class GeneratedObjects {
  /** The label every generated object carries. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  /** Its value. */
  public static final String STARTGATE = "startgate";

  private static final String PATH = "internal.config.kubernetes.io/path";
  private static final String INDEX = "internal.config.kubernetes.io/index";
  private static final String LEGACY_PATH = "config.kubernetes.io/path";
  private static final String LEGACY_INDEX = "config.kubernetes.io/index";

  private record Key(String group, String kind, String namespace, String name) {}

  private record Generated(Resource owner, Map<String, Object> object) {}

  private final List<Generated> objects = new ArrayList<>();

  /**
   * Adds an object generated for {@code owner}: a map with apiVersion, kind and metadata (name,
   * optional namespace, labels, annotations), in the key order it should be written in.
   */
  public void add(Resource owner, Map<String, Object> object) {
    objects.add(new Generated(owner, object));
  }

  /** True if an object was added. */
  public boolean isEmpty() {
    return objects.isEmpty();
  }

  /** True if {@code r} is an object startgate generated. */
  public static boolean isGenerated(Resource r) {
    return STARTGATE.equals(r.labels().get(MANAGED_BY));
  }

  /**
   * Checks that no generated object would overwrite one of the user's.
   *
   * @return an error per collision
   */
  public List<Result> collisions(List<Resource> existing) {
    Map<Key, Resource> users = new HashMap<>();
    for (Resource r : existing) {
      if (!isGenerated(r)) {
        users.put(key(r), r);
      }
    }
    List<Result> results = new ArrayList<>();
    for (Generated g : objects) {
      Resource user = users.get(key(g.object()));
      if (user != null) {
        results.add(
            Result.error(
                g.owner(),
                "metadata.name",
                name(g.object()),
                "startgate needs to generate "
                    + g.object().get("kind")
                    + " \""
                    + name(g.object())
                    + "\", but the input already has one that startgate did not generate; rename"
                    + " yours, or set rbac: none and grant the rights yourself"));
      }
    }
    return results;
  }

  /** Writes into a ResourceList's items. */
  public void writeItems(YamlEditor editor, YSequence items, List<Resource> existing, BlockWriter writer) {
    Map<Key, Resource> old = generated(existing);
    Map<String, Integer> nextIndex = new HashMap<>();
    List<Object> appended = new ArrayList<>();
    Set<Key> kept = new HashSet<>();
    for (Generated g : objects) {
      Key key = key(g.object());
      Resource previous = old.get(key);
      Map<String, Object> object = withKptAnnotations(g, previous, nextIndex);
      kept.add(key);
      if (previous != null) {
        editor.replaceItem(previous.node(), object, writer);
      } else {
        appended.add(object);
      }
    }
    for (Map.Entry<Key, Resource> e : old.entrySet()) {
      if (!kept.contains(e.getKey())) {
        editor.removeItem(e.getValue().node());
      }
    }
    if (!appended.isEmpty()) {
      editor.append(items, appended, writer);
    }
  }

  /** Writes into a plain stream: replaced in place, removed, or appended as documents. */
  public void writeDocuments(YamlEditor editor, List<YDocument> documents, List<Resource> existing, BlockWriter writer) {
    Map<Key, Resource> old = generated(existing);
    Set<Key> kept = new HashSet<>();
    List<Map<String, Object>> appended = new ArrayList<>();
    for (Generated g : objects) {
      Key key = key(g.object());
      kept.add(key);
      Resource previous = old.get(key);
      if (previous != null) {
        editor.replaceRoot(previous.node(), g.object(), writer);
      } else {
        appended.add(g.object());
      }
    }
    for (YDocument d : documents) {
      if (d.root() instanceof YMapping m) {
        Resource r = Resource.of(m);
        if (r != null && isGenerated(r) && !kept.contains(key(r))) {
          editor.removeDocument(d);
        }
      }
    }
    for (Map<String, Object> object : appended) {
      editor.appendDocument(object, writer);
    }
  }

  private static Map<Key, Resource> generated(List<Resource> existing) {
    Map<Key, Resource> out = new LinkedHashMap<>();
    for (Resource r : existing) {
      if (isGenerated(r)) {
        out.put(key(r), r);
      }
    }
    return out;
  }

  /**
   * Gives a new object kpt's path and index next to its owner's file, and keeps every kpt
   * annotation an earlier run's copy carries, so kpt's bookkeeping is never modified.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withKptAnnotations(
      Generated g, Resource previous, Map<String, Integer> nextIndex) {
    Map<String, Object> object = deepCopy(g.object());
    Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
    Map<String, Object> annotations =
        new LinkedHashMap<>((Map<String, Object>) metadata.getOrDefault("annotations", Map.of()));
    if (previous != null) {
      for (Map.Entry<String, String> e : previous.annotations().entrySet()) {
        if (isKptAnnotation(e.getKey())) {
          annotations.put(e.getKey(), e.getValue());
        }
      }
    } else if (g.owner().file() != null) {
      boolean legacy = !g.owner().annotations().containsKey(PATH);
      String path = pathFor(g.owner());
      int index = nextIndex.merge(path, 1, Integer::sum) - 1;
      annotations.put(legacy ? LEGACY_PATH : PATH, path);
      annotations.put(legacy ? LEGACY_INDEX : INDEX, String.valueOf(index));
    }
    if (!annotations.isEmpty()) {
      metadata.put("annotations", annotations);
    }
    return object;
  }

  private static boolean isKptAnnotation(String key) {
    return key.startsWith("internal.config.kubernetes.io/")
        || key.equals(LEGACY_PATH)
        || key.equals(LEGACY_INDEX)
        || key.equals("config.k8s.io/id");
  }

  /** {@code <dir of owner's file>/<kind>-<name>.startgate.yaml}. */
  static String pathFor(Resource owner) {
    String file = owner.file();
    int slash = file.lastIndexOf('/');
    String dir = slash < 0 ? "" : file.substring(0, slash + 1);
    return dir + ContainerNames.label(owner.kind()) + "-" + owner.name() + ".startgate.yaml";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      out.put(e.getKey(), e.getValue() instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : e.getValue());
    }
    return out;
  }

 
  private static Key key(Resource r) {
    return new Key(r.group(), r.kind(), r.namespace(), r.name());
  }

  @SuppressWarnings("unchecked")
  private static Key key(Map<String, Object> object) {
    String apiVersion = (String) object.get("apiVersion");
    int slash = apiVersion.indexOf('/');
    Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
    return new Key(
        slash < 0 ? "" : apiVersion.substring(0, slash),
        (String) object.get("kind"),
        (String) metadata.get("namespace"),
        (String) metadata.get("name"));
  }

  @SuppressWarnings("unchecked")
  private static String name(Map<String, Object> object) {
    return (String) ((Map<String, Object>) object.get("metadata")).get("name");
  }

}
