package dev.startgate.intent;

import dev.startgate.model.Aliased;
import dev.startgate.model.Resource;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;

/**
 * What is wrong with an object's {@code metadata.name} or {@code metadata.namespace} as written.
 */
final class MetadataTypes {
  private MetadataTypes() {}

  /**
   * Why {@code r}'s {@code metadata.KEY} ({@code name} or {@code namespace}) is none when it is a
   * scalar YAML reads as another type ({@code name: 123}) or a collection, with the fix ({@code
   * example}, a valid value); null otherwise.
   */
  static String metadataType(Resource r, String key, String example) {
    YMapping metadata = r.node() == null ? null : r.node().mapping("metadata").orElse(null);
    YNode value = metadata == null ? null : YAlias.resolve(metadata.get(key).orElse(null));
    // Not written, but there for kubectl: a merge key (<<) or an alias as the key brings it.
    if (value == null && metadata != null && Aliased.get(metadata, key) != null) {
      return "'s metadata."
          + key
          + " comes from a merge key (<<) or an alias, which startgate does not read for an object's name or"
          + " namespace; write it in place, like "
          + key
          + ": "
          + example;
    }
    if (value instanceof YMapping || value instanceof YSequence) {
      return "'s metadata."
          + key
          + " is a "
          + (value instanceof YMapping ? "mapping" : "list")
          + ", and a "
          + key
          + " is a string, like "
          + key
          + ": "
          + example;
    }
    String type = value instanceof YScalar s && !s.value().isBlank() ? NonStrings.type(s) : null;
    return type == null || type.equals("null") // a null namespace is none, as Kubernetes reads it
        ? null
        : "'s metadata."
            + key
            + " is "
            + type
            + " in YAML, and a "
            + key
            + " is a string; quote it, like "
            + key
            + ": \""
            + ((YScalar) value).value()
            + "\"";
  }
}
