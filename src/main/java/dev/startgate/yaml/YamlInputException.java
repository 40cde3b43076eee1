package dev.startgate.yaml;

/** The input is not YAML startgate can read; the message says where and why. */
public final class YamlInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final boolean limit;
  private final String problem;
  private final String fix;

  /** The last resort for an input file beyond a limit. */
  private static final String LEAVE_OUT = "leave this file out of startgate's run";

  /** Creates the exception; {@code line} is one-based, 0 if unknown. */
  public YamlInputException(String message, int line) {
    this(message, "", line, false);
  }

  private YamlInputException(String problem, String fix, int line, boolean limit) {
    super(limit ? problem + "; " + advice(fix) : problem);
    this.problem = problem;
    this.fix = fix;
    this.line = line;
    this.limit = limit;
  }

  /**
   * Valid YAML beyond one of startgate's limits ({@link YamlLimits}), not a syntax error: the
   * message is {@code problem}, then {@link #advice()} for an input file.
   *
   * @param fix how to write the text within the limit (any file: an input or the config), or empty
   *     where nothing but leaving the text out helps
   */
  static YamlInputException limit(String problem, String fix, int line) {
    return new YamlInputException(problem, fix, line, true);
  }

  private static String advice(String fix) {
    return fix.isEmpty() ? LEAVE_OUT : fix + ", or " + LEAVE_OUT;
  }

  /** What to do about a limit, for an input file; empty for a syntax error. */
  public String advice() {
    return limit ? advice(fix) : "";
  }

  /**
   * What to do about a limit, for the function's config, which a run cannot leave out: how to write
   * it within the limit, else to write it out plainly; empty for a syntax error.
   */
  public String configAdvice() {
    return !limit ? "" : fix.isEmpty() ? "write the config out plainly" : fix;
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
