package dev.startgate.yaml;

/**
 * One string per distinct short scalar of a parse: keys, kinds and versions repeat thousands of
 * times in a large input, and one copy each keeps the tree small. Looked up by a range of the input
 * itself, so a scalar seen before costs no new string: a {@code HashMap<String, String>} needed the
 * substring made first, and its hashing and entries were a fifth of the simple parser's time. An
 * open-addressing table of the strings, at most half full. Not thread-safe: one per parse thread.
 */
final class SharedStrings {
  /** Scalars up to this length are shared (longer ones rarely repeat). */
  static final int MAX_LENGTH = 40;

  private String[] table = new String[1 << 10];
  private int size;

  /** {@code text[from, to)} as a string, the one returned before for the same chars if any. */
  String of(String text, int from, int to) {
    int n = to - from;
    if (n > MAX_LENGTH) {
      return text.substring(from, to);
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = table[slot];
      if (known == null) {
        String s = text.substring(from, to);
        add(slot, s);
        return s;
      }
      if (known.length() == n && text.regionMatches(from, known, 0, n)) {
        return known;
      }
    }
  }

  /** {@code value}, or the string returned before with the same chars. */
  String of(String value) {
    return value.length() > MAX_LENGTH ? value : of(value, 0, value.length());
  }

  private void add(int slot, String s) {
    table[slot] = s;
    if (++size * 2 > table.length) {
      String[] old = table;
      table = new String[old.length * 2];
      int mask = table.length - 1;
      for (String k : old) {
        if (k != null) {
          int at = spread(k.hashCode()) & mask;
          while (table[at] != null) {
            at = (at + 1) & mask;
          }
          table[at] = k;
        }
      }
    }
  }

  /** The hash's high bits mixed into the low ones the mask keeps (as {@code HashMap} does). */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
