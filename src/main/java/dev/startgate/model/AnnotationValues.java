package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Annotations whose value is no string (a list, a mapping, an alias), which Kubernetes refuses and
 * {@link Resource#annotations()} leaves out: {@link ObjectFacts#annotationsNotText()}.
 */
final class AnnotationValues {
  private AnnotationValues() {}

  /** The annotations of {@code metadata} that are no scalar, each with what it is. */
  static Map<String, NotText> notText(YMapping metadata) {
    YNode annotations = metadata == null ? null : metadata.get("annotations").orElse(null);
    if (!(annotations instanceof YMapping map)) {
      return Map.of();
    }
    Map<String, NotText> out = null;
    for (int i = 0; i < map.size(); i++) {
      YNode v = map.value(i);
      if (map.keyText(i) != null && !(v instanceof YScalar)) {
        out = out == null ? new LinkedHashMap<>() : out;
        StringBuilder flow = new StringBuilder();
        flow(v, flow);
        NotText.Shape shape =
            v instanceof YAlias
                ? NotText.Shape.ALIAS
                : v instanceof YSequence ? NotText.Shape.LIST : NotText.Shape.MAPPING;
        out.put(
            map.keyText(i),
            new NotText(
                shape, flow.length() > 80 ? flow.substring(0, 77) + "..." : flow.toString()));
      }
    }
    return out == null ? Map.of() : Collections.unmodifiableMap(out);
  }

  /** {@code node} in flow style into {@code out}, up to about 80 characters. */
  private static void flow(YNode node, StringBuilder out) {
    if (node instanceof YScalar s) {
      out.append(s.isNull() ? "null" : s.value());
    } else if (node instanceof YAlias a) {
      out.append('*').append(a.anchor());
    } else if (node instanceof YSequence q) {
      out.append('[');
      for (int i = 0; i < q.items().size() && out.length() <= 80; i++) {
        out.append(i == 0 ? "" : ", ");
        flow(q.items().get(i), out);
      }
      out.append(']');
    } else if (node instanceof YMapping m) {
      out.append('{');
      for (int i = 0; i < m.size() && out.length() <= 80; i++) {
        out.append(i == 0 ? "" : ", ");
        flow(m.key(i), out);
        out.append(": ");
        flow(m.value(i), out);
      }
      out.append('}');
    }
  }
}
