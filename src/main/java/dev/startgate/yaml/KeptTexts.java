package dev.startgate.yaml;

/**
 * The texts a value was last written as, at most four, each by its layout (up to three numbers,
 * such as an indentation and a column): a value that goes into many places of a run (a gate script,
 * a gate container's fixed parts) is written once per layout and copied after that. The newest
 * comes first. Safe to share between threads: two may both make a text, and each keeps its own,
 * equal one.
 */
final class KeptTexts {
  private static final int KEPT = 4;

  private record Kept(int a, int b, int c, String text) {}

  private volatile Kept[] kept = new Kept[0];

  /** The text kept for layout {@code (a, b, c)}, or null. */
  String get(int a, int b, int c) {
    for (Kept k : kept) {
      // Compared field by field: a record's own equals is bootstrapped at run time on its first
      // call, which spins classes the launcher's archive cannot hold.
      if (k.c() == c && k.a() == a && k.b() == b) {
        return k.text();
      }
    }
    return null;
  }

  /** Keeps {@code text} as the text for layout {@code (a, b, c)}, and returns it. */
  String keep(int a, int b, int c, String text) {
    Kept[] known = kept;
    Kept[] next = new Kept[Math.min(KEPT, known.length + 1)];
    next[0] = new Kept(a, b, c, text);
    System.arraycopy(known, 0, next, 1, next.length - 1);
    kept = next;
    return text;
  }
}
