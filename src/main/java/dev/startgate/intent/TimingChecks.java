package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;

/**
 * The bounds a workload's durations set each other: an uptime as long as the timeout can never pass
 * (an error), an interval longer than the timeout tries once (a warning). Each message names where
 * each value comes from (the workload's annotation, a config rule, {@code defaults.KEY} or
 * startgate's default) and what to change, so it needs no "set by" suffix of a rule's.
 */
final class TimingChecks {
  private TimingChecks() {}

  /** A workload's three durations, each with where it was written. */
  record Settings(
      IntentSettings.Setting<Long> timeout,
      IntentSettings.Setting<Long> interval,
      IntentSettings.Setting<Long> uptime) {}

  /** Adds to {@code results} what {@code s} breaks, given the config's {@code defaults}. */
  static void check(Resource r, Settings s, Timing defaults, List<Result> results) {
    long timeout = s.timeout().value();
    long interval = s.interval().value();
    long uptime = s.uptime().value();
    if (timeout > 0 && uptime > 0 && uptime >= timeout) {
      // Named where it was written: the workload's own setting, not a default it does not show.
      IntentSettings.Setting<Long> written =
          s.uptime().text() == null && s.timeout().text() != null ? s.timeout() : s.uptime();
      results.add(
          Result.error(
              r,
              written.field(),
              written.text(),
              "the uptime ("
                  + from(
                      s.uptime(),
                      defaults.uptimeSeconds(),
                      Timing.DEFAULT.uptimeSeconds(),
                      "uptime")
                  + ") must be shorter than the timeout ("
                  + from(
                      s.timeout(),
                      defaults.timeoutSeconds(),
                      Timing.DEFAULT.timeoutSeconds(),
                      "timeout")
                  + "): the target must stay ready that long before the gate gives up, so it"
                  + " could never pass; raise "
                  + lever(
                      s.timeout(),
                      defaults.timeoutSeconds(),
                      Timing.DEFAULT.timeoutSeconds(),
                      "timeout")
                  + " or lower "
                  + lever(
                      s.uptime(),
                      defaults.uptimeSeconds(),
                      Timing.DEFAULT.uptimeSeconds(),
                      "uptime")));
    }
    if (interval > 0 && timeout > 0 && interval > timeout) {
      IntentSettings.Setting<Long> written =
          s.interval().text() == null && s.timeout().text() != null ? s.timeout() : s.interval();
      results.add(
          Result.warning(
              r,
              written.field(),
              "the interval ("
                  + from(
                      s.interval(),
                      defaults.intervalSeconds(),
                      Timing.DEFAULT.intervalSeconds(),
                      "interval")
                  + ") is longer than the timeout ("
                  + from(
                      s.timeout(),
                      defaults.timeoutSeconds(),
                      Timing.DEFAULT.timeoutSeconds(),
                      "timeout")
                  + "): a network gate tries once, then sleeps past its deadline, and a target"
                  + " that comes up after that first try is never seen; lower "
                  + lever(
                      s.interval(),
                      defaults.intervalSeconds(),
                      Timing.DEFAULT.intervalSeconds(),
                      "interval")
                  + " or raise "
                  + lever(
                      s.timeout(),
                      defaults.timeoutSeconds(),
                      Timing.DEFAULT.timeoutSeconds(),
                      "timeout")));
    }
  }

  /**
   * A duration as the user wrote it, or as seconds where it is a default, with where that default
   * comes from: the config's {@code defaults.KEY}, or startgate's own when the value is that.
   */
  private static String from(
      IntentSettings.Setting<Long> s, long fallback, long builtIn, String key) {
    if (s.text() != null) {
      return s.text().strip();
    }
    return Durations.format(s.value())
        + (fallback == builtIn ? ", the default" : ", from defaults." + key);
  }

  /**
   * What to change for {@code s}: its annotation; the config's rule field that set it; or, not
   * written, the config's {@code defaults.KEY} when the value comes from there.
   */
  private static String lever(
      IntentSettings.Setting<Long> s, long fallback, long builtIn, String key) {
    String annotation = Annotations.PREFIX + key;
    if (s.text() == null) {
      return fallback == builtIn
          ? annotation
          : annotation + " (or the config's defaults." + key + ")";
    }
    return s.suffix().isEmpty() ? annotation : "the config's " + s.field();
  }
}
