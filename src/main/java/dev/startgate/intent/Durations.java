package dev.startgate.intent;

import dev.startgate.model.Digits;
import dev.startgate.model.Result;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go-style durations in whole seconds: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 0s}. */
public final class Durations {
  /** The units of a duration in the order they may appear (the regex {@code h?m?s?}). */
  private static final java.util.Set<String> ORDERS =
      java.util.Set.of("", "h", "m", "s", "hm", "hs", "ms", "hms");

  static final long MAX_SECONDS = 7 * 24 * 3600;

  /** The error for a timeout of 0s, wherever it is set. */
  public static final String ZERO_TIMEOUT =
      "the timeout must be at least 1s: with 0s a gate tries once and gives up at once;"
          + " use a value like 5m";

  private Durations() {}

  /** Seconds, or empty if {@code text} is not a duration of at most a week. */
  public static OptionalLong parse(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    // Parts of 1 to 7 digits and a unit, the units in the order h, m, s, each once (the regular
    // expression (\d{1,7})([hms]) this replaces ran for every timeout and interval).
    long total = 0;
    int at = 0;
    int lastUnit = -1;
    while (at < s.length()) {
      int start = at;
      long n = 0;
      while (at < s.length() && at - start < 7 && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
        n = n * 10 + s.charAt(at) - '0';
        at++;
      }
      int unit = at > start && at < s.length() ? "hms".indexOf(s.charAt(at)) : -1;
      if (unit < 0 || unit <= lastUnit) {
        return OptionalLong.empty();
      }
      total += n * (unit == 0 ? 3600 : unit == 1 ? 60 : 1);
      lastUnit = unit;
      at++;
    }
    return total > MAX_SECONDS ? OptionalLong.empty() : OptionalLong.of(total);
  }

  private static final Pattern TOKEN = Pattern.compile("(\\d*)(\\.\\d*)?([^\\d.]*)");
  private static final String LIKE = "use a value like 90s, 5m or 1h";

  /**
   * Why {@code text} is not a duration startgate takes, with a valid one to write instead, or null
   * if {@link #parse} accepts it.
   */
  public static String problem(String text) {
    String s = text == null ? "" : text.strip();
    if (parse(s).isPresent()) {
      return null;
    }
    if (s.isEmpty()) {
      return "the value is empty; " + LIKE;
    }
    if (s.startsWith("-")) {
      return "a duration cannot be negative; " + LIKE;
    }
    if (s.startsWith("+")) {
      s = s.substring(1);
      if (parse(s).isPresent()) {
        return "a duration takes no sign; write " + s; // Go's own parser takes +5s
      }
    }
    String compact = s.replaceAll("\\s+", "");
    if (!compact.equals(s)
        && parse(compact).isPresent()
        && compact.chars().filter(Character::isLetter).count() > 1) {
      return "write its parts without spaces, like " + compact; // 1h 30m
    }
    if (s.length() > 40) {
      return LIKE + " (units: s, m, h)";
    }
    if (Digits.only(s, 1, 7)) {
      // Review CU: 0s is an uptime only; a timeout or an interval of 0s is refused next.
      return "the unit is missing; write "
          + s
          + "s for seconds (units: s, m, h)"
          + (s.chars().allMatch(c -> c == '0')
              ? "; a timeout or an interval is at least 1s, like 30s"
              : "");
    }
    BigDecimal seconds = BigDecimal.ZERO;
    boolean fraction = false;
    int digits = 0;
    String order = "";
    Matcher m = TOKEN.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at || m.end() == at) {
        return LIKE + " (units: s, m, h)";
      }
      String whole = m.group(1);
      String frac = m.group(2) == null ? "" : m.group(2);
      String unit = m.group(3);
      if (whole.isEmpty() && frac.length() < 2) {
        return LIKE + " (units: s, m, h)";
      }
      BigDecimal n =
          new BigDecimal((whole.isEmpty() ? "0" : whole) + (frac.equals(".") ? "" : frac));
      fraction |= frac.length() > 1;
      digits = Math.max(digits, whole.length());
      String why = unitProblem(unit, n);
      if (why != null) {
        return why;
      }
      seconds =
          seconds.add(
              n.multiply(BigDecimal.valueOf(unit.equals("h") ? 3600 : unit.equals("m") ? 60 : 1)));
      order += unit;
      at = m.end();
    }
    if (!ORDERS.contains(order)) {
      return "write each unit once, largest first, like 1h30m";
    }
    if (seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
      return "it is longer than a week, the most startgate waits; use at most 168h";
    }
    if (fraction) {
      BigDecimal exact = seconds.stripTrailingZeros();
      return exact.scale() <= 0
          ? "fractions are not supported; write " + exact.toBigInteger() + "s instead of " + s
          : "fractions and parts of a second are not supported; use whole seconds, like 90s";
    }
    if (digits > 7) {
      return "a number has more than 7 digits; write "
          + seconds.toBigInteger()
          + "s (units: s, m, h)";
    }
    return LIKE + " (units: s, m, h)";
  }

  private static String unitProblem(String unit, BigDecimal n) {
    switch (unit) {
      case "h", "m", "s":
        return null;
      case "ms", "us", "\u00b5s", "\u03bcs", "ns":
        return "sub-second units (" + unit + ") are not supported; use whole seconds, like 1s";
      case "d":
        return "days (d) are not a unit here; use s, m or h, like "
            + (n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(7)) <= 0
                ? n.intValue() * 24 + "h"
                : "48h");
      case "w":
        return "weeks (w) are not a unit here; use s, m or h, like 168h";
      case "":
        return "a number needs a unit; use s, m or h, like 90s";
      default:
        return wordUnit(unit, n);
    }
  }

  /**
   * The problem with a unit that is not {@code s}, {@code m} or {@code h}: a word for one of them
   * ({@code 5 minutes}: write {@code 5m}), a space before a valid one ({@code 5 m}), or anything
   * else.
   */
  private static String wordUnit(String written, BigDecimal n) {
    String unit = written.strip();
    String letter =
        switch (unit.toLowerCase(Locale.ROOT)) {
          case "s", "sec", "secs", "second", "seconds" -> "s";
          case "m", "min", "mins", "minute", "minutes" -> "m";
          case "h", "hr", "hrs", "hour", "hours" -> "h";
          default -> null;
        };
    if (letter == null || n.stripTrailingZeros().scale() > 0) {
      // A fraction (1.5 minutes) has no valid twin with the letter: the usual examples.
      return Result.quoted(unit) + " is not a unit; use s, m or h, like 90s, 5m or 1h";
    }
    String like = n.toPlainString() + letter;
    return unit.equals(letter) && !written.equals(unit)
        ? "write the unit right after the number, like " + like
        : Result.quoted(unit) + " is not a unit; use s, m or h, like " + like;
  }

  /** Formats seconds the way users write them: {@code 300s}. */
  public static String format(long seconds) {
    return seconds + "s";
  }
}
