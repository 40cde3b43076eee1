package dev.startgate.yaml;

import java.util.List;
import java.util.Map;

/**
 * Writes values that startgate generates (maps, lists, strings, numbers, booleans) as block YAML.
 * Strings that YAML 1.1 or 1.2 could read as anything but a string are double-quoted, so Kubernetes
 * and every YAML library read back exactly what was written.
 *
 * @param indent columns a nested mapping is indented by
 * @param sequenceOffset columns between a key and the dash of its sequence items (0: compact)
 */
public record BlockWriter(int indent, int sequenceOffset) {

  /** Text copied as it is, for a user's own flow-style item moved into a block list. */
  public record Raw(String text) {}

  /**
   * A short generated collection (a map or list of scalars, or of such maps and lists) written in
   * flow style on its key's line, such as {@code {drop: [ALL]}}. Never for a user's content.
   */
  public static final class Flow {
    private final Object value;

    /**
     * The text, made when first asked for: the same flow collections (a gate image's resources and
     * securityContext) go into every gate container of a run, and {@code FlowStyle} measures a
     * collection's text before it is written. The value must not change once wrapped.
     */
    private volatile String text;

    /** {@code value}, a map or a list, to be written in flow style. */
    public Flow(Object value) {
      if (!(value instanceof Map<?, ?> || value instanceof List<?>)) {
        throw new IllegalArgumentException("not a collection: " + value);
      }
      this.value = value;
    }

    /** The collection. */
    public Object value() {
      return value;
    }

    /** The collection as flow-style text, such as {@code {cpu: 50m, memory: 32Mi}}. */
    public String text() {
      String t = text;
      if (t == null) {
        StringBuilder out = new StringBuilder();
        flow(out, value);
        t = out.toString();
        text = t;
      }
      return t;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Flow f && f.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return "Flow[value=" + value + "]";
    }
  }

  /** Writes the entries of {@code map} as lines at {@code indent}. */
  public String entries(Map<String, ?> map, int indent) {
    BlockText out = new BlockText(false);
    for (Map.Entry<String, ?> e : map.entrySet()) {
      entry(out, e.getKey(), e.getValue(), indent);
    }
    return out.chars.toString();
  }

  /** Writes {@code items} as sequence items whose dash is at {@code dashColumn}. */
  public String items(List<?> items, int dashColumn) {
    return items(items, dashColumn, false).toString();
  }

  /**
   * As {@link #items(List, int)}, the long literal blocks shared with every other text that holds
   * them (gate scripts), not copied.
   */
  Spliced sharedItems(List<?> items, int dashColumn) {
    return items(items, dashColumn, true);
  }

  private Spliced items(List<?> items, int dashColumn, boolean share) {
    BlockText out = new BlockText(share);
    for (Object item : items) {
      item(out, item, dashColumn);
    }
    return out.spliced();
  }

  /** Writes one key and its value at {@code indent}. */
  public String entry(String key, Object value, int indent) {
    return entry(key, value, indent, false).toString();
  }

  /** As {@link #entry(String, Object, int)}, the long literal blocks shared, not copied. */
  Spliced sharedEntry(String key, Object value, int indent) {
    return entry(key, value, indent, true);
  }

  private Spliced entry(String key, Object value, int indent, boolean share) {
    BlockText out = new BlockText(share);
    entry(out, key, value, indent);
    return out.spliced();
  }

