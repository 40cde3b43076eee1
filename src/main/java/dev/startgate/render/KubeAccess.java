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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** The emptyDir kubectl writes its cache to (the root filesystem is read-only). */
  public static final String HOME_VOLUME = "startgate-kubectl-home";

  /** Where it is mounted, and HOME of the gate containers. */
  public static final String HOME_PATH = "/home/startgate";

  /** The projected token, CA and namespace, for the gate containers only. */
  public static final String TOKEN_VOLUME = "startgate-kube-api-access";

  /** Where in-cluster kubectl looks for them. */
  public static final String TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";

  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
  private static final String RBAC_V1 = RBAC_GROUP + "/v1";
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
    List<Object> gateVolumes = new ArrayList<>(volumes(gates));
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
      generated.add(workload, serviceAccount(workload, ours));
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
      generated.add(workload, role(name, target, ns.rules()));
      generated.add(workload, binding(metadata(name, target), name, account, workload.namespace()));
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

  private List<Object> volumes(List<Gate> gates) {
    if (gates.isEmpty()) {
      return List.of();
    }
    Map<String, Object> home = new LinkedHashMap<>();
    home.put("name", HOME_VOLUME);
    home.put("emptyDir", Map.of());
    Map<String, Object> token = new LinkedHashMap<>();
    token.put("expirationSeconds", 3607);
    token.put("path", "token");
    Map<String, Object> ca = new LinkedHashMap<>();
    ca.put("name", "kube-root-ca.crt");
    ca.put("items", List.of(keyPath("key", "ca.crt", "ca.crt")));
    Map<String, Object> fieldRef = new LinkedHashMap<>();
    fieldRef.put("apiVersion", "v1");
    fieldRef.put("fieldPath", "metadata.namespace");
    Map<String, Object> namespaceItem = new LinkedHashMap<>();
    namespaceItem.put("path", "namespace");
    namespaceItem.put("fieldRef", fieldRef);
    List<Object> sources =
        List.of(
            Map.of("serviceAccountToken", token),
            Map.of("configMap", ca),
            Map.of("downwardAPI", Map.of("items", List.of(namespaceItem))));
    Map<String, Object> projected = new LinkedHashMap<>();
    projected.put("name", TOKEN_VOLUME);
    projected.put("projected", Map.of("sources", sources));
    return List.of(home, projected);
  }

  private static Map<String, Object> keyPath(String keyName, String key, String path) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(keyName, key);
    m.put("path", path);
    return m;
  }

  private static Map<String, Object> metadata(String name, String namespace) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("namespace", namespace);
    m.put("labels", Map.of(GeneratedObjects.MANAGED_BY, GeneratedObjects.STARTGATE));
    return m;
  }

  private static Map<String, Object> serviceAccount(Resource workload, String name) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", "v1");
    o.put("kind", "ServiceAccount");
    o.put("metadata", metadata(name, workload.namespace()));
    o.put("automountServiceAccountToken", false);
    return o;
  }

  private static Map<String, Object> role(
      String name, String namespace, List<AccessRules.Rule> rules) {
    List<Object> out = new ArrayList<>();
    for (AccessRules.Rule r : rules) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("apiGroups", List.of(r.group()));
      rule.put("resources", List.of(r.resource()));
      if (!r.names().isEmpty()) {
        rule.put("resourceNames", r.names());
      }
      rule.put("verbs", r.verbs());
      out.add(rule);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", RBAC_V1);
    o.put("kind", "Role");
    o.put("metadata", metadata(name, namespace));
    o.put("rules", out);
    return o;
  }

  /** A RoleBinding of Role {@code role} to ServiceAccount {@code accountNamespace/account}. */
  static Map<String, Object> binding(
      Map<String, Object> metadata, String role, String account, String accountNamespace) {
    Map<String, Object> roleRef = new LinkedHashMap<>();
    roleRef.put("apiGroup", RBAC_GROUP);
    roleRef.put("kind", "Role");
    roleRef.put("name", role);
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("kind", "ServiceAccount");
    subject.put("name", account);
    subject.put("namespace", accountNamespace);
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", RBAC_V1);
    o.put("kind", "RoleBinding");
    o.put("metadata", metadata);
    o.put("roleRef", roleRef);
    o.put("subjects", List.of(subject));
    return o;
  }
}
