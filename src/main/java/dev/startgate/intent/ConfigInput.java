package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The fields of one function config, flattened with dots, as the section readers take them: the
 * config object, its fields not read yet and the results found so far travel together here. A
 * reader takes each field through {@link ConfigField}; what no reader takes is an unknown field.
 */
final class ConfigInput {
  /** One field as written: its text and its path in the config ({@code data.rbac}). */
  record Field(String text, String path) {}

  /** An OCI digest at the end of an image reference: sha256 or sha512, in lower-case hex. */
  private static final Pattern DIGEST =
      Pattern.compile("@(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$");

  private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-zA-Z0-9._/:@-]*");

  private final Resource resource;
  private final List<Result> results;
  private final Map<String, Field> fields;

  ConfigInput(Resource resource, List<Result> results, Map<String, Field> fields) {
    this.resource = resource;
    this.results = results;
    this.fields = new LinkedHashMap<>(fields);
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
    error(f.path(), f.text(), message);
  }

  /** An error for a field whose value is not {@code what}, with an example of a valid one. */
  void invalid(Field f, String what, String example) {
    error(f, "\"" + f.text() + "\" is " + what + "; use one like " + example);
  }

  /** A duration in seconds, or {@code fallback} when absent or (with an error) invalid. */
  long duration(ConfigField key, long fallback) {
    Field f = take(key);
    if (f == null) {
      return fallback;
    }
    OptionalLong seconds = Durations.parse(f.text());
    if (seconds.isEmpty()) {
      error(f, "\"" + f.text() + "\" is not a duration: " + Durations.problem(f.text()));
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
    if (!IMAGE.matcher(f.text()).matches()) {
      invalid(f, "not an image reference", "registry.example/busybox:1.37.0@sha256:<digest>");
      return fallback;
    }
    if (!DIGEST.matcher(f.text()).find()) {
      // The defaults are pinned: a tag alone lets what runs change under it.
      int at = f.text().indexOf('@');
      results.add(
          Result.warning(
              resource,
              f.path(),
              "\""
                  + f.text()
                  + "\" is not pinned by a digest, so the image can change under the same tag, and"
                  + " with it what runs; pin it, like "
                  + (at < 0 ? f.text() : f.text().substring(0, at))
                  + "@sha256:<64 hex digits>"));
    }
    return f.text();
  }

  /** A numeric user or group id other than root's. */
  long id(ConfigField key, long fallback) {
    Field f = take(key);
    if (f == null) {
      return fallback;
    }
    if (!f.text().matches("[1-9]\\d{0,9}")) {
      invalid(f, "not a numeric non-root id", "65532");
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
    List<String> allowed = key.type().choices();
    // Exactly as the schema and the README write them: Helm or when_ready_server would pass here
    // and fail the schema check an editor or CI runs.
    if (!allowed.contains(f.text())) {
      String meant = null;
      for (String a : allowed) {
        meant = a.equalsIgnoreCase(f.text().strip().replace('_', '-')) ? a : meant;
      }
      meant = meant != null ? meant : Suggestions.nearest(f.text().strip(), allowed);
      error(
          f,
          "\""
              + f.text()
              + "\" is not one of: "
              + String.join(", ", allowed)
              + (meant == null ? "" : "; did you mean " + meant + "?"));
      return fallback;
    }
    return parse.apply(f.text().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** The text of a field that must be {@code valid}; {@code expected} says what it is. */
  String matching(Field f, String fallback, Predicate<String> valid, String expected) {
    if (f == null) {
      return fallback;
    }
    if (!valid.test(f.text())) {
      error(f, "\"" + f.text() + "\" is not " + expected);
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
              ? "unknown field; did you mean " + meant + "?"
              : "unknown field; known fields: " + String.join(", ", ConfigField.keys()));
    }
    fields.clear();
  }
}
