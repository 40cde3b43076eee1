package dev.startgate.cli;

import dev.startgate.yaml.Spliced;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the slices of a text to a byte stream as UTF-8, at most {@code slice} chars encoded at a
 * time: the whole output as bytes was one more copy of it in memory. A surrogate pair is never
 * split, not even between two slices of the text, so the bytes are those of the joined text.
 */
final class Utf8Out implements Spliced.Sink {
  private final PrintStream out;
  private final int slice;

  /** The high surrogate that ended the last slice, held for its low one; 0 if none. */
  private char held;

  /**
   * The bytes of the last few long strings written whole, by identity: the texts of a run share
   * their gate scripts' blocks, and each block is written once per gate container.
   */
  private final String[] encoded = new String[4];

  private final byte[][] bytes = new byte[4][];
  private int next;

  /** Strings written whole from this length on have their bytes kept. */
  private static final int KEPT_FROM = 512;

  Utf8Out(PrintStream out, int slice) {
    if (slice < 2) {
      throw new IllegalArgumentException("slice " + slice);
    }
    this.out = out;
    this.slice = slice;
  }

  @Override
  public void append(String s, int from, int to) {
    if (from >= to) {
      return; // Spliced hands out no empty slice; a held surrogate waits for a char that follows
    }
    int at = from;
    if (held != 0) {
      boolean pair = Character.isLowSurrogate(s.charAt(at));
      emit(pair ? new String(new char[] {held, s.charAt(at)}) : String.valueOf(held));
      at += pair ? 1 : 0;
      held = 0;
    }
    if (at == 0
        && to == s.length()
        && to >= KEPT_FROM
        && to <= slice
        && !Character.isHighSurrogate(s.charAt(to - 1))) {
      write(s);
      return;
    }
    int stop = to;
    if (at < to && Character.isHighSurrogate(s.charAt(to - 1))) {
      // Its low surrogate may start the next slice of the text: written together then.
      held = s.charAt(to - 1);
      stop = to - 1;
    }
    while (at < stop) {
      int end = Math.min(at + slice, stop);
      if (end < stop && Character.isHighSurrogate(s.charAt(end - 1))) {
        end--;
      }
      emit(s.substring(at, end));
      at = end;
    }
  }

  /** Writes a high surrogate the text ended with, and flushes. */
  void finish() {
    if (held != 0) {
      emit(String.valueOf(held));
      held = 0;
    }
    out.flush();
  }

  private void write(String whole) {
    for (int i = 0; i < encoded.length; i++) {
      if (encoded[i] == whole) {
        out.write(bytes[i], 0, bytes[i].length);
        return;
      }
    }
    byte[] made = whole.getBytes(StandardCharsets.UTF_8);
    encoded[next] = whole;
    bytes[next] = made;
    next = (next + 1) % encoded.length;
    out.write(made, 0, made.length);
  }

  private void emit(String chars) {
    byte[] bytes = chars.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
  }
}
