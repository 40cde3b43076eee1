package dev.startgate.intent;

import static dev.startgate.intent.Annotations.FIELD;
import static dev.startgate.intent.Annotations.PHASE;
import static dev.startgate.intent.Annotations.RETRY;
import static dev.startgate.intent.Annotations.WAIT_FOR;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The settings of one intent, each from the object's annotation (parsed here by {@link
 * AnnotationValues}) or from the typed value of a {@code gates:} rule (parsed when the config was
 * read), and the checks that depend on the workload. A result about a rule's value names the rule's
 * field and says it was set by the config.
 */
final class IntentSettings {
  private IntentSettings() {}

  /**
   * The value of one intent setting and where it came from: the object's annotation, a {@code
   * gates:} rule (results then name the rule's field and say so), or neither.
   */
  record Setting<T>(T value, String text, String field, String suffix) {
    static <T> Setting<T> annotation(T value, String text, String key) {
      return new Setting<>(value, text, FIELD + key, "");
    }

    static <T> Setting<T> rule(GateRule.Value<T> v) {
      return new Setting<>(
          v.value(), v.text(), v.field(), " (set by the config's " + v.field() + ")");
    }

    /** True if a {@code gates:} rule set it. */
    boolean byRule() {
      return !suffix.isEmpty();
    }

    Result error(Resource r, String message) {
      return Result.error(r, field, text, message + suffix);
    }

    Result warning(Resource r, String message) {
      return Result.warning(r, field, message + suffix);
    }
  }

  static void winsOver(Resource r, String key, GateRule.Value<?> fromRule, List<Result> results) {
    if (fromRule != null && r.annotations().containsKey(key)) {
      results.add(
          Result.info(r, "annotation " + key + " wins over the config's " + fromRule.field()));
    }
  }

  /** The value the last of {@code rules} that sets one sets, or null. */
  static <T> GateRule.Value<T> last(
      List<GateRule.Overrides> rules, Function<GateRule.Overrides, GateRule.Value<T>> get) {
    GateRule.Value<T> found = null;
    for (GateRule.Overrides o : rules) {
      found = get.apply(o) != null ? get.apply(o) : found;
    }
    return found;
  }

  /**
   * The setting {@code key}: the annotation parsed by {@code parse} (an error is reported and
   * leaves a setting without a value), else the rules' value, else null.
   */
  static <T> Setting<T> setting(
      Resource r,
      String key,
      Function<String, AnnotationValues.Parsed<T>> parse,
      GateRule.Value<T> fromRule,
      List<Result> results) {
    String text = r.annotations().get(key);
    if (text != null) {
      AnnotationValues.Parsed<T> p = parse.apply(text);
      if (p.error() != null) {
        results.add(Result.error(r, FIELD + key, text, p.error()));
      }
      return Setting.annotation(p.value(), text, key);
    }
    return fromRule == null ? null : Setting.rule(fromRule);
  }

  /** A duration: the annotation's, else the rules', else {@code fallback}. */
  static Setting<Long> duration(
      Resource r, String key, GateRule.Value<Long> fromRule, long fallback, List<Result> results) {
    return orDefault(setting(r, key, AnnotationValues::duration, fromRule, results), key, fallback);
  }

  private static Setting<Long> orDefault(Setting<Long> s, String key, long fallback) {
    return s != null && s.value() != null
        ? s
        : new Setting<>(fallback, s == null ? null : s.text(), FIELD + key, "");
  }

