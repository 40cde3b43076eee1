package dev.startgate.render;

import dev.startgate.intent.GateSettings;
import dev.startgate.intent.Quantities;
import dev.startgate.yaml.BlockWriter.Flow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resources and securityContext of every container startgate writes. */
final class RestrictedContainer {
  private RestrictedContainer() {}

  /**
   * {@code resources} (requests equal to limits, {@code q}) and the Pod Security "restricted"
   * {@code securityContext} of every container startgate writes.
   */
  static Map<String, Object> of(GateSettings s, Quantities q) {
    Map<String, Object> quantities = new LinkedHashMap<>();
    quantities.put("cpu", q.cpu());
    quantities.put("memory", q.memory());
    // Requests are written although the API server would default them to the limits: linters
    // (kube-score, Polaris, Trivy) and admission policies read the manifest and want them.
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("limits", new Flow(quantities));
    resources.put("requests", new Flow(quantities));
    Map<String, Object> security = new LinkedHashMap<>();
    security.put("allowPrivilegeEscalation", false);
    security.put("capabilities", new Flow(Map.of("drop", List.of("ALL"))));
    security.put("readOnlyRootFilesystem", true);
    security.put("runAsGroup", s.runAsGroup());
    security.put("runAsNonRoot", true);
    security.put("runAsUser", s.runAsUser());
    security.put("seccompProfile", new Flow(Map.of("type", "RuntimeDefault")));
    // The same in every container of a kind, each on one line (flow style): a reviewer reads them
    // once, and the reference Job's output stays under half the lines of one container per target
    // (README "Output size"). resources stays in block style past FlowStyle.WIDTH (large values);
    // the securityContext line is always longer: it never changes between runs.
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("resources", FlowStyle.ifShort(resources));
    c.put("securityContext", new Flow(security));
    return c;
  }
}
