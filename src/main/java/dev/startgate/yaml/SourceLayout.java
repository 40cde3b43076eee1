// Over 300 lines: each position rule (lines, comments that belong to a node, dashes, key columns)
// beside the others it builds on.
package dev.startgate.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where things are in a source text, for {@link YamlEditor}'s splices: lines and their breaks,
 * columns of keys and dashes, the comment lines that belong to a node, document markers. Reads the
 * text only.
 */
final class SourceLayout {
  private final String text;
  private final String newline;

  /** The layout of {@code text}, whose line break (the first line's) is {@code newline}. */
  SourceLayout(String text, String newline) {
    this.text = text;
    this.newline = newline;
  }

  /**
   * The comment after a block scalar's header on its first line ({@code " # note"} of {@code |- #
   * note}), with the blanks before it, or null.
   */
  String headerComment(YScalar s) {
    int eol = text.indexOf('\n', s.start());
    if (eol < 0 || eol >= s.end()) {
      return null;
    }
    int end = eol > 0 && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
    return commentIn(s.start() + 1, end);
  }

  /** Whether {@code s} ends on a later line than it starts (a block scalar ends after a break). */
  boolean spansLines(YScalar s) {
    int nl = text.indexOf('\n', s.start());
    return nl >= 0 && nl < s.end();
  }

  /** Whether only blanks and a comment follow {@code from} on its line. */
  boolean commentAfter(int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#') {
        return i > from; // a # right after the value is part of it
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  /** The first position from {@code at} that is no space or tab (or the text's end). */
  int pastBlanks(int at) {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  /** True if the line at {@code line} is the marker {@code mark} ({@code ---} or {@code ...}). */
  boolean isMarker(int line, String mark) {
    return text.startsWith(mark, line)
        && (line + 3 == text.length() || " \t\r\n".indexOf(text.charAt(line + 3)) >= 0);
  }

  /** The start of the {@code ---} line that opens {@code document}, or -1 without one. */
  int markerLine(YDocument document) {
    int from = document.start();
    int limit = document.root() == null ? document.end() : document.root().start();
    int first = from == 0 || text.charAt(from - 1) == '\n' ? from : nextLine(from);
    for (int line = first; line < limit; line = nextLine(line)) {
      if (isMarker(line, "---")) {
        return line;
      }
    }
    return -1;
  }

  /**
   * Where text that continues {@code node} goes: after its last line and the comment lines that
   * follow it indented deeper than {@code column} (they belong to it), or after every comment line
   * that follows it when nothing but comments indented at least {@code column} and blank lines
   * follows up to the end of the input (a comment indented less belongs to an outer level).
   */
  int endWithComments(YNode node, int column) {
    int end = afterLine(lastLeafEnd(node));
    boolean shallow = false;
    for (int line = end; line < text.length(); ) {
      int next = nextLine(line);
      int indent = line;
      while (indent < next && text.charAt(indent) == ' ') {
        indent++;
      }
      boolean blank = indent == next || text.charAt(indent) == '\n' || text.charAt(indent) == '\r';
      if (!blank) {
        if (text.charAt(indent) != '#' || indent - line < column) {
          // Content, or a comment of an outer level.
          return end;
        }
        shallow |= indent - line == column;
        if (!shallow) {
          end = next;
        }
      }
      line = next;
    }
    // Only comments at this level or deeper follow up to the end: keep them all with the node.
    return shallow ? lastCommentEnd(end) : end;
  }

  int lastCommentEnd(int from) {
    int end = from;
    for (int line = from; line < text.length(); ) {
      int next = nextLine(line);
      if (!text.substring(line, next).isBlank()) {
        end = next;
      }
      line = next;
    }
    return end;
  }

  /**
   * Where a removed item's range starts: its dash line, or the start of its head comment when the
   * item that follows starts with the very same comment lines. kpt copies comments back by list
   * position, so a gate put in before a commented item got a copy of that item's comment; the copy
   * goes with the gate.
   */
  int copiedHeadStart(int itemStart, int itemEnd, int column) {
    int head = headStart(itemStart, column);
    String comment = text.substring(head, itemStart);
    return head < itemStart && text.startsWith(comment, itemEnd) ? head : itemStart;
  }

  /**
   * The start of the comment lines directly above the line at {@code lineStart} that are indented
   * no deeper than {@code column}: the head comment of what starts that line.
   */
  int headStart(int lineStart, int column) {
    int start = lineStart;
    while (start > 0) {
      int previous = lineStart(start - 1);
      int indent = previous;
      while (indent < start && text.charAt(indent) == ' ') {
        indent++;
      }
      if (indent >= start || text.charAt(indent) != '#' || indent - previous > column) {
        return start;
      }
      start = previous;
    }
    return start;
  }

  /**
   * The comment that ends {@code entry}'s key line, with the blanks before it ({@code " # TODO"}),
   * when the value is null or starts on a later line (a block list or mapping); else null.
   */
  String keyLineComment(YMapping.Entry entry) {
    int from = entry.key().end();
    int eol = text.indexOf('\n', from);
    eol = eol < 0 ? text.length() : eol;
    if (eol > from && text.charAt(eol - 1) == '\r') {
      eol--;
    }
    YNode value = entry.value();
    if (value instanceof YScalar s && s.isNull()) {
      from = value.end() <= eol ? Math.max(from, value.end()) : from;
    } else if (value.start() < eol) {
      return null;
    }
    return commentIn(from, eol);
  }

  /**
   * The comment that ends {@code text[from, end)} (a {@code #} after a blank), with the blanks
   * before it, or null; {@code from} is past the line's first char.
   */
  private String commentIn(int from, int end) {
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
        int blank = i;
        while (text.charAt(blank - 1) == ' ' || text.charAt(blank - 1) == '\t') {
          blank--;
        }
        return text.substring(blank, end);
      }
    }
    return null;
  }

