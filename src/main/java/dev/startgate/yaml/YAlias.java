package dev.startgate.yaml;

/**
 * An alias ({@code *name}); startgate never follows aliases when it edits.
 *
 * @param target the node its anchor names, for reading values only (labels, a selector, ports,
 *     which kubectl reads through an alias too); null when the alias stands inside the node its
 *     anchor names. Never edit through it: in a text with CRLF line breaks its offsets are those of
 *     the LF twin the parser read ({@link LineFeeds}), and it is shared by every alias of its
 *     anchor.
 */
public record YAlias(String anchor, int start, int end, int line, int column, YNode target)
    implements YNode {
  /** An alias whose target is not known (built in code). */
  public YAlias(String anchor, int start, int end, int line, int column) {
    this(anchor, start, end, line, column, null);
  }

  /** {@code node}, or the node its anchor names when it is an alias with a known target. */
  public static YNode resolve(YNode node) {
    return node instanceof YAlias a && a.target != null ? a.target : node;
  }

  // Equal by name and place, not by target: an alias bomb's targets hold aliases of their own, and
  // comparing or hashing through them would expand it.
  @Override
  public boolean equals(Object o) {
    return o instanceof YAlias a
        && a.anchor.equals(anchor)
        && a.start == start
        && a.end == end
        && a.line == line
        && a.column == column;
  }

  @Override
  public int hashCode() {
    return (anchor.hashCode() * 31 + start) * 31 + end;
  }

  @Override
  public String toString() {
    return "YAlias[anchor=" + anchor + ", start=" + start + ", end=" + end + "]";
  }
}
