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
 * QuotedScalar} reads them). For a text snakeyaml-engine must read, the parser reads a copy in
 * which every {@code \L} and {@code \P} (after an odd run of backslashes) is another two-char
 * escape that the text never uses ({@code \e}, {@code \a}, ...), all in one pass: one char for one
 * char, so every position still points into the original. Then the values get back what the text
 * says: in a double-quoted scalar U+2028 and U+2029 for the chars the stand-ins give, in any other
 * scalar (where a backslash is just a char, {@code C:\Logs}) the two chars as written.
 */
final class SeparatorEscapes {
  private static final String LETTERS = "eavfb0N_";
  private static final String CHARS = "\u001B\u0007\u000B\u000C\u0008\u0000\u0085\u00A0";

  private final String copy;
  private final char forL;
  private final char forP;

  private SeparatorEscapes(String copy, char forL, char forP) {
    this.copy = copy;
    this.forL = forL;
    this.forP = forP;
  }

  /** True if {@code e} is snakeyaml-engine's rejection of {@code \L} or {@code \P}. */
  static boolean is(MarkedYamlEngineException e) {
    String p = e.getProblem();
    return p != null
        && (p.contains("escape character L(76)") || p.contains("escape character P(80)"));
  }

  /** The copy of {@code text} to read, or null if no two escapes are free to stand in. */
  static SeparatorEscapes of(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    char forL = 0;
    char forP = 0;
    for (int i = 0; i < LETTERS.length() && forP == 0; i++) {
      if (unused(text, lower, LETTERS.charAt(i), CHARS.charAt(i))) {
        if (forL == 0) {
          forL = LETTERS.charAt(i);
        } else {
          forP = LETTERS.charAt(i);
        }
      }
    }
    if (forP == 0) {
      return null;
    }
    char[] copy = text.toCharArray();
    int run = 0;
    for (int i = 0; i < copy.length; i++) {
      char c = copy[i];
      if (run % 2 == 1 && (c == 'L' || c == 'P')) {
        copy[i] = c == 'L' ? forL : forP;
      }
      run = c == '\\' ? run + 1 : 0;
    }
    return new SeparatorEscapes(new String(copy), forL, forP);
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
    return copy;
  }

  /** {@code events} with the values the original text gives. */
  Iterable<Event> restore(Iterable<Event> events) {
    char l = CHARS.charAt(LETTERS.indexOf(forL));
    char p = CHARS.charAt(LETTERS.indexOf(forP));
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
                  ? v.replace(l, '\u2028').replace(p, '\u2029')
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
