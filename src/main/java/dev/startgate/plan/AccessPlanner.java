package dev.startgate.plan;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.intent.KubernetesGates;
import dev.startgate.intent.RbacMode;
import dev.startgate.model.ObjectFacts;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.plan.AccessPlan.AccountUse;
import dev.startgate.plan.AccessPlan.Grant;
import dev.startgate.plan.AccessPlan.WorkloadAccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides the {@link AccessPlan}: a workload's kubectl gates get what they need to ask the API
 * server, and nothing more. With {@code rbac: auto}, a pod on the {@code default} ServiceAccount
 * gets its own {@code <workload>-startgate} account (which mounts no token into the application
 * containers), and a Role and RoleBinding per namespace scoped to exactly the targets; a pod with
 * its own ServiceAccount has the Role bound to that one, with a warning. With the when-ready
 * server, the server holds the rights ({@link WhenReadyRules}).
 */
public final class AccessPlanner {
  private static final int MAX_NAME = 253;

  private final Config config;
  private final Map<String, Resource> claimed = new HashMap<>();

  private final InputAccounts accounts;
  private final AccountNames names;

  private AccessPlanner(Config config, InputAccounts accounts, AccountNames names) {
    this.config = config;
    this.accounts = accounts;
    this.names = names;
  }

  /** The access of {@code workloads} (in input order) under {@code config}. */
  public static AccessPlan plan(Config config, List<WorkloadPlan> workloads) {
    return plan(config, workloads, List.of(), List.of(), (a, b) -> 0);
  }

  /**
   * The access of {@code workloads} (in input order) under {@code config}, in an input that holds
   * {@code existing} (with the objects of the files beside it, whose ServiceAccounts and
   * startgate's bindings say whose a pod's account is too, and the workloads of {@code beside},
   * their intents, are named with ours); the shared k8s-when-ready server's objects go with the
   * workload that needs it first by {@code creationOrder} ({@link OrderingPlan#creationOrder}).
   */
  public static AccessPlan plan(
      Config config,
      List<WorkloadPlan> workloads,
      List<Resource> existing,
      List<Intent> beside,
      Comparator<Resource> creationOrder) {
    InputAccounts accounts = InputAccounts.of(existing);
    AccessPlanner planner =
        new AccessPlanner(config, accounts, AccountNames.of(config, workloads, beside));
    WhenReadyRules server = new WhenReadyRules();
    List<WorkloadAccess> out = new ArrayList<>();
    for (WorkloadPlan p : workloads) {
      if (p.intent().workload().facts().pod() == null) {
        // The rewrite reports the missing pod spec; there is nothing to give access to.
        continue;
      }
      List<Result> results = new ArrayList<>();
      if (config.kubernetes().whenReady()) {
        server.note(p.intent().workload(), p.gates(), results);
      }
      out.add(planner.workload(p, results));
    }
    KubernetesGates k = config.kubernetes();
    Optional<AccessPlan.ServerAccess> emitted =
        k.whenReady() && k.emitServer()
            ? server.access(k.host().split("\\.")[0], k.serverNamespace(), creationOrder)
            : Optional.empty();
    return new AccessPlan(List.copyOf(out), emitted, accounts);
  }

  /**
   * True if {@code name} is what startgate names {@code workload}'s own ServiceAccount: {@code
   * NAME-startgate}, or {@code NAME-KIND-startgate} (with a hash in rare clashes) beside a workload
   * of another kind of that name.
   */
  public static boolean isOwnAccount(Resource workload, String name) {
    return AccountNames.isOwn(workload, name);
  }

  /**
   * The access rule of each of {@code gate}'s API requests as kubectl makes them under {@code
   * config}; empty for a gate that does not ask the API server with the pod's token.
   */
  public static Optional<ApiAccess> kubectlAccess(Config config, Gate gate) {
    return config.kubernetes().whenReady() ? Optional.empty() : ApiAccess.of(gate);
  }

