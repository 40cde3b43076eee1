package dev.startgate.yaml;

import java.util.Iterator;
import java.util.Locale;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * {@code \L} and {@code \P} in double-quoted scalars: YAML 1.2's escapes of U+2028 and U+2029,
 * which kpt (go-yaml) writes for those characters and snakeyaml-engine 3 rejects ({@link
 * QuotedScalar} reads them), and {@code \'}, which go-yaml (and so kubectl, kustomize and kpt)
 * reads as a quote and snakeyaml-engine rejects. For a text snakeyaml-engine must read, the parser
 * reads a copy in which every {@code \L} and {@code \P} (after an odd run of backslashes) is
 * another two-char escape that the text never uses ({@code \e}, {@code \a}, ...), all in one pass:
 * one char for one char, so every position still points into the original. A quote after a
 * backslash can also close a single-quoted scalar ({@code 'C:\'}), so {@code \'} is replaced only
 * inside the double-quoted scalar snakeyaml-engine reported it in ({@link #quotesIn}), one scalar
 * per parse. Then the values get back what the text says: in a double-quoted scalar U+2028, U+2029
 * and the quote for the chars the stand-ins give, in any other scalar (where a backslash is just a
 * char, {@code C:\Logs}) the two chars as written.
 */
final class SeparatorEscapes {
  private static final String LETTERS = "eavfb0N_";
  private static final String CHARS = "\u001B\u0007\u000B\u000C\u0008\u0000\u0085\u00A0";

  private final char[] copy;
  private final char forL;
  private final char forP;
  private final char forQuote;

  private SeparatorEscapes(char[] copy, char forL, char forP, char forQuote) {
    this.copy = copy;
    this.forL = forL;
    this.forP = forP;
    this.forQuote = forQuote;
  }

  /** A parse of {@link #copy()}, with the values {@link #restore}d. */
  interface Reader<T> {
    T read(SeparatorEscapes escapes) throws YamlInputException;
  }

  /**
   * What {@code reader} gives for {@code text}, which snakeyaml-engine rejected ({@code e}) for one
   * of these escapes: one parse, and one more for each double-quoted scalar that holds {@code \'},
   * up to a bound (each parse reads all of {@code text} again: one document where it can be,
   * StreamParts.Snake). Throws the first other error, the bound's (its line counted from {@code
   * line}, the input's line before {@code text}), or {@code e} when it cannot be read so.
   */
  static <T> T read(String text, int line, MarkedYamlEngineException e, Reader<T> reader)
      throws YamlInputException {
    SeparatorEscapes escapes = of(text);
    if (escapes == null) {
      throw e;
    }
    MarkedYamlEngineException last = e;
    for (int scalars = 0; ; scalars++) {
      if (quote(last)) {
        int start = scalarStart(text, last);
        if (scalars == MOST_QUOTE_SCALARS) {
          throw YamlInputException.limit(
              "more than "
                  + MOST_QUOTE_SCALARS
                  + " double-quoted strings with the escape \\' in one document that"
                  + " snakeyaml-engine reads (it holds anchors, tags or other YAML startgate's own"
                  + " parser leaves; each such string costs one more parse of it)",
              "write those strings in single quotes, like 'it''s'",
              line + TreeBuilder.lineOf(text, Math.max(start, 0)));
        }
        if (!escapes.quotesIn(start)) {
          throw e;
        }
      }
      try {
        return reader.read(escapes);
      } catch (MarkedYamlEngineException next) {
        if (!quote(next)) {
          throw is(next) ? e : next;
        }
        last = next;
      }
    }
  }

  /** The double-quoted scalars with a {@code \'} escape that one text's parse reads, at most. */
  private static final int MOST_QUOTE_SCALARS = 64;

  /** The char offset of the scalar {@code e} was scanning (its context mark), or -1. */
  private static int scalarStart(String text, MarkedYamlEngineException e) {
    return e.getContextMark()
        .map(
            m ->
                m.getIndex() <= text.codePointCount(0, text.length())
                    ? text.offsetByCodePoints(0, m.getIndex())
                    : -1)
        .orElse(-1);
  }

  /** True if {@code e} is snakeyaml-engine's rejection of {@code \L}, {@code \P} or {@code \'}. */
  static boolean is(MarkedYamlEngineException e) {
    String p = e.getProblem();
    return p != null
        && (p.contains("escape character L(76)")
            || p.contains("escape character P(80)")
            || quote(e));
  }

  /** True if {@code e} is snakeyaml-engine's rejection of {@code \'}. */
  static boolean quote(MarkedYamlEngineException e) {
    return e.getProblem() != null && e.getProblem().contains("escape character '(39)");
  }

  /**
   * The copy of {@code text} to read, or null if no two escapes are free to stand in (a third one,
   * for {@code \'}, where one is free).
   */
  static SeparatorEscapes of(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    char[] free = new char[3];
    int found = 0;
    for (int i = 0; i < LETTERS.length() && found < 3; i++) {
      if (unused(text, lower, LETTERS.charAt(i), CHARS.charAt(i))) {
        free[found++] = LETTERS.charAt(i);
      }
    }
    if (found < 2) {
      return null;
    }
    char forL = free[0];
    char forP = free[1];
    char[] copy = text.toCharArray();
    int run = 0;
    for (int i = 0; i < copy.length; i++) {
      char c = copy[i];
      if (run % 2 == 1 && (c == 'L' || c == 'P')) {
        copy[i] = c == 'L' ? forL : forP;
      }
      run = c == '\\' ? run + 1 : 0;
    }
    return new SeparatorEscapes(copy, forL, forP, free[2]);
  }

  /**
   * Replaces each {@code \'} of the double-quoted scalar that starts at {@code open} (its quote, a
   * char offset) with the quote's stand-in; false if there was none (the error is then another).
   */
  boolean quotesIn(int open) {
    if (forQuote == 0 || open < 0 || open >= copy.length || copy[open] != '"') {
      return false;
    }
    boolean any = false;
    for (int i = open + 1; i < copy.length && copy[i] != '"'; i++) {
      if (copy[i] == '\\' && i + 1 < copy.length) {
        if (copy[i + 1] == '\'') {
          copy[i + 1] = forQuote;
          any = true;
        }
        i++; // the escaped char, a quote or a backslash too
      }
    }
    return any;
  }

  /** True if neither {@code \X} nor a numeric escape of {@code c}, nor {@code c} itself, occurs. */
  private static boolean unused(String text, String lower, char letter, char c) {
    String hex = String.format(Locale.ROOT, "%02x", (int) c);
    return text.indexOf(c) < 0
        && !text.contains("\\" + letter)
        && !lower.contains("\\x" + hex)
        && !lower.contains("\\u00" + hex)
        && !lower.contains("\\u000000" + hex);
  }

  /** The text with the escapes replaced. */
  String copy() {
    return new String(copy);
  }

  /** {@code events} with the values the original text gives. */
  Iterable<Event> restore(Iterable<Event> events) {
    char l = CHARS.charAt(LETTERS.indexOf(forL));
    char p = CHARS.charAt(LETTERS.indexOf(forP));
    // No stand-in for \' (no escape free): p, which the replace before it has gone from the value.
    char q = forQuote == 0 ? p : CHARS.charAt(LETTERS.indexOf(forQuote));
    String standInL = "\\" + forL;
    String standInP = "\\" + forP;
    return () -> {
      Iterator<Event> in = events.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return in.hasNext();
        }

        @Override
        public Event next() {
          Event e = in.next();
          if (!(e instanceof ScalarEvent s)) {
            return e;
          }
          String v = s.getValue();
          String value =
              s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
                  ? v.replace(l, '\u2028').replace(p, '\u2029').replace(q, '\'')
                  : v.replace(standInL, "\\L").replace(standInP, "\\P");
          return value.equals(v)
              ? e
              : new ScalarEvent(
                  s.getAnchor(),
                  s.getTag(),
                  s.getImplicit(),
                  value,
                  s.getScalarStyle(),
                  s.getStartMark(),
                  s.getEndMark());
        }
      };
    };
  }
}
