package dev.startgate.yaml;

/** The input is not YAML startgate can read; the message says where and why. */
public final class YamlInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final boolean limit;

  /** Creates the exception; {@code line} is one-based, 0 if unknown. */
  public YamlInputException(String message, int line) {
    this(message, line, false);
  }

  private YamlInputException(String message, int line, boolean limit) {
    super(message);
    this.line = line;
    this.limit = limit;
  }

  /** Valid YAML beyond one of startgate's limits ({@link YamlLimits}), not a syntax error. */
  static YamlInputException limit(String message, int line) {
    return new YamlInputException(message, line, true);
  }

  /** True for a limit of startgate's rather than invalid YAML. */
  public boolean limit() {
    return limit;
  }

  /** One-based line of the problem, 0 if unknown. */
  public int line() {
    return line;
  }
}
