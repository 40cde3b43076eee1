package dev.startgate.yaml;

/**
 * Raw NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (U+0085, U+2028, U+2029) that change what kubectl
 * reads. kubectl (YAML 1.1, libyaml) reads each as a line break, startgate (YAML 1.2) as a
 * character of the line. Inside a quoted scalar a line break only folds the value; inside a block
 * scalar the text after it stays in the block when it is indented at least as far as the block's
 * lines (or is blank). Anywhere else (a comment, a plain scalar, between keys) kubectl may read a
 * key or an item where startgate reads none, so an edit placed by startgate's reading could land
 * where kubectl reads another structure.
 */
final class UnicodeBreaks {
  private UnicodeBreaks() {}

  /** True for U+0085, U+2028 and U+2029. */
  static boolean isBreak(char c) {
    return c >= 0x85 && (c == 0x85 || c == 0x2028 || c == 0x2029);
  }

  /**
   * The offset of the first such char in {@code node} that kubectl reads as structure, or -1;
   * {@code breaks} finds them in the text {@code node} is part of.
   */
  static int harmful(String text, YNode node, Finder breaks) {
    for (int i = breaks.next(node.start()); i >= 0 && i < node.end(); i = breaks.next(i + 1)) {
      if (!harmless(text, scalarAt(node, i), i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Finds such chars in a text with {@link String#indexOf}, remembering how far each one is known
   * to be absent: asked in the order of the text (the workloads a thread edits), it reads the text
   * once, where a look at every char of every workload was 6 % of a run's time.
   */
  static final class Finder {
    private static final char[] BREAKS = {0x85, 0x2028, 0x2029};
    private final String text;

    /** For each char: the offset it was last looked for from (-1: never), and where it was. */
    private final int[] from = {-1, -1, -1};

    private final int[] at = new int[3];

    Finder(String text) {
      this.text = text;
    }

    /** The offset of the first such char at or after {@code p}, or -1. */
    int next(int p) {
      int first = -1;
      for (int k = 0; k < BREAKS.length; k++) {
        // None is in [from, at), or after from at all when at is -1.
        if (from[k] < 0 || p < from[k] || (at[k] >= 0 && at[k] < p)) {
          at[k] = text.indexOf(BREAKS[k], p);
          from[k] = p;
        }
        if (at[k] >= 0 && (first < 0 || at[k] < first)) {
          first = at[k];
        }
      }
      return first;
    }
  }

  /** The innermost scalar of {@code node} whose text holds offset {@code at}, or null. */
  private static YScalar scalarAt(YNode node, int at) {
    YNode n = node;
    while (true) {
      if (n instanceof YScalar s) {
        return s;
      }
      YNode next = null;
      if (n instanceof YMapping m) {
        for (int k = 0; k < m.size() && next == null; k++) {
          next = holds(m.key(k), at) ? m.key(k) : holds(m.value(k), at) ? m.value(k) : null;
        }
      } else if (n instanceof YSequence s) {
        for (int k = 0; k < s.items().size() && next == null; k++) {
          next = holds(s.items().get(k), at) ? s.items().get(k) : null;
        }
      }
      if (next == null) {
        return null;
      }
      n = next;
    }
  }

  private static boolean holds(YNode n, int at) {
    return n != null && n.start() <= at && at < n.end();
  }

  private static boolean harmless(String text, YScalar s, int at) {
    if (s == null || s.plain()) {
      return false;
    }
    // Past an anchor (&a) or a tag (!x, !!str, !<...>), each up to a space, to the indicator.
    int i = s.start();
    while (i < at && (text.charAt(i) == '&' || text.charAt(i) == '!' || text.charAt(i) == ' ')) {
      boolean token = text.charAt(i) != ' ';
      while (token && i < at && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
        i++;
      }
      i += token ? 0 : 1;
    }
    char style = text.charAt(i);
    if (style == '"' || style == '\'') {
      return true;
    }
    if (style != '|' && style != '>') {
      return false; // not a scalar style this check knows: an error, never a wrong edit
    }
    int from = at; // the last such char before the text goes on: blank lines of it count as blank
    int after = at + 1;
    while (after < text.length() && (text.charAt(after) == ' ' || isBreak(text.charAt(after)))) {
      from = text.charAt(after) == ' ' ? from : after;
      after++;
    }
    if (after == text.length() || "\r\n".indexOf(text.charAt(after)) >= 0) {
      return true; // a blank line of the block
    }
    return after - from - 1 >= blockIndent(text, i);
  }

  /**
   * The indentation of the block scalar whose header ({@code |} or {@code >}) is at {@code at}:
   * with an indentation indicator ({@code |2}), that many columns past the node the header's line
   * starts with (a key, or the last {@code -} before the header); else its first non-blank line's.
   */
  private static int blockIndent(String text, int at) {
    int h = at + 1;
    while (h < text.length() && (text.charAt(h) == '-' || text.charAt(h) == '+')) {
      h++;
    }
    if (h < text.length() && text.charAt(h) >= '1' && text.charAt(h) <= '9') {
      int lineStart = text.lastIndexOf('\n', at) + 1;
      int n = lineStart;
      int c = lineStart;
      while (true) {
        while (c < at && text.charAt(c) == ' ') {
          c++;
        }
        if (c >= at) {
          break; // the header follows a dash: the item's column
        }
        n = c;
        if (text.charAt(c) == '-' && text.charAt(c + 1) == ' ') {
          c += 2;
        } else {
          break; // a key: its column
        }
      }
      return n - lineStart + (text.charAt(h) - '0');
    }
    int line = text.indexOf('\n', at) + 1;
    while (line > 0 && line < text.length()) {
      int c = line;
      while (c < text.length() && text.charAt(c) == ' ') {
        c++;
      }
      if (c < text.length() && text.charAt(c) != '\n' && text.charAt(c) != '\r') {
        return c - line;
      }
      line = text.indexOf('\n', c) + 1;
    }
    return Integer.MAX_VALUE;
  }
}
