// Over 300 lines: the diff, its hunks and the shortest-script search read together.
package dev.startgate.cli;

import dev.startgate.yaml.Spliced;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, 3 lines of context) of two texts, by Myers' algorithm. Lines
 * keep their terminators, so a changed line ending is a change; a last line without a newline is
 * followed by {@code \ No newline at end of file}, as {@code diff} and {@code git apply} expect.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  /** Changed lines up to which {@link #script} searches the shortest script: about 16 MB. */
  private static final int MAX_STEPS = 2000;

  private enum Kind {
    SAME,
    DELETE,
    INSERT
  }

  /** One line of the edit script; {@code a} and {@code b} are 0-based line numbers. */
  private record Op(Kind kind, int a, int b) {}

  private UnifiedDiff() {}

  /**
   * The diff of {@code before} and {@code after}, labelled {@code a/PATH} and {@code b/PATH} as
   * {@code git diff} labels them, so that {@code git apply} takes it as it is; empty if equal.
   * {@code after} is an edit of {@code before} ({@code joined} as one string): the whole lines its
   * slices of {@code before} (the text between the edits) keep are matched at once, and Myers'
   * algorithm runs only between them, over what the edits changed. Over the whole file it took
   * seconds for a large change (1,000 resources with 300 new gates, a 19,000-line diff). A text
   * with no slice of {@code before} ({@code Spliced.of(after)}) is diffed by Myers as a whole.
   */
  static String of(String path, String before, Spliced after, String joined) {
    if (before.equals(joined)) {
      return "";
    }
    int[] aStarts = starts(before);
    int[] bStarts = starts(joined);
    List<String> a = lines(before, aStarts);
    List<String> b = lines(joined, bStarts);
    List<Op> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int[] pair : kept(before, aStarts, after, joined, bStarts)) {
      between(ops, a, b, i, pair[0], j, pair[1]);
      ops.add(new Op(Kind.SAME, pair[0], pair[1]));
      i = pair[0] + 1;
      j = pair[1] + 1;
    }
    between(ops, a, b, i, a.size(), j, b.size());
    return format(path, a, b, ops);
  }

  /**
   * Adds the script of lines {@code [aFrom, aTo)} of {@code a} against {@code [bFrom, bTo)} of b.
   */
  private static void between(
      List<Op> ops, List<String> a, List<String> b, int aFrom, int aTo, int bFrom, int bTo) {
    if (aFrom == aTo && bFrom == bTo) {
      return;
    }
    for (Op op : script(a.subList(aFrom, aTo), b.subList(bFrom, bTo))) {
      ops.add(new Op(op.kind(), op.a() + aFrom, op.b() + bFrom));
    }
  }

  /**
   * The pairs of line numbers (before, after) of the whole lines that the slices of {@code before}
   * carry over into {@code after} ({@code joined}), in order; {@code aStarts} and {@code bStarts}
   * are {@link #starts} of the two.
   */
  static List<int[]> kept(
      String before, int[] aStarts, Spliced after, String joined, int[] bStarts) {
    Kept kept = new Kept(before, aStarts, joined, bStarts);
    after.writeTo(kept);
    return kept.pairs;
  }

  private static final class Kept implements Spliced.Sink {
    private final String before;
    private final String after;
    private final int[] aStarts;
    private final int[] bStarts;
    private final List<int[]> pairs = new ArrayList<>();
    private int at;

    /** The line numbers of the last pair, -1 before the first. */
    private int lastA = -1;

    private int lastB = -1;

    Kept(String before, int[] aStarts, String after, int[] bStarts) {
      this.before = before;
      this.after = after;
      this.aStarts = aStarts;
      this.bStarts = bStarts;
    }

    @Override
    public void append(String s, int from, int to) {
      int offset = at;
      at += to - from;
      if (s != before) {
        return; // an edit's own text
      }
      int first = Arrays.binarySearch(aStarts, 0, aStarts.length - 1, from);
      for (int i = first < 0 ? -first - 1 : first;
          i < aStarts.length - 1 && aStarts[i + 1] <= to;
          i++) {
        int start = offset + aStarts[i] - from;
        int end = offset + aStarts[i + 1] - from;
        boolean wholeLine =
            (start == 0 || after.charAt(start - 1) == '\n')
                && (after.charAt(end - 1) == '\n' || end == after.length());
        int j = wholeLine ? Arrays.binarySearch(bStarts, 0, bStarts.length - 1, start) : -1;
        if (j >= 0 && bStarts[j + 1] == end && i > lastA && j > lastB) {
          pairs.add(new int[] {i, j});
          lastA = i;
          lastB = j;
        }
      }
    }
  }

  private static String format(String path, List<String> a, List<String> b, List<Op> ops) {
    StringBuilder out = new StringBuilder();
    String name = path.startsWith("/") ? path : path.replaceFirst("^(\\./)+", "");
    out.append("--- ").append(GitNames.quoted("a/" + name)).append('\n');
    out.append("+++ ").append(GitNames.quoted("b/" + name)).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind() == Kind.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while the next change is close enough for the contexts to touch.
      int sameRun = 0;
      for (int j = i; j < ops.size(); j++) {
        if (ops.get(j).kind() == Kind.SAME) {
          sameRun++;
          if (sameRun > 2 * CONTEXT) {
            break;
          }
        } else {
          sameRun = 0;
          end = j;
        }
      }
      int stop = Math.min(ops.size() - 1, end + CONTEXT);
      hunk(out, ops.subList(start, stop + 1), a, b);
      i = stop + 1;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Op> ops, List<String> a, List<String> b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (Op op : ops) {
      if (op.kind() != Kind.INSERT) {
        aStart = aStart < 0 ? op.a() : aStart;
        aCount++;
      }
      if (op.kind() != Kind.DELETE) {
        bStart = bStart < 0 ? op.b() : bStart;
        bCount++;
      }
    }
    // diff -u numbers an empty range by the line before it.
    aStart = aCount == 0 ? ops.get(0).a() : aStart + 1;
    bStart = bCount == 0 ? ops.get(0).b() : bStart + 1;
    out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount));
    out.append(" @@\n");
    for (Op op : ops) {
      String line =
          switch (op.kind()) {
            case SAME -> " " + a.get(op.a());
            case DELETE -> "-" + a.get(op.a());
            case INSERT -> "+" + b.get(op.b());
          };
      out.append(line);
      if (!line.endsWith("\n")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  static List<String> lines(String text) {
    return lines(text, starts(text));
  }

  /**
   * The lines of {@code text} with their line breaks, cut at {@code starts}, its {@link #starts}.
   */
  private static List<String> lines(String text, int[] starts) {
    List<String> out = new ArrayList<>(starts.length - 1);
    for (int i = 0; i + 1 < starts.length; i++) {
      out.add(text.substring(starts[i], starts[i + 1]));
    }
    return out;
  }

  /** The offset of each line's start, and the text's length last. */
  static int[] starts(String text) {
    int[] out = new int[16];
    int n = 0;
    for (int at = 0; at < text.length(); ) {
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = at;
      int newline = text.indexOf('\n', at);
      at = newline < 0 ? text.length() : newline + 1;
    }
    out[n++] = text.length();
    return Arrays.copyOf(out, n);
  }

  /**
   * The shortest edit script (Myers 1986). Each step d keeps only the diagonals it can reach, so
   * memory grows with the square of the number of changed lines, not with the file size: beyond
   * {@link #MAX_STEPS} changed lines (the RBAC objects of thousands of Jobs written after a file's
   * last document, or a whole file replaced) the lines between the common head and tail are shown
   * as removed, then added, which needs no search.
   */
  private static List<Op> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int[] v = new int[2 * max + 3];
    int off = max + 1;
    List<int[]> trace = new ArrayList<>();
    search:
    for (int d = 0; d <= max; d++) {
      if (d > MAX_STEPS) {
        return replaced(a, b);
      }
      trace.add(Arrays.copyOfRange(v, off - d - 1, off + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x =
            k == -d || (k != d && v[off + k - 1] < v[off + k + 1])
                ? v[off + k + 1]
                : v[off + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[off + k] = x;
        if (x >= n && y >= m) {
          break search;
        }
      }
    }
    List<Op> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d >= 0; d--) {
      int[] w = trace.get(d);
      int base = d + 1; // w[base + k] is v[k] as it was before step d
      int k = x - y;
      int prevK = k == -d || (k != d && w[base + k - 1] < w[base + k + 1]) ? k + 1 : k - 1;
      int prevX = w[base + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        reversed.add(new Op(Kind.SAME, --x, --y));
      }
      if (d > 0) {
        reversed.add(x == prevX ? new Op(Kind.INSERT, x, --y) : new Op(Kind.DELETE, --x, y));
      }
    }
    List<Op> ops = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      ops.add(reversed.get(i));
    }
    return ops;
  }

  /**
   * The lines of {@code a} and {@code b} between their common head and tail, removed then added.
   */
  private static List<Op> replaced(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int head = 0;
    while (head < n && head < m && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head && a.get(n - 1 - tail).equals(b.get(m - 1 - tail))) {
      tail++;
    }
    List<Op> ops = new ArrayList<>(n + m - head - tail);
    for (int i = 0; i < head; i++) {
      ops.add(new Op(Kind.SAME, i, i));
    }
    for (int i = head; i < n - tail; i++) {
      ops.add(new Op(Kind.DELETE, i, head));
    }
    for (int j = head; j < m - tail; j++) {
      ops.add(new Op(Kind.INSERT, n - tail, j));
    }
    for (int i = 0; i < tail; i++) {
      ops.add(new Op(Kind.SAME, n - tail + i, m - tail + i));
    }
    return ops;
  }
}
