package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Replacements of char ranges in one source text, applied together. Everything outside the replaced
 * ranges is copied byte for byte, which is what keeps untouched text untouched.
 */
public final class TextEdits {
  /**
   * One replacement. {@code rank} orders insertions at the same place: text that continues what
   * ends there (items appended to a list) comes first, the innermost node's first, then text that
   * precedes what starts there (a new entry before a key).
   */
  private record Edit(int start, int end, String text, Spliced parts, int rank, int order) {
    /**
     * The replacement is {@code text}, or {@code parts} when it shares long blocks: one of them.
     */
    Edit {
      if ((text == null) == (parts == null)) {
        throw new IllegalArgumentException("an edit has a text or parts");
      }
    }
  }

  /** Rank of an insertion before what follows; appends rank at or below zero. */
  private static final int BEFORE = 1;

  private final String source;
  private final String newline;
  private final List<Edit> edits = new ArrayList<>();

  /**
   * True when text is inserted at the end of a source that does not end with a line break: the
   * break goes once before all of it, however many edits insert there.
   */
  private boolean lineBreakAtEnd;

  /** Edits of {@code source}. */
  public TextEdits(String source) {
    this(source, source.contains("\r\n") ? "\r\n" : "\n");
  }

  /**
   * Edits of {@code source} whose line break is {@code newline}, as another {@link TextEdits} of
   * the same source found it: each look is a scan of the whole input.
   */
  public TextEdits(String source, String newline) {
    this.source = source;
    this.newline = newline;
  }

  /** The line break edits write: CRLF if the source has one, else LF. */
  public String newline() {
    return newline;
  }

  /** The text being edited. */
  public String source() {
    return source;
  }

  /** Replaces {@code [start, end)} with {@code text}, unless that changes nothing. */
  public void replace(int start, int end, String text) {
    add(start, end, text, 0);
  }

  /**
   * Replaces {@code [start, end)} with {@code text}, unless that changes nothing: a text that
   * shares long blocks (the same gate script in every gate container) instead of holding copies of
   * them.
   */
  public void replace(int start, int end, Spliced text) {
    add(start, end, null, text, 0);
  }

  private void add(int start, int end, String text, int rank) {
    add(start, end, text, null, rank);
  }

  private void add(int start, int end, String given, Spliced parts, int rank) {
    if (start < 0 || end < start || end > source.length()) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
    // A text of one string is kept as that string: most edits are short, and parts cost more.
    String text = given != null ? given : parts.single();
    Spliced shared = text == null ? parts : null;
    boolean same =
        text != null
            ? text.length() == end - start && source.regionMatches(start, text, 0, text.length())
            : shared.length() == end - start && shared.matches(source, start);
    if (same) {
      return;
    }
    edits.add(new Edit(start, end, text, shared, rank, edits.size()));
  }

  /**
   * Inserts {@code text} at {@code position} in front of what starts there (a new entry before a
   * key, a new document at the end), after every {@link #append} at the same place and after
   * earlier insertions.
   */
  public void insert(int position, String text) {
    if (!text.isEmpty()) {
      add(position, position, text, BEFORE);
    }
  }

  /** As {@link #insert(int, String)}, of a text that shares long blocks. */
  public void insert(int position, Spliced text) {
    if (text.length() > 0) {
      add(position, position, null, text, BEFORE);
    }
  }

  /**
   * Inserts {@code text} at {@code position} as the continuation of the node that starts at {@code
   * nodeStart} and ends there (items appended to a list, an entry appended to a mapping). Nodes
   * that end at the same place are nested, so the one that starts last is the innermost: its
   * continuation goes first, and every such text goes before an {@link #insert} at the same place.
   * Without this, a list appended to and a new entry inserted before the next key at the same
   * offset came out in recording order, and the list's new items could land in the new entry.
   */
  public void append(int position, int nodeStart, String text) {
    if (!text.isEmpty()) {
      add(position, position, text, -nodeStart);
    }
  }

  /** As {@link #append(int, int, String)}, of a text that shares long blocks. */
  public void append(int position, int nodeStart, Spliced text) {
    if (text.length() > 0) {
      add(position, position, null, text, -nodeStart);
    }
  }

  /**
   * Records every edit of {@code other} (edits of the same source) after the ones recorded here, in
   * {@code other}'s order: as if they had been recorded here.
   */
  public void addAll(TextEdits other) {
    if (!other.source.equals(source)) {
      throw new IllegalArgumentException("edits of another text");
    }
    for (Edit e : other.edits) {
      edits.add(new Edit(e.start(), e.end(), e.text(), e.parts(), e.rank(), edits.size()));
    }
    lineBreakAtEnd |= other.lineBreakAtEnd;
  }

  /**
   * Ends the source's last line before what is inserted at its end, if it lacks a line break: once,
   * however many insertions (a pod spec's new last entry, each appended document) ask for it.
   */
  public void breakLineAtEnd() {
    lineBreakAtEnd |= !source.isEmpty() && !source.endsWith("\n");
  }

  /**
   * The line break ({@code "\r\n"} or {@code "\n"}) of the line of {@code text} that the LF at
   * {@code lf} ends; {@code none} for -1. A stream may join LF and CRLF files: what startgate adds
   * takes the line break of the lines around it.
   */
  public static String lineBreak(String text, int lf, String none) {
    return lf < 0 ? none : lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }

  /**
   * Adds the edit that keeps the value of a block scalar ending the source when the line break goes
   * in after it ({@link EndChomping}), unless another edit changes that scalar's header anyway.
   */
  private void keepLastValue(List<Edit> sorted) {
    EndChomping.of(source)
        .ifPresent(
            k -> {
              for (Edit e : sorted) {
                if (e.start() <= k.end() && e.end() >= k.start()) {
                  return;
                }
              }
              sorted.add(new Edit(k.start(), k.end(), k.replacement(), null, 0, sorted.size()));
            });
  }

  /** True if no edit was recorded. */
  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** The source with every edit applied, as one string. */
  public String apply() {
    return spliced().toString();
  }

  /** The source with every edit applied, as slices of the source and the edits' texts. */
  public Spliced spliced() {
    if (edits.isEmpty()) {
      return Spliced.of(source);
    }
    List<Edit> sorted = new ArrayList<>(edits);
    if (lineBreakAtEnd) {
      keepLastValue(sorted);
    }
    // A plain lambda: Comparator.comparingInt chains spin classes at run time on every start.
    sorted.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : a.end() != b.end()
                    ? Integer.compare(a.end(), b.end())
                    : a.rank() != b.rank()
                        ? Integer.compare(a.rank(), b.rank())
                        : Integer.compare(a.order(), b.order()));
    Spliced.Builder out = Spliced.builder(2 * sorted.size() + 1);
    int at = 0;
    boolean breakLine = lineBreakAtEnd;
    for (Edit e : sorted) {
      if (e.start() < at) {
        throw new IllegalStateException("overlapping edits at " + e.start());
      }
      out.add(source, at, e.start());
      if (breakLine && e.start() == source.length()) { // only what is inserted there needs it
        String eol = lineBreak(source, source.lastIndexOf('\n'), newline); // the last line's
        out.add(eol, 0, eol.length());
        breakLine = false;
      }
      if (e.text() != null) {
        out.add(e.text(), 0, e.text().length());
      } else {
        out.add(e.parts());
      }
      at = e.end();
    }
    return out.add(source, at, source.length()).build();
  }
}
