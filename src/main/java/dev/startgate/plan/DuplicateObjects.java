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
    List<Result> out = new ArrayList<>();
    Map<ObjectKey, Resource> first = new HashMap<>();
    for (Resource r : resources) {
      if (r.name() == null || r.isGenerated() || r.isLocalConfig()) {
        // generateName: a new object each time; startgate's own: written anew; local config
        // (a function's config, kpt's setters): never applied
        continue;
      }
      Resource earlier = first.putIfAbsent(ObjectKey.of(r), r);
      if (earlier != null) {
        out.add(
            Result.warning(
                r,
                "metadata.name",
                "another "
                    + r.kind()
                    + " named "
                    + (r.namespace() == null ? "" : r.namespace() + "/")
                    + r.name()
                    + " comes earlier in the input"
                    + (earlier.file() == null ? "" : " (" + earlier.file() + ")")
                    + "; Kubernetes keeps one object per name, so applying both keeps the last,"
                    + " and startgate resolves targets against the first; remove one, or rename"
                    + " it"));
      }
    }
    return out;
  }
}
