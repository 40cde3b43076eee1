package dev.startgate.yaml;

/**
 * A node of a parsed YAML document with its position in the source text. Positions are Java char
 * offsets into the whole input, so edits can be spliced into the original text.
 */
public sealed interface YNode permits YScalar, YMapping, YSequence, YAlias {
  /** Char offset where the node starts (its anchor or tag, if any, or its first character). */
  int start();

  /** Char offset just after the node's last character (for block collections: the next token). */
  int end();

  /** Zero-based line of {@link #start()}. */
  int line();

  /** Zero-based column of {@link #start()}. */
  int column();
}
