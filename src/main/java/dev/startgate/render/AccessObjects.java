package dev.startgate.render;

import dev.startgate.model.GateParts;
import dev.startgate.model.ObjectFacts;
import dev.startgate.model.Resource;
import dev.startgate.plan.AccessRules;
import dev.startgate.yaml.BlockWriter.Flow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects and volumes that give kubectl gates access to the API server, as ordered maps: the
 * kubectl HOME and projected token volumes, ServiceAccounts, Roles and RoleBindings. Shared by
 * {@link KubeAccess}, the gate containers and the k8s-when-ready server's objects.
 */
final class AccessObjects {
  /** The emptyDir kubectl writes its cache to (the root filesystem is read-only). */
  public static final String HOME_VOLUME = GateParts.HOME_VOLUME;

  /** Where it is mounted, and HOME of the gate containers. */
  public static final String HOME_PATH = "/home/startgate";

  /** The projected token, CA and namespace, for the gate containers only. */
  public static final String TOKEN_VOLUME = ObjectFacts.TOKEN_VOLUME;

  /** Where in-cluster kubectl looks for them. */
  public static final String TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";

  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

  /** The apiVersion of Roles and RoleBindings. */
  static final String RBAC_V1 = RBAC_GROUP + "/v1";

  /**
   * The label of every generated object, its text made here: a constant, shared by the 15,000
   * objects a large input can ask for instead of a collection and a text made for each.
   */
  private static final Flow LABELS =
      madeNow(new Flow(Map.of(GeneratedObjects.MANAGED_BY, GeneratedObjects.STARTGATE)));

  private AccessObjects() {}

  private static Flow madeNow(Flow flow) {
    flow.text();
    return flow;
  }

  /**
   * The kubectl HOME and projected token volumes, for gates that ask the API server; the token
   * volume's sources each on one line, as the kubelet's own {@code kube-api-access} volume has
   * them.
   */
  static List<Object> volumes() {
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
            Map.of("serviceAccountToken", new Flow(token)),
            Map.of("configMap", new Flow(ca)),
            Map.of("downwardAPI", Map.of("items", new Flow(List.of(namespaceItem)))));
    Map<String, Object> projected = new LinkedHashMap<>();
    projected.put("name", TOKEN_VOLUME);
    projected.put("projected", Map.of("sources", sources));
    return List.of(FlowStyle.ifShort(home), Collections.unmodifiableMap(projected));
  }

  private static Map<String, Object> keyPath(String keyName, String key, String path) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(keyName, key);
    m.put("path", path);
    return m;
  }

  /** Metadata of a generated object, labelled as managed by startgate. */
  static Map<String, Object> metadata(String name, String namespace) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("namespace", namespace);
    m.put("labels", labels());
    return m;
  }

  /** The label every generated object carries, on one line. */
  static Flow labels() {
    return LABELS;
  }

  /** One rule of a Role: each of its lists on one line when short. */
  static Map<String, Object> rule(AccessRules.Rule r) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("apiGroups", FlowStyle.ifShort(List.of(r.group())));
    rule.put("resources", FlowStyle.ifShort(List.of(r.resource())));
    if (!r.names().isEmpty()) {
      rule.put("resourceNames", FlowStyle.ifShort(r.names()));
    }
    rule.put("verbs", FlowStyle.ifShort(r.verbs()));
    return rule;
  }

  /**
   * The ServiceAccount {@code name} startgate creates for {@code workload}, with the image pull
   * Secrets {@code pullSecrets} (the input's default account's in its namespace).
   */
  static Map<String, Object> serviceAccount(
      Resource workload, String name, List<String> pullSecrets) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", "v1");
    o.put("kind", "ServiceAccount");
    o.put("metadata", metadata(name, workload.namespace()));
    o.put("automountServiceAccountToken", false);
    if (!pullSecrets.isEmpty()) {
      List<Object> secrets = new ArrayList<>();
      for (String s : pullSecrets) {
        secrets.add(Map.of("name", s));
      }
      o.put("imagePullSecrets", FlowStyle.ifShort(secrets));
    }
    return o;
  }

  /** A Role with {@code rules}. */
  static Map<String, Object> role(String name, String namespace, List<AccessRules.Rule> rules) {
    List<Object> out = new ArrayList<>();
    for (AccessRules.Rule r : rules) {
      out.add(rule(r));
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", RBAC_V1);
    o.put("kind", "Role");
    o.put("metadata", metadata(name, namespace));
    o.put("rules", out);
    return o;
  }

  /**
   * A ClusterRole with {@code rules}: only ever for cluster-scoped custom resources, each rule
   * limited by resourceNames.
   */
  static Map<String, Object> clusterRole(String name, List<AccessRules.Rule> rules) {
    Map<String, Object> o = role(name, null, rules);
    o.put("kind", "ClusterRole");
    o.put("metadata", clusterMetadata(name));
    return o;
  }

  /**
   * A ClusterRoleBinding of ClusterRole {@code name} to ServiceAccount {@code namespace/account}.
   */
  static Map<String, Object> clusterBinding(String name, String account, String accountNamespace) {
    Map<String, Object> o =
        binding(clusterMetadata(name), "ClusterRole", name, account, accountNamespace);
    o.put("kind", "ClusterRoleBinding");
    return o;
  }

  private static Map<String, Object> clusterMetadata(String name) {
    Map<String, Object> m = metadata(name, null);
    m.remove("namespace");
    return m;
  }

  /** A RoleBinding of Role {@code role} to ServiceAccount {@code accountNamespace/account}. */
  static Map<String, Object> binding(
      Map<String, Object> metadata, String role, String account, String accountNamespace) {
    return binding(metadata, "Role", role, account, accountNamespace);
  }

  /**
   * A binding of {@code roleKind} {@code role} to ServiceAccount {@code accountNamespace/account}.
   */
  private static Map<String, Object> binding(
      Map<String, Object> metadata,
      String roleKind,
      String role,
      String account,
      String accountNamespace) {
    Map<String, Object> roleRef = new LinkedHashMap<>();
    roleRef.put("apiGroup", RBAC_GROUP);
    roleRef.put("kind", roleKind);
    roleRef.put("name", role);
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("kind", "ServiceAccount");
    subject.put("name", account);
    subject.put("namespace", accountNamespace);
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", RBAC_V1);
    o.put("kind", "RoleBinding");
    o.put("metadata", metadata);
    o.put("roleRef", FlowStyle.ifShort(roleRef));
    o.put("subjects", FlowStyle.ifShort(List.of(subject)));
    return o;
  }
}
