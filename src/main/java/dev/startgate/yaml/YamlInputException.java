package dev.startgate.yaml;

/** The input is not YAML startgate can read; the message says where and why. */
public final class YamlInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final boolean limit;
  private final String problem;
  private final String advice;

  /** Creates the exception; {@code line} is one-based, 0 if unknown. */
  public YamlInputException(String message, int line) {
    this(message, "", line, false);
  }

  private YamlInputException(String problem, String advice, int line, boolean limit) {
    super(advice.isEmpty() ? problem : problem + "; " + advice);
    this.problem = problem;
    this.advice = advice;
    this.line = line;
    this.limit = limit;
  }

  /**
   * Valid YAML beyond one of startgate's limits ({@link YamlLimits}), not a syntax error: the
   * message is {@code problem}, then {@code advice} for an input file.
   */
  static YamlInputException limit(String problem, String advice, int line) {
    return new YamlInputException(problem, advice, line, true);
  }

  /** What to do about a limit, for an input file; empty for a syntax error. */
  public String advice() {
    return advice;
  }

  /** What is wrong, without the advice for an input file a limit's message ends with. */
  public String problem() {
    return problem;
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
