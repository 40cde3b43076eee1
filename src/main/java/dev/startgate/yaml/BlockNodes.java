// Over 300 lines: the nodes of the subset, each reader calling the others (anchored ones too).
package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The nodes of one document for {@link SimpleBlockParser}: block mappings and sequences, and the
 * scalars and flow collections on their lines, with the positions snakeyaml-engine gives them;
 * {@link Cursor.NotSimple} for anything outside the subset.
 */
final class BlockNodes {
  private final Cursor in;
  private final int maxDepth;
  private final BlockAnchors anchors;
  private int depth;

  /**
   * One list per depth that collects a collection's items while it is read, reused for the next
   * collection at that depth: a new list per collection, grown and then copied twice by {@code
   * List.copyOf}, was a fifth of the parse.
   */
  private final List<ArrayList<Object>> scratch = new ArrayList<>();

  BlockNodes(Cursor in, YamlLimits limits) {
    this.in = in;
    this.maxDepth = limits.depthBound();
    this.anchors = new BlockAnchors(in, limits);
  }

  /** The most aliases in one object (a document, an item of a ResourceList) read so far. */
  int aliases() {
    return anchors.most();
  }

  /** The document whose first content is at the cursor, in column {@code column}. */
  YNode document(int column) {
    depth = 0; // a document left to snakeyaml-engine gave up at some depth
    anchors.document();
    boolean explicit = false;
    int at = column;
    if (in.atMarker()) {
      if (in.peek() == '.') {
        throw Cursor.notSimple();
      }
      explicit = true;
      in.pos += 3;
      in.endLine();
      at = in.nextContent();
    } else if (at != 0 || in.peek() == '%') {
      throw Cursor.notSimple();
    }
    if (at < 0 || in.atMarker()) {
      if (!explicit) {
        throw Cursor.notSimple();
      }
      return in.empty();
    }
    if (at != 0) {
      throw Cursor.notSimple();
    }
    if (in.peek() == '{' || in.peek() == '[') {
      // A flow root over lines: a JSON document.
      YNode root = new FlowReader(in, this::enter, this::leave, true).collection();
      in.endLine();
      if (in.nextContent() >= 0 && !in.atMarker()) {
        throw Cursor.notSimple();
      }
      return root;
    }
    return in.atDash() ? sequence(0, false) : mapping(0, null);
  }

  /**
   * A block mapping at column {@code indent} whose first key is at {@link Cursor#pos} (or was read
   * already: {@code firstKey}); leaves the cursor at the first content after it.
   */
  private YMapping mapping(int indent, YScalar firstKey) {
    enter();
    int start = firstKey == null ? in.pos : firstKey.start();
    int line = firstKey == null ? in.line : firstKey.line();
    List<YNode> pairs = scratch();
    Set<String> keys = null;
    YScalar key = firstKey;
    while (true) {
      if (key == null) {
        key = key();
      }
      keys = DuplicateKeys.check(pairs, keys, key);
      pairs.add(key);
      pairs.add(value(indent));
      key = null;
      int column = in.atEnd() ? -1 : in.column();
      if (column < indent || in.atMarker()) {
        break;
      }
      if (column > indent || in.atDash()) {
        throw Cursor.notSimple();
      }
    }
    depth--;
    return YMapping.ofPairs(pairs, false, start, in.pos, line, indent);
  }

  /**
   * A plain scalar on one line, or a quoted one (over several lines if {@code lines}: a value,
   * which PyYAML writes so when it holds line breaks).
   */
  private YScalar scalar(boolean lines) {
    char c = in.peek();
    return c == '"' || c == '\'' ? QuotedScalar.read(in, c, lines) : in.plain(false);
  }

  /** A key and its value indicator. */
  private YScalar key() {
    char c = in.peek();
    if (c == '[' || c == '{') {
      throw Cursor.notSimple();
    }
    YScalar key = scalar(false);
    if (!in.skipToValueIndicator(key.start())) {
      throw Cursor.notSimple();
    }
    return key;
  }

  /**
   * The value after a key's colon in a mapping at column {@code indent}; leaves the cursor at the
   * first content after it.
   */
  private YNode value(int indent) {
    int afterColon = in.pos;
    int afterColonLine = in.line;
    int afterColonColumn = in.column();
    while (in.peek() == ' ' && !in.atEnd()) {
      in.pos++;
    }
    char c = in.peek();
    if (c == '&' || c == '*') {
      return c == '&' ? anchored(indent, false) : alias(indent);
    }
    if (c == '\n' || c == '#') {
      in.endLine();
      int column = in.nextContent();
      if (column == indent && in.atDash() && !in.atMarker()) {
        return sequence(indent, true);
      }
      if (column <= indent || in.atMarker()) {
        return new YScalar(
            "", true, null, afterColon, afterColon, afterColonLine, afterColonColumn);
      }
      return in.atDash() ? sequence(column, false) : mapping(column, null);
    }
    return inline(indent);
  }

