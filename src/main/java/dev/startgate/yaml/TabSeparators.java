package dev.startgate.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tabs that separate tokens on a line ({@code metadata:<TAB>}, {@code name:<TAB>web}, {@code
 * "q"<TAB># c}, {@code []<TAB>}, {@code &a<TAB>v}, {@code |<TAB># c}), which the Kubernetes YAML
 * parsers (go-yaml, kyaml) skip as white space and snakeyaml-engine rejects in block context. The
 * parser reads a copy of the input in which those tabs are spaces: one char for one char, so every
 * position still points into the original, which is what edits splice and what untouched text is
 * copied from. Tabs that indent a line or follow a block indicator ({@code - }, {@code ? }, a
 * {@code :} that starts its line), which kubectl rejects too, stay an error, and a copy whose
 * change falls inside a scalar's content (a quoted or block scalar's text) is not used.
 */
final class TabSeparators {
  private TabSeparators() {}

  /** Ranges {@code [start, end)} of white space runs with a tab that separate two tokens. */
  static List<int[]> candidates(String text) {
    List<int[]> runs = new ArrayList<>();
    for (int i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) {
      int start = i;
      while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
        start--;
      }
      int end = i;
      while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
        end++;
      }
      if (afterToken(text, start)) {
        runs.add(new int[] {start, end});
      }
      i = end - 1;
    }
    return runs;
  }

  /**
   * True if {@code text[at - 1]} ends a token on its line: not a line's indentation, not a block
   * indicator ({@code -} or {@code ?} after a space or first on its line), and not a {@code :} with
   * only white space and indicators before it on its line (a complex key's value).
   */
  private static boolean afterToken(String text, int at) {
    if (at < 1) {
      return false;
    }
    char c = text.charAt(at - 1);
    return switch (c) {
      case '\n', '\r' -> false;
      case '-', '?' -> at >= 2 && " \t\r\n".indexOf(text.charAt(at - 2)) < 0;
      case ':' -> {
        for (int j = at - 2; j >= 0; j--) {
          char b = text.charAt(j);
          if (b == '\n' || b == '\r') {
            yield false;
          }
          if (" \t-?".indexOf(b) < 0) {
            yield true;
          }
        }
        yield false;
      }
      default -> true;
    };
  }

  /** {@code text} with the tabs of {@code runs} replaced by spaces, except the skipped ones. */
  static String replace(String text, List<int[]> runs, Set<Integer> skipped) {
    char[] chars = text.toCharArray();
    for (int k = 0; k < runs.size(); k++) {
      if (!skipped.contains(k)) {
        for (int j = runs.get(k)[0]; j < runs.get(k)[1]; j++) {
          chars[j] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /** Indexes of the runs that fall inside a scalar of {@code documents}. */
  static Set<Integer> insideScalars(String text, List<YDocument> documents, List<int[]> runs) {
    Set<Integer> inside = new HashSet<>();
    Deque<YNode> todo = new ArrayDeque<>();
    for (YDocument d : documents) {
      if (d.root() != null) {
        todo.push(d.root());
      }
    }
    while (!todo.isEmpty()) {
      YNode node = todo.pop();
      if (node instanceof YScalar s) {
        mark(text, s, runs, inside);
      } else if (node instanceof YMapping m) {
        for (YMapping.Entry e : m.entries()) {
          todo.push(e.key());
          todo.push(e.value());
        }
      } else if (node instanceof YSequence q) {
        q.items().forEach(todo::push);
      }
    }
    return inside;
  }

  private static void mark(String text, YScalar s, List<int[]> runs, Set<Integer> inside) {
    int from = contentStart(text, s);
    // Runs are sorted: find the first that ends after the scalar's content starts.
    int lo = 0;
    int hi = runs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (runs.get(mid)[1] <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < runs.size() && runs.get(k)[0] < s.end(); k++) {
      inside.add(k);
    }
  }

  /**
   * Where {@code s}'s content starts in {@code text}: past its anchor and tag, and for a block
   * scalar past its header line ({@code |-<TAB># c}), whose white space is no content.
   */
  private static int contentStart(String text, YScalar s) {
    int at = s.start();
    while (at < s.end() && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
      while (at < s.end() && " \t\r\n".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      while (at < s.end() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
    }
    if (at < s.end() && (text.charAt(at) == '|' || text.charAt(at) == '>')) {
      int nl = text.indexOf('\n', at);
      return nl < 0 || nl > s.end() ? s.end() : nl;
    }
    return at;
  }
}
