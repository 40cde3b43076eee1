package dev.startgate.plan;

import dev.startgate.model.KustomizeRefs;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kustomize {@code kustomization.yaml} in a package that {@code flux.layout} lays out stays where
 * it is, and names files by their old paths: after the move {@code kubectl kustomize} of it fails
 * (or builds less). Flux applies the stages from their own Kustomizations, not through it, so
 * startgate does not rewrite it (a path into a stage folder from a base below it would leave the
 * base's root, which kustomize refuses): a warning names each entry and where its objects went.
 */
final class KustomizeAfterLayout {
  private KustomizeAfterLayout() {}

  /**
   * A warning per Kustomization of {@code resources} that names a file or folder that {@code moves}
   * (this run) takes objects out of, or that an earlier layout emptied: one that holds none after
   * the run, while a stage folder holds the same path.
   */
  static List<Result> warnings(List<Resource> resources, List<FluxStages.Move> moves) {
    Map<Resource, String> moved = new IdentityHashMap<>();
    for (FluxStages.Move m : moves) {
      moved.put(m.resource(), m.file());
    }
    // Each file after the run, and the files each old file's objects went to.
    Set<String> after = new TreeSet<>();
    Map<String, Set<String>> movedTo = new LinkedHashMap<>();
    for (Resource r : resources) {
      String to = moved.get(r);
      if (r.file() != null && !r.isGenerated()) {
        after.add(to != null ? to : r.file());
      }
      if (to != null) {
        Set<String> set = movedTo.get(r.file());
        if (set == null) {
          set = new TreeSet<>();
          movedTo.put(r.file(), set);
        }
        set.add(to);
      }
    }
    List<Result> out = new ArrayList<>();
    for (Resource k : resources) {
      List<KustomizeRefs.Ref> refs = k.facts().kustomizeRefs();
      if (refs.isEmpty() || k.file() == null) {
        continue;
      }
      String dir =
          k.file().contains("/") ? k.file().substring(0, k.file().lastIndexOf('/') + 1) : "";
      List<String> named = new ArrayList<>();
      String field = null;
      for (KustomizeRefs.Ref ref : refs) {
        Set<String> to = wentTo(normalize(dir + ref.path()), movedTo, after);
        if (!to.isEmpty()) {
          field = field == null ? ref.field() : field;
          // "laid out in", not "now in": after an error the run moves nothing (the same words
          // then).
          named.add(
              ref.field() + ": " + ref.path() + " (laid out in " + String.join(", ", to) + ")");
        }
      }
      if (!named.isEmpty()) {
        out.add(
            Result.warning(
                k,
                field,
                "this kustomization names files that flux.layout moves objects out of, "
                    + String.join("; ", named)
                    + ": a kustomize build of "
                    + k.file()
                    + " misses them once they are laid out; Flux applies the stages from "
                    + FluxStages.FILE
                    + " without it, so remove it or make it name the files in the stage folders"));
      }
    }
    return out;
  }

  /** Where the objects of {@code path} (a file or folder) went, this run or an earlier one. */
  private static Set<String> wentTo(
      String path, Map<String, Set<String>> movedTo, Set<String> after) {
    Set<String> to = new TreeSet<>();
    for (Map.Entry<String, Set<String>> e : movedTo.entrySet()) {
      if (within(e.getKey(), path)) {
        to.addAll(e.getValue());
      }
    }
    for (String file : after) {
      if (within(file, path)) {
        return to; // it still holds objects: only what moved this run, if any, is gone from it
      }
    }
    for (String stage : FluxStages.STAGES) {
      for (String file : after) {
        if (within(file, stage + "/" + path)) {
          to.add(file);
        }
      }
    }
    return to;
  }

  private static boolean within(String file, String path) {
    return file.equals(path) || file.startsWith(path + "/");
  }

  /** {@code path} without {@code .} and {@code dir/..} parts, as kustomize resolves it. */
  private static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }
}
