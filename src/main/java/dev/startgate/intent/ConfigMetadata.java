package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import java.util.List;

/**
 * A config's {@code metadata} as the schema takes it: a mapping whose {@code name} is a string
 * (Kubernetes refuses anything else in a ConfigMap, and an editor with the schema marks it).
 * Annotation values are strings, as Kubernetes and the schema take them ({@code a: 1} is none).
 */
final class ConfigMetadata {
  private ConfigMetadata() {}

  /** Adds an error to {@code results} for {@code r}'s metadata where it is not so. */
  static void check(Resource r, List<Result> results) {
    YNode metadata = r.node().get("metadata").orElse(null);
    if (metadata == null) {
      return;
    }
    if (!(metadata instanceof YMapping)) {
      results.add(
          Result.error(
              r,
              "metadata",
              ConfigInput.flowText(metadata),
              "metadata must be a mapping, not "
                  + ConfigInput.shape(metadata)
                  + "; write metadata: {name: startgate}"));
      return;
    }
    String name = MetadataTypes.metadataType(r, "name", "startgate");
    if (name != null) {
      results.add(Result.error(r, "metadata.name", r.name(), "the " + r.kind() + name));
    }
    if (((YMapping) metadata).get("annotations").orElse(null) instanceof YMapping annotations) {
      for (YMapping.Entry e : annotations.entries()) {
        YNode value = e.value();
        String type =
            value instanceof YScalar v
                ? NonStrings.type(v)
                : value == null ? "null" : ConfigInput.shape(value);
        if (type != null) {
          results.add(
              Result.error(
                  r,
                  "metadata.annotations." + e.keyText(),
                  value == null ? "" : ConfigInput.flowText(value),
                  "an annotation's value is a string, as Kubernetes and the schema take it,"
                      + " and this one is "
                      + type
                      + (value instanceof YScalar v && !v.isNull()
                          ? " in YAML; quote it, like " + e.keyText() + ": \"" + v.value() + "\""
                          : "; write a string, like " + e.keyText() + ": \"\"")));
        }
      }
    }
  }
}
