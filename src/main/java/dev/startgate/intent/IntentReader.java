package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code startgate.dev/*} annotations of one object into an {@link Intent}. */
public final class IntentReader {
  /** Prefix of every startgate annotation. */
  public static final String PREFIX = Annotations.PREFIX;

  public static final String WAIT_FOR = Annotations.WAIT_FOR;
  public static final String TIMEOUT = Annotations.TIMEOUT;
  public static final String INTERVAL = Annotations.INTERVAL;
  public static final String UPTIME = Annotations.UPTIME;
  public static final String RETRY = Annotations.RETRY;
  public static final String PHASE = Annotations.PHASE;

  /** Written by startgate: the annotations it added to the object, so it can remove them later. */
  public static final String GENERATED_ANNOTATIONS = Annotations.GENERATED_ANNOTATIONS;

  private static final Set<String> KNOWN =
      Set.of(WAIT_FOR, TIMEOUT, INTERVAL, UPTIME, RETRY, PHASE, GENERATED_ANNOTATIONS);
  private static final String FIELD = Annotations.FIELD;

  /** The field path of {@link #WAIT_FOR} in results. */
  public static final String WAIT_FOR_FIELD = FIELD + WAIT_FOR;

  /** Targets one workload may list: each becomes an init container of about 2 KB. */
  public static final int MAX_TARGETS = 100;

  /** The intent (null if none or invalid) and the problems found. */
  public record Reading(Intent intent, List<Result> results) {}

  private final TargetParser targets = new TargetParser();

  private final Set<String> matchedRules = new HashSet<>();

  /**
   * Reads the intent of {@code r} with {@code config}'s defaults: its annotations over the config's
   * {@code gates:} rules that match it. Use one reader per input, so that {@link #unmatchedRules}
   * knows every workload.
   */
  public Reading read(Resource r, Config config) {
    List<Result> results = new ArrayList<>();
    Map<String, String> fromRules = new HashMap<>();
    Reading reading = readAnnotations(applyRules(r, config, fromRules, results), config);
    for (Result x : reading.results()) {
      String rule =
          x.field() != null && x.field().startsWith(FIELD)
              ? fromRules.get(x.field().substring(FIELD.length()))
              : null;
      results.add(
          rule == null
              ? x
              : new Result(
                  x.severity(),
                  x.message() + " (set by the config's " + rule + ")",
                  x.resource(),
                  rule,
                  x.value(),
                  x.file()));
    }
    return new Reading(reading.intent(), results);
  }

  /** A warning for each {@code gates:} rule that matched no workload read so far. */
  public List<Result> unmatchedRules(Config config) {
    List<Result> out = new ArrayList<>();
    for (GateRule rule : config.gates()) {
      if (!matchedRules.contains(rule.field())) {
        out.add(
            new Result(
                Severity.WARNING,
                "this gates rule matches no workload in the input (match: "
                    + rule.match()
                    + "); check its kind, name, namespace and labels",
                null,
                rule.field() + ".match",
                null,
                null));
      }
    }
    return out;
  }

  /**
   * {@code r} with the annotations of the rules that match it; an annotation the object has itself
   * wins, with an info result. {@code fromRules} gets the config field of each annotation a rule
   * supplied.
   */
  private Resource applyRules(
      Resource r, Config config, Map<String, String> fromRules, List<Result> results) {
    if (config.gates().isEmpty() || r.shape().isEmpty()) {
      return r;
    }
    Map<String, String> merged = new LinkedHashMap<>();
    for (GateRule rule : config.gates()) {
      if (rule.match().matches(r)) {
        matchedRules.add(rule.field());
        for (Map.Entry<String, String> e : rule.annotations().entrySet()) {
          merged.put(e.getKey(), e.getValue());
          fromRules.put(e.getKey(), rule.field() + "." + rule.fields().get(e.getKey()));
        }
      }
    }
    for (String key : List.copyOf(merged.keySet())) {
      if (r.annotations().containsKey(key)) {
        results.add(
            Result.info(
                r, "annotation " + key + " wins over the config's " + fromRules.remove(key)));
        merged.remove(key);
      }
    }
    if (merged.isEmpty()) {
      return r;
    }
    Map<String, String> all = new LinkedHashMap<>(r.annotations());
    all.putAll(merged);
    return r.withAnnotations(Collections.unmodifiableMap(all));
  }

