package dev.startgate.cli;

/** File names in the headers of the diffs {@code rewrite --check} prints, as git writes them. */
final class GitNames {
  private GitNames() {}

  /**
   * {@code name} as git writes it in a diff header: as it is, or C-quoted when it holds a control
   * character (a tab would end the name for {@code git apply}, a line break the header), with
   * {@code "} and {@code \\} escaped there too and other bytes below 0x20 (and 0x7f) in octal.
   */
  static String quoted(String name) {
    boolean plain = true;
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = c >= 0x20 && c != 0x7f;
    }
    if (plain) {
      return name;
    }
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\t' -> q.append("\\t");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            q.append('\\').append(String.format(java.util.Locale.ROOT, "%03o", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
