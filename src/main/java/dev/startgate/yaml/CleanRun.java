package dev.startgate.yaml;

/**
 * Where the run of chars the simple parser reads ends in a whole text ({@link
 * SimpleBlockParser#firstNotAllowed}): a text large enough to be parsed in parts is read on two
 * cores, its second half on a thread of its own (a char-by-char look, 3 ns a char in C1-compiled
 * code: 35 ms at 10,000 resources, before anything else can start).
 */
final class CleanRun {
  /** The second half is read in pieces this long, between looks at whether it is still wanted. */
  private static final int PIECE = 1 << 16;

  private CleanRun() {}

  /** The offset of the first char of {@code text} the simple parser leaves, or its length. */
  static int of(String text) {
    int end = text.length();
    if (StreamParts.parts(end) < 2) {
      return SimpleBlockParser.firstNotAllowed(text, 0, end);
    }
    int mid = end / 2;
    SecondHalf second = new SecondHalf(text, mid);
    Thread thread = new Thread(second, "startgate-scan");
    thread.setDaemon(true);
    thread.start();
    int first = SimpleBlockParser.firstNotAllowed(text, 0, mid);
    if (first < mid) {
      second.unwanted = true; // a CR, a tab: found early in many texts
      return first;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      second.unwanted = true;
      return SimpleBlockParser.firstNotAllowed(text, mid, end, text.charAt(mid - 1));
    }
    // -1: the thread ended without an answer (out of memory): read it here.
    return second.found >= 0
        ? second.found
        : SimpleBlockParser.firstNotAllowed(text, mid, end, text.charAt(mid - 1));
  }

  /** The second half's look. A class, not a lambda: no method-handle class spun on large runs. */
  private static final class SecondHalf implements Runnable {
    private final String text;
    private final int mid;

    /** Set when the first half's answer makes this one's unneeded. */
    private volatile boolean unwanted;

    /** The answer, read after the thread is joined; -1 until there is one. */
    private int found = -1;

    SecondHalf(String text, int mid) {
      this.text = text;
      this.mid = mid;
    }

    @Override
    public void run() {
      int end = text.length();
      for (int from = mid; from < end && !unwanted; from += PIECE) {
        int to = Math.min(end, from + PIECE);
        int at = SimpleBlockParser.firstNotAllowed(text, from, to, text.charAt(from - 1));
        if (at < to) {
          found = at;
          return;
        }
      }
      found = end;
    }
  }
}
