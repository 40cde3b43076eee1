package dev.startgate.yaml;

/**
 * Maps snakeyaml-engine's code-point indexes to Java char offsets. Most inputs have no characters
 * outside the Basic Multilingual Plane, and then the two are the same.
 */
final class Positions {
  private final int[] charOfCodePoint;

  private Positions(int[] charOfCodePoint) {
    this.charOfCodePoint = charOfCodePoint;
  }

  static Positions of(String text) {
    return of(text, 0, text.length());
  }

  /** Positions in {@code text[from, to)}, as offsets from {@code from}. */
  static Positions of(String text, int from, int to) {
    // As many code points as chars: no surrogate pair, so both indexes are the same. For a text of
    // one byte per char (most inputs) the JDK answers this without looking at a char.
    if (text.codePointCount(from, to) == to - from) {
      return new Positions(null);
    }
    int[] map = new int[text.codePointCount(from, to) + 1];
    int cp = 0;
    for (int i = from; i < to; i += Character.charCount(text.codePointAt(i))) {
      map[cp++] = i - from;
    }
    map[cp] = to - from;
    return new Positions(map);
  }

  int toChar(int codePointIndex) {
    if (charOfCodePoint == null) {
      return codePointIndex;
    }
    return charOfCodePoint[Math.min(codePointIndex, charOfCodePoint.length - 1)];
  }
}
