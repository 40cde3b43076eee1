package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flow collections for {@link SimpleBlockParser}: {@code [a, "b"]}, {@code {k: v}}, nested, empty,
 * on one line; a document's root (JSON, as {@code kubectl get -o json} writes it) also over lines.
 * Anything else (a line break elsewhere, a comment, a document marker, a trailing comma, a pair in
 * a sequence, an empty value, a duplicate key) is {@link Cursor.NotSimple}.
 */
final class FlowReader {
  private final Cursor in;
  private final Runnable enter;
  private final Runnable leave;
  private final boolean lines;

  /** A reader at {@code in}, which calls {@code enter} and {@code leave} around each collection. */
  FlowReader(Cursor in, Runnable enter, Runnable leave) {
    this(in, enter, leave, false);
  }

  /**
   * As {@link #FlowReader(Cursor, Runnable, Runnable)}; with {@code lines}, line breaks may stand
   * between the collections' parts (a document's root: no block indentation binds its lines).
   */
  FlowReader(Cursor in, Runnable enter, Runnable leave, boolean lines) {
    this.in = in;
    this.enter = enter;
    this.leave = leave;
    this.lines = lines;
  }

  /** The collection whose opening bracket is at the cursor; leaves the cursor after its end. */
  YNode collection() {
    enter.run();
    boolean map = in.peek() == '{';
    char close = map ? '}' : ']';
    int start = in.pos;
    int line = in.line;
    int column = in.column();
    List<YNode> items = new ArrayList<>();
    List<YNode> pairs = new ArrayList<>();
    Set<String> keys = null;
    in.pos++;
    skipSpaces();
    if (in.peek() != close) {
      while (true) {
        YNode node = node();
        if (in.peek() == ':') {
          if (!map
              || !(node instanceof YScalar key)
              || !in.blankAt(in.pos + 1) && key.plain() // "k":v is YAML's JSON-like key
              || in.pos - key.start() > Cursor.MAX_KEY_CHARS) {
            throw Cursor.notSimple(); // (a key over 1024 chars: snakeyaml-engine's error)
          }
          keys = DuplicateKeys.check(pairs, keys, key);
          in.pos++;
          skipSpaces();
          pairs.add(key);
          pairs.add(node());
        } else if (map) {
          throw Cursor.notSimple();
        } else {
          items.add(node);
        }
        skipSpaces();
        char c = in.peek();
        if (c == ',') {
          in.pos++;
          skipSpaces();
          if (in.peek() == close) {
            throw Cursor.notSimple();
          }
        } else if (c == close) {
          break;
        } else {
          throw Cursor.notSimple();
        }
      }
    }
    in.pos++;
    leave.run();
    return map
        ? YMapping.ofPairs(pairs, true, start, in.pos, line, column)
        : new YSequence(List.copyOf(items), true, start, in.pos, line, column);
  }

  private YNode node() {
    char c = in.peek();
    if (c == '[' || c == '{') {
      return collection();
    }
    return c == '"' || c == '\'' ? QuotedScalar.read(in, c, false) : in.plain(true);
  }

  private void skipSpaces() {
    while (!in.atEnd()) {
      char c = in.peek();
      if (c == ' ') {
        in.pos++;
      } else if (c == '\n' && lines) {
        in.newLine();
        if (in.markerAt(in.pos)) {
          throw Cursor.notSimple(); // a document marker ends the document, and the collection
        }
      } else if (c == '#' && lines) {
        throw Cursor.notSimple(); // a comment between lines
      } else {
        return;
      }
    }
  }
}