  /**
   * The column of {@code map}'s keys: its first key's, or the column of the {@code ?} before it
   * when that key is written explicitly ({@code ? containers} on one line, {@code : - name: app} on
   * the next), where the key itself stands two columns further in.
   */
  int keyColumn(YMapping map) {
    if (map.entries().isEmpty()) {
      return map.column();
    }
    YNode key = map.entries().get(0).key();
    int i = key.start() - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '?' ? key.column() - (key.start() - i) : key.column();
  }

  static Optional<Integer> indentUnit(YNode node) {
    if (node instanceof YMapping m && !m.flow()) {
      for (YMapping.Entry e : m.entries()) {
        if (e.value() instanceof YMapping child && !child.flow() && !child.entries().isEmpty()) {
          int unit = child.entries().get(0).key().column() - e.key().column();
          if (unit > 0) {
            return Optional.of(unit);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The offset of the first block sequence's dashes from its key, searched depth-first (a mapping's
   * own entries before those nested in them), with a stack of its own.
   */
  Optional<Integer> sequenceOffset(YNode root) {
    ArrayDeque<YNode> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      YNode node = stack.pop();
      List<YNode> children = new ArrayList<>();
      if (node instanceof YMapping m && !m.flow()) {
        for (YMapping.Entry e : m.entries()) {
          if (e.value() instanceof YSequence s && !s.flow() && !s.items().isEmpty()) {
            return Optional.of(Math.max(0, dashColumn(s.items().get(0)) - e.key().column()));
          }
          children.add(e.value());
        }
      } else if (node instanceof YSequence s && !s.flow()) {
        children.addAll(s.items());
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return Optional.empty();
  }

  boolean atLineStart(YNode node) {
    for (int i = node.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * True if more than spaces stand before {@code item}'s dash on its line ({@code : - name: a}).
   */
  boolean afterIndicator(YNode item) {
    for (int i = dashPosition(item) - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) != ' ') {
        return true;
      }
    }
    return false;
  }

  int itemStart(YNode item) {
    return lineStart(dashPosition(item));
  }

  /**
   * The dash of a block sequence item: on the item's own line ({@code - name: a}), or on a line
   * above it when the item's content starts on a line of its own: {@code - # a comment} (as kpt
   * writes the first item of a file that starts with a comment) or a dash alone, with blank and
   * comment lines between. Between the dash and the item only spaces, line breaks and comments can
   * stand (an anchor or tag is part of the item). The item's start if no dash is found.
   */
  int dashPosition(YNode item) {
    int i = item.start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i >= 0 && text.charAt(i) == '-') {
      return i;
    }
    if (i >= 0 && text.charAt(i) != '\n') {
      return item.start();
    }
    // The content starts its line: look at the lines above, skipping blank and comment lines.
    for (int end = i; end > 0; ) {
      int start = lineStart(end);
      int first = start;
      while (first < end && text.charAt(first) == ' ') {
        first++;
      }
      char c = first < end ? text.charAt(first) : '\n';
      if (c == '-' && dashAlone(first + 1, end)) {
        return first;
      }
      if (c != '\n' && c != '\r' && c != '#') {
        break;
      }
      end = start - 1;
    }
    return item.start();
  }

  /** True if {@code text[from, end)}, after a dash, is spaces and at most a comment. */
  boolean dashAlone(int from, int end) {
    int at = from;
    while (at < end && text.charAt(at) == ' ') {
      at++;
    }
    return at == end || text.charAt(at) == '\r' || (text.charAt(at) == '#' && at > from);
  }

  int lineStart(int pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
  }

  int nextLine(int lineStart) {
    int nl = text.indexOf('\n', lineStart);
    return nl < 0 ? text.length() : nl + 1;
  }

  int afterLine(int pos) {
    if (pos > 0 && text.charAt(pos - 1) == '\n') {
      return pos;
    }
    int nl = text.indexOf('\n', pos);
    return nl < 0 ? text.length() : nl + 1;
  }

  static int lastLeafEnd(YNode node) {
    YNode n = node;
    while (true) {
      if (n instanceof YMapping m && !m.flow() && !m.entries().isEmpty()) {
        n = m.entries().get(m.entries().size() - 1).value();
      } else if (n instanceof YSequence s && !s.flow() && !s.items().isEmpty()) {
        n = s.items().get(s.items().size() - 1);
      } else {
        return n.end();
      }
    }
  }

  /**
   * The line break of the text at {@code at}: that of the line {@code at} is on (at the text's end,
   * of its last line). A stream may mix LF and CRLF documents ({@code cat a.yaml b.yaml}, a chart
   * with one template saved on Windows): what startgate writes into one takes its own. Positions
   * passed are on a line of the document edited (a node's start, where an insertion goes).
   */
  String newlineAt(int at) {
    if (newline.equals("\n")) {
      return newline; // no CRLF anywhere in the text
    }
    int lf = text.indexOf('\n', at);
    return TextEdits.lineBreak(text, lf >= 0 ? lf : text.lastIndexOf('\n'), newline);
  }

  /**
   * The line break of the line that ends at {@code at} (text appended after a collection's last
   * line goes on with its line breaks); that of the line at {@code at} if none ends there.
   */
  String newlineBefore(int at) {
    if (newline.equals("\n")) {
      return newline;
    }
    int lf = at > 0 ? text.lastIndexOf('\n', at - 1) : -1;
    return lf < 0 ? newlineAt(at) : TextEdits.lineBreak(text, lf, newline);
  }

  /** Column of the dash before a block sequence item. */
  int dashColumn(YNode item) {
    int dash = dashPosition(item);
    return dash - lineStart(dash);
  }
}
