// Over 300 lines: a structure-aware generator of block YAML, its printer, breaker and minimizer.
package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link SimpleBlockParser} against snakeyaml-engine on random documents built from the grammar the
 * subset covers (and its neighbours), printed validly and slightly broken, whole and in the regions
 * {@link StreamParts} cuts. {@code -Dstartgate.generatedSeed=N -Dstartgate.generatedCases=M} runs a
 * longer search; a failure is shrunk to a small input first.
 */
class SimpleBlockParserGeneratedTest {
  private static final String[] PLAINS = {
    "a",
    "b",
    "x",
    "value",
    "a:b",
    "-x",
    "x#y",
    "x #y",
    "http://h:1/p",
    "null",
    "~",
    "é",
    "中",
    "a b",
    "1",
    "-1",
    "0.5",
    "true",
    "?x",
    ":x",
    "x:",
    "x-",
    "x?",
    "x,y",
    "x]",
    "x}",
    "x[y",
    "a  b",
    "--",
    "---x",
    "...x",
    "x'y",
    "x\"y",
    "x|",
    "x>",
    "%x",
    "x%",
    "@x",
    "`x",
    "x!",
    "x&",
    "x*",
    "-",
    "?",
    ":",
    "#",
    "[",
    "]",
    "{",
    "}",
    "{}",
    "[]",
    "'",
    "\"",
    "|",
    ">",
    "- ",
    "a: b",
    "x :y",
    "\\",
    "\\x41",
    "٤١",
    "Ａ",
    "\u00a0",
    "\u2028",
    "\ufeff",
    "x\u0085y",
  };

  private static final String[] TAME_KEYS = {"k", "name", "a b", "x-y", "é", "app.kubernetes.io/n"};

  private static final String[] TAME_VALUES = {
    "v", "1", "a b", "http://h:1/p", "a:b", "x#y", "é", "中", "null", "~", "-x", "true", "0.5",
  };

  private static final String[] ESCAPES = {
    "\\x41",
    "\\u00e9",
    "\\\"",
    "\\\\",
    "\\/",
    "\\n",
    "\\t",
    "\\0",
    "\\ ",
    "\\N",
    "\\_",
    "\\L",
    "\\P",
    "\\'",
    "\\e",
    "\\x4",
    "\\u00",
    "\\U0001F600",
    "\\q",
    "\\x٤١",
    "\\uＦＦ１０",
    "\\uD800",
    "\\x0a",
    "\\u2028",
    "\\",
  };

  private static final String CHARS = "ab :#-,[]{}'\"\\é中?!&*|>%@`x1 ";

  private Random random = new Random(0);

  /** Percent of scalars drawn from the odd ones. */
  private int wild = 20;

  /** A counter that makes keys distinct. */
  private int names;

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  private String comment() {
    return pick(new String[] {"# c", "#", "# k: v", "#- x", "# ---", "#|"});
  }

