package dev.startgate.plan;

import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
   * An error per workload whose objects a user's object beside the input clashes with, as one of
   * the input would; a warning per workload whose objects a file beside holds as startgate's (moved
   * there, or written there for another workload of that file).
   */
  /**
   * One object startgate generates, as {@link #check} needs it.
   *
   * @param owner the workload it is generated for
   * @param key its identity
   * @param named how a message names it ({@code Role shop/migrate-startgate})
   * @param remedy how the user avoids a clash
   */
  record Made(Resource owner, ObjectKey key, String named, String remedy) {}

  static List<Result> check(List<Made> objects, List<Resource> existing, List<Resource> beside) {
    if (beside.isEmpty() || objects.isEmpty()) {
      return List.of();
    }
    Set<ObjectKey> own = new HashSet<>();
    for (Resource r : existing) {
      own.add(ObjectKey.of(r));
    }
    Map<ObjectKey, Resource> there = new HashMap<>();
    for (Resource r : beside) {
      there.putIfAbsent(ObjectKey.of(r), r);
    }
    Map<Resource, List<String>> users = new IdentityHashMap<>();
    Map<Resource, List<String>> copies = new IdentityHashMap<>();
    // By identity, in the order of the objects: a Resource's own equals compares its whole tree.
    Map<Resource, String> remedies = new IdentityHashMap<>();
    List<Resource> owners = new ArrayList<>();
    for (Made g : objects) {
      Resource found = own.contains(g.key()) ? null : there.get(g.key());
      if (found == null || g.owner() == null) {
        continue;
      }
      String named = g.named();
      (found.isGenerated() ? copies : users).computeIfAbsent(g.owner(), k -> new ArrayList<>());
      (found.isGenerated() ? copies : users).get(g.owner()).add(named);
      if (remedies.putIfAbsent(g.owner(), g.remedy()) == null) {
        owners.add(g.owner());
      }
    }
    List<Result> results = new ArrayList<>();
    for (Resource owner : owners) {
      List<String> clash = users.get(owner);
      if (clash != null) {
        results.add(
            Result.error(
                owner,
                "metadata.name",
                owner.name(),
                "startgate needs to generate "
                    + String.join(", ", clash)
                    + ", but a file beside this one already has "
                    + (clash.size() == 1 ? "one" : "them")
                    + " that startgate did not generate; "
                    + remedies.get(owner)));
      }
      List<String> copy = copies.get(owner);
      if (copy != null) {
        results.add(
            Result.warning(
                owner,
                "metadata.name",
                "a file beside this one holds startgate's "
                    + String.join(", ", copy)
                    + " already, and this run writes "
                    + (copy.size() == 1 ? "it" : "them")
                    + " into this file too: the folder would hold two of each; keep one (delete"
                    + " the other, or give both files to rewrite: a workload's objects go into its"
                    + " own file)"));
      }
    }
    return results;
  }
}
