package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Reads the {@code startgate.dev/*} annotations of one object into an {@link Intent}. */
public final class IntentReader {
  /** Prefix of every startgate annotation. */
  public static final String PREFIX = "startgate.dev/";

  public static final String WAIT_FOR = PREFIX + "wait-for";
  public static final String TIMEOUT = PREFIX + "timeout";
  public static final String INTERVAL = PREFIX + "interval";
  public static final String UPTIME = PREFIX + "uptime";
  public static final String RETRY = PREFIX + "retry";
  public static final String PHASE = PREFIX + "phase";

  /** Written by startgate: the annotations it added to the object, so it can remove them later. */
  public static final String GENERATED_ANNOTATIONS = PREFIX + "generated-annotations";

  private static final Set<String> KNOWN =
      Set.of(WAIT_FOR, TIMEOUT, INTERVAL, UPTIME, RETRY, PHASE, GENERATED_ANNOTATIONS);
  private static final String FIELD = "metadata.annotations.";

  /** The intent (null if none or invalid) and the problems found. */
  public record Reading(Intent intent, List<Result> results) {}

  private final TargetParser targets = new TargetParser();

  /** Reads the intent of {@code r} with {@code config}'s defaults. */
  public Reading read(Resource r, Config config) {
    List<Result> results = new ArrayList<>();
    Map<String, String> a = r.annotations();
    boolean any = false;
    for (String key : a.keySet()) {
      if (key.startsWith(PREFIX)) {
        any = true;
        if (!KNOWN.contains(key)) {
          results.add(
              Result.error(
                  r,
                  FIELD + key,
                  a.get(key),
                  "unknown startgate annotation; known: "
                      + String.join(", ", List.of(WAIT_FOR, TIMEOUT, INTERVAL, UPTIME, RETRY, PHASE))));
        }
      }
    }
    if (!any) {
      return new Reading(null, results);
    }
    WorkloadShape shape = WorkloadShape.of(r).orElse(null);
    if (shape == null) {
      results.add(
          Result.warning(
              r,
              FIELD + PREFIX + "*",
              "startgate annotations have no effect on a "
                  + r.kind()
                  + "; put them on a Job, CronJob, Deployment, StatefulSet, DaemonSet or Pod"));
      return new Reading(null, results);
    }
    Timing d = config.defaults();
    Timing timing =
        new Timing(
            duration(r, TIMEOUT, d.timeoutSeconds(), results),
            duration(r, INTERVAL, d.intervalSeconds(), results),
            duration(r, UPTIME, d.uptimeSeconds(), results));
    if (timing.intervalSeconds() == 0) {
      results.add(Result.error(r, FIELD + INTERVAL, a.get(INTERVAL), "the interval must be at least 1s, like 2s"));
    }
    List<Target> parsed = parseTargets(r, results);
    Integer retry = retry(r, shape, results);
    Phase phase = phase(r, shape, results);
    boolean failed = results.stream().anyMatch(x -> x.severity() == dev.startgate.model.Severity.ERROR);
    if (failed) {
      return new Reading(null, results);
    }
    return new Reading(new Intent(r, shape, parsed, timing, retry, phase), results);
  }

  private List<Target> parseTargets(Resource r, List<Result> results) {
    String value = r.annotations().get(WAIT_FOR);
    List<Target> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    List<String> texts = TargetParser.split(value);
    if (texts.isEmpty()) {
      results.add(
          Result.error(r, FIELD + WAIT_FOR, value, "no target given; use a value like " + TargetParser.EXAMPLE));
    }
    for (String text : texts) {
      TargetParser.Parsed p = targets.parse(text);
      if (p.error() != null) {
        results.add(
            Result.error(
                r,
                FIELD + WAIT_FOR,
                text,
                p.error() + "; use a value like " + TargetParser.exampleFor(text)));
      } else if (out.stream().anyMatch(t -> t.text().equals(text))) {
        results.add(Result.warning(r, FIELD + WAIT_FOR, "target " + text + " is listed twice; gating once"));
      } else {
        out.add(p.target());
      }
    }
    return out;
  }

  private static long duration(Resource r, String key, long fallback, List<Result> results) {
    String value = r.annotations().get(key);
    if (value == null) {
      return fallback;
    }
    OptionalLong seconds = Durations.parse(value);
    if (seconds.isEmpty()) {
      results.add(
          Result.error(
              r,
              FIELD + key,
              value,
              "\"" + value + "\" is not a duration of at most a week; use a value like 90s, 5m or 1h"));
      return fallback;
    }
    return seconds.getAsLong();
  }

  private static Integer retry(Resource r, WorkloadShape shape, List<Result> results) {
    String value = r.annotations().get(RETRY);
    if (value == null) {
      return null;
    }
    if (!shape.isJob()) {
      results.add(
          Result.error(
              r, FIELD + RETRY, value, "retry applies to Jobs and CronJobs only, not to a " + r.kind()));
      return null;
    }
    if (!value.strip().matches("\\d{1,4}")) {
      results.add(
          Result.error(
              r, FIELD + RETRY, value, "\"" + value + "\" is not a whole number from 0 to 9999; use a value like \"6\""));
      return null;
    }
    YMapping jobSpec = shape.jobSpec(r).orElse(null);
    for (String conflict : List.of("podFailurePolicy", "backoffLimitPerIndex")) {
      if (jobSpec != null && jobSpec.get(conflict).isPresent()) {
        results.add(
            Result.error(
                r,
                FIELD + RETRY,
                value,
                "retry sets restartPolicy: OnFailure and backoffLimit, which Kubernetes does not"
                    + " allow with "
                    + conflict
                    + "; remove the annotation or the "
                    + conflict));
        return null;
      }
    }
    return Integer.parseInt(value.strip());
  }

  private static Phase phase(Resource r, WorkloadShape shape, List<Result> results) {
    String value = r.annotations().get(PHASE);
    if (value == null) {
      return null;
    }
    Phase phase = Phase.of(value.strip());
    if (phase == null) {
      results.add(
          Result.error(
              r, FIELD + PHASE, value, "\"" + value + "\" is not a phase; use pre-deploy or post-deploy"));
    } else if (!shape.isJob()) {
      results.add(
          Result.error(r, FIELD + PHASE, value, "phase applies to Jobs and CronJobs only, not to a " + r.kind()));
      return null;
    }
    return phase;
  }
}
