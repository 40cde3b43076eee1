package dev.startgate.yaml;

import java.util.Set;

/** Which generated strings {@link BlockWriter} may write plain, without a regular expression. */
final class PlainScalars {
  private PlainScalars() {}

  /**
   * The units of Kubernetes quantities and durations such as 50m, 64Mi, 90s: no YAML version reads
   * those as numbers.
   */
  private static final Set<String> UNITS =
      Set.of("m", "k", "M", "G", "T", "Ki", "Mi", "Gi", "Ti", "s", "h");

  private static final Set<String> WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");

  private static final int LONGEST_WORD = longest(WORDS);

  private static int longest(Set<String> words) {
    int n = 0;
    for (String w : words) {
      n = Math.max(n, w.length());
    }
    return n;
  }

  /**
   * True if {@code s} may be written plain: a quantity, or a word no YAML version reads as anything
   * but a string.
   */
  static boolean safe(String s) {
    if (quantity(s)) {
      return true;
    }
    // Only a word as short as the longest of WORDS is lower-cased and looked up: a lower-cased copy
    // of every image, name and path written was a few per cent of rendering 10,000 resources.
    return plainWord(s)
        && (s.length() > LONGEST_WORD || !WORDS.contains(s.toLowerCase(java.util.Locale.ROOT)))
        && !s.endsWith(":");
  }

  /**
   * A quantity or duration: digits and one of {@link #UNITS} (the regex {@code
   * [0-9]+(m|k|M|G|T|Ki|Mi|Gi|Ti|s|h)}, written out: it ran for every generated scalar).
   */
  static boolean quantity(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && UNITS.contains(s.substring(i));
  }

  /** The regex {@code (?:[A-Za-z_/]|--?[A-Za-z])[A-Za-z0-9_./:@=+\\-]*}, written out. */
  static boolean plainWord(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    char c = s.charAt(0);
    int i = 1;
    if (c == '-') {
      if (i < n && s.charAt(i) == '-') {
        i++;
      }
      if (i >= n || !letter(s.charAt(i))) {
        return false;
      }
      i++;
    } else if (!letter(c) && c != '_' && c != '/') {
      return false;
    }
    for (; i < n; i++) {
      char r = s.charAt(i);
      if (r >= 128 || ((r < 64 ? REST_LOW : REST_HIGH) >>> (r & 63) & 1) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The chars a plain word may hold after its start, as two 64-bit sets (chars 0-63 and 64-127): a
   * run writes about 1.5 million scalars at 10,000 gated Jobs, 18 million chars, mostly the same
   * few images and keys, and a chain of comparisons per char was a tenth of such a run.
   */
  private static final long REST_LOW = charSet("0123456789_./:@=+-", 0);

  private static final long REST_HIGH =
      charSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_./:@=+-", 64);

  private static long charSet(String chars, int from) {
    long set = 0;
    for (char c : chars.toCharArray()) {
      if (c >= from && c < from + 64) {
        set |= 1L << (c - from);
      }
    }
    return set;
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
