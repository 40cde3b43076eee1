package dev.startgate.yaml;

/** Character classes and counts for {@link SimpleBlockParser} and {@link StreamParts}. */
final class Chars {
  private Chars() {}

  /** The line breaks in {@code text[from, to)}. */
  static int newlines(String text, int from, int to) {
    int count = 0;
    for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    return count;
  }

  /** {@code , [ ] { }}; a switch, not {@code String.indexOf}: this runs for every char. */
  static boolean flowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** The other chars that cannot start a plain scalar: {@code # & * ! | > ' " % @ `}, blanks. */
  static boolean notPlainStart(char c) {
    return switch (c) {
      case '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '\n', ' ' -> true;
      default -> false;
    };
  }

  /**
   * The first line start in {@code (from, end)} whose line starts with {@code ---} and a blank or
   * the end: such a line starts a document wherever it stands (a block scalar ends before it, a
   * quoted scalar may not hold it). -1 if there is none.
   */
  static int markerLine(String text, int from, int end) {
    for (int i = text.indexOf("\n---", from);
        i >= 0 && i + 1 < end;
        i = text.indexOf("\n---", i + 1)) {
      char c = i + 4 < end ? text.charAt(i + 4) : '\n';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        return i + 1;
      }
    }
    return -1;
  }
}
