package dev.startgate.plan;

import dev.startgate.model.ObjectFacts;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;

/**
 * What a workload must have before its Kubernetes gates get a ServiceAccount, Role and RoleBinding:
 * a namespace and a name to name and bind them by, and a pod account that is a name.
 */
final class AccessPrerequisites {
  private AccessPrerequisites() {}

  /**
   * The error that blocks {@code workload}'s access, or null when it has what its access needs.
   *
   * @param pod its pod's account settings
   * @param podSpec the path of its pod spec ({@code spec.template.spec})
   */
  static Result problem(Resource workload, ObjectFacts.PodAccount pod, String podSpec) {
    if (workload.namespace() == null) {
      return Result.error(
          workload,
          "metadata.namespace",
          null,
          "Kubernetes gates need the workload's namespace to bind their Role to its"
              + " ServiceAccount; set metadata.namespace (like namespace: shop), or pass"
              + " --namespace (as a Helm post-renderer: --post-renderer-args"
              + " --namespace=RELEASE_NAMESPACE; the Helm 4 plugin: STARTGATE_NAMESPACE), or"
              + " set rbac: none in the function config"
              + " and grant the rights yourself");
    }
    if (workload.name() == null) {
      String generateName = workload.generateName();
      return Result.error(
          workload,
          "metadata.name",
          null,
          "Kubernetes gates need the workload's name: their ServiceAccount, Role and"
              + " RoleBinding are named after it (NAME-startgate)"
              + (generateName == null
                  ? ""
                  : ", and generateName: "
                      + generateName
                      + " is completed only when the"
                      + " object is created")
              + "; set metadata.name (like name: migrate), or set rbac: none in the function"
              + " config and grant the rights yourself");
    }
    if (pod.notAName() != null) {
      // Taken for no account, it was replaced by startgate's: a manifest the API server refuses
      // became one that runs under another account.
      return Result.error(
          workload,
          podSpec + "." + pod.notAName(),
          null,
          pod.notAName()
              + " is a mapping or a list, not a ServiceAccount's name, so the pod's account is"
              + " unknown; write its name (like "
              + pod.notAName()
              + ": builder), or leave it out to give the gates their own account");
    }
    return null;
  }
}
