package dev.startgate.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * A block scalar whose last line ends the text without a line break ({@code run.sh: |} and its
 * lines, the last one unended) holds no final line break. The line break that starts what is
 * appended after it (results, a document, a pod spec's last entry) would join its value under clip
 * ({@code |}) or keep ({@code |+}) chomping: {@code "echo bye"} would become {@code "echo bye\n"}.
 * Strip chomping ({@code |-}) gives the same value with the break after it; the edit is checked by
 * reading the value again, and none is made when that reading differs. Only for texts without a
 * final line break, which kpt never sends: the parse here costs nothing on other inputs.
 */
final class EndChomping {
  /** Replace {@code text[start, end)} with {@code replacement}. */
  record Edit(int start, int end, String replacement) {}

  private EndChomping() {}

  /** The edit that keeps the value of the block scalar ending {@code text}, if one needs it. */
  static Optional<Edit> of(String text) {
    if (text.isEmpty() || text.endsWith("\n")) {
      return Optional.empty();
    }
    int from = lastDocumentStart(text);
    String tail = text.substring(from);
    ScalarEvent before = lastScalar(tail);
    if (before == null
        || (before.getScalarStyle() != ScalarStyle.LITERAL
            && before.getScalarStyle() != ScalarStyle.FOLDED)) {
      return Optional.empty();
    }
    ScalarEvent after = lastScalar(tail + "\n");
    if (after == null || after.getValue().equals(before.getValue())) {
      return Optional.empty();
    }
    int mark = before.getStartMark().isPresent() ? before.getStartMark().get().getIndex() : -1;
    int indicator = mark < 0 ? -1 : afterProperties(tail, Positions.of(tail).toChar(mark));
    if (indicator < 0
        || indicator >= tail.length()
        || (tail.charAt(indicator) != '|' && tail.charAt(indicator) != '>')) {
      return Optional.empty();
    }
    int end = indicator + 1;
    int plus = -1;
    while (end < tail.length() && "+-123456789".indexOf(tail.charAt(end)) >= 0) {
      if (tail.charAt(end) == '+') {
        plus = end;
      }
      end++;
    }
    Edit edit = plus >= 0 ? new Edit(plus, plus + 1, "-") : new Edit(end, end, "-");
    String fixed =
        tail.substring(0, edit.start()) + edit.replacement() + tail.substring(edit.end()) + "\n";
    ScalarEvent check = lastScalar(fixed);
    if (check == null || !check.getValue().equals(before.getValue())) {
      return Optional.empty();
    }
    return Optional.of(new Edit(from + edit.start(), from + edit.end(), edit.replacement()));
  }

  /** The position after the anchor and tag ({@code &a !!str}) that start at {@code at}, if any. */
  private static int afterProperties(String text, int at) {
    while (at < text.length() && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
    }
    return at;
  }

  /** The start of the line of the last {@code ---} that starts a document, or 0. */
  private static int lastDocumentStart(String text) {
    for (int at = text.lastIndexOf("\n---"); at >= 0; at = text.lastIndexOf("\n---", at - 1)) {
      int after = at + 4;
      if (after == text.length() || " \t\r\n".indexOf(text.charAt(after)) >= 0) {
        return at + 1;
      }
      if (at == 0) {
        break;
      }
    }
    return 0;
  }

  /** The last scalar event of {@code text}, or null if it has none or does not parse. */
  private static ScalarEvent lastScalar(String text) {
    ScalarEvent last = null;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setCodePointLimit(text.length() + 1)
              .setBufferSize(Math.min(text.length() + 1, 64 * 1024))
              .build();
      for (Event e : new Parse(settings).parseReader(new RegionReader(text))) {
        if (e instanceof ScalarEvent s) {
          last = s;
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    return last;
  }
}
