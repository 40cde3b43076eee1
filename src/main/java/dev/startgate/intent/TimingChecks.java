package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;

/**
 * The bounds a workload's durations set each other: an uptime as long as the timeout can never pass
 * (an error), one that ends too close to it may not pass (a warning), an interval longer than the
 * timeout makes a network gate try once (a warning). Each message names where each value comes from
 * (the workload's annotation, a config rule, {@code defaults.KEY} or startgate's default) and what
 * to change, so it needs no "set by" suffix of a rule's. Where neither value is the workload's or a
 * rule's, the config's own check says it once.
 */
final class TimingChecks {
  private TimingChecks() {}

  /** A workload's three durations, each with where it was written. */
  record Settings(
      IntentSettings.Setting<Long> timeout,
      IntentSettings.Setting<Long> interval,
      IntentSettings.Setting<Long> uptime) {}

  /** One duration of a check, with its config default and startgate's. */
  private record Bound(
      IntentSettings.Setting<Long> setting, long fallback, long builtIn, String key) {
    boolean written() {
      return setting.text() != null;
    }
  }

  /**
   * Adds to {@code results} what {@code s} breaks, given the config's {@code defaults} and the
   * workload's {@code targets}.
   */
  static void check(
      Resource r, Settings s, Timing defaults, List<Target> targets, List<Result> results) {
    Bound timeout =
        new Bound(
            s.timeout(), defaults.timeoutSeconds(), Timing.DEFAULT.timeoutSeconds(), "timeout");
    Bound interval =
        new Bound(
            s.interval(), defaults.intervalSeconds(), Timing.DEFAULT.intervalSeconds(), "interval");
    Bound uptime =
        new Bound(s.uptime(), defaults.uptimeSeconds(), Timing.DEFAULT.uptimeSeconds(), "uptime");
    long t = s.timeout().value();
    if (t > 0 && s.uptime().value() > 0 && s.uptime().value() >= t && written(timeout, uptime)) {
      // Named where it was written: the workload's own setting, not a default it does not show.
      IntentSettings.Setting<Long> at = uptime.written() ? s.uptime() : s.timeout();
      results.add(
          Result.error(
              r,
              at.field(),
              at.text(),
              uptimePastTimeout(
                  s.uptime().value(),
                  from(uptime),
                  from(timeout),
                  lever(timeout, uptime),
                  lever(uptime, timeout))));
    }
    long i = s.interval().value();
    long u = s.uptime().value();
    if (t > 0 && i > 0 && u > 0 && u < t && network(targets)) {
      long needed = timeoutNeeded(u, i);
      if (needed > t && (written(timeout, uptime) || interval.written())) {
        IntentSettings.Setting<Long> at =
            uptime.written() ? s.uptime() : timeout.written() ? s.timeout() : s.interval();
        results.add(
            Result.warning(
                r,
                at.field(),
                uptimeNeedsTimeout(
                    u,
                    i,
                    from(uptime),
                    from(interval),
                    from(timeout),
                    lever(timeout, uptime),
                    lever(uptime, timeout) + " or " + lever(interval, timeout))));
      }
    }
    // Only a network gate sleeps an interval between tries; a Kubernetes gate watches until its
    // deadline.
    if (i > 0 && t > 0 && i > t && written(timeout, interval) && network(targets)) {
      IntentSettings.Setting<Long> at = interval.written() ? s.interval() : s.timeout();
      results.add(
          Result.warning(
              r,
              at.field(),
              intervalPastTimeout(
                  from(interval),
                  from(timeout),
                  "a network gate",
                  lever(interval, timeout),
                  lever(timeout, interval))));
    }
  }

  /**
   * The error of an uptime not shorter than its timeout (as written, with what to change), for a
   * workload here and for the config's defaults in {@link ConfigReader}.
   */
  static String uptimePastTimeout(
      long uptimeSeconds, String uptime, String timeout, String raise, String lower) {
    return "the uptime ("
        + uptime
        + ") must be shorter than the timeout ("
        + timeout
        + "): the target must stay ready that long before the gate gives up, so it could never"
        + " pass; raise "
        + raise
        + " or lower "
        + lower
        + (uptimeSeconds * 2 <= Durations.MAX_SECONDS
            ? ": a timeout like "
                + Durations.format(uptimeSeconds * 2)
                + " (twice the uptime) leaves the target time to come up and stay"
            : ": a timeout is at most 168h, so an uptime like "
                + Durations.format(Durations.MAX_SECONDS / 2)
                + " leaves the target time to come up and stay");
  }

