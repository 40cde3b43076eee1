package dev.startgate.intent;

import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of kubectl's JSONPath a gate needs to name one field: {@code {.status.phase}}, with or
 * without the braces (kubectl's relaxed form), keys as {@code .name} or {@code ['name.with.dots']},
 * array indexes {@code [0]}, and the filter {@code [?(@.type=="Ready")]} that picks the first
 * element whose field equals a string (the kubectl#1414 workaround users already write). The gate
 * evaluates it with jq, so anything else (wildcards, recursive descent, ranges, other filters) is
 * rejected here rather than misread there.
 */
public final class JsonPathSubset {
  private JsonPathSubset() {}

  /** An example for error messages. */
  public static final String EXAMPLE = "{.status.phase}";

  /** One step of a path. */
  public sealed interface Step permits Key, Index, Match {
    /** The step for the gate's jq program. */
    String json();
  }

  /** An object's field. */
  public record Key(String name) implements Step {
    @Override
    public String json() {
      return "{\"key\":" + quote(name) + "}";
    }
  }

  /** An array element. */
  public record Index(int index) implements Step {
    @Override
    public String json() {
      return "{\"index\":" + index + "}";
    }
  }

  /** The first array element whose field {@code field} equals the string {@code value}. */
  public record Match(String field, String value) implements Step {
    @Override
    public String json() {
      return "{\"where\":" + quote(field) + ",\"is\":" + quote(value) + "}";
    }
  }

  /** The steps, or the error. */
  public record Parsed(List<Step> steps, String error) {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern QUOTED =
      Pattern.compile("\\['([^'\\\\]+)'\\]|\\[\"([^\"\\\\]+)\"\\]");
  private static final Pattern INDEX = Pattern.compile("\\[(0|[1-9][0-9]{0,5})\\]");
  private static final Pattern FILTER =
      Pattern.compile(
          "\\[\\?\\(@\\.([A-Za-z_][A-Za-z0-9_-]*)\\s*==\\s*(?:\"([^\"\\\\]*)\"|'([^'\\\\]*)')\\)\\]");

  /** Parses {@code expression}. */
  public static Parsed parse(String expression) {
    String e = expression;
    if (e.startsWith("{")) {
      if (!e.endsWith("}")) {
        return bad(
            Result.quoted(expression)
                + " opens a brace it does not close; write it like "
                + EXAMPLE);
      }
      e = e.substring(1, e.length() - 1);
    }
    if (e.startsWith("$.")) {
      e = e.substring(1); // kubectl's root, the same path (review EE)
    }
    if (!e.startsWith(".")) {
      return bad(Result.quoted(expression) + " must start with a dot, like " + EXAMPLE);
    }
    List<Step> steps = new ArrayList<>();
    int at = 0;
    while (at < e.length()) {
      if (e.charAt(at) == '.') {
        Matcher m = NAME.matcher(e).region(at + 1, e.length());
        if (!m.lookingAt()) {
          return bad(unsupported(expression, e.substring(at)));
        }
        steps.add(new Key(m.group()));
        at = m.end();
        continue;
      }
      Matcher q = QUOTED.matcher(e).region(at, e.length());
      Matcher i = INDEX.matcher(e).region(at, e.length());
      Matcher f = FILTER.matcher(e).region(at, e.length());
      if (q.lookingAt()) {
        steps.add(new Key(q.group(1) != null ? q.group(1) : q.group(2)));
        at = q.end();
      } else if (i.lookingAt()) {
        steps.add(new Index(Integer.parseInt(i.group(1))));
        at = i.end();
      } else if (f.lookingAt()) {
        steps.add(new Match(f.group(1), f.group(2) != null ? f.group(2) : f.group(3)));
        at = f.end();
      } else {
        return bad(unsupported(expression, e.substring(at)));
      }
    }
    if (steps.isEmpty()) {
      return bad(Result.quoted(expression) + " names no field; write a path like " + EXAMPLE);
    }
    return new Parsed(steps, null);
  }

  private static String unsupported(String expression, String rest) {
    return Result.quoted(expression)
        + " is not a JSONPath startgate can evaluate at \""
        + rest
        + "\" (supported: .field, ['field.with.dots'], [0], [?(@.type==\"Ready\")]; e.g. "
        + EXAMPLE
        + ")";
  }

  private static Parsed bad(String error) {
    return new Parsed(List.of(), error);
  }

  /** {@code s} as a JSON string literal. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
