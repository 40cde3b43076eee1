// Over 300 lines: the cursor's moves, lines and columns, and the plain scalars read with them.
package dev.startgate.yaml;

/**
 * A position in a region of the input and the scalars that can be read there, for {@link
 * SimpleBlockParser}: one-line plain scalars, quoted scalars (over several lines as values in block
 * context) and literal and folded block scalars, each with the value, positions and style
 * snakeyaml-engine gives it. Anything else throws {@link NotSimple}, and the caller parses the
 * region with snakeyaml-engine instead.
 */
final class Cursor {

  /** snakeyaml-engine's limit on an implicit key's length; longer ones are left to it. */
  static final int MAX_KEY_CHARS = 1000;

  final String text;
  final int end;

  /** The current offset. */
  int pos;

  /** The whole input's zero-based line of {@link #pos}. */
  int line;

  /** Where the line of {@link #pos} starts. */
  int lineStart;

  /**
   * The tabs read where YAML takes any char (a comment, a literal block scalar's text) since the
   * parser last set it: a document is in the subset only if these are all its tabs.
   */
  int textTabs;

  /** The strings of this parse's short scalars (keys, kinds, versions), each made once. */
  final SharedStrings shared = new SharedStrings();

  /**
   * Whether the region holds a surrogate pair (an emoji, say): then a column counts code points, as
   * YAML's and snakeyaml-engine's do, not chars. A text of one byte per char answers without a
   * scan.
   */
  private final boolean pairs;

  /** The line start, offset and column of the last column counted in code points. */
  private int countedLine = -1;

  private int countedTo;
  private int countedColumn;

  Cursor(String text, int start, int end, int line) {
    this.text = text;
    this.end = end;
    this.pos = start;
    this.lineStart = start;
    this.line = line;
    this.pairs = text.codePointCount(start, end) != end - start;
  }

  /** Thrown where the text leaves the simple subset; carries no stack trace. */
  static final class NotSimple extends RuntimeException {
    NotSimple() {
      super(null, null, false, false);
    }
  }

  static NotSimple notSimple() {
    return new NotSimple();
  }

  int column() {
    return columnAt(pos);
  }

