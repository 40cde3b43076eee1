package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;
import java.util.List;

/**
 * A config's {@code metadata} as the schema takes it: a mapping whose {@code name} is a string
 * (Kubernetes refuses anything else in a ConfigMap, and an editor with the schema marks it).
 * Annotation values are scalars, as kpt reads them ({@code local-config: true} is its docs' own
 * spelling); a mapping or a list is none.
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
        // A scalar of any type is taken, as kpt takes it (its own docs write local-config: true).
        YNode value = YAlias.resolve(e.value());
        if (value instanceof YMapping || value instanceof YSequence) {
          results.add(
              Result.error(
                  r,
                  "metadata.annotations." + e.keyText(),
                  ConfigInput.flowText(value),
                  "an annotation's value is a string, and this one is "
                      + ConfigInput.shape(value)
                      + "; write a string, like "
                      + e.keyText()
                      + ": \"\""));
        }
      }
    }
  }
}
