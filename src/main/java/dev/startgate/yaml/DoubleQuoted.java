package dev.startgate.yaml;

/** A string as a double-quoted YAML scalar: every char a reader could misread escaped. */
final class DoubleQuoted {
  private DoubleQuoted() {}

  /** {@code s} between double quotes, with YAML's escapes where plain chars would not do. */
  static String of(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    int plain = 0; // the first char not yet written: printable ASCII goes out in runs
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, plain, i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isSurrogate(c) && Character.isSurrogatePair(c, charAt(s, i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Literal.printable(c)) {
            out.append(c);
          } else if (c <= 0xff) {
            out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
          } else {
            // A user's value, echoed by an error result, may hold any char an escape sequence made.
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          }
        }
      }
      plain = i + 1;
    }
    return out.append(s, plain, s.length()).append('"').toString();
  }

  private static char charAt(String s, int i) {
    return i < s.length() ? s.charAt(i) : 0;
  }
}
