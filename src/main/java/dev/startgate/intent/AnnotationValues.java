package dev.startgate.intent;

import dev.startgate.model.Digits;
import dev.startgate.model.Result;
import java.util.OptionalLong;

/**
 * One parser per intent value, shared by the {@code startgate.dev/*} annotations and the config's
 * {@code gates:} rules, each with one message per rule: a bad value reads the same wherever it was
 * written. What depends on the workload (retry on a Deployment) is checked by {@link IntentReader}.
 */
final class AnnotationValues {
  private AnnotationValues() {}

  /** A value, or why the text is not one. */
  record Parsed<T>(T value, String error) {
    static <T> Parsed<T> ok(T value) {
      return new Parsed<>(value, null);
    }

    static <T> Parsed<T> bad(String error) {
      return new Parsed<>(null, error);
    }
  }

  /** The error for an interval of 0s. */
  static final String ZERO_INTERVAL = "the interval must be at least 1s, like 2s";

  /** A duration in seconds ({@code timeout}, {@code interval}, {@code uptime}). */
  static Parsed<Long> duration(String text) {
    OptionalLong seconds = Durations.parse(text);
    return seconds.isEmpty()
        ? Parsed.bad(Result.quoted(text) + " is not a duration: " + Durations.problem(text))
        : Parsed.ok(seconds.getAsLong());
  }

  /** {@code retry}: the Job's {@code backoffLimit}. */
  static Parsed<Integer> retry(String text) {
    return Digits.only(text.strip(), 1, 4)
        ? Parsed.ok(Integer.parseInt(text.strip()))
        : Parsed.bad(
            Result.quoted(text) + " is not a whole number from 0 to 9999; use a value like \"6\"");
  }

  /** {@code phase}: pre- or post-deploy. */
  static Parsed<Phase> phase(String text) {
    Phase phase = Phase.of(text.strip());
    return phase != null
        ? Parsed.ok(phase)
        : Parsed.bad(
            Result.quoted(text)
                + Suggestions.foreign(text)
                + " is not a phase; use pre-deploy or post-deploy");
  }

  /**
   * One target of {@code wait-for} or {@code waitFor}. The errors of custom-resource targets name
   * their own valid example.
   */
  static Parsed<Target> target(TargetParser parser, String text) {
    TargetParser.Parsed p = parser.parse(text);
    if (p.error() == null) {
      return Parsed.ok(p.target());
    }
    // The target first, unless the message quotes it already: under kpt, which prints no
    // currentValue, it tells which of several targets is wrong. The example once.
    String quoted = Result.quoted(TargetParser.strip(text));
    String message = p.error().contains(quoted) ? p.error() : quoted + ": " + p.error();
    boolean tooLong = p.error().startsWith("the target is longer than");
    return ResourceTargetParser.isResourceTarget(text) && !tooLong || p.error().contains(" like ")
        ? Parsed.bad(message)
        : Parsed.bad(message + "; use a value like " + TargetParser.exampleFor(text));
  }

  /** A duration that must not be zero ({@code zero} says why). */
  static Parsed<Long> nonZero(String text, String zero) {
    Parsed<Long> d = duration(text);
    return d.error() == null && d.value() == 0 ? Parsed.bad(zero) : d;
  }

  /**
   * The error for a value {@code text} that only Jobs take ({@code retry}, {@code phase}), set by
   * an annotation or by a {@code gates:} rule ({@code byRule}).
   */
  static String jobsOnly(String what, String kind, String text, boolean byRule) {
    String start =
        (text == null ? what : what + " " + Result.quoted(text))
            + " is set on a "
            + kind
            + ", but it applies to Jobs and CronJobs only; ";
    if (byRule) {
      return start + "match only Jobs and CronJobs with the rule, like match: {kind: Job}";
    }
    // The value written, where it is one a Job takes.
    boolean valid =
        text != null && (what.equals("retry") ? retry(text).error() : phase(text).error()) == null;
    String example = valid ? text : what.equals("retry") ? "3" : "post-deploy";
    return start
        + "move it to a Job or CronJob, like startgate.dev/"
        + what
        + ": "
        + (what.equals("retry") ? "\"" + example + "\"" : example);
  }
}
