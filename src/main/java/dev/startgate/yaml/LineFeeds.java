package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text with CRLF line breaks read as its LF twin: the same text with the CR of every CRLF taken
 * out, which {@link SimpleBlockParser} reads (it leaves a CR to snakeyaml-engine, two and a half
 * times slower), and the way back to the text's own offsets. YAML reads a CRLF as one line break
 * and a scalar's line breaks as LF, so the twin's tree holds the same values, lines and columns;
 * only offsets differ, by the CRs before them, and {@link #restore} adds those.
 */
final class LineFeeds {
  /** The text without the CRs. */
  private final String text;

  /**
   * Where in {@link #text} each CR was taken out (the offset of the LF that followed it), in order:
   * an offset {@code p} of the twin is {@code p} plus the number of these below {@code p} in the
   * text. An offset at such an LF is before the CR, where a node ending at the line's end ends.
   */
  private final int[] removed;

  /** The next {@link #removed} entry at or above the last start mapped: starts come in order. */
  private int next;

  private LineFeeds(String text, int[] removed) {
    this.text = text;
    this.removed = removed;
  }

  /**
   * {@code text} without the CR of its CRLFs, the first CR at or after {@code from}; null if a CR
   * is not followed by an LF (an error the parser reports).
   */
  static LineFeeds of(String text, int from) {
    int[] removed = new int[64];
    int count = 0;
    for (int cr = text.indexOf('\r', from); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
      if (cr + 1 == text.length() || text.charAt(cr + 1) != '\n') {
        return null;
      }
      if (count == removed.length) {
        removed = Arrays.copyOf(removed, count * 2);
      }
      removed[count] = cr - count; // where its LF is once the CRs before it are out
      count++;
    }
    // String.replace makes its result at its size, where a builder is one more copy of the text;
    // every CR is before an LF (above), and none is before {@code from}.
    return new LineFeeds(text.replace("\r\n", "\n"), Arrays.copyOf(removed, count));
  }

  /** The text without the CRs, for the parser. */
  String text() {
    return text;
  }

  /** {@code documents} of {@link #text}, with the offsets of the text the CRs were taken from. */
  List<YDocument> restore(List<YDocument> documents) {
    next = 0;
    List<YDocument> out = new ArrayList<>(documents.size());
    for (YDocument d : documents) {
      int start = start(d.start());
      YNode root = d.root() == null ? null : node(d.root());
      out.add(new YDocument(root, start, end(d.end()), d.index()));
    }
    return List.copyOf(out);
  }

  private YNode node(YNode node) {
    if (node instanceof YScalar s) {
      return new YScalar(
          s.value(), s.plain(), s.tag(), start(s.start()), end(s.end()), s.line(), s.column());
    }
    if (node instanceof YMapping m) {
      int start = start(m.start());
      YNode[] pairs = new YNode[2 * m.size()];
      for (int i = 0; i < m.size(); i++) {
        pairs[2 * i] = node(m.key(i));
        pairs[2 * i + 1] = node(m.value(i));
      }
      return m.withPairs(pairs, start, end(m.end()));
    }
    if (node instanceof YSequence q) {
      int start = start(q.start());
      YNode[] items = new YNode[q.items().size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = node(q.items().get(i));
      }
      return new YSequence(List.of(items), q.flow(), start, end(q.end()), q.line(), q.column());
    }
    YAlias a = (YAlias) node;
    // Its target keeps the twin's offsets: it is read for values only (YAlias).
    return new YAlias(a.anchor(), start(a.start()), end(a.end()), a.line(), a.column(), a.target());
  }

  /**
   * The text's offset of a start: starts are mapped in the order of the text (a document, then its
   * nodes depth first, a key before its value; a document starts where the one before ended), so
   * the count of CRs before it moves on from the last one's.
   */
  private int start(int p) {
    while (next < removed.length && removed[next] < p) {
      next++;
    }
    return p + next;
  }

  /** The text's offset of an end, at or after the last start mapped. */
  private int end(int p) {
    int from = next;
    int step = 1;
    int to = from;
    // Gallop from the start's count (an end is mostly on the start's line), then search.
    while (to < removed.length && removed[to] < p) {
      from = to + 1;
      to = Math.min(removed.length, to + step);
      step *= 2;
    }
    int lo = from;
    int hi = Math.min(to, removed.length);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (removed[mid] < p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return p + lo;
  }
}
