package dev.startgate.yaml;

/** An edit startgate cannot make without rewriting the user's text (e.g. inside a flow mapping). */
public final class YamlEditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The key below the edited mapping the problem is at, or null for the mapping itself. */
  private final String field;

  /** The edited mapping's path when it is not the one the caller assumes, or null. */
  private final String base;

  /** Creates the exception. */
  public YamlEditException(String message) {
    this(message, null);
  }

  /** Creates the exception for the value of {@code field} of the edited mapping. */
  public YamlEditException(String message, String field) {
    this(message, field, null);
  }

  private YamlEditException(String message, String field, String base) {
    super(message);
    this.field = field;
    this.base = base;
  }

  /** The same problem, in the mapping at {@code base} (such as {@code spec} of a Job). */
  public YamlEditException in(String base) {
    return new YamlEditException(getMessage(), field, base);
  }

  /**
   * The edited mapping's path ({@code assumed}, unless {@link #in} named another) with the field
   * the problem is at, if any.
   */
  public String fieldBelow(String assumed) {
    String at = base != null ? base : assumed;
    return field == null ? at : at == null ? field : at + "." + field;
  }
}
