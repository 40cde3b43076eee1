package dev.startgate.yaml;

/** An edit startgate cannot make without rewriting the user's text (e.g. inside a flow mapping). */
public final class YamlEditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public YamlEditException(String message) {
    super(message);
  }
}
