package dev.startgate.intent;

import java.util.List;
import java.util.Locale;

/** The known name nearest to a misspelt one, for "did you mean ...?" in config errors. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The name in {@code known} that {@code name} most likely meant, or null: one that ends with
   * {@code name} after a dot ({@code timeout} for {@code defaults.timeout}), one that {@code name}
   * ends with after a dot ({@code spec.orchestrator}), else the nearest by edit distance, ignoring
   * case, if it is close enough to be a typo.
   */
  static String nearest(String name, List<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      if (kl.endsWith("." + lower) || lower.endsWith("." + kl)) {
        return k;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(lower, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, name.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance; names are short (a config key), so the table is small. */
  static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
