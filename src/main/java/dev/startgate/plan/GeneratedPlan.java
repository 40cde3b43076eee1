package dev.startgate.plan;

import dev.startgate.intent.FluxSettings;
import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 *     workload's generated object already takes
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
   */
  public record Generated(
      Resource owner,
      String apiVersion,
      String kind,
      String namespace,
      String name,
      String remedy) {}

  /** The identities of {@link #objects}, in order, as {@code apiVersion/kind/namespace/name}. */
  public List<String> identities() {
    return objects.stream()
        .map(g -> g.apiVersion() + "/" + g.kind() + "/" + g.namespace() + "/" + g.name())
        .toList();
  }

  /** The objects of {@code access} and {@code ordering}, checked against {@code existing}. */
  public static GeneratedPlan of(
      AccessPlan access, OrderingPlan ordering, FluxSettings flux, List<Resource> existing) {
    List<Generated> out = new ArrayList<>();
    for (AccessPlan.WorkloadAccess a : access.workloads()) {
      Resource w = a.plan().intent().workload();
      if (a.use() == AccessPlan.AccountUse.OWN) {
        out.add(new Generated(w, "v1", "ServiceAccount", w.namespace(), a.account(), RBAC_REMEDY));
      }
      if (a.use() == AccessPlan.AccountUse.OWN || a.use() == AccessPlan.AccountUse.POD) {
        for (AccessPlan.Grant g : a.grants()) {
          String role = g.cluster() ? "ClusterRole" : "Role";
          out.add(new Generated(w, RBAC, role, g.namespace(), g.name(), RBAC_REMEDY));
          out.add(new Generated(w, RBAC, role + "Binding", g.namespace(), g.name(), RBAC_REMEDY));
        }
      }
    }
    access
        .server()
        .ifPresent(
            s -> {
              Resource o = s.owner();
              out.add(new Generated(o, "v1", "ServiceAccount", s.home(), s.name(), RBAC_REMEDY));
              for (String ns : s.grants().keySet()) {
                out.add(new Generated(o, RBAC, "Role", ns, s.name(), RBAC_REMEDY));
                out.add(new Generated(o, RBAC, "RoleBinding", ns, s.name(), RBAC_REMEDY));
              }
              out.add(new Generated(o, "v1", "Service", s.home(), s.name(), RBAC_REMEDY));
              out.add(new Generated(o, "apps/v1", "Deployment", s.home(), s.name(), RBAC_REMEDY));
            });
    FluxStages stages = ordering.stages();
    if (stages != null) {
      for (FluxStages.Stage k : stages.kustomizations()) {
        out.add(
            new Generated(
                stages.owner(),
                "kustomize.toolkit.fluxcd.io/v1",
                "Kustomization",
                flux.namespace(),
                k.name(),
                FLUX_REMEDY));
      }
    }
    return new GeneratedPlan(
        List.copyOf(out), collisions(out, existing), NestedPackages.ownLayouts(existing));
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