  /** A scalar as it would appear after {@code key: }. */
  public static String scalar(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Raw raw) {
      return raw.text();
    }
    if (value instanceof Flow flow) {
      return flow.text();
    }
    if (value instanceof Fixed) {
      throw new IllegalArgumentException("a fixed collection is written as a key's value only");
    }
    String s = text(value);
    return PlainScalars.safe(s) ? s : quote(s);
  }

  /**
   * A scalar as it would appear inside a flow collection: as {@link #scalar}, and quoted as well
   * when it holds a flow indicator ({@code ,[]{}}) or a colon (YAML 1.2 allows {@code a:b} plain in
   * flow context, but YAML 1.1 parsers such as SnakeYAML 1.x and older PyYAML reject it).
   */
  static String flowScalar(Object value) {
    if (value instanceof Raw) {
      throw new IllegalArgumentException(
          "a user's text cannot go into a generated flow collection");
    }
    if (value == null
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long) {
      return scalar(value);
    }
    String s = text(value);
    // Of the flow indicators and comment and key marks (,[]{}:#?) a string safe plain can hold
    // only the colon: one look for it instead of one per char and indicator, and first, as most
    // strings that hold one are URLs, quoted without the longer check.
    return !s.isEmpty() && s.indexOf(':') < 0 && PlainScalars.safe(s) ? s : quote(s);
  }

  /** The string a scalar value stands for (a {@link Literal} its text, in flow or as a key). */
  private static String text(Object value) {
    return value instanceof Literal literal ? literal.text() : value.toString();
  }

  private static void flow(StringBuilder out, Object value) {
    if (value instanceof Flow f) {
      flow(out, f.value());
    } else if (value instanceof Fixed f) {
      flow(out, f.value());
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep).append(flowScalar(e.getKey().toString())).append(": ");
        flow(out, e.getValue());
        sep = ", ";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      String sep = "";
      for (Object item : list) {
        out.append(sep);
        flow(out, item);
        sep = ", ";
      }
      out.append(']');
    } else {
      out.append(flowScalar(value));
    }
  }

  static String quote(String s) {
    return DoubleQuoted.of(s);
  }

  private void entry(BlockText out, String key, Object value, int indent) {
    Literal.pad(out.chars, indent);
    entryAfterPad(out, key, value, indent);
  }

  private void entryAfterPad(BlockText out, String key, Object value, int indent) {
    out.chars.append(scalar(key)).append(':');
    value(out, value, indent);
  }

  private void value(BlockText out, Object value, int indent) {
    if (value instanceof Fixed fixed) {
      String text = fixed.texts().get(this.indent, sequenceOffset, indent);
      if (text == null) {
        BlockText made = new BlockText(false);
        value(made, fixed.value(), indent);
        text = fixed.texts().keep(this.indent, sequenceOffset, indent, made.chars.toString());
      }
      out.block(text);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.chars.append(" {}\n");
        return;
      }
      out.chars.append('\n');
      for (Map.Entry<?, ?> e : map.entrySet()) {
        entry(out, e.getKey().toString(), e.getValue(), indent + this.indent);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.chars.append(" []\n");
        return;
      }
      out.chars.append('\n');
      for (Object item : list) {
        item(out, item, indent + sequenceOffset);
      }
    } else {
      Literal literal =
          value instanceof Literal l ? l : value instanceof String s ? Literal.ifLiteral(s) : null;
      if (literal != null) {
        out.block(literal.block(indent + this.indent));
      } else {
        out.chars.append(' ').append(scalar(value)).append('\n');
      }
    }
  }

  private void item(BlockText out, Object given, int dashColumn) {
    // A fixed collection's text is kept for a key's value only: as an item it is written anew.
    Object item = given instanceof Fixed fixed ? fixed.value() : given;
    if (item instanceof Map<?, ?> map && !map.isEmpty()) {
      // The first entry on the dash's line, the others under it: written in place, since a
      // nested buffer copied each level's text once more (the gate script once per level).
      Literal.pad(out.chars, dashColumn).append("- ");
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (first) {
          entryAfterPad(out, e.getKey().toString(), e.getValue(), dashColumn + 2);
          first = false;
        } else {
          entry(out, e.getKey().toString(), e.getValue(), dashColumn + 2);
        }
      }
    } else {
      Literal.pad(out.chars, dashColumn).append('-');
      value(out, item, dashColumn);
    }
    out.itemEnd();
  }
}
