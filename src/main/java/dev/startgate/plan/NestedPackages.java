package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The nested kpt packages of a Flux layout: folders with a Kptfile of their own below the root,
 * which the layout leaves where they are (moving their objects would leave the Kptfile behind), so
 * no generated Kustomization applies what they hold.
 */
final class NestedPackages {
  private NestedPackages() {}

  /**
   * The Flux Kustomizations startgate generated inside nested packages (by identity): a nested
   * package's own pipeline lays it out and generates them ({@code sub/flux/}); a run over the root
   * neither regenerates nor removes them.
   */
  static Set<Resource> ownLayouts(List<Resource> resources) {
    Set<Resource> out = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> dirs = null;
    for (Resource r : resources) {
      if (r.isGenerated()
          && r.kind().equals("Kustomization")
          && r.group().equals("kustomize.toolkit.fluxcd.io")) {
        if (dirs == null) {
          dirs = dirs(resources);
        }
        if (holds(dirs, r)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** The folders of {@code subpackages} that hold Kustomizations of their own layout. */
  static Set<String> laidOut(List<Resource> resources, Set<String> subpackages) {
    Set<String> out = new HashSet<>();
    for (Resource r : ownLayouts(resources)) {
      out.add(deepest(r.file(), subpackages));
    }
    return out;
  }

  /** The folders ({@code sub/}) of the nested packages among {@code resources}. */
  static Set<String> dirs(List<Resource> resources) {
    Set<String> dirs = new HashSet<>();
    for (Resource r : resources) {
      if (r.kind().equals("Kptfile") && r.file() != null && r.file().contains("/")) {
        dirs.add(dir(r.file()));
      }
    }
    return dirs;
  }

  /** True if {@code r} is in one of the nested packages {@code subpackages}. */
  static boolean holds(Set<String> subpackages, Resource r) {
    for (String dir : subpackages) {
      if (r.file() != null && r.file().startsWith(dir)) {
        return true;
      }
    }
    return false;
  }

  /** A warning on each nested package's Kptfile whose objects no generated stage applies. */
  static List<Result> warnings(
      List<Resource> resources, Set<String> subpackages, Set<Resource> nested) {
    if (nested.isEmpty()) {
      return List.of();
    }
    List<Result> out = new ArrayList<>();
    for (Resource kptfile : resources) {
      if (!kptfile.kind().equals("Kptfile")
          || kptfile.file() == null
          || !subpackages.contains(dir(kptfile.file()))) {
        continue;
      }
      String dir = dir(kptfile.file());
      int count = 0;
      for (Resource r : nested) {
        // The objects of this package, not of one nested deeper in it.
        if (r.file().startsWith(dir) && deepest(r.file(), subpackages).equals(dir)) {
          count++;
        }
      }
      if (count > 0) {
        out.add(
            Result.warning(
                kptfile,
                null,
                "flux.layout leaves the nested kpt package "
                    + dir
                    + " where it is (its Kptfile would be left behind), so no generated Flux"
                    + " Kustomization applies its "
                    + count
                    + (count == 1 ? " object" : " objects")
                    + ", and a phase there orders nothing; move them into the root package,"
                    + " or lay "
                    + dir
                    + " out with flux.layout in a pipeline of its own (its Kustomizations are"
                    + " kept)"));
      }
    }
    return List.copyOf(out);
  }

  private static String dir(String file) {
    return file.substring(0, file.lastIndexOf('/') + 1);
  }

  /** The nested package folder {@code file} is in, the deepest; {@code ""} for none. */
  static String deepest(String file, Set<String> subpackages) {
    String best = "";
    for (String dir : subpackages) {
      if (file.startsWith(dir) && dir.length() > best.length()) {
        best = dir;
      }
    }
    return best;
  }
}
