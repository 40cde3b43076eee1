package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.GateImage;
import dev.startgate.intent.GateSettings;
import dev.startgate.intent.HttpsSettings;
import dev.startgate.intent.KubernetesGates;
import dev.startgate.intent.Quantities;
import dev.startgate.intent.Timing;
import dev.startgate.plan.ApiAccess;
import dev.startgate.plan.Gate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the init containers of gates, as ordered maps ready to be written as YAML. */
public final class GateContainers {
  /** The volume holding the configured CA bundle of HTTPS gates. */
  public static final String CA_VOLUME = CaBundleVolume.NAME;

  /** Where HTTPS gates find it. */
  public static final String CA_PATH = "/etc/startgate/ca";

  private final Config config;

  /** Containers configured by {@code config}. */
  public GateContainers(Config config) {
    this.config = config;
  }

  /** The containers of {@code gate}, named uniquely within {@code usedNames}. */
  public List<Map<String, Object>> of(Gate gate, Set<String> usedNames) {
    String name = ContainerNames.gate(gate.kindWord(), gate.target(), usedNames);
    return gate.accept(new Builder(name, usedNames));
  }

  private final class Builder implements Gate.Visitor<List<Map<String, Object>>> {
    private final String name;
    private final Set<String> used;

    Builder(String name, Set<String> used) {
      this.name = name;
      this.used = used;
    }

    @Override
    public List<Map<String, Object>> tcp(Gate.Tcp g) {
      return List.of(
          shell(
              config.images().busybox(),
              GateImage.BUSYBOX,
              GateScript.TCP,
              g,
              g.host(),
              String.valueOf(g.port())));
    }

    @Override
    public List<Map<String, Object>> http(Gate.Http g) {
      return List.of(
          shell(config.images().busybox(), GateImage.BUSYBOX, GateScript.HTTP, g, g.url()));
    }

    @Override
    public List<Map<String, Object>> https(Gate.Https g) {
      HttpsSettings https = config.https();
      if (!https.hasCaBundle()) {
        return List.of(shell(config.images().curl(), GateImage.CURL, GateScript.HTTPS, g, g.url()));
      }
      Map<String, Object> c =
          shell(
              config.images().curl(),
              GateImage.CURL,
              GateScript.HTTPS,
              g,
              "--cacert",
              CA_PATH + "/" + https.caKey(),
              g.url());
      c.put("volumeMounts", List.of(mount(CA_VOLUME, CA_PATH, true)));
      return List.of(c);
    }

    @Override
    public List<Map<String, Object>> rollout(Gate.Rollout g) {
      String object = g.kind().prefix() + "/" + g.name();
      return List.of(
          kubectl(step("created"), g, "wait", "--for=create", object),
          kubectl(name, g, "rollout", "status", object));
    }

    /**
     * Three steps, because kubectl has no OR of conditions: wait for the Job to exist, then for
     * either terminal condition (the filter {@code type<"Failu"} selects exactly {@code Complete}
     * and {@code Failed}: "FailureTarget" and "SuccessCriteriaMet" sort after it), then check once
     * which one it was. The last step reads {@code completionTime}, which only a Job that succeeded
     * has; for a failed Job it exits 1, because missing template keys are errors, and prints the
     * Job as it is, whose Failed condition carries the reason and message (the end of that output
     * is the container's termination message).
     */
    @Override
    public List<Map<String, Object>> serviceReady(Gate.ServiceReady g) {
      return List.of(whenReady("service", g.name(), g.namespace(), g));
    }

    @Override
    public List<Map<String, Object>> jobComplete(Gate.JobComplete g) {
      if (config.kubernetes().whenReady()) {
        return List.of(whenReady("job", g.name(), g.namespace(), g));
      }
      String object = "job/" + g.name();
      return List.of(
          kubectl(step("created"), g, "wait", "--for=create", object),
          kubectl(
              step("finished"),
              g,
              "wait",
              "--for=jsonpath={.status.conditions[?(@.type<\"Failu\")].status}=True",
              object),
          kubectlOnce(
              name,
              g.namespace(),
              "get",
              object,
              "--output=jsonpath={.status.completionTime}",
              "--allow-missing-template-keys=false"));
    }

    /**
     * Two steps: {@code kubectl wait pod -l} fails at once while nothing matches, so first wait for
     * a matching pod to exist, then for every matching pod to be Ready.
     */
    @Override
    public List<Map<String, Object>> podsReady(Gate.PodsReady g) {
      String selector = "--selector=" + g.selector();
      return List.of(
          kubectl(step("created"), g, "wait", "--for=create", "pod", selector),
          kubectl(name, g, "wait", "--for=condition=Ready", "pod", selector));
    }

