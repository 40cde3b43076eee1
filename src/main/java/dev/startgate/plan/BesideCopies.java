package dev.startgate.plan;

import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects startgate generates that a file beside the input holds already ({@code rewrite}'s
 * folder; no input of kpt's or a stream has files beside it). A run writes its objects into the
 * workload's own file, so the folder would hold two objects of one identity, which {@code kubectl
 * apply} takes as one and kustomize refuses.
 */
final class BesideCopies {
  private BesideCopies() {}

  /**
   * One object startgate generates, as {@link #check} needs it.
   *
   * @param owner the workload it is generated for
   * @param key its identity
   * @param named how a message names it ({@code Role shop/migrate-startgate})
   * @param remedy how the user avoids a clash
   */
  record Made(Resource owner, ObjectKey key, String named, String remedy) {}

  /**
   * An error per workload whose objects a user's object beside the input clashes with, as one of
   * the input would; a warning per workload whose objects a file beside holds as startgate's too
   * (moved there, or written there for another workload of that file), also once this file holds
   * them again.
   */
  static List<Result> check(List<Made> objects, List<Resource> existing, List<Resource> beside) {
    if (beside.isEmpty() || objects.isEmpty()) {
      return List.of();
    }
    Set<ObjectKey> usersOwn = new HashSet<>();
    for (Resource r : existing) {
      if (!r.isGenerated()) {
        usersOwn.add(ObjectKey.of(r));
      }
    }
    Map<ObjectKey, Resource> there = new HashMap<>();
    for (Resource r : beside) {
      there.putIfAbsent(ObjectKey.of(r), r);
    }
    // By identity, in the order of the objects: a Resource's own equals compares its whole tree.
    Map<Resource, Found> byOwner = new IdentityHashMap<>();
    List<Resource> owners = new ArrayList<>();
    for (Made g : objects) {
      Resource found = there.get(g.key());
      // A user's object of the input itself clashes already (GeneratedPlan's collisions).
      if (found == null || g.owner() == null || usersOwn.contains(g.key())) {
        continue;
      }
      Found f = byOwner.get(g.owner());
      if (f == null) {
        f = new Found(g.remedy());
        byOwner.put(g.owner(), f);
        owners.add(g.owner());
      }
      (found.isGenerated() ? f.copies : f.users).add(g.named());
      (found.isGenerated() ? f.copyFiles : f.userFiles).add(where(found));
    }
    List<Result> results = new ArrayList<>();
    for (Resource owner : owners) {
      Found f = byOwner.get(owner);
      if (!f.users.isEmpty()) {
        results.add(
            Result.error(
                owner,
                "metadata.name",
                owner.name(),
                "startgate needs to generate "
                    + String.join(", ", f.users)
                    + ", but "
                    + String.join(" and ", f.userFiles)
                    + " in this folder already "
                    + (f.userFiles.size() == 1 ? "has " : "have ")
                    + (f.users.size() == 1 ? "one" : "them")
                    + " that startgate did not generate; "
                    + f.remedy));
      }
      if (!f.copies.isEmpty()) {
        results.add(
            Result.warning(
                owner,
                "metadata.name",
                String.join(" and ", f.copyFiles)
                    + " beside this file "
                    + (f.copyFiles.size() == 1 ? "holds" : "hold")
                    + " startgate's "
                    + String.join(", ", f.copies)
                    + " too, which this run writes into this file: the folder would hold two of"
                    + " each; keep one (delete the copy there, or give both files to rewrite: a"
                    + " workload's objects go into its own file)"));
      }
    }
    return results;
  }

  /** The file {@code r} was read from, as a message names it. */
  private static String where(Resource r) {
    return r.file() == null ? "a file" : r.file();
  }

  /** What one workload's objects met beside the input. */
  private static final class Found {
    final String remedy;
    final List<String> users = new ArrayList<>();
    final List<String> copies = new ArrayList<>();
    final Set<String> userFiles = new LinkedHashSet<>();
    final Set<String> copyFiles = new LinkedHashSet<>();

    Found(String remedy) {
      this.remedy = remedy;
    }
  }
}
