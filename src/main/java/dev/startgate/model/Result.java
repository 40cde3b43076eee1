package dev.startgate.model;

/**
 * One finding, as a KRM function result.
 *
 * @param severity how bad
 * @param message what happened and, for a problem, an example of a valid value
 * @param resource the object it is about, or null
 * @param field the field path (e.g. {@code metadata.annotations.startgate.dev/wait-for}), or null
 * @param value the offending value, or null
 * @param file the kpt file path of the object, or null
 * @param index the object's index in that file ({@code internal.config.kubernetes.io/index}), or
 *     null
 */
public record Result(
    Severity severity,
    String message,
    ResourceRef resource,
    String field,
    String value,
    String file,
    String index) {

  /** A result with no file index. */
  public Result(
      Severity severity,
      String message,
      ResourceRef resource,
      String field,
      String value,
      String file) {
    this(severity, message, resource, field, value, file, null);
  }

  /** {@code r}'s kpt index in its file, or null. */
  public static String indexOf(Resource r) {
    if (r == null || r.file() == null) {
      return null;
    }
    String index = r.annotations().get(Resource.INDEX);
    return index != null ? index : r.annotations().get(Resource.LEGACY_INDEX);
  }

  /**
   * The reference a result names {@code r} by (null for none): an object with only a {@code
   * metadata.generateName} by that prefix and {@code *} ({@code migrate-*}), so that two of them
   * are told apart, as explain's table names them.
   */
  public static ResourceRef refOf(Resource r) {
    if (r == null) {
      return null;
    }
    ResourceRef ref = r.ref();
    return ref.name() != null || r.generateName() == null
        ? ref
        : new ResourceRef(ref.apiVersion(), ref.kind(), ref.namespace(), r.shownName());
  }

  /** This result named by another file and kpt index (the file it came from, not the stream's). */
  public Result inFile(String otherFile, String otherIndex) {
    return new Result(severity, message, resource, field, value, otherFile, otherIndex);
  }

  /** An error about a field of a resource. */
  public static Result error(Resource r, String field, String value, String message) {
    return new Result(Severity.ERROR, message, refOf(r), field, value, fileOf(r), indexOf(r));
  }

  /** A warning about a field of a resource. */
  public static Result warning(Resource r, String field, String message) {
    return new Result(Severity.WARNING, message, refOf(r), field, null, fileOf(r), indexOf(r));
  }

  /** A warning about a field of a resource and its value. */
  public static Result warning(Resource r, String field, String value, String message) {
    return new Result(Severity.WARNING, message, refOf(r), field, value, fileOf(r), indexOf(r));
  }

  /** Information about a resource. */
  public static Result info(Resource r, String message) {
    return new Result(Severity.INFO, message, refOf(r), null, null, fileOf(r), indexOf(r));
  }

  /** An error about the input as a whole. */
  public static Result inputError(String message) {
    return new Result(Severity.ERROR, message, null, null, null, null);
  }

  private static String fileOf(Resource r) {
    return r == null ? null : r.file();
  }

  /** {@code [severity] apiVersion/kind/namespace/name field: message}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[").append(severity.wire()).append("]");
    if (resource != null) {
      b.append(' ').append(resource);
    }
    if (field != null) {
      b.append(' ').append(field);
    }
    b.append(resource == null && field == null ? " " : ": ").append(shownMessage());
    return oneLine(b.toString());
  }

  /**
   * The message with the bad value after it ({@code (value "0s")}) where the message does not quote
   * it already: kpt prints a result's message and field path, not its {@code currentValue}.
   */
  public String shownMessage() {
    if (value != null
        && field != null
        && !quotes(message, value)
        && !message.contains(quoted(value))
        && !value.isEmpty()
        && !field.equals(value)
        && !field.endsWith("." + value)) {
      return message + " (value \"" + shown(value) + "\")";
    }
    return message;
  }

  /**
   * True if {@code message} holds {@code value} whole: not as the start of a longer value ({@code
   * http://} in {@code like http://api:8080}), the end of a dotted or joined name ({@code busybox}
   * in {@code images.busybox}) or inside a word.
   */
  private static boolean quotes(String message, String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int at = message.indexOf(value); at >= 0; at = message.indexOf(value, at + 1)) {
      int end = at + value.length();
      // Not the end of a dotted or joined name: "busybox" is not quoted by images.busybox.
      boolean starts =
          at == 0
              || ".-_".indexOf(message.charAt(at - 1)) < 0
                  && !Character.isLetterOrDigit(message.charAt(at - 1));
      boolean ends =
          end == message.length()
              || "/:.@_-".indexOf(message.charAt(end)) < 0
                  && !Character.isLetterOrDigit(message.charAt(end));
      if (starts && ends) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} on one line of plain text: a line break in a name or a quoted value is written
   * {@code \n}, a tab {@code \t}, and any other control character (a terminal's escape codes, C1
   * controls, the Unicode line and paragraph separators) and any invisible format character (bidi
   * overrides such as U+202E, which reorder a line on a terminal, zero-width spaces) and any space
   * other than U+0020 (a no-break space looks like one, but is not trimmed) and a lone surrogate
   * (half of a pair, which no encoder writes) as {@code \\uXXXX}.
   */
  public static String oneLine(String text) {
    int i = 0;
    while (i < text.length() && !control(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        // A character past U+FFFF: an emoji stays, a format character (a tag, U+E0041) does not.
        char low = text.charAt(++i);
        if (Character.getType(Character.toCodePoint(c, low)) == Character.FORMAT) {
          b.append(String.format(java.util.Locale.ROOT, "\\u%04x\\u%04x", (int) c, (int) low));
        } else {
          b.append(c).append(low);
        }
      } else if (!control(c)) {
        b.append(c); // a lone surrogate is a control here: no encoder writes it (stderr wrote ?)
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean control(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0xad && Character.getType(c) == Character.FORMAT)
        // A space that is not U+0020 (no-break, em, ideographic) looks like one but is not trimmed.
        || (c >= 0xa0 && Character.getType(c) == Character.SPACE_SEPARATOR)
        || Character.isSurrogate(c);
  }

  /**
   * {@code value} in double quotes for a message: on one line, at most 60 chars (a value of 5,000
   * chars made a line of 5,000), a quote or backslash in it escaped.
   */
  public static String quoted(String value) {
    return "\"" + shown(value) + "\"";
  }

  /** {@code value} on one line, at most 60 chars. */
  private static String shown(String value) {
    String one = oneLine(value.replace("\\", "\\\\").replace("\"", "\\\""));
    if (one.length() <= 60) {
      return one;
    }
    // Cut between two characters as shown: never inside an escape (a quote, a line break, a
    // control character's code) or a surrogate pair.
    int end = 0;
    for (int next = 0; next <= 57; next += shownLength(one, next)) {
      end = next;
    }
    return one.substring(0, end) + "...";
  }

  /** The length of the shown character at {@code i}: an escape, a surrogate pair or one char. */
  private static int shownLength(String shown, int i) {
    char c = shown.charAt(i);
    if (c == '\\' && i + 1 < shown.length()) {
      return shown.charAt(i + 1) == 'u' ? 6 : 2;
    }
    return Character.isHighSurrogate(c) && i + 1 < shown.length() ? 2 : 1;
  }
}
