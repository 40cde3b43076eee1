package dev.startgate.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

/** {@link YamlParser}'s errors: snakeyaml-engine's exceptions as messages with a line and a fix. */
final class YamlErrors {
  private YamlErrors() {}

  /** A syntax error at its mark, whose line is {@code lineBase} lines into the text. */
  static YamlInputException syntaxError(MarkedYamlEngineException e, int lineBase) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    String where =
        mark.map(
                m -> " at line " + (lineBase + m.getLine() + 1) + ", column " + (m.getColumn() + 1))
            .orElse("");
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return new YamlInputException(
        plain(e.getProblem() + context) + where,
        mark.map(m -> lineBase + m.getLine() + 1).orElse(0));
  }

  /** The parser's token names in words (the lines of YAML they stand for). */
  private static final String[][] TOKENS = {
    {"'<block mapping start>'", "a key"},
    {"<block mapping start>", "a key"},
    {"'<block sequence start>'", "a list item"},
    {"<block sequence start>", "a list item"},
    {"<block end>", "the end of the block"},
    {"'<stream end>'", "the end of the input"},
    {"<stream end>", "the end of the input"},
    {"'<document start>'", "a document start (---)"},
    {"<document start>", "a document start (---)"},
    {"'<scalar>'", "a value"},
    {"<scalar>", "a value"},
    {"but got :", "but got \":\""},
    {"unexpected end of stream", "the end of the input"},
    {"(while scanning a quoted scalar)", "(in a quoted string, which needs its closing quote)"},
    {"(while parsing a flow sequence)", "(in a list opened with [, which needs a closing ])"},
    {"(while parsing a flow mapping)", "(in a mapping opened with {, which needs a closing })"},
    {"(while parsing a block mapping)", "(in a mapping)"},
    {"(while parsing a block collection)", "(in a mapping or list)"},
  };

  /** {@code message} with the parser's token names in words. */
  static String plain(String message) {
    if (message.indexOf('<') < 0 && message.indexOf("(while ") < 0) {
      return message;
    }
    String out = message;
    for (String[] t : TOKENS) {
      out = out.replace(t[0], t[1]);
    }
    return out;
  }

  /**
   * An error without a mark from a parse of {@code text} from offset {@code from} on: a character
   * YAML does not allow, another of snakeyaml-engine's errors, or nesting too deep for the stack.
   */
  static YamlInputException unmarked(Throwable e, String text, int from) {
    if (e instanceof ReaderException r) {
      // snakeyaml-engine counts code points from where it started; a text holds chars.
      int at = from + Positions.of(text, from, text.length()).toChar(r.getPosition());
      return characterError(text, at, r);
    }
    return e instanceof YamlEngineException y ? otherError(y) : tooDeep();
  }

  /** A NUL at offset {@code at} of {@code text}: a binary file, or one saved as UTF-16. */
  static YamlInputException nul(String text, int at) {
    int line = TreeBuilder.lineOf(text, at);
    return new YamlInputException(
        "a NUL character at line "
            + line
            + ", column "
            + (at - text.lastIndexOf('\n', at - 1))
            + " (a binary file, or text saved as UTF-16)",
        line);
  }

  /**
   * A raw NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR at offset {@code at} of {@code text}: YAML 1.1
   * (kubectl's go-yaml, libyaml, PyYAML) reads it as a line break, YAML 1.2 (startgate) as a
   * character of the line, so the two read the text differently; {@code so} says what follows.
   */
  static String unicodeBreak(String text, int at, YNode object, String so) {
    char c = text.charAt(at);
    String name =
        c == 0x85 ? "NEXT LINE (NEL)" : c == 0x2028 ? "LINE SEPARATOR" : "PARAGRAPH SEPARATOR";
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int line = TreeBuilder.lineOf(text, at);
    int column = text.codePointCount(lineStart, at) + 1;
    if (object != null) {
      line -= TreeBuilder.lineOf(text, object.start()) - 1;
      column -= object.column(); // an item of a ResourceList is indented in it, not in its file
    }
    return String.format(
        java.util.Locale.ROOT,
        "character U+%04X %s at line %d%s, column %d: kubectl reads it as a line break, YAML 1.2"
            + " (startgate) as part of the line, so %s; replace it with a line break, or write it"
            + " as \"%s\" in a double-quoted string",
        (int) c,
        name,
        line,
        object == null ? "" : " of this object",
        column,
        so,
        escape(c));
  }

  /** The error for an eight-digit escape that names no Unicode character. */
  static YamlInputException badEscape(String text, NumberFormatException e) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\\\U[0-9A-Fa-f]{8}").matcher(text);
    while (m.find()) {
      if (Long.parseLong(m.group().substring(2), 16) > Character.MAX_CODE_POINT) {
        int line = TreeBuilder.lineOf(text, m.start());
        return new YamlInputException(
            "\""
                + m.group()
                + "\" at line "
                + line
                + " names no Unicode character (the last is \\U0010FFFF)",
            line);
      }
    }
    return new YamlInputException("an escape names no Unicode character: " + e.getMessage(), 0);
  }

  private static final String HOLDS = "; the text holds ";

  /**
   * {@code e}, naming the first raw NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR on or before its
   * line, if any (once: an error that names one already is returned as it is): kubectl reads one as
   * a line break, so a text it takes can fail here for it.
   */
  static YamlInputException withUnicodeBreak(String text, int clean, YamlInputException e) {
    boolean named = e.getMessage().contains(HOLDS);
    for (int i = clean; !named && e.line() > 0 && !e.limit() && i < text.length(); i++) {
      if (UnicodeBreaks.isBreak(text.charAt(i))) {
        return TreeBuilder.lineOf(text, i) > e.line()
            ? e
            : new YamlInputException(
                e.getMessage()
                    + HOLDS
                    + unicodeBreak(text, i, null, "the two read this text differently"),
                e.line());
      }
    }
    return e;
  }

  /** A character YAML does not allow, at offset {@code at} of {@code text}. */
  private static YamlInputException characterError(String text, int at, ReaderException e) {
    return new YamlInputException(
        String.format(
            java.util.Locale.ROOT,
            "character U+%04X at line %d is not allowed in YAML; remove it or escape it in a"
                + " double-quoted string (\"%s\")",
            e.getCodePoint(),
            TreeBuilder.lineOf(text, at),
            escape(e.getCodePoint())),
        TreeBuilder.lineOf(text, at));
  }

  private static YamlInputException otherError(YamlEngineException e) {
    if (e instanceof YamlVersionException v) {
      return new YamlInputException(
          "%YAML "
              + v.getSpecVersion().getRepresentation()
              + " is not supported; leave the directive out: kubectl (apply and kustomize) and kpt"
              + " refuse any %YAML directive",
          0);
    }
    return new YamlInputException(firstLine(e.getMessage()), 0);
  }

  /** The depth check runs before nesting is built; this is a last line of defence. */
  private static YamlInputException tooDeep() {
    return new YamlInputException("input is nested too deeply", 0);
  }

  static YamlInputException tabError(String text, MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    int line = mark.map(m -> m.getLine() + 1).orElse(0);
    String column = mark.map(m -> ", column " + (m.getColumn() + 1)).orElse("");
    return new YamlInputException(
        "line "
            + line
            + column
            + " has a tab where YAML allows only spaces: in indentation, after \"- \" or \"? \","
            + " or after a \":\" that starts its line (kubectl rejects these too; a tab between two"
            + " tokens of a line, as in \"name:<TAB>web\", is read as a space); replace the tab with"
            + " spaces",
        line);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed YAML";
    }
    String flat = message.strip().replaceAll("\\s*\\n\\s*", " ");
    int snippet = flat.indexOf("    ");
    return snippet > 0 ? flat.substring(0, snippet).strip() : flat;
  }

  private static String escape(int codePoint) {
    if (codePoint <= 0xFF) {
      return String.format(java.util.Locale.ROOT, "\\x%02X", codePoint);
    }
    return codePoint <= 0xFFFF
        ? String.format(java.util.Locale.ROOT, "\\u%04X", codePoint)
        : String.format(java.util.Locale.ROOT, "\\U%08X", codePoint);
  }
}
