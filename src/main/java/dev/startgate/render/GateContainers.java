package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.GateSettings;
import dev.startgate.intent.Timing;
import dev.startgate.plan.Gate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the init containers of gates, as ordered maps ready to be written as YAML. */
public final class GateContainers {
  private final Config config;

  /** Containers configured by {@code config}. */
  public GateContainers(Config config) {
    this.config = config;
  }

  /** The containers of {@code gate}, named uniquely within {@code usedNames}. */
  public List<Map<String, Object>> of(Gate gate, Set<String> usedNames) {
    String name = ContainerNames.gate(gate.kindWord(), gate.target(), usedNames);
    return gate.accept(new Builder(name));
  }

  private final class Builder implements Gate.Visitor<List<Map<String, Object>>> {
    private final String name;

    Builder(String name) {
      this.name = name;
    }

    @Override
    public List<Map<String, Object>> tcp(Gate.Tcp g) {
      return List.of(
          shell(config.images().busybox(), GateScript.TCP, g, g.host(), String.valueOf(g.port())));
    }

    @Override
    public List<Map<String, Object>> http(Gate.Http g) {
      return List.of(shell(config.images().busybox(), GateScript.HTTP, g, g.url()));
    }

    @Override
    public List<Map<String, Object>> https(Gate.Https g) {
      return List.of(shell(config.images().curl(), GateScript.HTTPS, g, g.url()));
    }

    @Override
    public List<Map<String, Object>> rollout(Gate.Rollout g) {
      throw new UnsupportedOperationException("planned only once Kubernetes gates exist");
    }

    @Override
    public List<Map<String, Object>> jobComplete(Gate.JobComplete g) {
      throw new UnsupportedOperationException("planned only once Kubernetes gates exist");
    }

    @Override
    public List<Map<String, Object>> podsReady(Gate.PodsReady g) {
      throw new UnsupportedOperationException("planned only once Kubernetes gates exist");
    }

    private Map<String, Object> shell(String image, String script, Gate g, String... checkArgs) {
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
      c.putAll(common());
      return c;
    }
  }

  private Map<String, Object> common() {
    GateSettings s = config.gate();
    Map<String, Object> quantities = new LinkedHashMap<>();
    quantities.put("cpu", s.cpu());
    quantities.put("memory", s.memory());
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
    c.put("terminationMessagePolicy", "FallbackToLogsOnError");
    return c;
  }
}
