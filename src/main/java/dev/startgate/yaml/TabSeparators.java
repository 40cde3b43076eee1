package dev.startgate.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tabs after a mapping key ({@code metadata:<TAB>}, {@code name:<TAB>web}), which the Kubernetes
 * YAML parser (go-yaml) skips as white space and snakeyaml-engine rejects in block context. The
 * parser reads a copy of the input in which those tabs are spaces: one char for one char, so every
 * position still points into the original, which is what edits splice and what untouched text is
 * copied from. Only the white space right after a {@code :} that follows a key on the same line is
 * touched, and a copy whose change falls inside a scalar (a block scalar's content) is not used.
 */
final class TabSeparators {
  private TabSeparators() {}

  /** Ranges {@code [start, end)} of white space runs with a tab right after a key's colon. */
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
      if (afterKeyColon(text, start)) {
        runs.add(new int[] {start, end});
      }
      i = end - 1;
    }
    return runs;
  }

  /** True if {@code text[at - 1]} is a colon with something other than spaces before it. */
  private static boolean afterKeyColon(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ':') {
      return false;
    }
    for (int j = at - 2; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (c != ' ' && c != '\t') {
        return true;
      }
    }
    return false;
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
  static Set<Integer> insideScalars(List<YDocument> documents, List<int[]> runs) {
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
        mark(s, runs, inside);
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

  private static void mark(YScalar s, List<int[]> runs, Set<Integer> inside) {
    // Runs are sorted: find the first that ends after the scalar starts.
    int lo = 0;
    int hi = runs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (runs.get(mid)[1] <= s.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < runs.size() && runs.get(k)[0] < s.end(); k++) {
      inside.add(k);
    }
  }
}
