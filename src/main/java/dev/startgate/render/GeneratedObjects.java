// Over 300 lines: identity, collisions and in-place replacement share one index.
package dev.startgate.render;

import dev.startgate.model.Digits;
import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YSequence;
import dev.startgate.yaml.YamlEditor;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Objects startgate generates (RBAC, Kustomizations, ...), recomputed on every run: each carries
 * {@code app.kubernetes.io/managed-by: startgate}; on output an existing generated object with the
 * same identity is replaced in place (a no-op when unchanged), generated objects no longer wanted
 * are removed, and new ones are appended. A user's object with the same identity is never
 * overwritten: {@code plan/GeneratedPlan} reports that before anything is written.
 */
public final class GeneratedObjects {
  /** The label every generated object carries. */
  public static final String MANAGED_BY = Resource.MANAGED_BY;

  /** Its value. */
  public static final String STARTGATE = Resource.STARTGATE;

  private static final String PATH = "internal.config.kubernetes.io/path";
  private static final String INDEX = "internal.config.kubernetes.io/index";
  private static final String LEGACY_PATH = "config.kubernetes.io/path";
  private static final String LEGACY_INDEX = "config.kubernetes.io/index";

  /**
   * What a generated object is: its apiVersion, kind, namespace (null if none) and name, known
   * before the object is made.
   */
  public record Identity(String apiVersion, String kind, String namespace, String name) {
    ObjectKey key() {
      return ObjectKey.of(apiVersion, kind, namespace, name);
    }

    /** {@code apiVersion/kind/namespace/name}, as {@link #identities} lists it. */
    String text() {
      return apiVersion + "/" + kind + "/" + namespace + "/" + name;
    }
  }

  /**
   * An object, its owner and, under kpt, the file the plan put it in (see {@link #place}). The
   * object is made when it is written, each time afresh: 15,000 RBAC objects kept as maps until
   * then were 600,000 more objects for every young collection to copy.
   */
  private record Generated(
      Resource owner, Identity identity, Supplier<Map<String, Object>> made, String file) {}

  private final List<Generated> objects = new ArrayList<>();
  private final Map<YMapping, Map<String, String>> decorations = new IdentityHashMap<>();
  private boolean placed;

  /**
   * Adds an object generated for {@code owner}: a map with apiVersion, kind and metadata (name,
   * optional namespace, labels, annotations), in the key order it should be written in.
   */
  public void add(Resource owner, Map<String, Object> object) {
    objects.add(new Generated(owner, identity(object), () -> deepCopy(object), null));
  }

  /**
   * Adds an object generated for {@code owner}, {@code identity}, that {@code made} makes when it
   * is written, as {@link #add(Resource, Map)} takes it: a new map each time.
   */
  public void add(Resource owner, Identity identity, Supplier<Map<String, Object>> made) {
    objects.add(new Generated(owner, identity, made, null));
  }

  /**
   * Adds {@code annotations} to every object generated for {@code owner} (its hook annotations, so
   * that the objects it needs exist before it runs). Applied when writing, so it holds for objects
   * added before or after this call.
   */
  public void decorate(Resource owner, Map<String, String> annotations) {
    decorations.computeIfAbsent(owner.node(), k -> new LinkedHashMap<>()).putAll(annotations);
  }

  /**
   * Puts each object, in the order added, in its file of {@code files} (null: none, outside kpt):
   * the files plan/GeneratedPlan decided, beside its owner's file or where the owner moves to (Flux
   * layout), or the Flux Kustomizations' file.
   */
  public void place(List<String> files) {
    if (files.size() != objects.size()) {
      throw new IllegalArgumentException(
          files.size() + " files for " + objects.size() + " objects");
    }
    for (int i = 0; i < files.size(); i++) {
      Generated g = objects.get(i);
      objects.set(i, new Generated(g.owner(), g.identity(), g.made(), files.get(i)));
    }
    placed = true;
  }

