package dev.startgate.function;

import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths of a ResourceList's items from the root package. {@code kpt fn render} writes each item's
 * path from its own package's directory ({@code internal.config.kubernetes.io/package-path}): a
 * nested package's {@code job.yaml} arrives as {@code job.yaml}, like the root's. {@code kpt fn
 * eval} writes {@code sub/job.yaml}. startgate reads both as {@code sub/job.yaml}, so files are
 * told apart, objects it generates go next to their workload, and a nested package is seen as one
 * (its Kptfile in {@code sub/}). Only the reading changes: the annotations stay as they came.
 */
final class PackagePaths {
  private PackagePaths() {}

  /** {@code items} with the file of each item in a nested package made relative to the root. */
  static List<Resource> fromRoot(List<Resource> items) {
    String root = null;
    for (Resource r : items) {
      String dir = r.annotations().get(Resource.PACKAGE_PATH);
      if (dir != null && (root == null || dir.length() < root.length())) {
        root = dir;
      }
    }
    if (root == null) {
      return items;
    }
    String prefix = root.endsWith("/") ? root : root + "/";
    List<Resource> out = null;
    for (int i = 0; i < items.size(); i++) {
      Resource r = items.get(i);
      String dir = r.annotations().get(Resource.PACKAGE_PATH);
      if (dir != null && r.file() != null && dir.startsWith(prefix)) {
        if (out == null) {
          out = new ArrayList<>(items);
        }
        String nested = dir.substring(prefix.length());
        out.set(i, r.inFile(nested.endsWith("/") ? nested + r.file() : nested + "/" + r.file()));
      }
    }
    return out == null ? items : List.copyOf(out);
  }
}
