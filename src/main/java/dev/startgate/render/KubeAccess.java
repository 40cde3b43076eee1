package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.RbacMode;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.AccessRules;
import dev.startgate.plan.ApiAccess;
import dev.startgate.plan.Gate;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives a workload's kubectl gates what they need to ask the API server, and nothing more: a
 * writable HOME and a projected token mounted into the gate containers only, and (with {@code rbac:
 * auto}) a Role and RoleBinding per namespace scoped to exactly the targets. A pod on the {@code
 * default} ServiceAccount gets its own {@code <workload>-startgate} ServiceAccount with {@code
 * automountServiceAccountToken: false}, so its application containers receive no token; a pod with
 * its own ServiceAccount has the Role bound to that one, with a warning. Everything is recomputed
 * on every run: the volumes are named {@code startgate-*}, and a {@code serviceAccountName} naming
 * the generated account is removed again when the gates go away.
 */
public final class KubeAccess {
  private static final String SUFFIX = "-startgate";
  private static final int MAX_NAME = 253;

  private final Config config;
  private final GeneratedObjects generated;
  private final Set<String> names = new HashSet<>();
  private final WhenReadyServer server;

  /** Access configured by {@code config}, adding objects to {@code generated}. */
  public KubeAccess(Config config, GeneratedObjects generated) {
    this.config = config;
    this.generated = generated;
    this.server = new WhenReadyServer(config, generated);
  }

  /**
   * Adds the objects that depend on every workload: the k8s-when-ready server, if the config asks
   * for it. Call once, after the last {@link #apply}.
   */
  public void finish() {
    server.emit();
  }

  /** The ServiceAccount startgate creates for {@code workload}. */
  public static String serviceAccountName(Resource workload) {
    String base = workload.name() + SUFFIX;
    return ContainerNames.fit(base, base, MAX_NAME);
  }