  /** True once {@link #place} gave the objects their files. */
  boolean placed() {
    return placed;
  }

  /**
   * The identities of the objects added, in order, as {@code apiVersion/kind/namespace/name}: what
   * {@code plan/GeneratedPlan} must list too.
   */
  public List<String> identities() {
    List<String> out = new ArrayList<>();
    for (Generated g : objects) {
      out.add(g.identity().text());
    }
    return out;
  }

  /** True if an object was added. */
  public boolean isEmpty() {
    return objects.isEmpty();
  }

  /** True if {@code r} is an object startgate generated. */
  public static boolean isGenerated(Resource r) {
    return r.isGenerated();
  }

  /** Writes into a ResourceList's items. */
  public void writeItems(
      YamlEditor editor, YSequence items, List<Resource> existing, BlockWriter writer) {
    Map<ObjectKey, Resource> old = generated(existing);
    FileIndexes indexes = new FileIndexes();
    for (Resource r : existing) {
      if (!isGenerated(r)) {
        indexes.take(r);
      }
    }
    for (Generated g : objects) {
      Resource previous = old.get(g.identity().key());
      if (previous != null && staysInPlace(previous, g.file())) {
        indexes.take(previous);
      }
    }
    // The new objects are made as they are written, one at a time (see writeDocuments); their kpt
    // indexes are taken here, in the objects' order.
    List<Supplier<Map<String, Object>>> appended = new ArrayList<>();
    Set<ObjectKey> kept = new HashSet<>();
    Resource[] anchors = anchors(old);
    for (int i = 0; i < objects.size(); i++) {
      Generated g = objects.get(i);
      ObjectKey key = g.identity().key();
      Resource previous = old.get(key);
      String index = indexFor(g, previous, indexes);
      kept.add(key);
      if (previous != null) {
        editor.replaceItem(previous.node(), withKptAnnotations(g, previous, index), writer);
      } else if (anchors[i] != null && g.file() == null) {
        // Under kpt (a file to write to) the kpt index orders a file, and a new one takes the next.
        editor.insertItemsBefore(
            anchors[i].node(), List.of(withKptAnnotations(g, null, index)), writer);
      } else {
        appended.add(() -> withKptAnnotations(g, null, index));
      }
    }
    for (Resource r : existing) {
      if (isGenerated(r) && (!kept.contains(key(r)) || old.get(key(r)) != r)) {
        editor.removeItem(r.node()); // not needed now, or a second copy of one (a bad merge)
      }
    }
    if (!appended.isEmpty()) {
      editor.append(items, new MadeOnRead(appended), writer);
    }
  }

  /** Writes into a plain stream: replaced in place, removed, or appended as documents. */
  public void writeDocuments(
      YamlEditor editor, List<YDocument> documents, List<Resource> existing, BlockWriter writer) {
    Map<ObjectKey, Resource> old = generated(existing);
    Set<ObjectKey> kept = new HashSet<>();
    // The new objects are made as they are written, one at a time: made here, all of them were
    // alive together (10,000 RBAC sets: 30,000 objects' maps, copied by every young collection).
    List<Generated> appended = new ArrayList<>();
    // The documents of startgate's objects, found by node among the resources read already:
    // reading every document again as a resource was a twentieth of a 10,000-resource run.
    Map<YMapping, Resource> ours = new IdentityHashMap<>();
    for (Resource r : existing) {
      if (isGenerated(r)) {
        ours.put(r.node(), r);
      }
    }
    Map<YMapping, YDocument> documentOf = new IdentityHashMap<>();
    if (!ours.isEmpty()) {
      for (YDocument d : documents) {
        if (d.root() instanceof YMapping m && ours.containsKey(m)) {
          documentOf.put(m, d);
        }
      }
    }
    Resource[] anchors = anchors(old);
    for (int i = 0; i < objects.size(); i++) {
      Generated g = objects.get(i);
      ObjectKey key = g.identity().key();
      kept.add(key);
      Resource previous = old.get(key);
      if (previous != null) {
        editor.replaceRoot(previous.node(), decorated(g), writer);
      } else if (anchors[i] != null && documentOf.containsKey(anchors[i].node())) {
        editor.insertDocumentBefore(documentOf.get(anchors[i].node()), decorated(g), writer);
      } else {
        appended.add(g);
      }
    }
    // In stream order: a document removed with every one before it is the stream's first.
    boolean first = true;
    for (YDocument d : documents) {
      Resource r = d.root() instanceof YMapping m && documentOf.containsKey(m) ? ours.get(m) : null;
      if (r != null && (!kept.contains(key(r)) || old.get(key(r)) != r)) {
        editor.removeDocument(d, first); // not needed now, or a second copy of one (a bad merge)
      } else {
        first = false;
      }
    }
    for (Generated g : appended) {
      editor.appendDocument(decorated(g), writer);
    }
  }

