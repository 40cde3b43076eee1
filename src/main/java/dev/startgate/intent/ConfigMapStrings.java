package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * The ConfigMap form's values that YAML reads as numbers or booleans ({@code whenReadyServer.port:
 * 3000}): a ConfigMap's data holds strings, so Kubernetes refuses such a ConfigMap, and so does the
 * schema. Each is an error that shows the value quoted, said only when the field takes that value
 * (a {@code defaults.timeout: 30} has its own error, which shows a valid one: {@code 30s}); a port
 * or id shows the whole number it reads as ({@code 0x0bb8}: "3000").
 */
final class ConfigMapStrings {
  /**
   * A field's value that is no string: its path, its field, what YAML reads and the quoted form.
   */
  record NotString(String path, String key, String type, String written, String quoted) {}

  private ConfigMapStrings() {}

  /** The fields of {@code data} whose values are no strings. */
  static List<NotString> find(YMapping data) {
    List<NotString> found = new ArrayList<>();
    for (YMapping.Entry e : data.entries()) {
      ConfigField field = e.keyText() == null ? null : ConfigField.of(e.keyText());
      if (field == null || !(e.value() instanceof YScalar s)) {
        continue;
      }
      String type = NonStrings.type(s);
      if (type == null || type.equals("null")) {
        continue;
      }
      boolean number = field.type() == ConfigField.Type.ID || field.type() == ConfigField.Type.PORT;
      found.add(
          new NotString(
              "data." + field.key(),
              field.key(),
              type,
              s.value(),
              number ? WholeNumbers.decimal(s) : s.value()));
    }
    return found;
  }

  /** An error for each of {@code found} whose field has none yet. */
  static void report(List<NotString> found, Resource r, List<Result> results) {
    for (NotString n : found) {
      boolean said =
          results.stream()
              .anyMatch(x -> x.severity() == Severity.ERROR && n.path().equals(x.field()));
      if (!said) {
        results.add(
            Result.error(
                r,
                n.path(),
                n.written(),
                Result.quoted(n.written())
                    + " is "
                    + n.type()
                    + ", and a ConfigMap's data values are strings (Kubernetes refuses this"
                    + " ConfigMap); quote it: "
                    + n.key()
                    + ": \""
                    + n.quoted()
                    + "\""));
      }
    }
  }
}
