package dev.startgate.intent;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go-style durations in whole seconds: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 0s}. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d{1,7})([hms])");
  private static final long MAX_SECONDS = 7 * 24 * 3600;

  private Durations() {}

  /** Seconds, or empty if {@code text} is not a duration of at most a week. */
  public static OptionalLong parse(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    Matcher m = PART.matcher(s);
    long total = 0;
    int at = 0;
    String lastUnit = null;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        return OptionalLong.empty();
      }
      String unit = m.group(2);
      if (lastUnit != null && "hms".indexOf(unit) <= "hms".indexOf(lastUnit)) {
        return OptionalLong.empty();
      }
      long n = Long.parseLong(m.group(1));
      total +=
          switch (unit) {
            case "h" -> n * 3600;
            case "m" -> n * 60;
            default -> n;
          };
      lastUnit = unit;
      at = m.end();
    }
    return total > MAX_SECONDS ? OptionalLong.empty() : OptionalLong.of(total);
  }

  /** Formats seconds the way users write them: {@code 300s}. */
  public static String format(long seconds) {
    return seconds + "s";
  }
}
