package dev.startgate.intent;

import dev.startgate.model.Digits;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Annotation values must be strings, and Kubernetes reads YAML as YAML 1.1 does: a plain {@code 3},
 * {@code true}, {@code yes}, {@code 1.5} or an empty value is a number, a boolean or null, and the
 * API server rejects the object. startgate writes annotations back as they are, so it names them
 * instead, with the quoted form.
 */
final class NonStrings {
  private static final Pattern BOOL =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");

  /**
   * YAML 1.1's integers as go-yaml (kubectl, Helm) reads them: without the base-60 form ({@code
   * 12:30}), which go-yaml leaves a string.
   */
  private static final Pattern INT =
      Pattern.compile("[-+]?(0|[1-9][0-9_]*|0[bB][01_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+)");

  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(\\.[0-9][0-9_]*|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final String STR = "tag:yaml.org,2002:str";

  /** A valid value of each annotation, for the message about an empty one. */
  private static final Map<String, String> EXAMPLES =
      Map.of(
          Annotations.WAIT_FOR, "tcp://postgres:5432",
          Annotations.TIMEOUT, "5m",
          Annotations.INTERVAL, "2s",
          Annotations.UPTIME, "10s",
          Annotations.RETRY, "6",
          Annotations.PHASE, "pre-deploy");

  private NonStrings() {}

  /** What YAML makes of {@code s} if not a string ("a number"), or null for a string. */
  static String type(YScalar s) {
    if (s.tag() != null) {
      return s.tag().equals(STR) ? null : "tagged " + s.tag().replace("tag:yaml.org,2002:", "!!");
    }
    if (!s.plain()) {
      return null;
    }
    String v = s.value();
    if (isNull(v)) {
      return "null";
    }
    // Only a value that starts like a number or is a word of YAML 1.1's booleans can be one: the
    // four expressions ran for every startgate annotation of the input, mostly interpreted.
    char first = v.charAt(0);
    boolean numeric = first == '-' || first == '+' || first == '.' || first >= '0' && first <= '9';
    if (!numeric) {
      // Every boolean word starts with a letter, and none is longer than five chars.
      return v.length() <= 5 && BOOL.matcher(v).matches() ? "a boolean" : null;
    }
    // A duration such as 5m or 30s holds a char no number can: no expression runs for it.
    for (int i = 1; i < v.length(); i++) {
      if (NUMBER_CHARS.indexOf(v.charAt(i)) < 0) {
        return null;
      }
    }
    return INT.matcher(v).matches() || FLOAT.matcher(v).matches() ? "a number" : null;
  }

  /** Every char {@link #INT} or {@link #FLOAT} can match (hex digits, .inf, .nan included). */
  private static final String NUMBER_CHARS = "0123456789+-_.:abcdefABCDEFoxinINOX";

  /** True for YAML's nulls: {@code |~|null|Null|NULL}. */
  private static boolean isNull(String v) {
    return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
  }

  /** The error for annotation {@code key} whose value {@code s} is of {@code type}. */
  static String message(String key, YScalar s, String type, long timeout) {
    String suggested = suggestion(key, s, timeout);
    String how =
        suggested.equals(s.value())
            ? "quote it, like "
            : isNull(s.value()) && s.tag() == null
                ? "write a value in quotes, like "
                : quoted(s.value()) + " is not a valid value either, so write one in quotes, like ";
    return "the value is "
        + (type.equals("null") ? "empty (null to YAML)" : type + " to YAML")
        + ", and Kubernetes takes only strings as annotation values; "
        + how
        + key
        + ": "
        + quoted(suggested);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * What to write instead of {@code s}: its own text where startgate takes it as a string, a bare
   * number of seconds with its unit, else the annotation's example ({@code phase: yes} quoted is
   * still not a phase).
   */
  private static String suggestion(String key, YScalar s, long timeout) {
    String v = s.value();
    String example = EXAMPLES.getOrDefault(key, "...");
    if (isNull(v) && s.tag() == null) {
      return example;
    }
    return switch (key) {
      case Annotations.TIMEOUT, Annotations.INTERVAL, Annotations.UPTIME -> {
        boolean zeroAllowed = key.equals(Annotations.UPTIME);
        // An uptime must end before the timeout (the workload's, else the default's).
        long below = zeroAllowed ? timeout : Long.MAX_VALUE;
        if (duration(v, zeroAllowed) && Durations.parse(v).getAsLong() < below) {
          yield v;
        }
        if (Digits.only(v, 1, 7)
            && duration(v + "s", zeroAllowed)
            && Durations.parse(v + "s").getAsLong() < below) {
          yield v + "s";
        }
        // The example, or for an uptime under a short timeout one second less than it.
        yield !zeroAllowed || 10 < below ? example : Math.max(0, below - 1) + "s";
      }
      case Annotations.RETRY -> AnnotationValues.retry(v).error() == null ? v : example;
      case Annotations.PHASE -> AnnotationValues.phase(v).error() == null ? v : example;
      // A number, a boolean or null is never a target; a tagged text may be (!custom db:5432).
      case Annotations.WAIT_FOR -> s.tag() != null && !isNull(v) && targets(v) ? v : example;
      default -> v;
    };
  }

  /** True if {@code v} is a list of targets startgate takes. */
  private static boolean targets(String v) {
    TargetParser parser = new TargetParser();
    List<String> texts = TargetParser.split(v);
    return !texts.isEmpty() && texts.stream().allMatch(t -> parser.parse(t).error() == null);
  }

  private static boolean duration(String text, boolean zeroAllowed) {
    OptionalLong seconds = Durations.parse(text);
    return seconds.isPresent() && (zeroAllowed || seconds.getAsLong() > 0);
  }

  /**
   * {@link Resource#annotations()} keeps scalar values only; a list, mapping or alias under a
   * startgate key would otherwise be dropped without a word.
   */
  static Set<String> find(Resource r, List<Result> results) {
    Set<String> keys = new HashSet<>();
    YNode metadata = r.node().get("metadata").orElse(null);
    if (metadata instanceof YAlias alias) {
      results.add(aliasWarning(r, "metadata", alias));
    }
    YNode value = metadata instanceof YMapping m ? m.get("annotations").orElse(null) : null;
    if (value instanceof YAlias alias) {
      results.add(aliasWarning(r, "metadata.annotations", alias));
    }
    if ((value instanceof YSequence || value instanceof YScalar v && !v.isNull())
        && Annotations.mentioned(value, 3)) {
      // kubectl refuses the object; startgate would otherwise read no intent, without a word.
      results.add(
          Result.error(
              r,
              "metadata.annotations",
              null,
              "metadata.annotations is "
                  + (value instanceof YSequence ? "a list" : "a string")
                  + ", and Kubernetes takes a mapping of names to strings; write it as one, like"
                  + " annotations: {startgate.dev/wait-for: \"tcp://db:5432\"}"));
    }
    if (!(value instanceof YMapping annotations)) {
      return keys;
    }
    for (int i = 0; i < annotations.size(); i++) {
      String key = annotations.keyText(i);
      if ("<<".equals(key)) {
        // YAML 1.1's merge key: kubectl merges the mappings in, startgate does not.
        if (MergeKeys.bringsOurs(annotations.value(i), annotations, r.node())) {
          results.add(
              Result.warning(
                  r,
                  "metadata.annotations",
                  "metadata.annotations merges startgate annotations in with <<; startgate does"
                      + " not follow merge keys, so it reads none merged in there; write the"
                      + " startgate.dev/* annotations in place"));
        }
      } else if (key != null
          && key.startsWith(Annotations.PREFIX)
          && annotations.value(i) instanceof YScalar s) {
        // An unknown key's error (did you mean ...?) comes first: quoting it would not help.
        String type = known(key) ? type(s) : null;
        if (type != null) {
          // The timeout an uptime must end before: the annotation's, also unquoted (a number of
          // seconds, with its own error), else the default's.
          String t = annotations.text(Annotations.TIMEOUT).orElse("");
          long timeout = Digits.only(t, 1, 7) ? Long.parseLong(t) : Durations.parse(t).orElse(300);
          results.add(
              Result.error(r, Annotations.FIELD + key, s.value(), message(key, s, type, timeout)));
          keys.add(key);
        }
      } else if (key == null
          && annotations.key(i) instanceof YAlias alias
          && YAlias.resolve(alias) instanceof YScalar k
          && k.value().startsWith(Annotations.PREFIX)) {
        // kubectl reads the alias as the key it names; startgate reads keys as written.
        results.add(
            Result.error(
                r,
                Annotations.FIELD + k.value(),
                null,
                "the key is the alias *"
                    + alias.anchor()
                    + ", which startgate does not follow in an annotation's key; write the key"
                    + " itself, like "
                    + k.value()
                    + ": "
                    + quoted(EXAMPLES.getOrDefault(k.value(), "..."))));
      } else if (key != null && key.startsWith(Annotations.PREFIX)) {
        results.add(
            Result.error(
                r,
                Annotations.FIELD + key,
                null,
                (annotations.value(i) instanceof YAlias
                        ? "the value is an alias, which startgate does not follow; write the value"
                            + " itself"
                        : "the value is "
                            + (annotations.value(i) instanceof YMapping ? "a mapping" : "a list")
                            + ", and Kubernetes takes only strings as annotation values; write one")
                    + " in quotes, like "
                    + key
                    + ": "
                    + quoted(EXAMPLES.getOrDefault(key, "..."))));
      }
    }
    return keys;
  }

  /**
   * True if {@code r} has a name the API server takes: {@code metadata.name} or {@code
   * metadata.generateName} a string that is not empty ({@code name: 123}, {@code name: true} and
   * {@code name: ""} are none). An object built in code (no tree) counts by its name.
   */
  static boolean named(Resource r) {
    if (r.node() == null) {
      return r.name() != null;
    }
    YMapping metadata = r.node().mapping("metadata").orElse(null);
    return metadata != null
        && (isString(YAlias.resolve(metadata.get("name").orElse(null)))
            || isString(YAlias.resolve(metadata.get("generateName").orElse(null))));
  }

  private static boolean isString(YNode node) {
    return node instanceof YScalar s && !s.value().isBlank() && type(s) == null;
  }

  /** True for an annotation startgate reads (not a misspelt one). */
  private static boolean known(String key) {
    return key.equals(Annotations.GENERATED_ANNOTATIONS)
        || Annotations.NAMES.contains(key.substring(Annotations.PREFIX.length()));
  }

  private static Result aliasWarning(Resource r, String field, YAlias alias) {
    return Result.warning(
        r,
        field,
        field
            + " is an alias (*"
            + alias.anchor()
            + "); startgate does not follow aliases, so it reads no annotations there;"
            + " write the startgate.dev/* annotations in place");
  }
}