    /**
     * The k8s-when-ready client: one container, no token (it asks the server over HTTP), the flags
     * of its command line, and the image's own entrypoint.
     */
    private Map<String, Object> whenReady(String type, String target, String namespace, Gate g) {
      KubernetesGates k = config.kubernetes();
      Timing t = g.timing();
      List<String> args = new ArrayList<>();
      args.add("--type=" + type);
      args.add("--name=" + target);
      if (namespace != null) {
        args.add("--namespace=" + namespace);
      }
      args.add("--uptime=" + t.uptimeSeconds());
      args.add("--timeout=" + t.timeoutSeconds());
      args.add("--poll-delay=" + t.intervalSeconds());
      args.add("--host=" + k.clientHost());
      args.add("--port=" + k.port());
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", name);
      c.put("image", k.clientImage());
      c.put("args", args);
      c.putAll(common(GateImage.WHEN_READY));
      return c;
    }

    private String step(String word) {
      return ContainerNames.step(name, word, used);
    }

    private Map<String, Object> kubectl(String container, Gate g, String... args) {
      List<String> all = new ArrayList<>(List.of(args));
      String namespace = ApiAccess.of(g).orElseThrow().namespace();
      if (namespace != null) {
        all.add("--namespace=" + namespace);
      }
      all.add("--timeout=" + g.timing().timeoutSeconds() + "s");
      return kubectlContainer(container, all);
    }

    private Map<String, Object> kubectlOnce(String container, String namespace, String... args) {
      List<String> all = new ArrayList<>(List.of(args));
      if (namespace != null) {
        all.add("--namespace=" + namespace);
      }
      return kubectlContainer(container, all);
    }

    private Map<String, Object> kubectlContainer(String container, List<String> args) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", container);
      c.put("image", config.images().kubectl());
      c.put("command", List.of("kubectl"));
      c.put("args", args);
      Map<String, Object> home = new LinkedHashMap<>();
      home.put("name", "HOME");
      home.put("value", AccessObjects.HOME_PATH);
      c.put("env", List.of(home));
      c.putAll(common(GateImage.KUBECTL));
      c.put(
          "volumeMounts",
          List.of(
              mount(AccessObjects.HOME_VOLUME, AccessObjects.HOME_PATH, false),
              mount(AccessObjects.TOKEN_VOLUME, AccessObjects.TOKEN_PATH, true)));
      return c;
    }

    private Map<String, Object> shell(
        String image, GateImage kind, String script, Gate g, String... checkArgs) {
      Timing t = g.timing();
      List<Object> args = new ArrayList<>();
      args.add(g.target());
      args.add(String.valueOf(t.timeoutSeconds()));
      args.add(String.valueOf(t.intervalSeconds()));
      args.add(String.valueOf(t.uptimeSeconds()));
      args.addAll(List.of(checkArgs));
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", name);
      c.put("image", image);
      c.put("command", List.of("sh", "-c", script, name));
      c.put("args", args);
      c.putAll(common(kind));
      return c;
    }
  }

  /**
   * The volume that brings the configured CA bundle to HTTPS gates, or none; its name starts with
   * {@code startgate-}, so it is recomputed on every run like every other gate volume.
   */
  public List<Object> caVolumes(List<Gate> gates) {
    return CaBundleVolume.of(config.https(), gates);
  }

  private static Map<String, Object> mount(String volume, String path, boolean readOnly) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", volume);
    m.put("mountPath", path);
    if (readOnly) {
      m.put("readOnly", true);
    }
    return m;
  }

  private Map<String, Object> common(GateImage kind) {
    Map<String, Object> c =
        new LinkedHashMap<>(restricted(config.gate(), config.gate().resources(kind)));
    c.put("terminationMessagePolicy", "FallbackToLogsOnError");
    return c;
  }

  /**
   * {@code resources} (requests equal to limits, {@code q}) and the Pod Security "restricted"
   * {@code securityContext} of every container startgate writes.
   */
  static Map<String, Object> restricted(GateSettings s, Quantities q) {
    Map<String, Object> quantities = new LinkedHashMap<>();
    quantities.put("cpu", q.cpu());
    quantities.put("memory", q.memory());
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("limits", quantities);
    resources.put("requests", quantities);
    Map<String, Object> security = new LinkedHashMap<>();
    security.put("allowPrivilegeEscalation", false);
    security.put("capabilities", Map.of("drop", List.of("ALL")));
    security.put("readOnlyRootFilesystem", true);
    security.put("runAsGroup", s.runAsGroup());
    security.put("runAsNonRoot", true);
    security.put("runAsUser", s.runAsUser());
    security.put("seccompProfile", Map.of("type", "RuntimeDefault"));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("resources", resources);
    c.put("securityContext", security);
    return c;
  }
}
