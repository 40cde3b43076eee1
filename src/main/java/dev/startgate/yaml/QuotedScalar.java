package dev.startgate.yaml;

/**
 * Single- and double-quoted scalars for {@link SimpleBlockParser}, read as snakeyaml-engine reads
 * them: escapes, and (as values in block context, where PyYAML writes a string that holds line
 * breaks so) line breaks folded. Anything else throws {@link Cursor.NotSimple}.
 */
final class QuotedScalar {
  private QuotedScalar() {}

  /**
   * The quoted scalar whose opening {@code quote} is at the cursor, over several lines if {@code
   * lines}; leaves the cursor just after its closing quote, on its last line.
   */
  static YScalar read(Cursor in, char quote, boolean lines) {
    int start = in.pos;
    int startLine = in.line;
    int startColumn = in.column();
    StringBuilder value = null;
    int from = in.pos + 1;
    int at = from;
    while (true) {
      char c = in.at(at);
      if (c == '\n') {
        if (!lines || at >= in.end) {
          throw Cursor.notSimple(); // no closing quote, or over several lines where a key may stand
        }
        // The spaces before a line break are dropped, and the break folded.
        int content = at;
        while (content > from && in.text.charAt(content - 1) == ' ') {
          content--;
        }
        value = append(in, value, from, content);
        at = fold(in, value, at, false);
        from = at;
        continue;
      }
      if (c == quote) {
        if (quote == '\'' && in.at(at + 1) == '\'') {
          value = append(in, value, from, at + 1);
          at += 2;
          from = at;
          continue;
        }
        break;
      }
      if (c == '\\' && quote == '"') {
        value = append(in, value, from, at);
        if (in.at(at + 1) == '\n' && lines && at + 1 < in.end) {
          // An escaped line break: dropped, and no space for it.
          at = fold(in, value, at + 1, true);
        } else {
          at = escape(in, value, at + 1);
        }
        from = at;
        continue;
      }
      at++;
    }
    String s =
        value == null
            ? in.shared.of(in.text, from, at)
            : in.shared.of(value.append(in.text, from, at).toString());
    // Over several lines it is only ever a value: BlockNodes reads a key on one line, and a colon
    // after a value fails Cursor.endLine, as a key over lines fails in snakeyaml-engine.
    in.pos = at + 1;
    return new YScalar(s, false, null, start, in.pos, startLine, startColumn);
  }

  /**
   * Folds the line break at {@code at} inside a quoted scalar, as YAML does: each empty line after
   * it is a line feed; if there is none, the break is a space, unless it was escaped ({@code
   * escaped}: a backslash before it). Returns the offset of the next line's first char after its
   * spaces, with {@link Cursor#line} and {@link Cursor#lineStart} moved to that line. A document
   * marker at a line's start, or the region's end, leaves the scalar to snakeyaml-engine, which
   * reports it.
   */
  private static int fold(Cursor in, StringBuilder value, int at, boolean escaped) {
    int empty = 0;
    while (true) {
      at++;
      in.line++;
      in.lineStart = at;
      if (in.markerAt(at)) {
        throw Cursor.notSimple();
      }
      while (at < in.end && in.text.charAt(at) == ' ') {
        at++;
      }
      if (at >= in.end) {
        throw Cursor.notSimple();
      }
      if (in.text.charAt(at) != '\n') {
        break;
      }
      empty++;
    }
    if (empty == 0 && !escaped) {
      value.append(' ');
    }
    for (int i = 0; i < empty; i++) {
      value.append('\n');
    }
    return at;
  }

  private static StringBuilder append(Cursor in, StringBuilder value, int from, int to) {
    StringBuilder b = value == null ? new StringBuilder() : value;
    return b.append(in.text, from, to);
  }

  /** Appends the escape whose letter is at {@code at}; returns the offset after it. */
  private static int escape(Cursor in, StringBuilder value, int at) {
    char c = in.at(at);
    // YAML 1.2's escapes, and go-yaml's \\' (kubectl, kustomize and kpt read "it\\'s" as it's).
    // snakeyaml-engine 3 lacks \\L and \\P (U+2028, U+2029), which kpt (go-yaml) writes for those
    // characters, and \\': read here, and by SeparatorEscapes where snakeyaml-engine reads.
    String simple = "0abt\tnvfre \"/\\N_LP'";
    int k = simple.indexOf(c);
    if (k >= 0) {
      value.append("\0\u0007\b\t\t\n\u000B\f\r\u001B \"/\\\u0085\u00A0\u2028\u2029'".charAt(k));
      return at + 1;
    }
    int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits == 0 || at + 1 + digits > in.end) {
      throw Cursor.notSimple();
    }
    long code = 0;
    for (int i = at + 1; i <= at + digits; i++) {
      char h = in.text.charAt(i);
      int d = h < 0x80 ? Character.digit(h, 16) : -1; // snakeyaml-engine reads ASCII digits only
      if (d < 0) {
        throw Cursor.notSimple();
      }
      code = code * 16 + d;
    }
    if (code > Character.MAX_CODE_POINT
        || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
      throw Cursor.notSimple();
    }
    value.appendCodePoint((int) code);
    return at + 1 + digits;
  }
}
