package dev.startgate.yaml;

/** The input is not YAML startgate can read; the message says where and why. */
public final class YamlInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  /** Creates the exception; {@code line} is one-based, 0 if unknown. */
  public YamlInputException(String message, int line) {
    super(message);
    this.line = line;
  }

  /** One-based line of the problem, 0 if unknown. */
  public int line() {
    return line;
  }
}
