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
    for (int i = indexOf(text, "\n---", from, end);
        i >= 0 && i + 1 < end;
        i = indexOf(text, "\n---", i + 1, end)) {
      char c = i + 4 < end ? text.charAt(i + 4) : '\n';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The first {@code s} that starts in {@code text[from, end)} (and may run past it by its length),
   * or -1. Java 17's {@code String.indexOf} has no end: a search in a small region of a large text
   * (an item of a ResourceList parsed alone) went on to the text's end, each region again (2,000
   * such items of 10,000: 27 s). A region much smaller than the rest of the text is searched char
   * by char up to its end, at a cost that goes with the distance to the find; a large one with the
   * JDK's own (vectorized) search, which stops at the first find.
   */
  static int indexOf(String text, String s, int from, int end) {
    if (from >= end) {
      return -1;
    }
    if ((long) (end - from) * 8 >= text.length() - from) {
      int i = text.indexOf(s, from);
      return i >= end ? -1 : i;
    }
    for (int i = indexOf(text, s.charAt(0), from, end); i >= 0; ) {
      if (text.startsWith(s, i)) {
        return i;
      }
      i = indexOf(text, s.charAt(0), i + 1, end);
    }
    return -1;
  }

  /**
   * The first {@code c} in {@code text[from, end)}, or -1; as {@link #indexOf(String, String, int,
   * int)}.
   */
  static int indexOf(String text, char c, int from, int end) {
    if (from >= end) {
      return -1;
    }
    if ((long) (end - from) * 8 >= text.length() - from) {
      int i = text.indexOf(c, from);
      return i >= end ? -1 : i;
    }
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
