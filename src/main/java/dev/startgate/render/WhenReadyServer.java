package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.KubernetesGates;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.plan.Gate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The k8s-when-ready server's objects ({@code whenReadyServer.emitServer: true}): its
 * ServiceAccount, Service and Deployment in {@code whenReadyServer.namespace}, and in each
 * namespace a when-ready gate targets a Role and RoleBinding with what the server does there:
 * {@code get} on the named Services (to read their selectors), {@code list} on pods (by those
 * selectors), {@code get} on the named Jobs' {@code status}. Names are scoped to the targets of the
 * whole input; the server's own port is 3000.
 */
final class WhenReadyServer {
  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
  private static final int SERVER_PORT = 3000;
  private static final String APP = "app.kubernetes.io/name";

  private final Config config;
  private final GeneratedObjects generated;
  private final Map<String, Set<String>> services = new LinkedHashMap<>();
  private final Map<String, Set<String>> jobs = new LinkedHashMap<>();
  private final Set<String> namespaces = new LinkedHashSet<>();
  private Resource owner;

  WhenReadyServer(Config config, GeneratedObjects generated) {
    this.config = config;
    this.generated = generated;
  }

  /** Records what {@code workload}'s when-ready gates ask the server about. */
  void note(Resource workload, List<Gate> gates, List<Result> results) {
    for (Gate g : gates) {
      Asked asked = g.accept(ASKED);
      if (asked == null) {
        continue;
      }
      String namespace = asked.namespace();
      String name = asked.name();
      Map<String, Set<String>> into = asked.job() ? jobs : services;
      if (namespace == null) {
        results.add(
            Result.error(
                workload,
                "metadata.namespace",
                null,
                "the k8s-when-ready client looks in namespace \"default\" unless told otherwise;"
                    + " set metadata.namespace on the workload, or name the namespace in the target,"
                    + " like job/shop/"
                    + name));
        continue;
      }
      owner = owner == null ? workload : owner;
      namespaces.add(namespace);
      into.computeIfAbsent(namespace, k -> new LinkedHashSet<>()).add(name);
    }
  }

  /** What one gate asks the server about: a Service's pods or a Job's status. */
  private record Asked(boolean job, String namespace, String name) {}

  /** The question of a when-ready gate, or null for a gate that does not ask the server. */
  private static final Gate.Visitor<Asked> ASKED =
      new Gate.Visitor<>() {
        @Override
        public Asked tcp(Gate.Tcp g) {
          return null;
        }

        @Override
        public Asked http(Gate.Http g) {
          return null;
        }

        @Override
        public Asked https(Gate.Https g) {
          return null;
        }

        @Override
        public Asked rollout(Gate.Rollout g) {
          return null;
        }

        @Override
        public Asked jobComplete(Gate.JobComplete g) {
          return new Asked(true, g.namespace(), g.name());
        }

        @Override
        public Asked podsReady(Gate.PodsReady g) {
          return null;
        }

        @Override
        public Asked serviceReady(Gate.ServiceReady g) {
          return new Asked(false, g.namespace(), g.name());
        }
      };

  /** Adds the server's objects, if asked to and if any gate uses it. */
  void emit() {
    KubernetesGates k = config.kubernetes();
    if (!k.whenReady() || !k.emitServer() || owner == null) {
      return;
    }
    String name = k.host().split("\\.")[0];
    String home = k.serverNamespace();
    generated.add(owner, serviceAccount(name, home));
    for (String ns : namespaces) {
      generated.add(owner, role(name, ns));
      generated.add(owner, binding(name, ns, home));
    }
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
    m.put("labels", labels);
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

  private Map<String, Object> role(String name, String namespace) {
    List<Object> rules = new ArrayList<>();
    Set<String> svc = services.getOrDefault(namespace, Set.of());
    if (!svc.isEmpty()) {
      rules.add(rule("", "services", List.copyOf(svc), "get"));
      rules.add(rule("", "pods", List.of(), "list"));
    }
    Set<String> job = jobs.getOrDefault(namespace, Set.of());
    if (!job.isEmpty()) {
      rules.add(rule("batch", "jobs/status", List.copyOf(job), "get"));
    }
    Map<String, Object> o = object(RBAC_GROUP + "/v1", "Role", metadata(name, namespace, true));
    o.put("rules", rules);
    return o;
  }

  private static Map<String, Object> rule(
      String group, String resource, List<String> names, String verb) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("apiGroups", List.of(group));
    r.put("resources", List.of(resource));
    if (!names.isEmpty()) {
      r.put("resourceNames", names);
    }
    r.put("verbs", List.of(verb));
    return r;
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
    spec.put("selector", Map.of(APP, name));
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
    container.putAll(GateContainers.restricted(config.gate(), config.gate().server()));
    Map<String, Object> podSpec = new LinkedHashMap<>();
    podSpec.put("serviceAccountName", name);
    podSpec.put("containers", List.of(container));
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("metadata", Map.of("labels", Map.of(APP, name)));
    template.put("spec", podSpec);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("replicas", 1);
    spec.put("selector", Map.of("matchLabels", Map.of(APP, name)));
    spec.put("template", template);
    Map<String, Object> o = object("apps/v1", "Deployment", metadata(name, namespace, true));
    o.put("spec", spec);
    return o;
  }
}
