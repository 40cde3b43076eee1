package dev.startgate.render;

import dev.startgate.intent.FluxSettings;
import dev.startgate.plan.FluxStages;
import dev.startgate.yaml.YMapping;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@link FluxStages} the plan decided: the kpt path annotations of the objects that move
 * (their generated objects follow them) and the Flux Kustomization of each stage.
 */
final class FluxLayout {
  private FluxLayout() {}

  /**
   * Adds the Kustomizations to {@code generated} (their file, and the files of the moved objects'
   * generated objects, are the plan's).
   *
   * @return the kpt annotations to write, per object
   */
  static Map<YMapping, Map<String, String>> apply(
      FluxSettings settings, FluxStages stages, GeneratedObjects generated) {
    Map<YMapping, Map<String, String>> edits = new IdentityHashMap<>();
    for (FluxStages.Move m : stages.moves()) {
      edits.put(m.resource().node(), m.annotations());
    }
    for (FluxStages.Stage stage : stages.kustomizations()) {
      generated.add(stages.owner(), kustomization(settings, stage));
    }
    return edits;
  }

  private static Map<String, Object> kustomization(FluxSettings settings, FluxStages.Stage s) {
    String name = s.name();
    String stage = s.stage();
    String dependsOn = s.dependsOn();
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", settings.namespace());
    metadata.put("labels", AccessObjects.labels());
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("kind", settings.sourceKind());
    source.put("name", settings.sourceName());
    if (settings.sourceNamespace() != null) {
      source.put("namespace", settings.sourceNamespace());
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    if (dependsOn != null) {
      spec.put("dependsOn", List.of(Map.of("name", dependsOn)));
    }
    spec.put("interval", settings.interval());
    spec.put("timeout", settings.timeout());
    spec.put("sourceRef", source);
    spec.put("path", settings.pathOf(stage));
    spec.put("prune", true);
    spec.put("wait", true);
    if (s.jobs()) {
      // Job stages: a Job whose template changed cannot be patched, only recreated.
      spec.put("force", true);
    }
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "kustomize.toolkit.fluxcd.io/v1");
    object.put("kind", "Kustomization");
    object.put("metadata", metadata);
    object.put("spec", spec);
    return object;
  }
}
