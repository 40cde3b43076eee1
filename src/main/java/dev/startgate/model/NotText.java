package dev.startgate.model;

/**
 * An annotation's value that is no string (Kubernetes takes strings only): what it is, and the
 * value in flow style for a message ({@code [a, b]}, {@code {k: v}}, {@code *anchor}), cut at 80
 * characters.
 *
 * @param shape what the value is
 * @param flow the value in flow style
 */
public record NotText(Shape shape, String flow) {
  /** What a value that is no string is. */
  public enum Shape {
    LIST,
    MAPPING,
    ALIAS
  }
}
