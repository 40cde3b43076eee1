package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.model.GateParts;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.AccessPlan;
import dev.startgate.plan.InputAccounts;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the {@link AccessPlan} to a workload's pod spec: the kubectl HOME and projected token
 * volumes for gates that ask the API server, the pod's {@code serviceAccountName}, and the
 * ServiceAccount, Roles and RoleBindings the plan grants. Everything is recomputed on every run:
 * the volumes are {@link GateParts#VOLUMES}, and a {@code serviceAccountName} naming the generated
 * account is removed again when the gates go away. Decides nothing: the plan did.
 */
public final class KubeAccess {
  /** The deprecated alias of {@code serviceAccountName}, kept equal to it where it is written. */
  private static final String DEPRECATED_ACCOUNT = "serviceAccount";

  private final GeneratedObjects generated;
  private final Map<WorkloadPlan, AccessPlan.WorkloadAccess> byPlan = new IdentityHashMap<>();
  private final WhenReadyServer server;
  private final InputAccounts accounts;

  /**
   * The kubectl HOME and token volumes, made once: every pod with a Kubernetes gate gets the same,
   * and their flow texts are then written from the one made.
   */
  private final List<Object> volumes = AccessObjects.volumes();

  /** Applies {@code plan} under {@code config}, adding objects to {@code generated}. */
  public KubeAccess(Config config, AccessPlan plan, GeneratedObjects generated) {
    this.generated = generated;
    this.server = new WhenReadyServer(config, plan.server(), generated);
    this.accounts = plan.accounts();
    for (AccessPlan.WorkloadAccess a : plan.workloads()) {
      byPlan.put(a.plan(), a);
    }
  }

  /**
   * Adds the objects that depend on every workload: the k8s-when-ready server, if the plan has it.
   * Call once, after the last {@link #apply}.
   */
  public void finish() {
    server.emit();
  }

  /**
   * Applies the access planned for {@code plan} to {@code podSpec}; a null plan removes what an
   * earlier run added. {@code otherGateVolumes} are the volumes other gates need (the HTTPS CA
   * bundle), written with these.
   *
   * @return the plan's results about the workload's access
   */
  public List<Result> apply(
      YamlEditor editor,
      Resource workload,
      WorkloadShape shape,
      YMapping podSpec,
      WorkloadPlan plan,
      BlockWriter writer,
      List<Object> otherGateVolumes) {
    AccessPlan.WorkloadAccess access = plan == null ? null : byPlan.get(plan);
    boolean kube = access != null && !access.kubeGates().isEmpty();
    List<Object> gateVolumes = new ArrayList<>(kube ? volumes : List.of());
    gateVolumes.addAll(otherGateVolumes);
    editor.replaceItems(
        podSpec,
        "volumes",
        v -> GateParts.isGateVolume(v, workload.facts().userVolumes()),
        List::size,
        gateVolumes,
        writer,
        null);
    AccessPlan.AccountUse use = access == null ? AccessPlan.AccountUse.NONE : access.use();
    switch (use) {
      case NONE -> {
        if (accounts.startgates(workload)) {
          // With a comment on its line, the account goes back to default (what no field means).
          String ours = podSpec.resolvedText("serviceAccountName").orElse(null);
          editor.removeKeepingComment(podSpec, "serviceAccountName", "default", writer);
          if (ours != null && ours.equals(podSpec.text(DEPRECATED_ACCOUNT).orElse(null))) {
            editor.removeKeepingComment(podSpec, DEPRECATED_ACCOUNT, "default", writer);
          }
        }
      }
      case BLOCKED -> {}
      case OWN -> {
        editor.set(podSpec, "serviceAccountName", access.account(), writer, "containers");
        if (podSpec.get(DEPRECATED_ACCOUNT).isPresent()) {
          // Its alias says the same, or the API server's copy of it differs from the manifest's
          // (a diff in Argo CD on every sync).
          editor.set(podSpec, DEPRECATED_ACCOUNT, access.account(), writer, null);
        }
        String account = access.account();
        generated.add(
            workload,
            new GeneratedObjects.Identity("v1", "ServiceAccount", workload.namespace(), account),
            () -> AccessObjects.serviceAccount(workload, account, access.pullSecrets()));
        grant(workload, access);
      }
      case POD -> grant(workload, access);
    }
    return access == null ? List.of() : access.results();
  }

  private void grant(Resource workload, AccessPlan.WorkloadAccess access) {
    for (AccessPlan.Grant g : access.grants()) {
      if (g.cluster()) {
        generated.add(workload, AccessObjects.clusterRole(g.name(), g.rules()));
        generated.add(
            workload, AccessObjects.clusterBinding(g.name(), g.account(), g.accountNamespace()));
        continue;
      }
      // Made when written: see GeneratedObjects.
      generated.add(
          workload,
          new GeneratedObjects.Identity(AccessObjects.RBAC_V1, "Role", g.namespace(), g.name()),
          () -> AccessObjects.role(g.name(), g.namespace(), g.rules()));
      generated.add(
          workload,
          new GeneratedObjects.Identity(
              AccessObjects.RBAC_V1, "RoleBinding", g.namespace(), g.name()),
          () ->
              AccessObjects.binding(
                  AccessObjects.metadata(g.name(), g.namespace()),
                  g.name(),
                  g.account(),
                  g.accountNamespace()));
    }
  }
}
