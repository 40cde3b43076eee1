package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Read on two cores, a large text's clean run ends where a read from its start ends it. */
class CleanRunTest {
  private static final int LENGTH = 3 * StreamParts.MIN_PART_CHARS;

  @Test
  void endsWhereOneReadEndsIt() {
    char[] plain = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      plain[i] = i % 40 == 39 ? '\n' : 'a';
    }
    int mid = LENGTH / 2;
    int[] places = {0, 5, mid - 1, mid, mid + 1, mid + (1 << 16), mid + (1 << 16) - 1, LENGTH - 1};
    for (char bad : new char[] {'\r', '\t', '\u0085', '\u2028', '\0'}) {
      for (int at : places) {
        char[] c = plain.clone();
        c[at] = bad;
        assertOneRead(new String(c), bad + " at " + at);
      }
    }
    // A directive's % counts at a line's start only, also when the line starts a half or a piece.
    for (int at : places) {
      char[] c = plain.clone();
      c[at] = '%';
      assertOneRead(new String(c), "% at " + at);
      if (at > 0) {
        c[at - 1] = '\n';
        assertOneRead(new String(c), "% after a line break at " + at);
      }
    }
    assertOneRead(new String(plain), "nothing");
  }

  private static void assertOneRead(String text, String what) {
    assertEquals(
        SimpleBlockParser.firstNotAllowed(text, 0, text.length()), CleanRun.of(text), what);
  }
}