  /**
   * The zero-based column of {@code at}, on the line of {@link #pos}: in code points, counted on
   * from the last offset counted on the line (a long line with many nodes is read once).
   */
  int columnAt(int at) {
    if (!pairs) {
      return at - lineStart;
    }
    if (countedLine != lineStart || at < countedTo) {
      countedLine = lineStart;
      countedTo = lineStart;
      countedColumn = 0;
    }
    countedColumn += text.codePointCount(countedTo, at);
    countedTo = at;
    return countedColumn;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** The char at {@code at}, or a line break at and after the region's end. */
  char at(int at) {
    return at < end ? text.charAt(at) : '\n';
  }

  char peek() {
    return at(pos);
  }

  /** True if {@code at} holds a space, a line break or the region's end. */
  boolean blankAt(int at) {
    char c = at(at);
    return c == ' ' || c == '\n';
  }

  /**
   * Skips blank and comment lines from {@link #pos} (at a line's start, or at the region's end
   * after a value): leaves {@link #pos} at the first non-space char of the next content line and
   * returns its column, or -1 at the region's end.
   */
  int nextContent() {
    while (true) {
      while (pos < end && text.charAt(pos) == ' ') {
        pos++;
      }
      if (pos < end && text.charAt(pos) == '#') {
        skipComment();
      }
      if (pos >= end) {
        return -1;
      }
      if (text.charAt(pos) != '\n') {
        return column();
      }
      pos++;
      line++;
      lineStart = pos;
    }
  }

  /** Skips a comment from its {@code #} to its line's break, counting its tabs. */
  private void skipComment() {
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == '\n') {
        return;
      }
      if (c == '\t') {
        textTabs++;
      }
      pos++;
    }
  }

  /** Ends a line after a value: spaces, then a comment after a space or nothing, then a break. */
  void endLine() {
    while (pos < end && text.charAt(pos) == ' ') {
      pos++;
    }
    if (pos < end && text.charAt(pos) == '#' && text.charAt(pos - 1) == ' ') {
      skipComment();
    }
    if (pos < end) {
      if (text.charAt(pos) != '\n') {
        throw notSimple();
      }
      pos++;
      line++;
      lineStart = pos;
    }
  }

  /** True at a document marker ({@code ---} or {@code ...} at column 0 and a blank after it). */
  boolean atMarker() {
    return column() == 0 && markerAt(pos);
  }

  /** True if a document marker starts at {@code at}, a line's start. */
  boolean markerAt(int at) {
    return at + 3 <= end
        && (text.startsWith("---", at) || text.startsWith("...", at))
        && blankAt(at + 3);
  }

  /** True at a block sequence entry: a dash and a blank after it. */
  boolean atDash() {
    return peek() == '-' && blankAt(pos + 1);
  }

  /** An empty plain scalar at the current position, as snakeyaml-engine gives for no value. */
  YScalar empty() {
    return new YScalar("", true, null, pos, pos, line, column());
  }

  /** True if a key's value indicator follows: spaces, a colon and a blank (or flow end). */
  boolean skipToValueIndicator(int keyStart) {
    int at = pos;
    while (at(at) == ' ' && at < end) {
      at++;
    }
    if (at(at) != ':' || !blankAt(at + 1) || at - keyStart > MAX_KEY_CHARS) {
      return false;
    }
    pos = at + 1;
    return true;
  }

  void newLine() {
    pos++;
    line++;
    lineStart = pos;
  }

  void skipSpacesTo(int column) {
    while (column() < column && pos < end && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  /**
   * A plain scalar on one line at {@link #pos} ({@code flow}: in a flow collection); leaves the
   * cursor just after it. Quoted scalars are {@link QuotedScalar}'s.
   */
  YScalar plain(boolean flow) {
    int start = pos;
    char first = peek();
    if (first == '-' || first == '?' || first == ':') {
      // In flow context only a dash may start a plain scalar (snakeyaml-engine's rule).
      if (blankAt(pos + 1) || (flow && (first != '-' || Chars.flowIndicator(at(pos + 1))))) {
        throw notSimple();
      }
    } else if (Chars.flowIndicator(first) || Chars.notPlainStart(first)) {
      throw notSimple();
    }
    int last = pos; // just after the last non-space char
    int at = pos;
    while (true) {
      char c = at(at);
      if (c == '\n') {
        break;
      }
      if (c == ' ') {
        if (at(at + 1) == '#') {
          break;
        }
        at++;
        continue;
      }
      if (c == ':' && (blankAt(at + 1) || (flow && Chars.flowIndicator(at(at + 1))))) {
        break;
      }
      if (flow && (c == '?' || Chars.flowIndicator(c))) {
        break;
      }
      at++;
      last = at;
    }
    pos = last;
    return scalar(shared.of(text, start, last), true, start);
  }

  /**
   * {@code first}, a plain scalar that ended at this line's end (the cursor just after its last
   * char), continued over the lines after it whose content is at {@code minColumn} or right of it,
   * as snakeyaml-engine reads a plain scalar (the wrapped descriptions of controller-gen's CRDs,
   * PyYAML's long strings): a line break is a space, or a line feed for each empty line after it; a
   * comment, a line left of {@code minColumn} or the region's end ends it. A value indicator on a
   * continuation line is an error in snakeyaml-engine (a key over lines): not simple. Leaves the
   * cursor just after the last char taken, on its line.
   */
  YScalar plainLines(YScalar first, int minColumn) {
    StringBuilder value = null;
    int at = pos;
    while (true) {
      while (at < end && text.charAt(at) == ' ') {
        at++;
      }
      if (at >= end || text.charAt(at) != '\n') {
        break; // a comment, or the region's end
      }
      int breaks = 0;
      int next = at;
      int nextLine = line;
      int nextLineStart;
      while (true) {
        next++;
        nextLine++;
        nextLineStart = next;
        while (next < end && text.charAt(next) == ' ') {
          next++;
        }
        if (next >= end || text.charAt(next) != '\n') {
          break;
        }
        breaks++;
      }
      if (next >= end || next - nextLineStart < minColumn || text.charAt(next) == '#') {
        break;
      }
      int last = next;
      for (int c = next; c < end && text.charAt(c) != '\n'; c++) {
        char ch = text.charAt(c);
        if (ch == ' ' && at(c + 1) == '#') {
          break;
        }
        if (ch == ':' && blankAt(c + 1)) {
          throw notSimple();
        }
        if (ch != ' ') {
          last = c + 1;
        }
      }
      if (value == null) {
        value = new StringBuilder(first.value());
      }
      value.append(breaks == 0 ? " " : "\n".repeat(breaks)).append(text, next, last);
      at = last;
      pos = last;
      line = nextLine;
      lineStart = nextLineStart;
    }
    return value == null
        ? first
        : new YScalar(
            shared.of(value.toString()),
            true,
            null,
            first.start(),
            pos,
            first.line(),
            first.column());
  }

  /** A scalar of {@code value} (shared already) that started at {@code start} on this line. */
  private YScalar scalar(String value, boolean plain, int start) {
    return new YScalar(value, plain, null, start, pos, line, columnAt(start));
  }
}
