package dev.startgate.plan;

import dev.startgate.intent.FluxSettings;
import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects startgate generates, as the access and ordering plans decide them, in the order they
 * are written, and the collisions with the user's objects and between them. A user's object with
 * the same identity is never overwritten, nor is one generated for another workload: each is an
 * error here, before anything is written.
 *
 * @param objects the generated objects
 * @param collisions an error per generated object the input already holds as the user's, or another
 *     workload's generated object already takes; a warning per workload whose generated objects
 *     cannot be ordered before it (its hook weight is the lowest there is)
 * @param kept generated objects of the input that this run neither regenerates nor removes: the
 *     Flux Kustomizations a nested kpt package's own pipeline laid out (by identity)
 */
public record GeneratedPlan(List<Generated> objects, List<Result> collisions, Set<Resource> kept) {
  /** A plan that keeps no object it does not generate. */
  public GeneratedPlan(List<Generated> objects, List<Result> collisions) {
    this(objects, collisions, Set.of());
  }

  private static final String RBAC = "rbac.authorization.k8s.io/v1";
  private static final String RBAC_REMEDY =
      "rename yours, or set rbac: none and grant the rights yourself";
  private static final String SERVER_REMEDY =
      "rename yours, give the server startgate generates another name by its whenReadyServer.host"
          + " (like waiter.tools.svc), or set whenReadyServer.emitServer: false and point"
          + " whenReadyServer.host at the server you run";
  private static final String FLUX_REMEDY = "rename yours, or set flux.name to another prefix";

  /**
   * One generated object's identity.
   *
   * @param owner the object a clash is reported on
   * @param apiVersion its apiVersion
   * @param kind its kind
   * @param namespace its namespace, or null
   * @param name its name
   * @param remedy how the user avoids a clash
   * @param file under kpt, the file it is written to: beside its owner's file (where the owner
   *     moves to, Flux layout), or the Flux Kustomizations' file; null outside kpt
   */
  public record Generated(
      Resource owner,
      String apiVersion,
      String kind,
      String namespace,
      String name,
      String remedy,
      String file) {}

  /** The identities of {@link #objects}, in order, as {@code apiVersion/kind/namespace/name}. */
  public List<String> identities() {
    return objects.stream()
        .map(g -> g.apiVersion() + "/" + g.kind() + "/" + g.namespace() + "/" + g.name())
        .toList();
  }

  /** The file of each of {@link #objects}, in order (null outside kpt). */
  public List<String> files() {
    return objects.stream().map(Generated::file).toList();
  }

  /** The objects of {@code access} and {@code ordering}, checked against {@code existing}. */
  public static GeneratedPlan of(
      AccessPlan access, OrderingPlan ordering, FluxSettings flux, List<Resource> existing) {
    return of(access, ordering, flux, existing, List.of());
  }

  /**
   * As above; {@code beside}, the objects of the files beside the input ({@code rewrite}'s folder),
   * is checked too: a user's object there clashes as one of the input does, and a copy of one of
   * startgate's objects there (moved out of the workload's file) is a warning, as this run writes
   * the object into the workload's file and the folder would hold it twice.
   */
  public static GeneratedPlan of(
      AccessPlan access,
      OrderingPlan ordering,
      FluxSettings flux,
      List<Resource> existing,
      List<Resource> beside) {
    FluxStages stages = ordering.stages();
    Map<Resource, String> movedTo = new IdentityHashMap<>();
    for (FluxStages.Move m : stages == null ? List.<FluxStages.Move>of() : stages.moves()) {
      movedTo.put(m.resource(), m.file());
    }
    Beside out = new Beside(movedTo);
    for (AccessPlan.WorkloadAccess a : access.workloads()) {
      Resource w = a.plan().intent().workload();
      if (a.use() == AccessPlan.AccountUse.OWN) {
        out.add(w, "v1", "ServiceAccount", w.namespace(), a.account());
      }
      if (a.use() == AccessPlan.AccountUse.OWN || a.use() == AccessPlan.AccountUse.POD) {
        for (AccessPlan.Grant g : a.grants()) {
          String role = g.cluster() ? "ClusterRole" : "Role";
          out.add(w, RBAC, role, g.namespace(), g.name());
          out.add(w, RBAC, role + "Binding", g.namespace(), g.name());
        }
      }
    }
    access
        .server()
        .ifPresent(
            s -> {
              Resource o = s.owner();
              out.server(o, "v1", "ServiceAccount", s.home(), s.name());
              for (String ns : s.grants().keySet()) {
                out.server(o, RBAC, "Role", ns, s.name());
                out.server(o, RBAC, "RoleBinding", ns, s.name());
              }
              out.server(o, "v1", "Service", s.home(), s.name());
              out.server(o, "apps/v1", "Deployment", s.home(), s.name());
            });
    if (stages != null) {
      for (FluxStages.Stage k : stages.kustomizations()) {
        out.objects.add(
            new Generated(
                stages.owner(),
                "kustomize.toolkit.fluxcd.io/v1",
                "Kustomization",
                flux.namespace(),
                k.name(),
                FLUX_REMEDY,
                FluxStages.FILE));
      }
    }
    List<Result> results = new ArrayList<>(collisions(out.objects, existing));
    // Only rewrite and explain have files beside the input: no list on the stream path.
    List<BesideCopies.Made> made = new ArrayList<>();
    for (Generated g : beside.isEmpty() ? List.<Generated>of() : out.objects) {
      made.add(
          new BesideCopies.Made(
              g.owner(),
              ObjectKey.of(g.apiVersion(), g.kind(), g.namespace(), g.name()),
              g.kind() + " " + (g.namespace() == null ? "" : g.namespace() + "/") + g.name(),
              g.remedy()));
    }
    results.addAll(BesideCopies.check(made, existing, beside));
    results.addAll(lowestWeights(out.objects, ordering));
    return new GeneratedPlan(
        List.copyOf(out.objects), List.copyOf(results), NestedPackages.ownLayouts(existing));
  }

