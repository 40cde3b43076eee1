package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import java.util.List;
import java.util.Map;

/**
 * The one-value fields of a {@code gates:} rule and of its {@code match}, as {@link
 * GateRulesReader} takes them: an empty one, or a list or mapping where one value goes, is an error
 * that names the field once and shows a valid value of it.
 */
final class RuleFields {
  /** A valid value of each field of a rule and of its match, for the error about a bad one. */
  private static final Map<String, String> EXAMPLES =
      Map.of(
          "waitFor", "tcp://postgres:5432",
          "timeout", "5m",
          "interval", "2s",
          "uptime", "10s",
          "retry", "3",
          "phase", "pre-deploy or phase: post-deploy",
          "kind", "Job",
          "name", "app-migrate",
          "namespace", "shop");

  private final Resource config;
  private final List<Result> results;

  RuleFields(Resource config, List<Result> results) {
    this.config = config;
    this.results = results;
  }

  /** The value {@code node} holds as written, where {@code text} is the number read from it. */
  static String written(YNode node, String text) {
    return node instanceof YScalar s ? s.value().strip() : text;
  }

  /**
   * {@code parsed} with its error naming the value as {@code node} writes it where {@code text} is
   * the number read from it ({@code "1e5" (100000)}): the user finds what they wrote.
   */
  static <T> AnnotationValues.Parsed<T> asWritten(
      AnnotationValues.Parsed<T> parsed, YNode node, String text) {
    if (parsed.error() == null || !(node instanceof YScalar s) || s.value().strip().equals(text)) {
      return parsed;
    }
    return AnnotationValues.Parsed.bad(
        parsed.error().replace(Result.quoted(text), WholeNumbers.quoted(s.value().strip(), text)));
  }

  /**
   * The text of field {@code key} (a target of a waitFor list when null), or null after an error.
   */
  String scalar(YNode node, String path, String key) {
    return scalar(node, path, key, key == null ? null : EXAMPLES.get(key));
  }

  /**
   * The text of field {@code key}, a value like {@code example}; or null after an error that shows
   * one: {@code phase is empty; write phase: pre-deploy or phase: post-deploy}.
   */
  String scalar(YNode node, String path, String key, String example) {
    if (node instanceof YScalar s && !s.isNull() && !s.value().isBlank()) {
      // retry: 3.0 is the integer the schema reads.
      return "retry".equals(key) ? WholeNumbers.decimal(s) : s.value().strip();
    }
    String what = key == null ? "a target" : key;
    String write =
        key == null ? "write one like " + EXAMPLES.get("waitFor") : "write " + key + ": " + example;
    boolean http = (key == null || "waitFor".equals(key)) && splitHttp(node);
    if (node instanceof YScalar) {
      error(path, null, what + " is empty; " + write);
    } else if (http) {
      // http://api/healthz body="status": "UP" unquoted: YAML reads the ": " as a key and value.
      String quoted = quoted((YMapping) node);
      error(
          path,
          ConfigInput.flowText(node),
          (key == null ? "a target" : "waitFor")
              + " must be one value, not a mapping: YAML reads the \": \" in it as a key and its"
              + " value; quote the whole "
              + (quoted != null
                  ? "target: " + (key == null ? "- " : "waitFor: ") + quoted
                  : "target in single quotes (a ' inside written twice), like "
                      + (key == null ? "- " : "waitFor: ")
                      + QUOTED_EXAMPLE));
    } else if ("waitFor".equals(key)) {
      error(
          path,
          ConfigInput.flowText(node),
          "waitFor must be a target or a list of targets, not "
              + ConfigInput.shape(node)
              + "; "
              + write);
    } else {
      error(
          path,
          ConfigInput.flowText(node),
          what + " must be one value, not " + ConfigInput.shape(node) + "; " + write);
    }
    return null;
  }

  /** How to write an HTTP expectation that holds ": " when its value is not read back exactly. */
  private static final String QUOTED_EXAMPLE =
      "'http://api:8080/healthz status=200 body=\"status\": \"UP\"'";

  /**
   * True for a one-pair mapping whose key is an HTTP(S) target with options, as YAML reads {@code
   * http://api/healthz body="status": "UP"} unquoted: the one kind of target whose text may hold a
   * colon and a space.
   */
  private static boolean splitHttp(YNode node) {
    return node instanceof YMapping m
        && m.size() == 1
        && m.entries().get(0).key() instanceof YScalar k
        && k.plain()
        && (k.value().startsWith("http://") || k.value().startsWith("https://"))
        && k.value().indexOf(' ') > 0;
  }

  /**
   * The item {@link #splitHttp} found, quoted as YAML, when its value is plain and on one line;
   * else null: a quoted value's quotes and escapes are gone, its text cannot be read back exactly.
   */
  private static String quoted(YMapping m) {
    YScalar k = (YScalar) m.entries().get(0).key();
    return m.entries().get(0).value() instanceof YScalar v
            && v.plain()
            && !v.isNull()
            && v.value().indexOf('\n') < 0
        ? "'" + (k.value() + ": " + v.value()).replace("'", "''") + "'"
        : null;
  }

  /** The text of a scalar field's value, to show with an unknown field's error; else null. */
  static String scalarText(YNode node) {
    return node instanceof YScalar s && !s.isNull() ? s.value() : null;
  }

  /** "did you mean waitFor?" for a near miss, else every known field. */
  static String unknown(String what, String key, String known) {
    String meant = key == null ? null : Suggestions.nearest(key, List.of(known.split(", ")));
    return meant != null ? what + "; did you mean " + meant + "?" : what + "; known: " + known;
  }

  private void error(String path, String value, String message) {
    results.add(Result.error(config, path, value, message));
  }
}
