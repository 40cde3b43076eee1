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

  /** The texts it was written as, by layout: a run's workloads share a few. */
  private final KeptTexts texts = new KeptTexts();

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
   * Its texts by layout: an indentation of so many columns, so many columns from a key to its
   * sequence's dashes, and the key's column.
   */
  KeptTexts texts() {
    return texts;
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
