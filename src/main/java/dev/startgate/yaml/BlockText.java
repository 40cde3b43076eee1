package dev.startgate.yaml;

/**
 * What a {@link BlockWriter} write makes: chars in a buffer and, when it shares, the long literal
 * blocks it meets kept as the strings they are. One gate script went into each of 5,000 gate
 * containers as a copy of up to 8 KB, and all the copies were held until the output was written.
 */
final class BlockText {
  /** Literal blocks of at least this many chars are shared by the texts that hold them. */
  static final int SHARED_BLOCK = 512;

  /** Chars after which a sequence item's end ends a slice ({@link #itemEnd}). */
  private static final int LONG_SLICE = 1 << 14;

  /** The chars written since the last shared block. */
  final StringBuilder chars = new StringBuilder();

  private final boolean share;
  private Spliced.Builder parts;

  /** A text that shares long blocks if {@code share}, else holds copies of them. */
  BlockText(boolean share) {
    this.share = share;
  }

  /**
   * Adds {@code block}, a text many others hold: a literal block as {@link Literal#block} makes it,
   * or a {@link Fixed} value's text.
   */
  void block(String block) {
    if (!share || block.length() < SHARED_BLOCK) {
      chars.append(block);
      return;
    }
    cut();
    parts.addShared(block);
  }

  /**
   * Ends a slice after a sequence item once the chars written make a long one: a text of thousands
   * of items (the results of a ResourceList) is slices of some KB, not a builder of all of them and
   * then the string copied from it (18,000 results: 30 MB more at the end of a run).
   */
  void itemEnd() {
    if (share && chars.length() >= LONG_SLICE) {
      cut();
    }
  }

  private void cut() {
    if (parts == null) {
      parts = Spliced.builder(4);
    }
    String before = chars.toString();
    parts.add(before, 0, before.length());
    chars.setLength(0);
  }

  /** The text written. */
  Spliced spliced() {
    String rest = chars.toString();
    return parts == null ? Spliced.of(rest) : parts.add(rest, 0, rest.length()).build();
  }
}