  private Reading readAnnotations(Resource r, Config config) {
    List<Result> results = new ArrayList<>();
    Set<String> notStrings = NonStrings.find(r, results);
    Map<String, String> a = r.annotations();
    if (!notStrings.isEmpty()) {
      // Reported once: a value that is not a string is not checked for its meaning too.
      Map<String, String> kept = new LinkedHashMap<>(a);
      kept.keySet().removeAll(notStrings);
      r = r.withAnnotations(Collections.unmodifiableMap(kept));
      a = kept;
    }
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
                      + String.join(
                          ", ", List.of(WAIT_FOR, TIMEOUT, INTERVAL, UPTIME, RETRY, PHASE))));
        }
      }
    }
    if (!any) {
      return new Reading(null, results);
    }
    WorkloadShape shape = r.shape().orElse(null);
    if (shape == null) {
      results.add(
          Result.warning(
              r,
              FIELD + PREFIX + "*",
              LegacyApiVersions.advice(r.ref().apiVersion(), r.kind()) != null
                  ? LegacyApiVersions.advice(r.ref().apiVersion(), r.kind())
                  : "startgate annotations have no effect on a "
                      + r.kind()
                      + "; put them on a Job, CronJob, Deployment, StatefulSet, DaemonSet or"
                      + " Pod"));
      return new Reading(null, results);
    }
    Timing d = config.defaults();
    Timing timing =
        new Timing(
            AnnotationValues.duration(r, TIMEOUT, d.timeoutSeconds(), results),
            AnnotationValues.duration(r, INTERVAL, d.intervalSeconds(), results),
            AnnotationValues.duration(r, UPTIME, d.uptimeSeconds(), results));
    if (timing.intervalSeconds() == 0) {
      results.add(
          Result.error(
              r, FIELD + INTERVAL, a.get(INTERVAL), "the interval must be at least 1s, like 2s"));
    }
    if (timing.timeoutSeconds() == 0) {
      results.add(Result.error(r, FIELD + TIMEOUT, a.get(TIMEOUT), Durations.ZERO_TIMEOUT));
    }
    if (timing.timeoutSeconds() > 0
        && timing.uptimeSeconds() > 0
        && timing.uptimeSeconds() >= timing.timeoutSeconds()) {
      results.add(
          Result.error(
              r,
              FIELD + UPTIME,
              a.get(UPTIME),
              "the uptime ("
                  + Durations.format(timing.uptimeSeconds())
                  + ") must be shorter than the timeout ("
                  + Durations.format(timing.timeoutSeconds())
                  + "): the target must stay ready that long before the gate gives up, so it"
                  + " could never pass; raise startgate.dev/timeout or lower the uptime"));
    }
    List<Target> parsed = parseTargets(r, results);
    Integer retry = AnnotationValues.retry(r, shape, results);
    Phase phase = AnnotationValues.phase(r, shape, results);
    boolean failed =
        results.stream().anyMatch(x -> x.severity() == dev.startgate.model.Severity.ERROR);
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
    if (texts.size() > MAX_TARGETS) {
      results.add(
          Result.error(
              r,
              FIELD + WAIT_FOR,
              null,
              texts.size()
                  + " targets are more than the limit of "
                  + MAX_TARGETS
                  + " per workload; wait for a few services that stand for the rest"));
      return out;
    }
    if (texts.isEmpty()) {
      results.add(
          Result.error(
              r,
              FIELD + WAIT_FOR,
              value,
              "no target given; use a value like " + TargetParser.EXAMPLE));
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
        results.add(
            Result.warning(
                r, FIELD + WAIT_FOR, "target " + text + " is listed twice; gating once"));
      } else {
        out.add(p.target());
      }
    }
    return out;
  }
}