  /**
   * Applies the access {@code plan}'s kubectl gates need to {@code podSpec}; a null plan or one
   * without such gates removes what an earlier run added. {@code otherGateVolumes} are the {@code
   * startgate-*} volumes other gates need (the HTTPS CA bundle), written with these.
   *
   * @return results about the workload
   */
  public List<Result> apply(
      YamlEditor editor,
      Resource workload,
      WorkloadShape shape,
      YMapping podSpec,
      WorkloadPlan plan,
      BlockWriter writer,
      List<Object> otherGateVolumes) {
    List<Result> results = new ArrayList<>();
    if (plan != null && config.kubernetes().whenReady()) {
      server.note(workload, plan.gates(), results);
    }
    List<Gate> gates =
        plan == null || config.kubernetes().whenReady() ? List.of() : kubeGates(plan.gates());
    List<Object> gateVolumes =
        new ArrayList<>(gates.isEmpty() ? List.of() : AccessObjects.volumes());
    gateVolumes.addAll(otherGateVolumes);
    editor.replaceItems(
        podSpec, "volumes", KubeAccess::isOurVolume, List::size, gateVolumes, writer, null);
    String ours = serviceAccountName(workload);
    String current =
        podSpec.text("serviceAccountName").or(() -> podSpec.text("serviceAccount")).orElse(null);
    boolean onDefault = current == null || current.equals("default") || current.equals(ours);
    if (gates.isEmpty() || config.rbac() == RbacMode.NONE) {
      if (ours.equals(podSpec.text("serviceAccountName").orElse(null))) {
        editor.remove(podSpec, "serviceAccountName");
      }
      if (!gates.isEmpty()) {
        String account = current == null || current.equals(ours) ? "default" : current;
        results.add(
            Result.info(
                workload,
                "rbac: none; grant ServiceAccount \"" + account + "\" " + describe(gates)));
      }
      uptime(workload, plan, gates, results);
      return results;
    }
    if (workload.namespace() == null) {
      results.add(
          Result.error(
              workload,
              "metadata.namespace",
              null,
              "Kubernetes gates need the workload's namespace to bind their Role to its"
                  + " ServiceAccount; set metadata.namespace (like namespace: shop), or pass"
                  + " --namespace (as a Helm post-renderer: --post-renderer-args"
                  + " --namespace=RELEASE_NAMESPACE), or set rbac: none in the function config"
                  + " and grant the rights yourself"));
      return results;
    }
    String account = onDefault ? ours : current;
    if (!claim(workload, ours, results)) {
      return results;
    }
    if (onDefault) {
      editor.set(podSpec, "serviceAccountName", ours, writer, "containers");
      generated.add(workload, AccessObjects.serviceAccount(workload, ours));
      if (podSpec.text("automountServiceAccountToken").map("true"::equals).orElse(false)) {
        results.add(
            Result.warning(
                workload,
                shape.podSpecField() + ".automountServiceAccountToken",
                "the pod sets automountServiceAccountToken: true, so its application containers"
                    + " also receive the token of ServiceAccount \""
                    + ours
                    + "\" and can read the gates' targets; remove it to keep the token in the"
                    + " gate containers only"));
      }
    } else {
      results.add(
          Result.warning(
              workload,
              shape.podSpecField() + ".serviceAccountName",
              "the gates' Role is bound to the pod's own ServiceAccount \""
                  + current
                  + "\", so the application can now "
                  + describe(gates)
                  + " too; leave serviceAccountName unset to give the gates their own account"));
    }
    for (AccessRules.Namespaced ns : AccessRules.of(gates)) {
      String target = ns.namespace() == null ? workload.namespace() : ns.namespace();
      String name =
          target.equals(workload.namespace())
              ? ours
              : ContainerNames.fit(
                  workload.namespace() + "." + ours, workload.namespace() + "." + ours, MAX_NAME);
      generated.add(workload, AccessObjects.role(name, target, ns.rules()));
      generated.add(
          workload,
          AccessObjects.binding(
              AccessObjects.metadata(name, target), name, account, workload.namespace()));
    }
    for (Gate g : gates) {
      if (ApiAccess.of(g).map(a -> a.name() == null).orElse(false)) {
        results.add(
            Result.warning(
                workload,
                IntentReader.WAIT_FOR_FIELD,
                g.target()
                    + " needs list and watch on every pod in its namespace: a label selector cannot"
                    + " be limited by name in RBAC; wait for a deployment/, statefulset/ or job/"
                    + " target instead to keep the Role to named objects"));
      }
    }
    uptime(workload, plan, gates, results);
    return results;
  }

  private boolean claim(Resource workload, String ours, List<Result> results) {
    if (names.add(workload.namespace() + "/" + ours)) {
      return true;
    }
    results.add(
        Result.error(
            workload,
            "metadata.name",
            workload.name(),
            "another gated workload named \""
                + workload.name()
                + "\" in namespace \""
                + workload.namespace()
                + "\" needs the same ServiceAccount and Role \""
                + ours
                + "\"; give the workloads different names"));
    return false;
  }

  private static void uptime(
      Resource workload, WorkloadPlan plan, List<Gate> gates, List<Result> results) {
    if (!gates.isEmpty() && plan.intent().timing().uptimeSeconds() > 0) {
      results.add(
          Result.warning(
              workload,
              "metadata.annotations.startgate.dev/uptime",
              "uptime is not applied to the kubectl gates ("
                  + gates.stream().map(Gate::target).collect(Collectors.joining(", "))
                  + "): kubectl cannot check that a target stays ready; it applies to network"
                  + " gates and to kubernetesGates: when-ready-server"));
    }
  }

  private static List<Gate> kubeGates(List<Gate> gates) {
    return gates.stream().filter(g -> ApiAccess.of(g).isPresent()).toList();
  }

  private static boolean isOurVolume(YNode item) {
    return item instanceof YMapping m
        && m.text("name").map(n -> n.startsWith(ContainerNames.PREFIX)).orElse(false);
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
                + (ns.namespace() == null ? "" : " in namespace " + ns.namespace()));
      }
    }
    return String.join("; ", parts);
  }
}
