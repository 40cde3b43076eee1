package dev.startgate.yaml;

import java.util.HashMap;
import java.util.Map;

/**
 * The anchors and aliases of the documents {@link BlockNodes} reads: the node each anchor names
 * once built (an alias's target, as {@link TreeBuilder} gives it), and the aliases of each object
 * counted against the limit as TreeBuilder counts them. A generator's shared labels are written so
 * (PyYAML's {@code labels: &id001} and {@code matchLabels: *id001} in every Deployment), and such a
 * stream went to snakeyaml-engine document by document: 2.2 times a plain one's time.
 *
 * <p>The subset: an anchor or alias named with letters, digits, {@code -} and {@code _}, and an
 * alias whose anchor's node was built before it in its document. Anything else (another name, an
 * alias to an unknown anchor or to one whose collection is still open, an anchor or alias as a key,
 * an anchored empty node, one alias past the limit) is left to snakeyaml-engine, which gives the
 * tree or the error.
 */
final class BlockAnchors {
  private final Cursor in;
  private final YamlLimits limits;
  private final Map<String, YNode> anchored = new HashMap<>();

  /** Aliases in the object being read (a document, or an item of a ResourceList). */
  private int aliases;

  /** The most aliases in one object so far. */
  private int most;

  BlockAnchors(Cursor in, YamlLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  /** A document starts: its aliases may name only its own anchors. */
  void document() {
    anchored.clear();
    aliases = 0;
  }

  /** A collection opens at {@code depth} (before it counts): an object's root resets the count. */
  void open(int depth) {
    if (depth <= limits.uncountedLevels()) {
      aliases = 0;
    }
  }

  /** The most aliases in one object of the documents read so far. */
  int most() {
    return most;
  }

  /**
   * Reads the anchor at the cursor ({@code &name}) and the spaces after it; the cursor is then at
   * its node, a comment or the line's end. Its node is not yet built: an alias to it is left to
   * snakeyaml-engine until {@link #anchor} records it.
   */
  String name() {
    String name = nameAfterSign();
    anchored.remove(name);
    while (in.peek() == ' ' && !in.atEnd()) {
      in.pos++;
    }
    return name;
  }

  /**
   * Records {@code node}, read after its anchor {@code name} at {@code start}, {@code line} and
   * {@code column}, and returns it starting there, as snakeyaml-engine's events place a node with
   * properties.
   */
  YNode anchor(String name, YNode node, int start, int line, int column) {
    YNode placed;
    if (node instanceof YScalar s) {
      placed = new YScalar(s.value(), s.plain(), s.tag(), start, s.end(), line, column);
    } else if (node instanceof YMapping m) {
      placed = new YMapping(m.entries(), m.flow(), start, m.end(), line, column);
    } else if (node instanceof YSequence q) {
      placed = new YSequence(q.items(), q.flow(), start, q.end(), line, column);
    } else {
      throw Cursor.notSimple(); // an alias with an anchor: snakeyaml-engine's error
    }
    anchored.put(name, placed);
    return placed;
  }

  /** The alias at the cursor ({@code *name}), counted; leaves the cursor after its name. */
  YAlias alias() {
    int start = in.pos;
    int line = in.line;
    int column = in.column();
    String name = nameAfterSign();
    YNode target = anchored.get(name);
    if (target == null || ++aliases > limits.maxAliases()) {
      throw Cursor.notSimple();
    }
    most = Math.max(most, aliases);
    return new YAlias(name, start, in.pos, line, column, target);
  }

  /** The name after the sign at the cursor, which a space or the line's end must end. */
  private String nameAfterSign() {
    int from = ++in.pos;
    while (nameChar(in.peek())) {
      in.pos++;
    }
    if (in.pos == from || in.peek() != ' ' && in.peek() != '\n') {
      throw Cursor.notSimple();
    }
    return in.shared.of(in.text, from, in.pos);
  }

  /**
   * True if the anchor or alias whose sign is at {@code sign} of {@code text} (after {@code ": "}
   * or {@code "- "}), before {@code end}, is one this subset reads, as far as its line and the next
   * tell: a name, then for an alias nothing but a comment; for an anchor a node on its line (not a
   * tag, another anchor, an alias or a block scalar, and after a dash no key: that anchor would be
   * the key's), or a block collection on the lines after it (review EG: an anchored empty value or
   * an anchored key sent a whole run of ResourceList items to snakeyaml-engine).
   */
  static boolean readable(String text, int sign, int end) {
    int i = sign + 1;
    while (i < end && nameChar(text.charAt(i))) {
      i++;
    }
    int eol = text.indexOf('\n', i);
    eol = eol < 0 || eol > end ? end : eol;
    if (i == sign + 1 || i < eol && text.charAt(i) != ' ') {
      return false;
    }
    int j = i;
    while (j < eol && text.charAt(j) == ' ') {
      j++;
    }
    boolean nothing = j == eol || text.charAt(j) == '#';
    if (text.charAt(sign) == '*' || !nothing) {
      return text.charAt(sign) == '*'
          ? nothing
          : "!&*|>".indexOf(text.charAt(j)) < 0
              && !(text.charAt(sign - 2) == '-' && keyOnLine(text, j, eol));
    }
    int lineStart = text.lastIndexOf('\n', sign) + 1;
    int indent = 0;
    while (text.charAt(lineStart + indent) == ' ') {
      indent++;
    }
    for (int at = eol + 1; at < end; ) {
      int next = text.indexOf('\n', at);
      next = next < 0 || next > end ? end : next;
      int k = at;
      while (k < next && text.charAt(k) == ' ') {
        k++;
      }
      if (k < next && text.charAt(k) != '#') {
        return k - at > indent
            || text.charAt(sign - 2) == ':' && k - at == indent && text.startsWith("- ", k);
      }
      at = next + 1;
    }
    return false;
  }

  /** True if {@code text[from, to)} holds a key's colon (": ", or ":" at its end). */
  private static boolean keyOnLine(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ':' && (i + 1 == to || text.charAt(i + 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameChar(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '_';
  }
}
