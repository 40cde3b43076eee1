package dev.startgate.yaml;

import java.io.Reader;

/**
 * Reads {@code text[at, end)} for snakeyaml-engine without copying it, never ending a read on the
 * first half of a surrogate pair: snakeyaml-engine 3.0.1 reads the second half past the end of its
 * buffer when a read ends there, and failed with an index out of bounds on an emoji that fell on a
 * multiple of its buffer's size (review CO: at char 65,536 of a document it parsed).
 */
final class RegionReader extends Reader {
  private final String text;
  private final int end;
  private int at;

  RegionReader(String text, int start, int end) {
    this.text = text;
    this.at = start;
    this.end = end;
  }

  /** All of {@code text}. */
  RegionReader(String text) {
    this(text, 0, text.length());
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (at >= end) {
      return -1;
    }
    int n = Math.min(length, end - at);
    if (n > 1 && Character.isHighSurrogate(text.charAt(at + n - 1))) {
      n--; // the pair comes whole in the next read
    }
    text.getChars(at, at + n, buffer, offset);
    at += n;
    return n;
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
