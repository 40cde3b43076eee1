package dev.startgate.yaml;

/** An edit startgate cannot make without rewriting the user's text (e.g. inside a flow mapping). */
public final class YamlEditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The key below the edited mapping the problem is at, or null for the mapping itself. */
  private final String field;

  /** Creates the exception. */
  public YamlEditException(String message) {
    this(message, null);
  }

  /** Creates the exception for the value of {@code field} of the edited mapping. */
  public YamlEditException(String message, String field) {
    super(message);
    this.field = field;
  }

  /** {@code base} (the edited mapping's path) with the field the problem is at, if any. */
  public String fieldBelow(String base) {
    return field == null ? base : base == null ? field : base + "." + field;
  }
}