  /**
   * For each of {@link #objects} the input does not hold yet, the next one after it that the input
   * does hold (the first copy, kept in place), or null: a new object goes before that one, so that
   * however earlier runs added and took back objects, a run writes them in the order a fresh run
   * does (appended, in this order) wherever the input kept that order.
   */
  private Resource[] anchors(Map<ObjectKey, Resource> old) {
    Resource[] out = new Resource[objects.size()];
    Resource next = null;
    for (int i = objects.size() - 1; i >= 0 && !old.isEmpty(); i--) {
      Resource previous = old.get(objects.get(i).identity().key());
      if (previous != null) {
        next = previous;
      } else {
        out[i] = next;
      }
    }
    return out;
  }

  private static Map<ObjectKey, Resource> generated(List<Resource> existing) {
    Map<ObjectKey, Resource> out = new LinkedHashMap<>();
    for (Resource r : existing) {
      if (isGenerated(r)) {
        out.putIfAbsent(key(r), r); // the first copy; later ones are removed
      }
    }
    return out;
  }

  /** Objects made when the writer reads them: each is garbage once written. */
  private static final class MadeOnRead extends AbstractList<Map<String, Object>> {
    private final List<Supplier<Map<String, Object>>> makers;

    MadeOnRead(List<Supplier<Map<String, Object>>> makers) {
      this.makers = makers;
    }

    @Override
    public Map<String, Object> get(int i) {
      return makers.get(i).get();
    }

    @Override
    public int size() {
      return makers.size();
    }
  }

  /**
   * The kpt index {@code g} takes in its file: a new object, or one whose file must change; null if
   * it keeps its copy's place or is outside kpt.
   */
  private String indexFor(Generated g, Resource previous, FileIndexes indexes) {
    String file = g.file();
    return file != null && (previous == null || !staysInPlace(previous, file))
        ? String.valueOf(indexes.next(file))
        : null;
  }