  /** A scalar for a key ({@code key}) or a value, in block or flow context. */
  private String scalar(boolean key, boolean flow) {
    int kind = random.nextInt(10);
    if (key && chance(4)) {
      // Keys around snakeyaml-engine's simple-key limit of 1024 chars.
      String body = "k".repeat(990 + random.nextInt(40)) + names++;
      return switch (random.nextInt(3)) {
        case 0 -> body;
        case 1 -> "\"" + body + "\"";
        default -> "'" + body + "'";
      };
    }
    if (!chance(wild)) {
      // Most scalars are the ones Kubernetes tools write; keys are mostly distinct.
      String plain = key ? pick(TAME_KEYS) + names++ : pick(TAME_VALUES);
      if (!key && !flow && chance(3)) {
        // A string with line breaks as PyYAML writes it: single-quoted, a blank line per break.
        String indent = " ".repeat(random.nextInt(7));
        return "'" + plain.replace("'", "''") + "\n\n" + indent + plain + "\n" + indent + "'";
      }
      return switch (random.nextInt(8)) {
        case 0 -> "'" + plain.replace("'", "''") + "'";
        case 1 ->
            "\""
                + plain
                + pick(new String[] {"", "\\x41", "\\u00e9", "\\\"", "\\\\", "\\/"})
                + "\"";
        default -> plain;
      };
    }
    if (kind < 5) {
      return pick(PLAINS);
    }
    if (kind < 7) {
      StringBuilder b = new StringBuilder("'");
      for (int n = random.nextInt(5); n > 0; n--) {
        b.append(chance(20) ? "''" : String.valueOf(CHARS.charAt(random.nextInt(CHARS.length()))));
        if (chance(key || flow ? 2 : 15)) {
          b.append(lineBreak(false));
        }
      }
      return b.append(chance(3) ? "" : "'").toString();
    }
    if (kind < 9) {
      StringBuilder b = new StringBuilder("\"");
      for (int n = random.nextInt(5); n > 0; n--) {
        if (chance(40)) {
          b.append(pick(ESCAPES));
        } else {
          char c = CHARS.charAt(random.nextInt(CHARS.length()));
          b.append(c == '"' || c == '\\' ? 'q' : c);
        }
        if (chance(key || flow ? 2 : 15)) {
          b.append(lineBreak(true));
        }
      }
      return b.append(chance(3) ? "" : "\"").toString();
    }
    StringBuilder b = new StringBuilder();
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      b.append(CHARS.charAt(random.nextInt(CHARS.length())));
    }
    return b.toString().strip().isEmpty() ? "z" : b.toString().strip();
  }

  /**
   * A line break inside a quoted scalar: with spaces before and after it, empty lines, an escaped
   * break (double-quoted only), and now and then a document marker or a comment on the next line.
   */
  private String lineBreak(boolean doubleQuoted) {
    String before = pick(new String[] {"", "", " ", "  "});
    if (doubleQuoted && chance(25)) {
      before = before + "\\";
    }
    String breaks = pick(new String[] {"\n", "\n", "\n\n", "\n  \n", "\n\n\n"});
    String after = " ".repeat(random.nextInt(7));
    if (chance(5)) {
      after = pick(new String[] {"---", "...", "--- x", "#c ", "- "});
    }
    return before + breaks + after;
  }

  private String flow(int depth) {
    boolean map = random.nextBoolean();
    StringBuilder b = new StringBuilder(map ? "{" : "[");
    if (chance(20)) {
      b.append(' ');
    }
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(chance(85) ? ", " : pick(new String[] {",", " , ", ",  "}));
      }
      if (map) {
        b.append(scalar(true, true)).append(chance(90) ? ": " : pick(new String[] {":", " : "}));
      }
      b.append(depth < 3 && chance(20) ? flow(depth + 1) : scalar(false, true));
      if (!map && chance(3)) {
        b.append(": ").append(scalar(false, true));
      }
    }
    if (chance(3)) {
      b.append(',');
    }
    if (chance(20)) {
      b.append(' ');
    }
    return b.append(map ? "}" : "]").toString();
  }

  private String blockScalar(int indent) {
    StringBuilder b = new StringBuilder(pick(new String[] {"|", "|-", "|+", ">", ">-", ">+"}));
    if (chance(10)) {
      b.append(pick(new String[] {" # c", "  ", "2", " x"}));
    }
    b.append('\n');
    int content = indent + 1 + random.nextInt(3);
    String[] lines = {"x", "y z", "", "  more", "# c", "---", "k: v", "- i", "x  ", " ", "é"};
    for (int n = random.nextInt(6); n > 0; n--) {
      String line = pick(lines);
      int pad = chance(85) ? content : random.nextInt(content + 3);
      b.append(line.isEmpty() && chance(50) ? "" : " ".repeat(pad)).append(line).append('\n');
    }
    return b.toString();
  }

  /** Ends a line that holds a value: maybe spaces, maybe a comment. */
  private String eol() {
    String s = chance(10) ? " ".repeat(1 + random.nextInt(2)) : "";
    if (chance(15)) {
      s += " " + comment();
    }
    return s + "\n";
  }

  private String commentLines(int indent) {
    StringBuilder b = new StringBuilder();
    while (chance(8)) {
      String pad = " ".repeat(Math.max(0, indent + random.nextInt(3) - 1));
      b.append(chance(30) ? "" : chance(20) ? pad : pad + comment());
      b.append('\n');
    }
    return b.toString();
  }

  private int width() {
    return 1 + random.nextInt(4);
  }

  /**
   * The value after a key's colon or an item's dash (the text after the indicator, its line break
   * included), in a collection at column {@code indent}.
   */
  private String value(int indent, int depth, boolean afterKey) {
    // An item's value on the next line (or none) is left to snakeyaml-engine: mostly not.
    int kind = random.nextInt(depth > 4 || !afterKey && chance(85) ? 5 : 9);
    if (!afterKey && kind == 4 && chance(85)) {
      kind = 0;
    }
    String space = chance(95) ? " " : chance(50) ? "  " : "";
    if (kind < 3 && chance(12)) {
      return space + plainLines(indent) + eol();
    }
    return switch (kind) {
      case 0, 1, 2 -> space + scalar(false, false) + eol();
      case 3 -> space + flow(0) + eol();
      case 4 -> chance(50) ? space + blockScalar(indent) : eol();
      case 5, 6 -> {
        int w = width();
        yield eol() + commentLines(indent + w) + mapping(indent + w, depth + 1);
      }
      default -> {
        int at = afterKey && chance(50) ? indent : indent + width();
        yield eol() + commentLines(at) + sequence(at, depth + 1);
      }
    };
  }

  /**
   * A plain scalar over several lines, as controller-gen wraps a CRD's descriptions, in a
   * collection at column {@code indent}: continuation lines mostly right of that column, now and
   * then at it or left of it, after empty or comment lines, or holding a colon, a comment or a
   * dash.
   */
  private String plainLines(int indent) {
    String[] words = {"wraps", "a long", "description of", "x", "- not an item", "[not flow]", "é"};
    StringBuilder b = new StringBuilder(pick(new String[] {"first", "a b", "x"}));
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      b.append(pick(new String[] {"", "", "", "  ", " "}));
      b.append(pick(new String[] {"\n", "\n", "\n", "\n\n", "\n  \n", "\n# c\n"}));
      int column =
          chance(85) ? indent + 1 + random.nextInt(4) : Math.max(0, indent - random.nextInt(2));
      b.append(" ".repeat(column)).append(pick(words));
      if (chance(8)) {
        b.append(pick(new String[] {": v", " #c", ":", " : x", "#no comment", "  two  spaces"}));
      }
    }
    return b.toString();
  }

  private String key() {
    String k = scalar(true, false);
    return k + (chance(92) ? ":" : pick(new String[] {" :", "  :", ""}));
  }

  private String mapping(int indent, int depth) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(" ".repeat(indent)).append(key()).append(value(indent, depth, true));
      b.append(commentLines(indent));
    }
    return b.toString();
  }

  private String sequence(int indent, int depth) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.append(" ".repeat(indent)).append('-');
      if (chance(35) && depth < 6) {
        // An item that is a mapping: its first key on the dash's line.
        int w = chance(90) ? 1 : 1 + random.nextInt(3);
        int column = indent + 1 + w;
        b.append(" ".repeat(w)).append(key()).append(value(column, depth + 1, true));
        for (int k = random.nextInt(3); k > 0; k--) {
          b.append(" ".repeat(column)).append(key()).append(value(column, depth + 1, true));
        }
      } else {
        b.append(value(indent, depth, false));
      }
      b.append(commentLines(indent));
    }
    return b.toString();
  }

  private String document() {
    StringBuilder b = new StringBuilder();
    int docs = 1 + random.nextInt(3);
    for (int d = 0; d < docs; d++) {
      if (d > 0 || chance(30)) {
        b.append(commentLines(0));
        b.append(pick(new String[] {"---\n", "---\n", "--- # c\n", "---  \n", "--- #c\n"}));
      }
      b.append(commentLines(0));
      if (chance(8)) {
        continue; // an empty document
      }
      b.append(random.nextBoolean() ? mapping(0, 0) : sequence(0, 0));
    }
    if (chance(5)) {
      b.append(pick(new String[] {"---\n", "...\n", "---", "# end"}));
    }
    String text = b.toString();
    if (chance(20) && text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  /** Breaks {@code text} a little: an indentation off by one, a lost space, a stray char. */
  private String broken(String text) {
    StringBuilder b = new StringBuilder(text);
    for (int edits = 1 + random.nextInt(2); edits > 0 && b.length() > 0; edits--) {
      int at = random.nextInt(b.length());
      int lineStart = b.lastIndexOf("\n", Math.max(at - 1, 0)) + 1;
      if (at == 0) {
        lineStart = 0;
      }
      switch (random.nextInt(6)) {
        case 0 -> b.insert(lineStart, ' ');
        case 1 -> {
          if (b.charAt(lineStart) == ' ') {
            b.deleteCharAt(lineStart);
          }
        }
        case 2 -> {
          int colon = b.indexOf(": ", at);
          if (colon >= 0) {
            b.deleteCharAt(colon + 1);
          }
        }
        case 3 -> b.insert(at, CHARS.charAt(random.nextInt(CHARS.length())));
        case 4 -> b.deleteCharAt(at);
        default -> {
          int nl = b.indexOf("\n", at);
          if (nl >= 0) {
            b.deleteCharAt(nl);
          }
        }
      }
    }
    return b.toString();
  }

  /** Where a {@code ---} line starts, as {@link StreamParts} would cut. */
  private static List<Integer> markerLines(String text) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0;
        i < text.length();
        i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i) + 1) {
      if (i > 0 && text.startsWith("---", i)) {
        char c = i + 3 < text.length() ? text.charAt(i + 3) : '\n';
        if (c == ' ' || c == '\n') {
          at.add(i);
        }
      }
    }
    return at;
  }

  /** A failure message for {@code text[start, end)}, or null if both parsers agree. */
  private static String failure(String text, int start, int end) {
    int line = Chars.newlines(text, 0, start);
    try {
      SimpleBlockParserTest.same(text, start, end, line, "region " + start + "-" + end);
      return null;
    } catch (AssertionError e) {
      return e.getMessage();
    }
  }

  /** Shrinks {@code text} (a whole input) while it still fails. */
  private static String shrink(String text) {
    String best = text;
    boolean progress = true;
    while (progress) {
      progress = false;
      // Whole lines first, then single chars.
      String[] lines = best.split("(?<=\n)");
      for (int i = 0; i < lines.length && !progress; i++) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
          if (k != i) {
            b.append(lines[k]);
          }
        }
        if (failure(b.toString(), 0, b.length()) != null) {
          best = b.toString();
          progress = true;
        }
      }
      for (int i = 0; i < best.length() && !progress; i++) {
        String s = best.substring(0, i) + best.substring(i + 1);
        if (failure(s, 0, s.length()) != null) {
          best = s;
          progress = true;
        }
      }
    }
    return best;
  }

  @Test
  void generatedDocumentsAreParsedAsSnakeyamlDoes() {
    long seed = Long.getLong("startgate.generatedSeed", 7);
    int cases = Integer.getInteger("startgate.generatedCases", 20000);
    random = new Random(seed);
    wild = Integer.getInteger("startgate.generatedWild", 20);
    SimpleBlockParserGeneratedTest g = this;
    Map<String, String> failures = new LinkedHashMap<>();
    int fast = 0;
    for (int k = 0; k < cases && failures.size() < 20; k++) {
      String text = g.document();
      if (g.chance(30)) {
        text = g.broken(text);
      }
      if (SimpleBlockParser.parse(text, 0, text.length(), 0, SimpleBlockParserTest.LIMITS, null, 0)
              .documents()
          != null) {
        fast++;
      }
      String message = failure(text, 0, text.length());
      if (message != null) {
        String small = shrink(text);
        failures.putIfAbsent(small, "case " + k + ": " + failure(small, 0, small.length()));
        continue;
      }
      List<Integer> markers = markerLines(text);
      if (!markers.isEmpty()) {
        int start = markers.get(g.random.nextInt(markers.size()));
        int end = text.length();
        List<Integer> after = markers.stream().filter(m -> m > start).toList();
        if (!after.isEmpty() && g.chance(50)) {
          end = after.get(g.random.nextInt(after.size()));
        }
        message = failure(text, start, end);
        if (message != null) {
          failures.putIfAbsent(
              text.substring(start, end),
              "case " + k + " region " + start + "-" + end + ": " + message);
        }
      }
    }
    failIfAny(failures);
    System.err.println(fast + " of " + cases + " generated documents parsed fast");
    assertTrue(fast * 20 > cases, fast + " of " + cases + " generated documents parsed fast");
  }

  /** A quarter of the generated cases: the tests of whole texts against one parse. */
  private static final int WHOLE_TEXTS = Integer.getInteger("startgate.generatedCases", 20000) / 4;

  private static final String GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n";

  /**
   * An error is reported as one parse of the whole text reports it, message and line, though {@link
   * YamlParser#parse} parses only from the document that failed on: for broken generated documents,
   * after zero to three good ones, in one go and in parts.
   */
  @Test
  void anErrorIsTheOneOfOneParse() {
    int errors = agreeWithOneParse(1, () -> GOOD.repeat(random.nextInt(4)) + broken(document()));
    assertTrue(
        errors * 4 > WHOLE_TEXTS, errors + " of " + WHOLE_TEXTS + " broken documents were errors");
  }

  /**
   * A text with CRLF line breaks, which the simple parser reads as its LF twin ({@code LineFeeds}),
   * gives the tree of snakeyaml-engine's one parse, node for node (value, offsets, line, column),
   * or its error: generated documents (many of them invalid, a fifth broken on purpose), after zero
   * to two good ones, some with LF lines left among the CRLF ones.
   */
  @Test
  void aCrlfTextIsParsedAsSnakeyamlDoes() {
    int errors =
        agreeWithOneParse(
            2,
            () -> {
              String lf =
                  GOOD.repeat(random.nextInt(3)) + (chance(20) ? broken(document()) : document());
              return chance(20) ? someLinesCrlf(lf) : lf.replace("\n", "\r\n");
            });
    int trees = WHOLE_TEXTS - errors;
    assertTrue(trees * 5 > WHOLE_TEXTS, trees + " of " + WHOLE_TEXTS + " CRLF texts were parsed");
  }

  /**
   * Parses {@link #WHOLE_TEXTS} texts from {@code texts} (random seeded with the generated tests'
   * seed plus {@code seed}) with {@link YamlParser#parse} in one part and in three, each of which
   * must give the tree or the error of one snakeyaml-engine parse of the whole text; returns how
   * many were errors.
   */
  private int agreeWithOneParse(int seed, Supplier<String> texts) {
    random = new Random(Long.getLong("startgate.generatedSeed", 7) + seed);
    wild = Integer.getInteger("startgate.generatedWild", 20);
    YamlParser inOneGo = new YamlParser(SimpleBlockParserTest.LIMITS, 1);
    YamlParser inParts = new YamlParser(SimpleBlockParserTest.LIMITS, 3);
    Map<String, String> failures = new LinkedHashMap<>();
    int errors = 0;
    for (int k = 0; k < WHOLE_TEXTS && failures.size() < 10; k++) {
      String text = texts.get();
      String expected = tree(inOneGo, text, true);
      for (YamlParser parser : List.of(inOneGo, inParts)) {
        String got = tree(parser, text, false);
        if (!got.equals(expected)) {
          failures.putIfAbsent(text, "case " + k + ": " + got + "\none parse: " + expected);
        }
      }
      errors += expected.startsWith("error") ? 1 : 0;
    }
    failIfAny(failures);
    return errors;
  }

  /** {@code text} with a CR added before every other line break, at random. */
  private String someLinesCrlf(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\n' && chance(50)) {
        out.append('\r');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String tree(YamlParser parser, String text, boolean whole) {
    try {
      return (whole ? parser.inOneGo(text) : parser.parse(text)).toString();
    } catch (YamlInputException e) {
      return "error at line " + e.line() + ": " + e.getMessage();
    } catch (RuntimeException e) {
      return "exception " + e;
    }
  }

  /** Fails with every input and what went wrong with it, if there is any. */
  private static void failIfAny(Map<String, String> failures) {
    if (!failures.isEmpty()) {
      StringBuilder report = new StringBuilder();
      failures.forEach(
          (input, message) ->
              report.append("\n=== input: ").append(quote(input)).append("\n").append(message));
      fail(failures.size() + " divergences:" + report);
    }
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\n' -> b.append("\\n");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