  /**
   * The timeout a network gate's uptime {@code u} needs with tries {@code i} apart: the uptime ends
   * at the first try more than {@code u} whole seconds after the first ready one, and the first
   * ready one may come a second after the start.
   */
  static long timeoutNeeded(long u, long i) {
    return (u + i) / i * i + 1;
  }

  /**
   * The warning of an uptime that, with its interval, needs a longer timeout than it has, for a
   * workload and for the config's defaults, with the three durations as the message shows them.
   */
  static String uptimeNeedsTimeout(
      long u, long i, String uptime, String interval, String timeout, String raise, String lower) {
    return "the uptime ("
        + uptime
        + ") with the interval ("
        + interval
        + ") needs a timeout of at least "
        + Durations.format(timeoutNeeded(u, i))
        + ", not "
        + timeout
        + ": a network gate's uptime ends at the first try more than "
        + Durations.format(u)
        + " after the first ready one, tries are "
        + Durations.format(i)
        + " apart (plus the time each try takes, more under a tight CPU limit), and"
        + " the first ready try may come a second after the start, so a target ready"
        + " all along can still fail at the deadline; raise "
        + raise
        + ", or lower "
        + lower;
  }

  /** The warning of an interval longer than its timeout, for a workload and for the defaults. */
  static String intervalPastTimeout(
      String interval, String timeout, String gate, String lower, String raise) {
    return "the interval ("
        + interval
        + ") is longer than the timeout ("
        + timeout
        + "): "
        + gate
        + " tries once, then sleeps past its deadline, and a target that comes up after that"
        + " first try is never seen; lower "
        + lower
        + " or raise "
        + raise;
  }

  /** True if one of {@code a} and {@code b} is the workload's or a rule's (else the config's). */
  private static boolean written(Bound a, Bound b) {
    return a.written() || b.written();
  }

  /**
   * A duration as the user wrote it, or as seconds where it is a default, with where that default
   * comes from: the config's {@code defaults.KEY}, or startgate's own when the value is that.
   */
  private static String from(Bound b) {
    if (b.written()) {
      return b.setting().text().strip();
    }
    return Durations.format(b.setting().value())
        + (b.fallback() == b.builtIn() ? ", the default" : ", from defaults." + b.key());
  }

  /**
   * What to change for {@code b}: its annotation, or the config's rule field that set it; not
   * written, its annotation, or the field of the rule that set {@code other} (rules exist for
   * workloads one cannot annotate), or the config's {@code defaults.KEY} it comes from.
   */
  private static String lever(Bound b, Bound other) {
    String annotation = Annotations.PREFIX + b.key();
    if (b.written()) {
      return b.setting().suffix().isEmpty() ? annotation : "the config's " + b.setting().field();
    }
    IntentSettings.Setting<Long> o = other.setting();
    if (o.text() != null && !o.suffix().isEmpty()) {
      String rule = o.field().substring(0, o.field().lastIndexOf('.') + 1);
      return annotation + " (or the config's " + rule + b.key() + ")";
    }
    return b.fallback() == b.builtIn()
        ? annotation
        : annotation + " (or the config's defaults." + b.key() + ")";
  }

  /** True if a target of {@code targets} is checked over the network (a gate that sleeps). */
  private static boolean network(List<Target> targets) {
    for (Target t : targets) {
      if (t.accept(NETWORK)) {
        return true;
      }
    }
    return false;
  }

  private static final Target.Visitor<Boolean> NETWORK =
      new Target.Visitor<>() {
        @Override
        public Boolean tcp(Target.Tcp target) {
          return true;
        }

        @Override
        public Boolean http(Target.Http target) {
          return true;
        }

        @Override
        public Boolean protocol(Target.Protocol target) {
          return true;
        }

        @Override
        public Boolean service(Target.Service target) {
          return true;
        }

        @Override
        public Boolean workload(Target.Workload target) {
          return false;
        }

        @Override
        public Boolean pods(Target.Pods target) {
          return false;
        }

        @Override
        public Boolean custom(Target.Custom target) {
          return false;
        }
      };
}