  /**
   * A node that starts on the line of its key or dash, in a collection at column {@code indent}: a
   * scalar, a block scalar or a flow collection.
   */
  private YNode inline(int indent) {
    char c = in.peek();
    YNode node;
    if (c == '|' || c == '>') {
      node = BlockScalar.read(in, indent);
      int column = in.nextContent();
      return checkAfter(node, column, indent);
    }
    if (c == '[' || c == '{') {
      node = new FlowReader(in, this::enter, this::leave).collection();
    } else {
      node = scalar(true);
      if (in.peek() == ':' && in.blankAt(in.pos + 1)) {
        throw Cursor.notSimple(); // a mapping after a key on one line
      }
    }
    int pos = in.pos;
    int line = in.line;
    int lineStart = in.lineStart;
    in.endLine();
    int column = in.nextContent();
    if (column > indent && c != '[' && c != '{' && c != '"' && c != '\'') {
      // Content right of the collection after a plain value: the value goes on over lines (a
      // wrapped description), or the text leaves the subset. Read again from the value's end.
      in.pos = pos;
      in.line = line;
      in.lineStart = lineStart;
      node = in.plainLines((YScalar) node, indent + 1);
      in.endLine();
      column = in.nextContent();
    }
    return checkAfter(node, column, indent);
  }

  /** The next content after a node must belong to a collection at or left of {@code indent}. */
  private YNode checkAfter(YNode node, int column, int indent) {
    if (column > indent) {
      throw Cursor.notSimple(); // a continuation line, or a node where none may be
    }
    return node;
  }

  /**
   * A block sequence whose first dash is at column {@code indent}: {@code indentless} if it is the
   * value of a key at that same column.
   */
  private YSequence sequence(int indent, boolean indentless) {
    enter();
    int start = in.pos;
    int line = in.line;
    List<YNode> items = scratch();
    while (true) {
      in.pos++;
      while (in.peek() == ' ' && !in.atEnd()) {
        in.pos++;
      }
      char c = in.peek();
      if (in.atDash()) {
        throw Cursor.notSimple(); // a sequence in a sequence on one line
      }
      items.add(c == '\n' || c == '#' ? nextLineItem(indent) : item(indent));
      int column = in.atEnd() ? -1 : in.column();
      if (column < indent || in.atMarker()) {
        break;
      }
      if (column > indent) {
        throw Cursor.notSimple();
      }
      if (!in.atDash()) {
        if (indentless) {
          break;
        }
        throw Cursor.notSimple();
      }
    }
    depth--;
    return new YSequence(frozen(items), false, start, in.pos, line, indent);
  }

  /**
   * An item that starts on the line after its dash (kpt writes {@code - # comment} above each
   * object), in a sequence at column {@code indent}: a block mapping or sequence further right.
   */
  private YNode nextLineItem(int indent) {
    in.endLine();
    int column = in.nextContent();
    if (column <= indent) {
      throw Cursor.notSimple(); // an empty item
    }
    return in.atDash() ? sequence(column, false) : mapping(column, null);
  }

  /** An item after its dash, in a sequence at column {@code indent}. */
  private YNode item(int indent) {
    char c = in.peek();
    if (c == '|' || c == '>' || c == '[' || c == '{') {
      return inline(indent);
    }
    if (c == '&' || c == '*') {
      return c == '&' ? anchored(indent, true) : alias(indent);
    }
    int column = in.column();
    int save = in.pos;
    int saveLine = in.line;
    int saveLineStart = in.lineStart;
    YScalar scalar = scalar(true);
    if (in.line == saveLine && in.skipToValueIndicator(scalar.start())) {
      return mapping(column, scalar);
    }
    in.pos = save;
    in.line = saveLine;
    in.lineStart = saveLineStart;
    return inline(indent);
  }

  /**
   * A node with an anchor, after a key's colon or ({@code item}) a dash in a collection at column
   * {@code indent}: on the anchor's line (as a key, {@code - &a key: v}, it is left to
   * snakeyaml-engine by {@link #inline}) or a block collection on the lines after it.
   */
  private YNode anchored(int indent, boolean item) {
    int start = in.pos;
    int line = in.line;
    int column = in.column();
    String name = anchors.name();
    char c = in.peek();
    YNode node;
    if (c == '\n' || c == '#') {
      in.endLine();
      int next = in.nextContent();
      if (!item && next == indent && in.atDash() && !in.atMarker()) {
        node = sequence(indent, true);
      } else if (next <= indent || in.atMarker()) {
        throw Cursor.notSimple(); // an anchored empty node
      } else {
        node = in.atDash() ? sequence(next, false) : mapping(next, null);
      }
    } else {
      node = inline(indent);
    }
    return anchors.anchor(name, node, start, line, column);
  }

  /** An alias after a key's colon or a dash, in a collection at column {@code indent}. */
  private YNode alias(int indent) {
    YAlias alias = anchors.alias();
    in.endLine(); // an alias as a key (*a : v) is content after it: left to snakeyaml-engine
    return checkAfter(alias, in.nextContent(), indent);
  }

  /** The cleared list of the current depth (after {@link #enter}). */
  @SuppressWarnings("unchecked")
  private <T> List<T> scratch() {
    while (scratch.size() < depth) {
      scratch.add(new ArrayList<>());
    }
    ArrayList<Object> list = scratch.get(depth - 1);
    list.clear();
    return (List<T>) list;
  }

  /**
   * An immutable copy of {@code list}. A list of one or two items holds them itself: one object
   * where an array and two wrappers were, and every young collection of a large input copies the
   * tree it has read so far once.
   */
  private static <T> List<T> frozen(List<T> list) {
    return List.copyOf(list);
  }

  private void enter() {
    if (depth >= maxDepth) {
      throw Cursor.notSimple();
    }
    anchors.open(depth);
    depth++;
  }

  private void leave() {
    depth--;
  }
}
