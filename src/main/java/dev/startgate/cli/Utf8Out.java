package dev.startgate.cli;

import dev.startgate.yaml.Spliced;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

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
   * The bytes of the shared strings written so far ({@link Spliced.Sink#appendShared}), by
   * identity: a run's gate scripts' blocks, each written once per gate container. Before, the last
   * four long strings written whole were kept, and the texts between the blocks pushed the blocks
   * out: half of the blocks of 10,000 gated Jobs were encoded again.
   */
  private final Map<String, byte[]> encoded = new IdentityHashMap<>();

  /** At most this many shared strings have their bytes kept; later ones are encoded each time. */
  private static final int KEPT = 64;

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

  @Override
  public void appendShared(String s) {
    int n = s.length();
    if (held != 0 || n == 0 || n > slice || Character.isHighSurrogate(s.charAt(n - 1))) {
      append(s, 0, n);
      return;
    }
    byte[] bytes = encoded.get(s);
    if (bytes == null) {
      bytes = s.getBytes(StandardCharsets.UTF_8);
      if (encoded.size() < KEPT) {
        encoded.put(s, bytes);
      }
    }
    out.write(bytes, 0, bytes.length);
  }

  /** Writes a high surrogate the text ended with, and flushes. */
  void finish() {
    if (held != 0) {
      emit(String.valueOf(held));
      held = 0;
    }
    out.flush();
  }

  private void emit(String chars) {
    byte[] bytes = chars.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
  }
}
