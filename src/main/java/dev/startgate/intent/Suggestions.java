package dev.startgate.intent;

import dev.startgate.model.Result;
import java.util.List;
import java.util.Locale;

/** The known name nearest to a misspelt one, for "did you mean ...?" in config errors. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * {@code " (written \"KEY \": a space at its end)"} when {@code key} begins or ends with white
   * space, which a message's field path does not show; else {@code ""}.
   */
  public static String padding(String key) {
    boolean before = !key.isEmpty() && Character.isWhitespace(key.charAt(0));
    boolean after = !key.isEmpty() && Character.isWhitespace(key.charAt(key.length() - 1));
    if (!before && !after) {
      return "";
    }
    return " (written "
        + Result.quoted(key)
        + ": "
        + (before && after
            ? "white space around it"
            : before ? "white space before it" : "white space at its end")
        + ")";
  }

  /**
   * {@code " (it holds U+0435, not an ASCII character)"} for the first character of {@code written}
   * beyond ASCII, else {@code ""}: a look-alike letter (Cyrillic е, a hyphen U+2010) quoted in a
   * message looks like the name it should be.
   */
  public static String foreign(String written) {
    for (int i = 0; i < written.length(); ) {
      int c = written.codePointAt(i);
      if (c > 0x7e) {
        return String.format(Locale.ROOT, " (it holds U+%04X, not an ASCII character)", c);
      }
      i += Character.charCount(c);
    }
    return "";
  }

  /**
   * The name in {@code known} that {@code name} most likely meant, or null: one that ends with
   * {@code name} after a dot ({@code timeout} for {@code defaults.timeout}), one that {@code name}
   * ends with after a dot ({@code spec.orchestrator}), one of the same section that the last part
   * of {@code name} begins ({@code emitServer} for {@code emit}; a part of one or two letters only
   * if it begins no other field there) or is the plural of ({@code retry} for {@code retries}),
   * else the nearest by edit distance, ignoring case, if it is close enough to be a typo (a field
   * of the same section is measured by its last part).
   */
  public static String nearest(String name, List<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      if (kl.endsWith("." + lower) || lower.endsWith("." + kl)) {
        return k;
      }
    }
    // Among the fields of the same section, by the last part of the name only: emit is short for
    // emitServer, not a typo of host, which whenReadyServer.emit is as near to in full.
    String leaf = lower.substring(lower.lastIndexOf('.') + 1);
    String section = lower.substring(0, lower.length() - leaf.length());
    // A plural of a field (retries, timeouts) is that field.
    String singular =
        leaf.endsWith("ies")
            ? leaf.substring(0, leaf.length() - 3) + "y"
            : leaf.endsWith("s") ? leaf.substring(0, leaf.length() - 1) : leaf;
    // A name of one or two letters is the start of a field only if no other field of the section
    // starts so (resources.busybox.c is cpu).
    String begun = null;
    int begunCount = 0;
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      if (!leaf.isEmpty() && kl.startsWith(section) && kl.indexOf('.', section.length()) < 0) {
        String field = kl.substring(section.length());
        if (leaf.length() >= 3 && (field.startsWith(leaf) || field.equals(singular))) {
          return k;
        }
        if (field.startsWith(leaf)) {
          begun = begunCount == 0 ? k : begun;
          begunCount++;
        }
      }
    }
    if (begunCount == 1) {
      return begun;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      boolean sameSection = kl.startsWith(section) && kl.indexOf('.', section.length()) < 0;
      int d = sameSection ? distance(leaf, kl.substring(section.length())) : distance(lower, kl);
      int allowed = Math.max(1, Math.min(3, (sameSection ? leaf : lower).length() / 3));
      if (d <= allowed && d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Edit distance with adjacent transpositions (optimal string alignment): {@code nmae} is one edit
   * from {@code name}, as a typist swaps two keys. Names are short (a config key), so the table is
   * small.
   */
  public static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * {@link #distance} of {@code a} and {@code b} if it is at most {@code max}, else {@code max +
   * 1}. Only the cells within {@code max} of the table's diagonal are filled, in three rows, so a
   * pair costs {@code 2 max + 1} cells a character: a "did you mean" that compares one name with
   * thousands stays cheap.
   */
  public static int distanceAtMost(String a, String b, int max) {
    int far = max + 1;
    if (a.length() > 200 || b.length() > 200 || Math.abs(a.length() - b.length()) > max) {
      return far;
    }
    int n = b.length();
    int[] older = new int[n + 1];
    int[] prev = new int[n + 1];
    int[] cur = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      prev[j] = Math.min(j, far);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - max);
      int to = Math.min(n, i + max);
      cur[0] = Math.min(i, far);
      cur[from - 1] = from == 1 ? cur[0] : far;
      int least = cur[from - 1];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, older[j - 2] + 1);
        }
        cur[j] = Math.min(d, far);
        least = Math.min(least, cur[j]);
      }
      if (to < n) {
        cur[to + 1] = far;
      }
      if (least > max) {
        return far;
      }
      int[] spare = older;
      older = prev;
      prev = cur;
      cur = spare;
    }
    return prev[n];
  }
}
