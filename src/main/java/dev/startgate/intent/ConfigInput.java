// Over 300 lines: one reader per type of config field (the table in ConfigField), each with its
// message.
package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fields of one function config, flattened with dots, as the section readers take them: the
 * config object, its fields not read yet and the results found so far travel together here. A
 * reader takes each field through {@link ConfigField}; what no reader takes is an unknown field.
 */
final class ConfigInput {
  /** One field as written: its text and its path in the config ({@code data.rbac}). */
  record Field(String text, String path, String written) {
    /** A field whose value is its text as written. */
    Field(String text, String path) {
      this(text, path, text);
    }

    /** The value as written, quoted, and the number read from it where that reads otherwise. */
    String quoted() {
      return WholeNumbers.quoted(written, text);
    }
  }

  /** What a namespace name is, for the error about one that is not. */
  static final String NAMESPACE =
      "a valid namespace name (a DNS label: lowercase letters, digits and -)";

  private final Resource resource;
  private final List<Result> results;
  private final Map<String, Field> fields;
  private final boolean configMap;

  ConfigInput(Resource resource, List<Result> results, Map<String, Field> fields) {
    this.resource = resource;
    this.results = results;
    this.fields = new LinkedHashMap<>(fields);
    this.configMap = resource.kind().equals("ConfigMap");
  }

  /** True for the ConfigMap form, which holds its fields by their full names under data. */
  boolean configMap() {
    return configMap;
  }

  /** Where field {@code f} is written: {@code data.images.whenReady} in a ConfigMap. */
  String path(ConfigField f) {
    return (configMap ? "data." : "") + f.key();
  }

  /** A valid setting of {@code f} as written at its place in this config: {@code port: 3000}. */
  String written(ConfigField f) {
    return f.written(configMap);
  }

  /**
   * The error for field {@code f}, which takes one value, written as {@code value}, a list or a
   * mapping: {@code rbac must be one value, not a list; write rbac: auto or rbac: none}.
   */
  static String notOneValue(ConfigField f, YNode value, boolean configMap) {
    return f.name(false)
        + " must be one value, not "
        + shape(value)
        + "; write "
        + f.written(configMap);
  }

  /**
   * What {@code node} is, for an error about where it does not fit: "a list", "a mapping", or the
   * value, quoted.
   */
  static String shape(YNode node) {
    if (node instanceof YScalar s) {
      return s.isNull() ? "empty" : Result.quoted(s.value());
    }
    return node instanceof YMapping
        ? "a mapping"
        : node instanceof YSequence ? "a list" : "an alias";
  }

  /** {@code node} on one line as flow YAML ({@code [a, b]}, {@code {a: b}}), to show as a value. */
  static String flowText(YNode node) {
    if (node instanceof YScalar s) {
      return s.isNull() ? "" : s.value();
    }
    if (node instanceof YAlias a) {
      return "*" + a.anchor();
    }
    StringJoiner items =
        node instanceof YMapping
            ? new StringJoiner(", ", "{", "}")
            : new StringJoiner(", ", "[", "]");
    if (node instanceof YMapping m) {
      for (YMapping.Entry e : m.entries()) {
        items.add(flowText(e.key()) + ": " + flowText(e.value()));
      }
    } else if (node instanceof YSequence q) {
      q.items().forEach(i -> items.add(flowText(i)));
    }
    return items.toString();
  }

  /** Field {@code f} as written, taken so it is not unknown, or null when absent. */
  Field take(ConfigField f) {
    return fields.remove(f.key());
  }

  /** Field {@code f} as written, left to be taken, or null when absent. */
  Field peek(ConfigField f) {
    return fields.get(f.key());
  }

  /**
   * The value written where the table has only fields below it ({@code resources.busybox: 1}),
   * taken so it is reported once, by the reader of that section.
   */
  Field takeParent(ConfigField.Section section, String key) {
    for (ConfigField f : ConfigField.values()) {
      if (f.section() == section && f.key().startsWith(key + ".")) {
        return fields.remove(key);
      }
    }
    throw new IllegalArgumentException(key + " has no fields in section " + section);
  }

  /** Adds an error at {@code path}. */
  void error(String path, String value, String message) {
    results.add(Result.error(resource, path, value, message));
  }

  /** Adds an error for field {@code f} with its path and text. */
  void error(Field f, String message) {
    error(f.path(), f.written(), message);
  }

  /** True if an error was reported so far. */
  boolean failed() {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }

  /** Adds a warning for field {@code f}, at its path. */
  void warning(Field f, String message) {
    results.add(Result.warning(resource, f.path(), message));
  }

  /** An error for a field whose value is not {@code what}, with an example of a valid one. */
  void invalid(Field f, String what, String example) {
    error(f, f.quoted() + " is " + what + "; use one like " + example);
  }

