package dev.startgate.intent;

import java.util.List;
import java.util.Locale;

/**
 * Annotations that look meant for startgate but lack its prefix ({@code startgate.io/wait-for},
 * {@code startgate/timeout}, {@code stargate.dev/wait-for}): startgate does not read them, so a
 * warning says so and names the annotation meant, instead of a workload that silently goes ungated.
 */
final class OtherPrefixes {
  private static final String NAME = "startgate";

  /** The prefix without its slash, for a misspelt one. */
  private static final String DOMAIN = "startgate.dev";

  private OtherPrefixes() {}

  /**
   * True if {@code key} does not start with the prefix but holds the word "startgate" in any case
   * (not inside another word, such as {@code restartgate}), or is one of startgate's annotation
   * names under a prefix a typo or two away from {@code startgate.dev/} ({@code
   * stargate.dev/wait-for}, {@code startgate.de/timeout}).
   */
  static boolean looksLikeOurs(String key) {
    if (key.startsWith(Annotations.PREFIX)) {
      return false;
    }
    // Every annotation of every resource comes here (kpt's own are six or more per item): one
    // comparison per char, and a region compared only where an s starts it.
    for (int i = 0, last = key.length() - NAME.length(); i <= last; i++) {
      char c = key.charAt(i);
      if ((c == 's' || c == 'S')
          && (i == 0 || !Character.isLetterOrDigit(key.charAt(i - 1)))
          && key.regionMatches(true, i, NAME, 0, NAME.length())) {
        return true;
      }
    }
    // White space around the key is no part of its name (" stargate.dev/wait-for").
    return misspeltPrefix(key.strip()); // the key itself when it has no white space around it
  }

  private static boolean misspeltPrefix(String key) {
    int slash = key.lastIndexOf('/');
    // Two edits from startgate.dev/ leave a prefix of 11 to 15 chars: kpt's own keys
    // (config.kubernetes.io/index, on every item) stop here.
    if (slash < DOMAIN.length() - 2 || slash > DOMAIN.length() + 2) {
      return false;
    }
    // The six names compared in place, without a copy of the key.
    int length = key.length() - slash - 1;
    for (String name : Annotations.NAMES) {
      if (name.length() == length && key.regionMatches(true, slash + 1, name, 0, length)) {
        return Suggestions.distance(key.substring(0, slash).toLowerCase(Locale.ROOT), DOMAIN) <= 2;
      }
    }
    return false;
  }

  /** Why {@code key} is not read, and the annotation meant if one of {@code known} fits. */
  static String message(String key, List<String> known) {
    int cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('.'));
    String meant = Annotations.PREFIX + key.substring(cut + 1).strip().toLowerCase(Locale.ROOT);
    return "this annotation is not read"
        + Suggestions.padding(key)
        + Suggestions.foreign(key)
        + ": startgate's annotations start with "
        + Annotations.PREFIX
        + (known.contains(meant)
            ? "; did you mean " + meant + "?"
            : "; known: " + String.join(", ", known));
  }
}
