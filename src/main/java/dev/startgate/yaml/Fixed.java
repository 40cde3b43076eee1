package dev.startgate.yaml;

import java.util.List;
import java.util.Map;

/**
 * A generated map or list that goes unchanged into many places of one run: the command, resources,
 * securityContext and volume mounts of every gate container. {@link BlockWriter} writes it as the
 * value it wraps, as the value of a key, but makes that text once for each layout (the writer's
 * indentation and the key's column) and copies it after that: 10,000 gated Jobs have 20,000 gate
 * containers, and writing these values node by node for each was most of rendering them. Equal by
 * its value, which must not change once wrapped; safe to share between threads.
 */
public final class Fixed {
  private final Object value;

  /**
   * The texts last made, at most {@link #KEPT} of them, by layout: the workloads of a run share a
   * few (a Job's pod spec and a CronJob's sit at different columns).
   */
  private volatile Text[] texts = new Text[0];

  private static final int KEPT = 4;

  /**
   * A text and its layout. Compared field by field: a record's own equals is bootstrapped at run
   * time on its first call, which spins classes on every start the archive does not hold.
   */
  private record Text(int unit, int offset, int indent, String text) {}

  /** {@code value}, a map or a list, written the same wherever it goes. */
  public Fixed(Object value) {
    if (!(value instanceof Map<?, ?> || value instanceof List<?>)) {
      throw new IllegalArgumentException("not a collection: " + value);
    }
    this.value = value;
  }

  /** The collection. */
  public Object value() {
    return value;
  }

  /**
   * The text kept for a layout: an indentation of {@code unit} columns, {@code offset} columns from
   * a key to its sequence's dashes, and the key at column {@code indent}; null if none is.
   */
  String known(int unit, int offset, int indent) {
    for (Text t : texts) {
      if (t.indent() == indent && t.unit() == unit && t.offset() == offset) {
        return t.text();
      }
    }
    return null;
  }

  /** Keeps {@code text} as the text for that layout. */
  void keep(int unit, int offset, int indent, String text) {
    Text[] known = texts;
    // Two threads may both make a text: each keeps its own, equal. The newest goes first.
    Text[] next = new Text[Math.min(KEPT, known.length + 1)];
    next[0] = new Text(unit, offset, indent, text);
    System.arraycopy(known, 0, next, 1, next.length - 1);
    texts = next;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fixed f && f.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Fixed[value=" + value + "]";
  }
}
