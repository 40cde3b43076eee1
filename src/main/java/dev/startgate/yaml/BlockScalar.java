package dev.startgate.yaml;

/**
 * Literal and folded block scalars for {@link SimpleBlockParser}, read as snakeyaml-engine reads
 * them.
 */
final class BlockScalar {
  private BlockScalar() {}

  /**
   * A literal or folded block scalar whose header is at the cursor, in a block collection at column
   * {@code indent}; leaves the cursor at the start of the line after it. The value is built as
   * snakeyaml-engine builds it, line by line, and so is its end: the start of the line after its
   * last line break.
   */
  static YScalar read(Cursor in, int indent) {
    int start = in.pos;
    int startLine = in.line;
    int startColumn = in.column();
    boolean folded = in.peek() == '>';
    in.pos++;
    int chomp = 0; // -1 strip, 0 clip, 1 keep
    if (in.peek() == '-' || in.peek() == '+') {
      chomp = in.peek() == '-' ? -1 : 1;
      in.pos++;
    }
    if (!in.blankAt(in.pos)) {
      throw Cursor.notSimple(); // an indentation indicator, or anything else after the header
    }
    in.endLine();
    StringBuilder breaks = new StringBuilder();
    int maxIndent = 0;
    int endMark = in.pos;
    while (in.pos < in.end && (in.text.charAt(in.pos) == ' ' || in.text.charAt(in.pos) == '\n')) {
      if (in.text.charAt(in.pos) == ' ') {
        in.pos++;
        maxIndent = Math.max(maxIndent, in.column());
      } else {
        breaks.append('\n');
        in.newLine();
        endMark = in.pos;
      }
    }
    if (in.pos < in.end && in.column() < maxIndent) {
      throw Cursor
          .notSimple(); // blank lines with more spaces than the first in.line: an error, or close
      // to
      // one
    }
    int contentIndent = Math.max(Math.max(indent + 1, 1), maxIndent);
    StringBuilder chunks = new StringBuilder();
    boolean lineBreak = false;
    while (in.column() == contentIndent && in.pos < in.end) {
      chunks.append(breaks);
      boolean leadingNonSpace = in.peek() != ' ';
      int from = in.pos;
      while (in.pos < in.end && in.text.charAt(in.pos) != '\n') {
        if (in.text.charAt(in.pos) == '\t') {
          if (folded) {
            throw Cursor.notSimple(); // a tab starts a more indented line: folding differs
          }
          in.textTabs++;
        }
        in.pos++;
      }
      chunks.append(in.text, from, in.pos);
      lineBreak = in.pos < in.end;
      if (lineBreak) {
        in.newLine();
      }
      breaks.setLength(0);
      endMark = in.pos;
      in.skipSpacesTo(contentIndent);
      while (in.pos < in.end && in.text.charAt(in.pos) == '\n') {
        breaks.append('\n');
        in.newLine();
        endMark = in.pos;
        in.skipSpacesTo(contentIndent);
      }
      if (in.column() != contentIndent || in.pos >= in.end) {
        break;
      }
      if (folded && lineBreak && leadingNonSpace && in.peek() != ' ') {
        if (breaks.length() == 0) {
          chunks.append(' ');
        }
      } else if (lineBreak) {
        chunks.append('\n');
      }
    }
    if (chomp >= 0 && lineBreak) {
      chunks.append('\n');
    }
    if (chomp > 0) {
      chunks.append(breaks);
    }
    if (in.pos >= in.end && in.lineStart < in.end) {
      // The region ends without a line break in or after the scalar: snakeyaml-engine's checks
      // of such last lines differ (found by SimpleBlockParserGeneratedTest: "k: >\n  \n ").
      throw Cursor.notSimple();
    }
    in.pos = in.lineStart; // back to the start of the less indented line that ended it
    return new YScalar(chunks.toString(), false, null, start, endMark, startLine, startColumn);
  }
}
