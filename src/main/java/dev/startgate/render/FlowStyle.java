package dev.startgate.render;

import dev.startgate.yaml.BlockWriter.Flow;
import java.util.List;
import java.util.Map;

/**
 * Which generated collections are written in flow style on one line: short collections of scalars
 * (a label, {@code capabilities: {drop: [ALL]}}, {@code limits: {cpu: 50m, memory: 32Mi}}, an RBAC
 * rule's lists, a gate's arguments), where a reviewer reads one line as easily as several. A
 * collection whose line would be long stays in block style, one item per line.
 */
final class FlowStyle {
  /** The longest flow text (brackets included) written on one line. */
  static final int WIDTH = 80;

  private FlowStyle() {}

  /** {@code list} in flow style when short, else as it is (block style). */
  static Object ifShort(List<?> list) {
    // A string is at least as long in flow style as it is (quotes and escapes only add): a list
    // whose strings alone are longer than a line is not measured by writing it (a gate's
    // arguments with a few URLs, in every gate container).
    int least = 2 * list.size();
    for (Object item : list) {
      least += item instanceof String s ? s.length() : 0;
    }
    return least > WIDTH ? list : ifShort(new Flow(List.copyOf(list)), list);
  }

  /** {@code map} in flow style when short, else as it is (block style). */
  static Object ifShort(Map<String, ?> map) {
    return ifShort(new Flow(map), map);
  }

  private static Object ifShort(Flow flow, Object block) {
    return flow.text().length() <= WIDTH ? flow : block;
  }
}
