package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Replacements of char ranges in one source text, applied together. Everything outside the replaced
 * ranges is copied byte for byte, which is what keeps untouched text untouched.
 */
public final class TextEdits {
  private record Edit(int start, int end, String text, int order) {}

  private final String source;
  private final List<Edit> edits = new ArrayList<>();

  /** Edits of {@code source}. */
  public TextEdits(String source) {
    this.source = source;
  }

  /** The text being edited. */
  public String source() {
    return source;
  }

  /** Replaces {@code [start, end)} with {@code text}, unless that changes nothing. */
  public void replace(int start, int end, String text) {
    if (start < 0 || end < start || end > source.length()) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
    if (source.regionMatches(start, text, 0, text.length()) && text.length() == end - start) {
      return;
    }
    edits.add(new Edit(start, end, text, edits.size()));
  }

  /** Inserts {@code text} at {@code position}, after earlier insertions at the same place. */
  public void insert(int position, String text) {
    if (!text.isEmpty()) {
      replace(position, position, text);
    }
  }

  /** True if no edit was recorded. */
  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** The source with every edit applied. */
  public String apply() {
    if (edits.isEmpty()) {
      return source;
    }
    List<Edit> sorted = new ArrayList<>(edits);
    // A plain lambda: Comparator.comparingInt chains spin classes at run time on every start.
    sorted.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : a.end() != b.end()
                    ? Integer.compare(a.end(), b.end())
                    : Integer.compare(a.order(), b.order()));
    StringBuilder out = new StringBuilder(source.length() + 1024);
    int at = 0;
    for (Edit e : sorted) {
      if (e.start() < at) {
        throw new IllegalStateException("overlapping edits at " + e.start());
      }
      out.append(source, at, e.start()).append(e.text());
      at = e.end();
    }
    return out.append(source, at, source.length()).toString();
  }
}
