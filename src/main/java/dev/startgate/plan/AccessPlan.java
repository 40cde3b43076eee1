package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may ask the API server what, decided for the whole input before anything is written: per
 * gated workload the ServiceAccount its kubectl gates use, the Roles and RoleBindings that grant
 * them their targets (where and why), and the results about it; and the k8s-when-ready server's
 * rights. {@code render/} writes these objects as they are; {@code explain} shows them.
 *
 * @param workloads one entry per workload plan, in plan order
 * @param server the when-ready server's rights; empty when no gate asks it or it is not emitted
 * @param accounts the input's ServiceAccounts: whose a pod's {@code NAME-startgate} account is
 */
public record AccessPlan(
    List<WorkloadAccess> workloads, Optional<ServerAccess> server, InputAccounts accounts) {

  /** How a workload's pod gets the account its kubectl gates use. */
  public enum AccountUse {
    /**
     * No Role for this workload: a serviceAccountName naming startgate's account is removed, if it
     * is startgate's ({@link InputAccounts#startgates}).
     */
    NONE,
    /** An error result stopped the access: the pod's account is left as it is. */
    BLOCKED,
    /** startgate's own account, generated and set as the pod's serviceAccountName. */
    OWN,
    /** The pod's own ServiceAccount, bound to the gates' Roles. */
    POD
  }

  /**
   * One Role and its RoleBinding, or (for cluster-scoped custom resources only) one ClusterRole and
   * its ClusterRoleBinding.
   *
   * @param name the name of both
   * @param namespace where they live: the targets' namespace; null for a ClusterRole
   * @param rules the Role's rules
   * @param account the ServiceAccount bound
   * @param accountNamespace its namespace
   * @param cluster true for a ClusterRole and ClusterRoleBinding
   */
  public record Grant(
      String name,
      String namespace,
      List<AccessRules.Rule> rules,
      String account,
      String accountNamespace,
      boolean cluster) {}

  /**
   * The access of one workload.
   *
   * @param plan the workload's plan
   * @param kubeGates the gates that ask the API server with the pod's token: they get the kubectl
   *     HOME and projected token volumes
   * @param use how the pod gets its account
   * @param account the account's name (startgate's or the pod's); null for NONE and BLOCKED
   * @param grants the Roles and RoleBindings, in the order targets are written
   * @param results what the run reports about the workload's access, in order
   * @param pullSecrets the {@code imagePullSecrets} startgate's own account carries (OWN): those of
   *     the input's {@code default} ServiceAccount in the namespace, which the pod pulled with
   *     before it had an account of its own
   */
  public record WorkloadAccess(
      WorkloadPlan plan,
      List<Gate> kubeGates,
      AccountUse use,
      String account,
      List<Grant> grants,
      List<Result> results,
      List<String> pullSecrets) {}

  /**
   * The k8s-when-ready server's objects: its ServiceAccount, Service and Deployment in {@code
   * home}, and a Role and RoleBinding named {@code name} in each namespace of {@code grants}.
   *
   * @param owner the first workload whose gates ask the server: the objects' owner
   * @param name the server's name (the first label of its host)
   * @param home its namespace
   * @param grants per namespace, what the server reads there
   */
  public record ServerAccess(
      Resource owner, String name, String home, Map<String, List<AccessRules.Rule>> grants) {}
}