  /**
   * A warning for each workload whose generated objects cannot come before it: its hook weight (or
   * sync wave) is the lowest Helm and Argo CD read, so theirs is the same, and the name decides.
   */
  private static List<Result> lowestWeights(List<Generated> objects, OrderingPlan ordering) {
    Set<Resource> owners = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Generated g : objects) {
      owners.add(g.owner());
    }
    String lowest = String.valueOf(Long.MIN_VALUE);
    List<Result> out = new ArrayList<>();
    for (OrderingPlan.WorkloadOrder o : ordering.workloads()) {
      if (!owners.contains(o.workload())) {
        continue;
      }
      Map<String, String> own = new LinkedHashMap<>(o.workload().annotations());
      own.keySet().removeAll(o.remove());
      own.putAll(o.put());
      String key = HookAnnotations.atLowest(own, o.decorations());
      if (key != null) {
        out.add(
            Result.warning(
                o.workload(),
                "metadata.annotations." + key,
                key
                    + " "
                    + lowest
                    + " is the lowest there is, so the objects startgate generates for this "
                    + o.workload().kind()
                    + " get it too and may be created after it (the name decides); give the "
                    + o.workload().kind()
                    + " a higher one, like \"-10\""));
      }
    }
    return out;
  }

  /** The objects generated so far, each written beside its owner (where the owner moves to). */
  private static final class Beside {
    private final List<Generated> objects = new ArrayList<>();
    private final Map<Resource, String> movedTo;

    Beside(Map<Resource, String> movedTo) {
      this.movedTo = movedTo;
    }

    void add(Resource owner, String apiVersion, String kind, String namespace, String name) {
      add(owner, apiVersion, kind, namespace, name, RBAC_REMEDY);
    }

    /** One of the k8s-when-ready server's objects: rbac: none does not leave it out. */
    void server(Resource owner, String apiVersion, String kind, String namespace, String name) {
      add(owner, apiVersion, kind, namespace, name, SERVER_REMEDY);
    }

    private void add(
        Resource owner,
        String apiVersion,
        String kind,
        String namespace,
        String name,
        String remedy) {
      // Only kpt input has files objects are written to: a file explain read is a name only.
      String ownerFile = movedTo.getOrDefault(owner, owner.kptFile());
      String file =
          ownerFile == null ? null : ObjectNames.kptFile(ownerFile, owner.kind(), owner.name());
      objects.add(new Generated(owner, apiVersion, kind, namespace, name, remedy, file));
    }
  }

  private static List<Result> collisions(List<Generated> objects, List<Resource> existing) {
    Map<ObjectKey, Resource> users = new HashMap<>();
    for (Resource r : existing) {
      if (!r.isGenerated()) {
        users.put(ObjectKey.of(r), r);
      }
    }
    List<Result> results = new ArrayList<>();
    Map<ObjectKey, Generated> made = new HashMap<>();
    Set<ObjectKey> clashed = new HashSet<>();
    for (Generated g : objects) {
      ObjectKey key = ObjectKey.of(g.apiVersion(), g.kind(), g.namespace(), g.name());
      Generated first = made.putIfAbsent(key, g);
      if (first != null && !ObjectKey.of(first.owner()).equals(ObjectKey.of(g.owner()))) {
        if (!clashed.add(ObjectKey.of(g.owner()))) {
          continue; // its Role said it; the RoleBinding of that name clashes too
        }
        // Names of Roles in another namespace are NAMESPACE.NAME-startgate: a workload whose name
        // has a dot can meet another workload's there.
        results.add(
            Result.error(
                g.owner(),
                "metadata.name",
                g.owner().name(),
                "startgate would generate "
                    + g.kind()
                    + " \""
                    + g.name()
                    + "\" in namespace \""
                    + g.namespace()
                    + "\" for both "
                    + describe(first.owner())
                    + " and "
                    + describe(g.owner())
                    + ", and one would replace the other; rename one of the two workloads"));
        continue;
      }
      if (users.containsKey(key)) {
        results.add(
            Result.error(
                g.owner(),
                "metadata.name",
                g.owner() == null ? null : g.owner().name(),
                "startgate needs to generate "
                    + g.kind()
                    + " \""
                    + g.name()
                    + "\", but the input already has one that startgate did not generate; "
                    + g.remedy()));
      }
    }
    return List.copyOf(results);
  }

  private static String describe(Resource r) {
    return r.kind() + " " + (r.namespace() == null ? "" : r.namespace() + "/") + r.name();
  }
}
