package dev.startgate.plan;

import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two objects of the input that are one object to Kubernetes (API group, kind, namespace, name):
 * applying both keeps the last, and startgate resolves targets against the first, so the output
 * depends on the order. kustomize refuses such input; startgate warns. Objects marked {@code
 * config.kubernetes.io/local-config: "true"} are never applied, so they are left out.
 */
public final class DuplicateObjects {
  private DuplicateObjects() {}

  /** A warning on each object that has the key of an earlier one in {@code resources}. */
  public static List<Result> check(List<Resource> resources) {
    return check(List.of(resources), false);
  }

  /**
   * A warning on each object that has the key of one in an earlier list of {@code files} (the files
   * {@code rewrite} is given, in order: each file's run warns about its own duplicates).
   */
  public static List<Result> acrossFiles(List<List<Resource>> files) {
    return check(files, true);
  }

  private static List<Result> check(List<List<Resource>> files, boolean acrossOnly) {
    List<Result> out = new ArrayList<>();
    Map<ObjectKey, Resource> first = new HashMap<>();
    for (List<Resource> file : files) {
      // Across files only, a file's objects count for the files after it, not among themselves.
      Map<ObjectKey, Resource> here = acrossOnly ? new HashMap<>() : first;
      for (Resource r : file) {
        if (r.name() == null || r.isGenerated() || r.isLocalConfig()) {
          // generateName: a new object each time; startgate's own: written anew; local config
          // (a function's config, kpt's setters): never applied
          continue;
        }
        ObjectKey key = ObjectKey.of(r);
        Resource earlier = first.get(key);
        if (earlier != null) {
          out.add(warning(r, earlier));
        }
        here.putIfAbsent(key, r);
      }
      if (acrossOnly) {
        for (Map.Entry<ObjectKey, Resource> e : here.entrySet()) {
          first.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
    return out;
  }

  private static Result warning(Resource r, Resource earlier) {
    // The earlier object's file, where it is another than this one's.
    boolean elsewhere = earlier.file() != null && !earlier.file().equals(r.file());
    return Result.warning(
        r,
        "metadata.name",
        "another "
            + r.kind()
            + " named "
            + (r.namespace() == null ? "" : r.namespace() + "/")
            + r.name()
            + " comes earlier in the input"
            + (elsewhere ? " (" + earlier.file() + ")" : "")
            + "; Kubernetes keeps one object per name, so applying both keeps the last,"
            + " and startgate resolves targets against the first; remove one, or rename"
            + " it");
  }
}