  /** Field {@code key}: true or false, or {@code fallback} when absent or (with an error) not. */
  boolean bool(ConfigField key, boolean fallback) {
    Field f = take(key);
    if (f == null) {
      return fallback;
    }
    if (!f.text().equals("true") && !f.text().equals("false")) {
      error(f, Result.quoted(f.text()) + " is not true or false; write " + written(key));
      return fallback;
    }
    return f.text().equals("true");
  }

  /** A duration in seconds, or {@code fallback} when absent or (with an error) invalid. */
  long duration(ConfigField key, long fallback) {
    Field f = take(key);
    if (f == null) {
      return fallback;
    }
    OptionalLong seconds = Durations.parse(f.text());
    if (seconds.isEmpty()) {
      error(f, Result.quoted(f.text()) + " is not a duration: " + Durations.problem(f.text()));
      return fallback;
    }
    return seconds.getAsLong();
  }

  /** An image reference. */
  String image(ConfigField key, String fallback) {
    Field f = take(key);
    if (f == null) {
      return fallback;
    }
    String problem = ImageReference.problem(f.text());
    if (problem != null) {
      // An example that pastes: the default (pinned), or where there is none the field's own image
      // by its tag (accepted, with the warning below).
      invalid(
          f,
          problem,
          fallback != null && ImageReference.problem(fallback) == null
              ? fallback
              : key.example().replace("@sha256:<digest>", ""));
      return fallback;
    }
    if (!ImageReference.pinned(f.text())) {
      // The defaults are pinned: a tag alone lets what runs change under it.
      int at = f.text().indexOf('@');
      warning(
          f,
          Result.quoted(f.text())
              + " is not pinned by a digest, so the image can change under the same tag, and"
              + " with it what runs; pin it by the digest your registry shows for it: "
              + (at < 0 ? f.text() : f.text().substring(0, at))
              + "@sha256: and its 64 hex digits");
    }
    return f.text();
  }

  /** The largest user or group id Kubernetes accepts (int32). */
  static final long MAX_ID = 2147483647L;

  /** A numeric user or group id other than root's, at most {@link #MAX_ID}. */
  long id(ConfigField key, long fallback) {
    Field f = take(key);
    if (f == null) {
      return fallback;
    }
    if (!f.text().matches("[1-9]\\d*")) {
      invalid(f, "not a numeric non-root id", "65532");
      return fallback;
    }
    if (f.text().length() > 10 || Long.parseLong(f.text()) > MAX_ID) {
      // Kubernetes' IsValidUserID and IsValidGroupID: the API server rejects the pod.
      invalid(f, "larger than " + MAX_ID + ", the largest id Kubernetes accepts", "65532");
      return fallback;
    }
    return Long.parseLong(f.text());
  }

  /**
   * One of the choices the table lists for {@code key}, as the enum constant {@code parse} gives.
   */
  <E extends Enum<E>> E choice(ConfigField key, E fallback, Function<String, E> parse) {
    Field f = take(key);
    if (f == null) {
      return fallback;
    }
    if (!chosen(f, key)) {
      return fallback;
    }
    return parse.apply(f.text().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /**
   * True if {@code f} is one of the choices the table lists for {@code key}; else false, with an
   * error that lists them and names the one most likely meant.
   */
  boolean chosen(Field f, ConfigField key) {
    List<String> allowed = key.type().choices();
    // Exactly as the schema and the README write them: Helm or when_ready_server would pass here
    // and fail the schema check an editor or CI runs.
    if (allowed.contains(f.text())) {
      return true;
    }
    String meant = null;
    for (String a : allowed) {
      meant = a.equalsIgnoreCase(f.text().strip().replace('_', '-')) ? a : meant;
    }
    meant = meant != null ? meant : Suggestions.nearest(f.text().strip(), allowed);
    error(
        f,
        Result.quoted(f.text())
            + Suggestions.foreign(f.text())
            + " is not one of: "
            + String.join(", ", allowed)
            + (meant == null ? "; for example " + key.example() : "; did you mean " + meant + "?"));
    return false;
  }

  /**
   * The text of field {@code key}, which must be {@code valid}; {@code expected} says what it is,
   * and the table's example of the field shows one.
   */
  String matching(
      Field f, ConfigField key, String fallback, Predicate<String> valid, String expected) {
    if (f == null) {
      return fallback;
    }
    if (!valid.test(f.text())) {
      error(f, Result.quoted(f.text()) + " is not " + expected + "; use one like " + key.example());
      return fallback;
    }
    return f.text();
  }

  /** An error for each field no reader took: the field it most likely meant, else all of them. */
  void reportUnknown() {
    for (Field unknown : new ArrayList<>(fields.values())) {
      String name =
          unknown.path().startsWith("data.") ? unknown.path().substring(5) : unknown.path();
      String meant = Suggestions.nearest(name, ConfigField.keys());
      error(
          unknown,
          meant != null
              ? "unknown field" + Suggestions.foreign(name) + "; did you mean " + meant + "?"
              : "unknown field; known fields: " + String.join(", ", ConfigField.keys()));
    }
    fields.clear();
  }
}