  private WorkloadAccess workload(WorkloadPlan plan, List<Result> results) {
    Resource workload = plan.intent().workload();
    ObjectFacts.PodAccount pod = workload.facts().pod();
    List<Gate> gates =
        plan.gates().stream().filter(g -> kubectlAccess(config, g).isPresent()).toList();
    String ours = names.of(workload);
    String current =
        pod.serviceAccountName() != null ? pod.serviceAccountName() : pod.serviceAccount();
    boolean ownedByUs = accounts.startgates(workload);
    boolean onDefault = current == null || current.equals("default") || ownedByUs;
    String podSpec = plan.intent().shape().podSpecField();
    if (gates.isEmpty() || config.rbac() == RbacMode.NONE) {
      if (!gates.isEmpty()) {
        String account = current == null || ownedByUs ? "default" : current;
        results.add(
            Result.info(
                workload,
                "rbac: none; grant ServiceAccount \"" + account + "\" " + describe(gates)));
      }
      return access(plan, gates, AccountUse.NONE, null, List.of(), results);
    }
    Result blocked = AccessPrerequisites.problem(workload, pod, podSpec);
    if (blocked != null) {
      results.add(blocked);
      return access(plan, gates, AccountUse.BLOCKED, null, List.of(), results);
    }
    if (!claim(workload, ours, results)) {
      return access(plan, gates, AccountUse.BLOCKED, null, List.of(), results);
    }
    Result leftOut = ownedByUs ? accounts.leftOut(workload, podSpec) : null;
    if (leftOut != null) {
      results.add(leftOut);
    }
    if (onDefault) {
      if (pod.automountToken()) {
        results.add(
            Result.warning(
                workload,
                podSpec + ".automountServiceAccountToken",
                "the pod's automountServiceAccountToken is true, so its application containers"
                    + " also receive the token of ServiceAccount \""
                    + ours
                    + "\" and can read the gates' targets; remove it to keep the token in the"
                    + " gate containers only"));
      }
    } else {
      String named = pod.serviceAccountName() != null ? "serviceAccountName" : "serviceAccount";
      results.add(
          Result.warning(
              workload,
              podSpec + "." + named,
              "the gates' "
                  + roles(AccessRules.of(gates))
                  + " bound to the pod's own ServiceAccount \""
                  + current
                  + (pod.noToken()
                      // Its own containers get no token; every other pod of that account does.
                      ? "\"; this pod's containers get no token (automountServiceAccountToken:"
                          + " false), but every other pod that runs as \""
                          + current
                          + "\" can now "
                      : !pod.automountToken() && accounts.noToken(workload.namespace(), current)
                          // The account mounts no token: only a pod that asks for one gets it.
                          ? "\"; its pods get no token (automountServiceAccountToken: false on"
                              + " the ServiceAccount), but a pod that runs as \""
                              + current
                              + "\" and sets automountServiceAccountToken: true can now "
                          : "\", so the application (and every other pod that runs as \""
                              + current
                              + "\") can now ")
                  + describe(gates)
                  + " too; leave "
                  + named
                  + " unset to give the gates their own account"));
    }
    String account = onDefault ? ours : current;
    List<Grant> grants = new ArrayList<>();
    for (AccessRules.Namespaced ns : AccessRules.of(gates)) {
      String target = ns.namespace() == null ? workload.namespace() : ns.namespace();
      String name =
          !ns.cluster() && target.equals(workload.namespace())
              ? ours
              : ObjectNames.fit(
                  workload.namespace() + "." + ours, workload.namespace() + "." + ours, MAX_NAME);
      if (ns.cluster()) {
        grants.add(new Grant(name, null, ns.rules(), account, workload.namespace(), true));
        results.add(clusterRole(workload, name, ns.rules()));
      } else {
        grants.add(new Grant(name, target, ns.rules(), account, workload.namespace(), false));
      }
    }
    for (Gate g : gates) {
      if (ApiAccess.of(g).map(a -> a.name() == null).orElse(false)) {
        results.add(
            Result.warning(
                workload,
                plan.intent().sources().waitFor(),
                g.target()
                    + " needs list and watch on every pod in its namespace: a label selector cannot"
                    + " be limited by name in RBAC; wait for a deployment/, statefulset/ or job/"
                    + " target instead to keep the Role to named objects"));
      }
    }
    return access(
        plan, gates, onDefault ? AccountUse.OWN : AccountUse.POD, account, grants, results);
  }

  /**
   * The info that a ClusterRole is generated: the one case where startgate makes one (README
   * "Security model").
   */
  private static Result clusterRole(Resource workload, String name, List<AccessRules.Rule> rules) {
    String what =
        rules.stream()
            .map(
                r ->
                    r.resource()
                        + "."
                        + r.group()
                        + " "
                        + r.names().stream()
                            .map(n -> "\"" + n + "\"")
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
    return Result.info(
        workload,
        "ClusterRole and ClusterRoleBinding \""
            + name
            + "\" grant get, list, watch on the cluster-scoped "
            + what
            + " only (resourceNames): the only ClusterRole startgate ever generates, for"
            + " cluster-scoped custom-resource targets");
  }

  private WorkloadAccess access(
      WorkloadPlan plan,
      List<Gate> gates,
      AccountUse use,
      String account,
      List<Grant> grants,
      List<Result> results) {
    // The account startgate makes stands in for the default one, pull Secrets and all.
    String ns = plan.intent().workload().namespace();
    List<String> pull = use == AccountUse.OWN ? accounts.pullSecrets(ns) : List.of();
    return new WorkloadAccess(
        plan, List.copyOf(gates), use, account, List.copyOf(grants), List.copyOf(results), pull);
  }

  private boolean claim(Resource workload, String ours, List<Result> results) {
    Resource first = claimed.putIfAbsent(workload.namespace() + "/" + ours, workload);
    if (first != null) {
      results.add(AccountNames.clash(first, workload, ours));
    }
    return first == null;
  }

  /** {@code get, list, watch on deployments.apps "api" in namespace shop; ...}. */
  private static String describe(List<Gate> gates) {
    List<String> parts = new ArrayList<>();
    for (AccessRules.Namespaced ns : AccessRules.of(gates)) {
      for (AccessRules.Rule r : ns.rules()) {
        String resource = r.group().isEmpty() ? r.resource() : r.resource() + "." + r.group();
        String names =
            r.names().isEmpty()
                ? "all " + resource
                : resource
                    + " "
                    + r.names().stream()
                        .map(n -> "\"" + n + "\"")
                        .collect(Collectors.joining(", "));
        parts.add(
            String.join(", ", r.verbs())
                + " on "
                + names
                + (ns.cluster()
                    ? " (cluster-scoped)"
                    : ns.namespace() == null ? "" : " in namespace " + ns.namespace()));
      }
    }
    return String.join("; ", parts);
  }

  /** "Role is", "Roles are", "ClusterRole is", "Role and ClusterRole are": what the gates bind. */
  static String roles(List<AccessRules.Namespaced> rules) {
    long roles = rules.stream().filter(ns -> !ns.cluster()).count();
    boolean cluster = rules.stream().anyMatch(AccessRules.Namespaced::cluster);
    String namespaced = roles > 1 ? "Roles" : "Role";
    return roles == 0
        ? "ClusterRole is"
        : cluster ? namespaced + " and ClusterRole are" : namespaced + (roles > 1 ? " are" : " is");
  }
}
