package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * {@code \L} and {@code \P} in double-quoted scalars: YAML 1.2's escapes of U+2028 and U+2029,
 * which kpt (go-yaml) writes for those characters and snakeyaml-engine 3 rejects ({@link
 * QuotedScalar} reads them). For a document snakeyaml-engine must read, the parser reads a copy in
 * which each such escape that it rejected is another two-char escape the text never uses otherwise
 * ({@code \e}, {@code \a}, ...): one char for one char, so every position still points into the
 * original. The double-quoted scalars' values then get U+2028 and U+2029 back for the chars those
 * stand for.
 */
final class SeparatorEscapes {
  /** At most this many escapes are replaced (each one costs a parse of the text). */
  static final int MAX = 64;

  private static final String LETTERS = "eavfb";
  private static final String CHARS = "\u001B\u0007\u000B\u000C\u0008";

  private final char[] copy;
  private final char forL;
  private final char forP;
  private final Positions positions;

  private SeparatorEscapes(String text, char forL, char forP, Positions positions) {
    this.copy = text.toCharArray();
    this.forL = forL;
    this.forP = forP;
    this.positions = positions;
  }

  /** True if {@code e} is snakeyaml-engine's rejection of {@code \L} or {@code \P}. */
  static boolean is(MarkedYamlEngineException e) {
    String p = e.getProblem();
    return p != null
        && (p.contains("escape character L(76)") || p.contains("escape character P(80)"));
  }

  /** The copy of {@code text} to work on, or null if no two escapes are free to stand in. */
  static SeparatorEscapes of(String text, Positions positions) {
    List<Integer> free = new ArrayList<>(2);
    for (int i = 0; i < LETTERS.length() && free.size() < 2; i++) {
      if (unused(text, LETTERS.charAt(i), CHARS.charAt(i))) {
        free.add(i);
      }
    }
    return free.size() < 2
        ? null
        : new SeparatorEscapes(
            text, LETTERS.charAt(free.get(0)), LETTERS.charAt(free.get(1)), positions);
  }

  /** True if neither {@code \X} nor a numeric escape of {@code c}, nor {@code c} itself, occurs. */
  private static boolean unused(String text, char letter, char c) {
    String hex = String.format(Locale.ROOT, "%02x", (int) c);
    String lower = text.toLowerCase(Locale.ROOT);
    return text.indexOf(c) < 0
        && !text.contains("\\" + letter)
        && !lower.contains("\\x" + hex)
        && !lower.contains("\\u00" + hex)
        && !lower.contains("\\u000000" + hex);
  }

  /** Replaces the escape {@code e} rejected; false if it is not one of these. */
  boolean replace(MarkedYamlEngineException e) {
    if (!is(e) || e.getProblemMark().isEmpty()) {
      return false;
    }
    int at = positions.toChar(e.getProblemMark().get().getIndex());
    if (at < 1 || at >= copy.length || copy[at - 1] != '\\') {
      return false;
    }
    if (copy[at] == 'L') {
      copy[at] = forL;
      return true;
    }
    if (copy[at] == 'P') {
      copy[at] = forP;
      return true;
    }
    return false;
  }

  /** The text with the escapes replaced so far. */
  String copy() {
    return new String(copy);
  }

  /** {@code events} with U+2028 and U+2029 back in the values of double-quoted scalars. */
  Iterable<Event> restore(Iterable<Event> events) {
    char l = CHARS.charAt(LETTERS.indexOf(forL));
    char p = CHARS.charAt(LETTERS.indexOf(forP));
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
          if (e instanceof ScalarEvent s
              && s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
              && (s.getValue().indexOf(l) >= 0 || s.getValue().indexOf(p) >= 0)) {
            return new ScalarEvent(
                s.getAnchor(),
                s.getTag(),
                s.getImplicit(),
                s.getValue().replace(l, '\u2028').replace(p, '\u2029'),
                s.getScalarStyle(),
                s.getStartMark(),
                s.getEndMark());
          }
          return e;
        }
      };
    };
  }
}
