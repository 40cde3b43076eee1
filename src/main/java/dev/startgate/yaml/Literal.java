package dev.startgate.yaml;

import java.util.List;

/**
 * A multi-line string written as a literal block scalar ({@code |} or {@code |-}), split into lines
 * and checked once, and its block kept for the indentation it was last written at: one gate script
 * goes into many gate containers of a run, and checking, splitting and indenting it for each was
 * about a third of rendering them. It is written exactly as its string would be. Equal by its text;
 * safe to share between threads.
 */
public final class Literal {
  private final String text;
  private final List<String> lines;

  /**
   * The blocks last written, by indentation: the gates of a run share a few (a Job's, a CronJob's),
   * and the texts that hold a block share its string.
   */
  private final KeptTexts blocks = new KeptTexts();

  private Literal(String text, List<String> lines) {
    this.text = text;
    this.lines = lines;
  }

  /** {@code text} as a literal block scalar; it must be one (multi-line, and literal-safe). */
  public static Literal of(String text) {
    Literal literal = ifLiteral(text);
    if (literal == null) {
      throw new IllegalArgumentException("not writable as a literal block scalar: " + text);
    }
    return literal;
  }

  /**
   * {@code text} as a literal block scalar if it can be one (multi-line, literal-safe), or null.
   */
  static Literal ifLiteral(String text) {
    if (!text.contains("\n") || !safe(text)) {
      return null;
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return new Literal(text, List.of(body.split("\n", -1)));
  }

  /** The string. */
  public String text() {
    return text;
  }

  /** The block after a key or dash: the header, then each line at {@code indent}. */
  String block(int indent) {
    String known = blocks.get(0, 0, indent);
    if (known != null) {
      return known;
    }
    StringBuilder out = new StringBuilder(text.length() + lines.size() * indent + 4);
    out.append(text.endsWith("\n") ? " |\n" : " |-\n");
    for (String line : lines) {
      if (!line.isEmpty()) {
        pad(out, indent).append(line);
      }
      out.append('\n');
    }
    return blocks.keep(0, 0, indent, out.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Literal l && l.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  /** True if {@code s} can be written as a literal block scalar and read back the same. */
  private static boolean safe(String s) {
    // One pass: no line may start with a tab or end with a space or a tab, every char but the
    // line breaks is printable.
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        if (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
          return false;
        }
      } else if ((c == '\t' && (i == 0 || s.charAt(i - 1) == '\n')) || !printable(c)) {
        return false;
      }
    }
    char last = s.isEmpty() ? 'x' : s.charAt(s.length() - 1);
    return last != ' '
        && last != '\t'
        && !s.startsWith(" ")
        && !s.startsWith("\n")
        && !s.endsWith("\n\n");
  }

  /** Spaces to indent with: one append of a slice, not one per column. */
  private static final String SPACES = " ".repeat(64);

  static StringBuilder pad(StringBuilder out, int n) {
    for (int left = n; left > 0; left -= SPACES.length()) {
      out.append(SPACES, 0, Math.min(left, SPACES.length()));
    }
    return out;
  }

  /** A char YAML allows as it is (the spec's c-printable, a surrogate pair handled apart). */
  static boolean printable(char c) {
    return (c >= 0x20 && c <= 0x7e)
        || c == 0x85
        || (c >= 0xa0 && c <= 0xd7ff)
        || (c >= 0xe000 && c <= 0xfffd);
  }
}