  /**
   * Gives a new object kpt's path and a free index ({@code index}, from {@link #indexFor}) next to
   * its owner's file (or at its fixed file), and keeps every kpt annotation an earlier run's copy
   * carries, so kpt's bookkeeping is never modified; only an object whose file must change (its
   * owner moved, Flux layout) gets a new path and index, in the same annotations its copy used.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> withKptAnnotations(Generated g, Resource previous, String index) {
    Map<String, Object> object = decorated(g);
    Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
    Map<String, Object> annotations =
        new LinkedHashMap<>((Map<String, Object>) metadata.getOrDefault("annotations", Map.of()));
    String file = g.file();
    // kpt fn render writes each item's path from its package's folder (package-path): the object
    // is written from its owner's package, whatever this run took for the root.
    String pkg = index == null ? null : g.owner().annotations().get(Resource.PACKAGE_PATH);
    String from = pkg == null ? null : packageFolder(g.owner());
    if (from != null && file.startsWith(from)) {
      file = file.substring(from.length());
    } else {
      pkg = null;
    }
    if (previous != null) {
      for (Map.Entry<String, String> e : previous.annotations().entrySet()) {
        if (isKptAnnotation(e.getKey())
            && !(index != null && e.getKey().equals(Resource.PACKAGE_PATH))) {
          annotations.put(e.getKey(), e.getValue());
        }
      }
    }
    if (pkg != null) {
      annotations.put(Resource.PACKAGE_PATH, pkg);
    }
    if (index != null) {
      boolean hasPath = annotations.containsKey(PATH) || annotations.containsKey(LEGACY_PATH);
      if (!hasPath) {
        boolean legacy = g.file() == null && !g.owner().annotations().containsKey(PATH);
        annotations.put(legacy ? LEGACY_PATH : PATH, file);
        annotations.put(legacy ? LEGACY_INDEX : INDEX, index);
      }
      for (String[] pair : new String[][] {{PATH, INDEX}, {LEGACY_PATH, LEGACY_INDEX}}) {
        if (annotations.containsKey(pair[0])) {
          annotations.put(pair[0], file);
          annotations.put(pair[1], index);
        }
      }
    }
    if (!annotations.isEmpty()) {
      metadata.put("annotations", annotations);
    }
    return object;
  }

  /**
   * The folder of {@code owner}'s kpt package as startgate reads paths ({@code sub/}, or {@code ""}
   * for the root): its file less the path kpt wrote; null when they do not fit together.
   */
  private static String packageFolder(Resource owner) {
    String raw = owner.annotations().getOrDefault(PATH, owner.annotations().get(LEGACY_PATH));
    String file = owner.file();
    if (raw == null || file == null || !file.endsWith(raw)) {
      return null;
    }
    String folder = file.substring(0, file.length() - raw.length());
    return folder.isEmpty() || folder.endsWith("/") ? folder : null;
  }

  /** The object, made, with its owner's decorations added to its annotations. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> decorated(Generated g) {
    Map<String, Object> object = g.made().get();
    Map<String, String> extra = decorations.get(g.owner().node());
    if (extra != null && !extra.isEmpty()) {
      Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
      Map<String, Object> annotations =
          new LinkedHashMap<>((Map<String, Object>) metadata.getOrDefault("annotations", Map.of()));
      annotations.putAll(extra);
      metadata.put("annotations", annotations);
    }
    return object;
  }

  /**
   * True if an earlier run's copy keeps its place: it is where it belongs, or it belongs nowhere in
   * particular (its owner did not move and it has no fixed file).
   */
  private static boolean staysInPlace(Resource previous, String file) {
    return file == null || file.equals(previous.file());
  }

  /** The kpt index of every file: those taken, and the next free one for new objects. */
  private static final class FileIndexes {
    private final Map<String, Set<Integer>> taken = new HashMap<>();

    void take(Resource r) {
      String index = r.annotations().getOrDefault(INDEX, r.annotations().get(LEGACY_INDEX));
      if (r.file() != null && index != null && Digits.only(index, 1, 9)) {
        taken.computeIfAbsent(r.file(), k -> new HashSet<>()).add(Integer.parseInt(index));
      }
    }

    int next(String file) {
      Set<Integer> used = taken.computeIfAbsent(file, k -> new HashSet<>());
      int i = 0;
      while (used.contains(i)) {
        i++;
      }
      used.add(i);
      return i;
    }
  }

  private static boolean isKptAnnotation(String key) {
    return key.startsWith("internal.config.kubernetes.io/")
        || key.equals(LEGACY_PATH)
        || key.equals(LEGACY_INDEX)
        || key.equals("config.k8s.io/id");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      out.put(
          e.getKey(),
          e.getValue() instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : e.getValue());
    }
    return out;
  }

  private static ObjectKey key(Resource r) {
    return ObjectKey.of(r);
  }

  @SuppressWarnings("unchecked")
  private static Identity identity(Map<String, Object> object) {
    Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
    return new Identity(
        (String) object.get("apiVersion"),
        (String) object.get("kind"),
        (String) metadata.get("namespace"),
        (String) metadata.get("name"));
  }
}
