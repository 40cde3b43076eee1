package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.KubernetesGates;
import dev.startgate.model.Resource;
import dev.startgate.plan.AccessPlan;
import dev.startgate.plan.AccessRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the k8s-when-ready server's objects as the {@link AccessPlan} has them ({@code
 * whenReadyServer.emitServer: true}): its ServiceAccount, Service and Deployment in {@code
 * whenReadyServer.namespace}, and a Role and RoleBinding per namespace its rights are granted in.
 * The server's own port is 3000.
 */
final class WhenReadyServer {
  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
  private static final int SERVER_PORT = 3000;
  private static final String APP = "app.kubernetes.io/name";

  private final Config config;
  private final Optional<AccessPlan.ServerAccess> access;
  private final GeneratedObjects generated;

  WhenReadyServer(
      Config config, Optional<AccessPlan.ServerAccess> access, GeneratedObjects generated) {
    this.config = config;
    this.access = access;
    this.generated = generated;
  }

  /** Adds the server's objects, if the plan has them. */
  void emit() {
    if (access.isEmpty()) {
      return;
    }
    AccessPlan.ServerAccess a = access.get();
    String name = a.name();
    String home = a.home();
    Resource owner = a.owner();
    generated.add(owner, serviceAccount(name, home));
    a.grants()
        .forEach(
            (ns, rules) -> {
              generated.add(owner, role(name, ns, rules));
              generated.add(owner, binding(name, ns, home));
            });
    KubernetesGates k = config.kubernetes();
    generated.add(owner, service(name, home, k.port()));
    generated.add(owner, deployment(name, home, k.serverImage()));
  }

  private static Map<String, Object> metadata(String name, String namespace, boolean app) {
    Map<String, Object> labels = new LinkedHashMap<>();
    if (app) {
      labels.put(APP, name);
    }
    labels.put(GeneratedObjects.MANAGED_BY, GeneratedObjects.STARTGATE);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("namespace", namespace);
    m.put("labels", FlowStyle.ifShort(labels));
    return m;
  }

  private static Map<String, Object> object(
      String apiVersion, String kind, Map<String, Object> metadata) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", apiVersion);
    o.put("kind", kind);
    o.put("metadata", metadata);
    return o;
  }

  private static Map<String, Object> serviceAccount(String name, String namespace) {
    return object("v1", "ServiceAccount", metadata(name, namespace, true));
  }

  private static Map<String, Object> role(
      String name, String namespace, List<AccessRules.Rule> granted) {
    List<Object> rules = new ArrayList<>();
    for (AccessRules.Rule r : granted) {
      rules.add(AccessObjects.rule(r));
    }
    Map<String, Object> o = object(RBAC_GROUP + "/v1", "Role", metadata(name, namespace, true));
    o.put("rules", rules);
    return o;
  }

  private static Map<String, Object> binding(String name, String namespace, String home) {
    return AccessObjects.binding(metadata(name, namespace, true), name, name, home);
  }

  private static Map<String, Object> service(String name, String namespace, int port) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", "http");
    p.put("port", port);
    p.put("targetPort", SERVER_PORT);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("selector", FlowStyle.ifShort(Map.of(APP, name)));
    spec.put("ports", List.of(p));
    Map<String, Object> o = object("v1", "Service", metadata(name, namespace, true));
    o.put("spec", spec);
    return o;
  }

  private Map<String, Object> deployment(String name, String namespace, String image) {
    Map<String, Object> port = new LinkedHashMap<>();
    port.put("name", "http");
    port.put("containerPort", SERVER_PORT);
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("name", "server");
    container.put("image", image);
    container.put("ports", List.of(port));
    container.putAll(RestrictedContainer.of(config.gate(), config.gate().server()));
    Map<String, Object> podSpec = new LinkedHashMap<>();
    podSpec.put("serviceAccountName", name);
    podSpec.put("containers", List.of(container));
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("metadata", Map.of("labels", FlowStyle.ifShort(Map.of(APP, name))));
    template.put("spec", podSpec);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("replicas", 1);
    spec.put("selector", Map.of("matchLabels", FlowStyle.ifShort(Map.of(APP, name))));
    spec.put("template", template);
    Map<String, Object> o = object("apps/v1", "Deployment", metadata(name, namespace, true));
    o.put("spec", spec);
    return o;
  }
}