  /** The targets: the annotation's, parsed here, else the rules' (checked with the config). */
  static List<Target> targets(
      TargetParser parser,
      Resource r,
      GateRule.Value<List<Target>> fromRule,
      List<Result> results) {
    String value = r.annotations().get(WAIT_FOR);
    List<Target> out = new ArrayList<>();
    if (value == null && fromRule == null) {
      return out;
    }
    Setting<List<Target>> from =
        value != null ? Setting.annotation(null, value, WAIT_FOR) : Setting.rule(fromRule);
    List<String> texts =
        value != null
            ? TargetParser.split(value)
            : fromRule.value().stream().map(Target::text).toList();
    if (texts.size() > Annotations.MAX_TARGETS) {
      results.add(
          new Setting<>(null, null, from.field(), from.suffix())
              .error(
                  r,
                  texts.size()
                      + " targets are more than the limit of "
                      + Annotations.MAX_TARGETS
                      + " per workload; wait for a few that stand for the rest, like"
                      + " deployment/api, service/postgres"));
      return out;
    }
    if (texts.isEmpty()) {
      results.add(from.error(r, "no target given; use a value like " + TargetParser.EXAMPLE));
    }
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String cut =
          value != null && i > 0
              ? KindSuggestions.cutFromSelector(texts.get(i - 1), text, r.namespace())
              : null;
      AnnotationValues.Parsed<Target> p =
          cut != null
              ? AnnotationValues.Parsed.bad(cut)
              : value != null
                  ? AnnotationValues.target(parser, text)
                  : AnnotationValues.Parsed.ok(fromRule.value().get(i));
      if (p.error() != null && text.isEmpty()) {
        // An empty piece has no value of its own to show: name its place and the whole value,
        // once per annotation.
        if (texts.indexOf("") < i) {
          continue;
        }
        results.add(
            Result.error(
                r,
                FIELD + WAIT_FOR,
                value,
                "target "
                    + (i + 1)
                    + " of "
                    + texts.size()
                    + " is empty (two commas, or a comma at an end); use a value like "
                    + TargetParser.EXAMPLE));
      } else if (p.error() != null) {
        results.add(Result.error(r, FIELD + WAIT_FOR, text, p.error()));
      } else if (out.stream().anyMatch(t -> t.text().equals(text))) {
        results.add(
            Result.warning(
                r,
                from.field(),
                "target " + text + " is listed twice; gating once" + from.suffix()));
      } else {
        out.add(p.value());
      }
    }
    return out;
  }

  /** {@code retry}: Jobs only, and not with a policy Kubernetes does not allow with it. */
  static Integer retry(
      Resource r, WorkloadShape shape, GateRule.Value<Integer> fromRule, List<Result> results) {
    String text = r.annotations().get(RETRY);
    if (text == null && fromRule == null) {
      return null;
    }
    Setting<Integer> s =
        text != null ? Setting.annotation(null, text, RETRY) : Setting.rule(fromRule);
    if (!shape.isJob()) {
      results.add(s.error(r, AnnotationValues.jobsOnly("retry", r.kind(), s.text(), s.byRule())));
      return null;
    }
    Integer retry = fromRule == null || text != null ? null : fromRule.value();
    if (text != null) {
      AnnotationValues.Parsed<Integer> p = AnnotationValues.retry(text);
      if (p.error() != null) {
        results.add(s.error(r, p.error()));
        return null;
      }
      retry = p.value();
    }
    YMapping jobSpec = shape.jobSpec(r.node()).orElse(null);
    for (String conflict : List.of("podFailurePolicy", "backoffLimitPerIndex")) {
      // A null value (`podFailurePolicy:` or `~`) is unset to Kubernetes.
      if (jobSpec != null
          && jobSpec
              .get(conflict)
              .filter(v -> !(v instanceof YScalar n && n.isNull()))
              .isPresent()) {
        results.add(
            s.error(
                r,
                "retry sets restartPolicy: OnFailure and backoffLimit, which Kubernetes does not"
                    + " allow with "
                    + conflict
                    + (s.byRule()
                        ? "; remove retry from the rule or the "
                        : "; remove the annotation or the ")
                    + conflict));
        return null;
      }
    }
    return retry;
  }

  /** {@code phase}: Jobs only. */
  static Phase phase(
      Resource r, WorkloadShape shape, GateRule.Value<Phase> fromRule, List<Result> results) {
    String text = r.annotations().get(PHASE);
    if (text == null && fromRule == null) {
      return null;
    }
    Setting<Phase> s =
        text != null ? Setting.annotation(null, text, PHASE) : Setting.rule(fromRule);
    Phase phase = text == null ? fromRule.value() : null;
    if (text != null) {
      AnnotationValues.Parsed<Phase> p = AnnotationValues.phase(text);
      phase = p.value();
      if (p.error() != null) {
        results.add(s.error(r, p.error()));
        return null;
      }
    }
    if (!shape.isJob()) {
      results.add(s.error(r, AnnotationValues.jobsOnly("phase", r.kind(), s.text(), s.byRule())));
      return null;
    }
    return phase;
  }

  /**
   * A warning for each duration annotated on a workload that waits for nothing (no {@code
   * wait-for}, none from a rule): no gate reads it, and the run would drop it without a word.
   */
  static void idleDurations(Resource r, List<Target> targets, List<Result> results) {
    if (!targets.isEmpty() || r.annotations().containsKey(WAIT_FOR)) {
      return;
    }
    for (String key : List.of(Annotations.TIMEOUT, Annotations.INTERVAL, Annotations.UPTIME)) {
      String field = FIELD + key;
      if (r.annotations().containsKey(key)
          && results.stream().noneMatch(x -> field.equals(x.field()))) {
        results.add(
            Result.warning(
                r,
                field,
                key
                    + " has no effect: the workload waits for nothing (no "
                    + WAIT_FOR
                    + ", and no gates rule gives it targets); add "
                    + WAIT_FOR
                    + " or remove "
                    + key));
      }
    }
  }
}
