package dev.startgate.yaml;

import java.util.Arrays;
import java.util.Map;

/**
 * A text made of slices of other strings, in order: the source between edits and the edits' own
 * texts. It is handed out slice by slice and joined only when asked: an output of 35 MB joined was
 * two more copies of it in memory, the buffer and its string. Immutable.
 */
public final class Spliced {
  /** Takes the slices of a text in order. */
  @FunctionalInterface
  public interface Sink {
    /** The chars {@code [from, to)} of {@code s}, never empty. */
    void append(String s, int from, int to);

    /**
     * All of {@code s}, never empty: a string many texts of the run hold (a gate script's block in
     * every gate container), so a sink may keep what it makes of it, by identity.
     */
    default void appendShared(String s) {
      append(s, 0, s.length());
    }
  }

  private final String[] strings;
  private final int[] from;
  private final int[] to;

  /** Which slices are shared whole strings ({@link Builder#addShared}); null if none is. */
  private final boolean[] shared;

  private final int count;
  private final long length;

  /** Starts with room for {@code capacity} slices; {@link Builder#add} grows it. */
  static Builder builder(int capacity) {
    return new Builder(Math.max(1, capacity));
  }

  private Spliced(Builder b) {
    this.strings = b.strings;
    this.from = b.from;
    this.to = b.to;
    this.shared = b.shared;
    this.count = b.count;
    this.length = b.length;
  }

  /** A text of one string. */
  public static Spliced of(String text) {
    return builder(1).add(text, 0, text.length()).build();
  }

  /** The number of chars. */
  public long length() {
    return length;
  }

  /** Hands every slice to {@code sink}, in order. */
  public void writeTo(Sink sink) {
    for (int i = 0; i < count; i++) {
      if (shared != null && shared[i]) {
        sink.appendShared(strings[i]);
      } else {
        sink.append(strings[i], from[i], to[i]);
      }
    }
  }

  /**
   * This text with each LF as CRLF. A shared slice is converted once per string: {@code converted}
   * keeps what each one became, by identity, so a gate script in a thousand containers of a CRLF
   * file is one more string, not a thousand.
   */
  Spliced withCrlf(Map<String, String> converted) {
    Builder out = builder(count);
    for (int i = 0; i < count; i++) {
      if (shared != null && shared[i]) {
        out.addShared(converted.computeIfAbsent(strings[i], Spliced::crlf));
      } else if (!hasLineFeed(strings[i], from[i], to[i])) {
        out.add(strings[i], from[i], to[i]);
      } else {
        String slice = crlf(strings[i].substring(from[i], to[i]));
        out.add(slice, 0, slice.length());
      }
    }
    return out.build();
  }

  private static boolean hasLineFeed(String s, int from, int to) {
    int lf = s.indexOf('\n', from);
    return lf >= 0 && lf < to;
  }

  private static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  /** The text as the one string it is made of, "" if empty; null if it has several slices. */
  String single() {
    if (count == 0) {
      return "";
    }
    return count == 1 && from[0] == 0 && to[0] == strings[0].length() ? strings[0] : null;
  }

  /** True if the chars of {@code source} from {@code at} on are this text. */
  boolean matches(String source, int at) {
    if (at < 0 || source.length() - at < length) {
      return false;
    }
    int pos = at;
    for (int i = 0; i < count; i++) {
      if (!source.regionMatches(pos, strings[i], from[i], to[i] - from[i])) {
        return false;
      }
      pos += to[i] - from[i];
    }
    return true;
  }

  /** The text joined: the source string itself if it is all there is. */
  @Override
  public String toString() {
    String single = single();
    if (single != null) {
      return single;
    }
    if (length > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("a text of " + length + " chars cannot be one string");
    }
    StringBuilder out = new StringBuilder((int) length);
    writeTo(out::append);
    return out.toString();
  }

  /** Collects the slices of a {@link Spliced}. */
  static final class Builder {
    private String[] strings;
    private int[] from;
    private int[] to;
    private boolean[] shared;
    private int count;
    private long length;

    private Builder(int capacity) {
      strings = new String[capacity];
      from = new int[capacity];
      to = new int[capacity];
    }

    /** Adds {@code [start, end)} of {@code s}; an empty slice adds nothing. */
    Builder add(String s, int start, int end) {
      if (start < 0 || end < start || end > s.length()) {
        throw new IllegalArgumentException("bad slice " + start + ".." + end);
      }
      if (start == end) {
        return this;
      }
      if (count == strings.length) {
        int grown = count * 2;
        strings = Arrays.copyOf(strings, grown);
        from = Arrays.copyOf(from, grown);
        to = Arrays.copyOf(to, grown);
        if (shared != null) {
          shared = Arrays.copyOf(shared, grown);
        }
      }
      strings[count] = s;
      from[count] = start;
      to[count] = end;
      count++;
      length += end - start;
      return this;
    }

    /** Adds all of {@code s}, a string many texts hold: see {@link Sink#appendShared}. */
    Builder addShared(String s) {
      int at = count;
      add(s, 0, s.length());
      if (count > at) {
        if (shared == null) {
          shared = new boolean[strings.length];
        }
        shared[at] = true;
      }
      return this;
    }

    /** Adds every slice of {@code text}. */
    Builder add(Spliced text) {
      for (int i = 0; i < text.count; i++) {
        if (text.shared != null && text.shared[i]) {
          addShared(text.strings[i]);
        } else {
          add(text.strings[i], text.from[i], text.to[i]);
        }
      }
      return this;
    }

    Spliced build() {
      return new Spliced(this);
    }
  }
}
