package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
  private static final String UNMATCHED = "this gates rule matches no workload in the input";

  /** The annotations a user writes, in the order results list them. */
  private static final List<String> USERS =
      List.of(WAIT_FOR, TIMEOUT, INTERVAL, UPTIME, RETRY, PHASE);

  /** The field path of {@link #WAIT_FOR} in results. */
  public static final String WAIT_FOR_FIELD = FIELD + WAIT_FOR;

  /** Field path of the phase annotation. */
  public static final String PHASE_FIELD = FIELD + PHASE;

  /** Targets one workload may list: each becomes an init container of about 2 KB. */
  public static final int MAX_TARGETS = Annotations.MAX_TARGETS;

  /** The intent (null if none or invalid) and the problems found. */
  public record Reading(Intent intent, List<Result> results) {}

  private final TargetParser targets;

  /** A reader for an input without CustomResourceDefinitions. */
  public IntentReader() {
    this(List.of());
  }

  /** A reader that resolves custom-resource targets with {@code crds}, the input's CRDs. */
  public IntentReader(Collection<CrdFacts> crds) {
    this.targets = new TargetParser(crds);
  }

  private final Set<String> matchedRules = new HashSet<>();

  /** The rules of the config read last, by the names they match. */
  private GateRuleIndex ruleIndex;

  /** Rules with a namespace that a workload without one matched in all else. */
  private final Set<String> noNamespace = new HashSet<>();

  private static final String NO_NAME =
      " has no name (a string in metadata.name or generateName); give it one, like name: migrate";

  /**
   * Reads the intent of {@code r} with {@code config}'s defaults: its annotations over the config's
   * {@code gates:} rules that match it. Use one reader per input, so that {@link #unmatchedRules}
   * knows every workload.
   */
  public Reading read(Resource r, Config config) {
    List<Result> results = new ArrayList<>();
    ListItems.warning(r).ifPresent(results::add);
    List<GateRule.Overrides> rules = applyRules(r, config, results);
    Reading reading = readAnnotations(r, rules, config);
    results.addAll(reading.results());
    WorkloadShape shape = r.shape().orElse(null);
    if (shape != null) {
      results.addAll(TemplateAnnotations.warnings(r, shape));
    }
    return new Reading(reading.intent(), results);
  }

  /** A warning for each {@code gates:} rule that matched no workload read so far. */
  public List<Result> unmatchedRules(Config config) {
    List<Result> out = new ArrayList<>();
    for (GateRule rule : config.gates()) {
      if (!matchedRules.contains(rule.field())) {
        out.add(
            Result.warning(
                rule.config(),
                rule.field() + ".match",
                UNMATCHED
                    + " (match: "
                    + rule.match()
                    + (noNamespace.contains(rule.field())
                        ? "); a workload matches it but for its namespace, having none: pass"
                            + " --namespace (to a Helm post-renderer: --post-renderer-args"
                            + " --namespace=NS), or drop the rule's namespace"
                        : "); check its kind, name, namespace and labels")));
      }
    }
    return out;
  }

  /**
   * The overrides of the rules that match {@code r}, in order (a later rule wins, value by value);
   * an annotation the object has itself wins over them, with an info result.
   */
  private List<GateRule.Overrides> applyRules(Resource r, Config config, List<Result> results) {
    List<GateRule.Overrides> matched = new ArrayList<>();
    if (config.gates().isEmpty() || r.shape().isEmpty()) {
      return matched;
    }
    if (ruleIndex == null || !ruleIndex.of(config.gates())) {
      ruleIndex = new GateRuleIndex(config.gates());
    }
    for (GateRule rule : ruleIndex.candidates(r.name())) {
      GateRule.Match m = rule.match();
      if (m.matches(r)) {
        matchedRules.add(rule.field());
        matched.add(rule.overrides());
      } else if (m.namespace() != null
          && r.namespace() == null
          && new GateRule.Match(m.kind(), m.name(), null, m.labels()).matches(r)) {
        noNamespace.add(rule.field());
      }
    }
    IntentSettings.winsOver(
        r, WAIT_FOR, IntentSettings.last(matched, GateRule.Overrides::waitFor), results);
    IntentSettings.winsOver(
        r, TIMEOUT, IntentSettings.last(matched, GateRule.Overrides::timeout), results);
    IntentSettings.winsOver(
        r, INTERVAL, IntentSettings.last(matched, GateRule.Overrides::interval), results);
    IntentSettings.winsOver(
        r, UPTIME, IntentSettings.last(matched, GateRule.Overrides::uptime), results);
    IntentSettings.winsOver(
        r, RETRY, IntentSettings.last(matched, GateRule.Overrides::retry), results);
    IntentSettings.winsOver(
        r, PHASE, IntentSettings.last(matched, GateRule.Overrides::phase), results);
    return matched;
  }

  /** The error of an unknown startgate annotation: the one meant if it is near, else all. */
  private static String unknown(String key) {
    String meant = Suggestions.nearest(key.substring(PREFIX.length()), Annotations.NAMES);
    return meant != null
        ? "unknown startgate annotation"
            + Suggestions.padding(key)
            + Suggestions.foreign(key)
            + "; did you mean "
            + PREFIX
            + meant
            + "?"
        : "unknown startgate annotation"
            + Suggestions.padding(key)
            + "; known: "
            + String.join(", ", USERS);
  }

  private Reading readAnnotations(Resource r, List<GateRule.Overrides> rules, Config config) {
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
    boolean any = !rules.isEmpty();
    WorkloadShape shape = r.shape().orElse(null);
    for (String key : a.keySet()) {
      if (key.startsWith(PREFIX)) {
        // startgate's own record of the annotations it wrote (Flux's force on every Job, say) is
        // no intent: read alone, the object is read as the run that wrote it read it.
        any |= !key.equals(GENERATED_ANNOTATIONS);
        if (!KNOWN.contains(key)) {
          // On a kind startgate does not gate no annotation of its has an effect: a typo there
          // is told, as the others are, without failing the run.
          results.add(
              shape == null
                  ? Result.warning(r, FIELD + key, a.get(key), unknown(key))
                  : Result.error(r, FIELD + key, a.get(key), unknown(key)));
        }
      } else if (OtherPrefixes.looksLikeOurs(key)) {
        results.add(Result.warning(r, FIELD + key, OtherPrefixes.message(key, USERS)));
      }
    }
    if (!any) {
      return new Reading(null, results);
    }
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
    List<Result> unnamed = KubernetesNames.identityProblems(r, NO_NAME);
    if (!unnamed.isEmpty()) {
      results.addAll(unnamed);
      return new Reading(null, results);
    }
    Result longName = KubernetesNames.lengthWarning(r);
    if (longName != null) {
      results.add(longName);
    }
    Timing d = config.defaults();
    int beforeDurations = results.size();
    IntentSettings.Setting<Long> timeout =
        IntentSettings.duration(
            r,
            TIMEOUT,
            IntentSettings.last(rules, GateRule.Overrides::timeout),
            d.timeoutSeconds(),
            results);
    IntentSettings.Setting<Long> interval =
        IntentSettings.duration(
            r,
            INTERVAL,
            IntentSettings.last(rules, GateRule.Overrides::interval),
            d.intervalSeconds(),
            results);
    IntentSettings.Setting<Long> uptime =
        IntentSettings.duration(
            r,
            UPTIME,
            IntentSettings.last(rules, GateRule.Overrides::uptime),
            d.uptimeSeconds(),
            results);
    Timing timing = new Timing(timeout.value(), interval.value(), uptime.value());
    // A duration that is not one stands for its default here: no bound is checked against it.
    boolean durations = !hasError(results, beforeDurations);
    if (timing.intervalSeconds() == 0) {
      results.add(interval.error(r, AnnotationValues.ZERO_INTERVAL));
    }
    if (timing.timeoutSeconds() == 0) {
      results.add(timeout.error(r, Durations.ZERO_TIMEOUT));
    }
    GateRule.Value<List<Target>> waitRule = IntentSettings.last(rules, GateRule.Overrides::waitFor);
    GateRule.Value<Phase> phaseRule = IntentSettings.last(rules, GateRule.Overrides::phase);
    Intent.Sources sources =
        new Intent.Sources(
            r.annotations().containsKey(WAIT_FOR) || waitRule == null
                ? WAIT_FOR_FIELD
                : waitRule.field(),
            r.annotations().containsKey(PHASE) || phaseRule == null
                ? PHASE_FIELD
                : phaseRule.field());
    List<Target> parsed = IntentSettings.targets(targets, r, waitRule, results);
    IntentSettings.idleDurations(r, parsed, results);
    if (durations) {
      TimingChecks.check(
          r, new TimingChecks.Settings(timeout, interval, uptime), d, parsed, results);
    }
    Integer retry =
        IntentSettings.retry(
            r, shape, IntentSettings.last(rules, GateRule.Overrides::retry), results);
    Phase phase = IntentSettings.phase(r, shape, phaseRule, results);
    if (hasError(results, 0)) {
      return new Reading(null, results);
    }
    return new Reading(new Intent(r, shape, parsed, timing, retry, phase, sources), results);
  }

  private static boolean hasError(List<Result> results, int from) {
    for (int i = from; i < results.size(); i++) {
      if (results.get(i).severity() == dev.startgate.model.Severity.ERROR) {
        return true;
      }
    }
    return false;
  }
}
