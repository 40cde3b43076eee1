package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;

/**
 * {@link SimpleBlockParser} gives exactly the tree snakeyaml-engine's events give (every node's
 * value, style, offsets, line and column, every document's range), or gives up: on every golden and
 * example file, on regions of them as {@link StreamParts} cuts them, on edge cases, and on
 * thousands of random mutations of them. It never accepts what snakeyaml-engine rejects.
 */
class SimpleBlockParserTest {
  static final YamlLimits LIMITS = YamlLimits.DEFAULT;

  /**
   * snakeyaml-engine's tree of {@code text[start, end)}, or null if it rejects it; with YAML 1.2's
   * {@code \L} and {@code \P} escapes, which it lacks, read as U+2028 and U+2029 ({@link
   * SeparatorEscapes}, as {@link YamlParser} reads them). Read through a {@link RegionReader}, as
   * YamlParser reads: snakeyaml-engine 3.0.1 reads past its buffer when a surrogate pair's first
   * half ends it, and a run over an emoji there was taken for a rejection.
   */
  private static List<YDocument> snake(String text, int start, int end, int line) {
    String region = text.substring(start, end);
    try {
      return new TreeBuilder(text, Positions.of(text, start, end), LIMITS, start, end, line, 0)
          .build(
              new Parse(LoadSettings.builder().setUseMarks(true).build())
                  .parseReader(new RegionReader(region)));
    } catch (org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException e) {
      if (!SeparatorEscapes.is(e)) {
        return null;
      }
      try {
        return SeparatorEscapes.read(
            region,
            line,
            e,
            escapes ->
                new TreeBuilder(text, Positions.of(text, start, end), LIMITS, start, end, line, 0)
                    .build(
                        escapes.restore(
                            new Parse(LoadSettings.builder().setUseMarks(true).build())
                                .parseReader(new RegionReader(escapes.copy())))));
      } catch (YamlInputException | RuntimeException again) {
        return null;
      }
    } catch (YamlInputException | RuntimeException e) {
      return null;
    }
  }

  private static String snakeError(String text) {
    try {
      new YamlParser(LIMITS, 1).parse(text);
      return "no error through YamlParser";
    } catch (YamlInputException e) {
      return e.getMessage();
    }
  }

  /**
   * Asserts the fast parse of {@code text} is snakeyaml's or nothing, and so is the parse with
   * snakeyaml-engine for the documents outside the subset; returns the fast parse.
   */
  static List<YDocument> same(String text, int start, int end, int line, String what) {
    List<YDocument> fast =
        SimpleBlockParser.parse(text, start, end, line, LIMITS, null, 0).documents();
    List<YDocument> mixed =
        SimpleBlockParser.parse(
                text,
                start,
                end,
                line,
                LIMITS,
                new StreamParts.Snake(
                    text, LIMITS, n -> LoadSettings.builder().setUseMarks(true).build()),
                // As YamlParser runs it: what the one pass over the whole text found.
                SimpleBlockParser.firstNotAllowed(text, 0, text.length()))
            .documents();
    if (fast != null || mixed != null) {
      List<YDocument> expected = snake(text, start, end, line);
      if (expected != null && mixed != null && !expected.equals(mixed)) {
        assertEquals(
            expected.toString(),
            mixed.toString(),
            what + " (mixed):\n" + text.substring(start, end));
      }
      if (expected == null && mixed != null) {
        fail(
            what
                + ": the mixed parse accepted what snakeyaml-engine rejects ("
                + snakeError(text.substring(start, end))
                + "):\n"
                + text.substring(start, end));
      }
    }
    if (fast != null) {
      List<YDocument> expected = snake(text, start, end, line);
      if (expected == null) {
        fail(
            what
                + ": accepted what snakeyaml-engine rejects ("
                + snakeError(text.substring(start, end))
                + "):\n"
                + text.substring(start, end));
      }
      if (!expected.equals(fast)) {
        assertEquals(
            expected.toString(), fast.toString(), what + ":\n" + text.substring(start, end));
      }
    }
    return fast;
  }

  /** Each alias of {@code documents}, in order, with its target. */
  private static List<String> targets(List<YDocument> documents) {
    List<String> out = new ArrayList<>();
    for (YDocument d : documents) {
      targets(d.root(), out);
    }
    return out;
  }

  private static void targets(YNode node, List<String> out) {
    if (node instanceof YAlias a) {
      out.add(a + " -> " + a.target());
    } else if (node instanceof YMapping m) {
      for (YMapping.Entry e : m.entries()) {
        targets(e.key(), out);
        targets(e.value(), out);
      }
    } else if (node instanceof YSequence q) {
      for (YNode item : q.items()) {
        targets(item, out);
      }
    }
  }

  private static List<YDocument> same(String text) {
    return same(text, 0, text.length(), 0, "input");
  }

  /** True if {@code text} holds a CR that no LF follows, which {@link YamlParser} rejects. */
  private static boolean hasBareCr(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        return true;
      }
    }
    return false;
  }

  private static List<String> corpus() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String dir : List.of("testdata", "examples", "function-config")) {
      if (!Files.isDirectory(Path.of(dir))) {
        continue;
      }
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          try {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
          } catch (MalformedInputException e) {
            // a golden case of input that is not UTF-8
          }
        }
      }
    }
    return texts;
  }

  @Test
  void everyGoldenAndExampleFileIsParsedAsSnakeyamlDoes() throws IOException {
    int fast = 0;
    List<String> texts = corpus();
    for (String text : texts) {
      if (same(text) != null) {
        fast++;
      }
    }
    // Most files are the block YAML the subset is for; the rest are the cases it leaves alone.
    assertTrue(fast * 10 > texts.size() * 8, fast + " of " + texts.size() + " files parsed fast");
  }

  @Test
  void regionsAsStreamPartsCutThemAreParsedAsSnakeyamlDoes() throws IOException {
    for (String text : corpus()) {
      List<Integer> starts = StreamParts.starts(text, 3);
      int line = 0;
      for (int i = 0; i < starts.size(); i++) {
        int start = starts.get(i);
        int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
        same(text, start, end, line, "region " + start + "-" + end);
        line += Chars.newlines(text, start, end);
      }
    }
  }

  @Test
  void edgeCases() {
    String[] accepted = {
      "a: 1\n",
      "a: 1",
      "",
      "# only a comment\n",
      "---\n",
      "---\n---\n",
      "a:\nb: 2\n",
      "a:\n",
      "a:",
      "a:   \n  # c\nb: x # c\n",
      "a:\n- 1\n- two\nb: [x, 'y', \"z\"]\n",
      "a:\n  - {k: v, 'q': \"w\"}\n  - []\n  - {}\n",
      "- a: 1\n  b:\n  - c\n- d\n",
      "s: 'it''s'\nd: \"tab\\tnew\\nline \\\" \\\\ \\u00e9 \\x41 \\/\"\n",
      "s: |\n  one\n  two\n\n\nt: x\n",
      "s: |-\n  one\n   two\n\nt: x\n",
      "s: |+\n  one\n\n\nt: x\n",
      "s: >\n  one\n  two\n\n  three\n    indented\n  four\n",
      "s: >-\n\n  one\n",
      "s: |\n",
      "s: |\nt: 1\n",
      "k: v\n---\nk: w\n",
      "a: b:c\nurl: http://x:80/y#z\nk: -1\nq: ?x\n",
      "a: b # c\n#d\n",
      "\"quoted key\": 1\n'single': 2\n",
      "a : 1\n",
      "a: é ü 中\n",
      "a:\n  b:\n    c:\n      d: 1\n  e: 2\nf: 3\n",
      "items:\n- apiVersion: v1\n  kind: X\n",
      "- x\n- y\n",
      "items:\n- # a comment\n  apiVersion: v1\n- \n  - nested\n  -   deeper: 1\n",
      // Tabs in a comment or a literal block scalar's text (a Makefile, Go source, an nginx
      // config).
      "# a\tcomment\na: 1 # b\t\t\nc: |\n  \tindented by a tab\n  x\ty\t\n\n  \t\nd: 2\n",
      "- s: |-\n    if x; then\n    \techo y\n    fi\n  t: 1\n",
      // Characters outside the Basic Multilingual Plane: columns count each once.
      "a: \uD83D\uDE00\n",
      "\uD83D\uDE00: x\nb: [\uD83D\uDE00, 'q\uD83D\uDE00', \"\uD83D\uDE00\", {k: \uD83D\uDE00 v}]\n",
      "\uD83D\uDE00\uD83D\uDE00 key: {a: 1, b: \"c\"} # \uD83D\uDE00\nz: \uD83D\uDE00\n",
      "- \uD83D\uDE00: 1\n  b: 2\n- [a, \uD83D\uDC4D]\n",
      "s: |\n  \uD83D\uDE00 one\n  two \uD83D\uDE00\nt: \uD83D\uDE00 x # c\n",
      "k: '\uD83D\uDE00 it''s'\nd: \"\uD83D\uDE00 \\u00e9\"\n",
      "# \uD83D\uDE00\nitems:\n- name: \uD8FF\uDFFF\n  data: {\uD83D\uDE00: [\uD83D\uDE00, \uD83D\uDE00]}\n",
    };
    for (String text : accepted) {
      assertNotNull(same(text), text);
    }
    // Anchors and aliases (PyYAML writes shared labels so), each checked against
    // snakeyaml-engine's tree by same(), the aliases' targets too.
    String[] anchored = {
      "a: &x 1\nb: *x\n",
      "l: &l\n  app: x\nm: *l\nn:\n  o: *l # c\n",
      "l: &l # c\n  app: x\nm: *l\n",
      "- &a x\n- *a\n- &b\n  k: v\n- *b\n-   *b   \n",
      "a: &s\n- 1\nb: *s\n",
      "a: &s\n  - 1\nb: *s\n",
      "a: &f {x: 1}\nb: &g [1, 2]\nc: *f\nd: *g\n",
      "a: &b |\n  text\nc: *b\n",
      "a: &b >-\n  text\nc: *b\n",
      "a: &q 'x'\nb: &r \"y\"\nc: *q\nd: *r\n",
      "base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\n",
      "a: &x 1\nb: &x 2\nc: *x\n",
      "a: &x-1_B 1\nb: *x-1_B\n",
      "a: &p multi\n  line\nb: *p\n",
      "a: &o\n  b: &i 1\n  c: *i\nd: *o\n---\ne: &o 2\nf: *o\n",
      "items:\n- &i\n  name: x\n- *i\n",
      "a: &\uD83D\uDE00 1\n",
    };
    for (String text : anchored) {
      List<YDocument> fast =
          SimpleBlockParser.parse(text, 0, text.length(), 0, LIMITS, null, 0).documents();
      same(text);
      if (!text.contains("\uD83D")) {
        assertNotNull(fast, text);
        assertEquals(targets(snake(text, 0, text.length(), 0)), targets(fast), text);
      }
    }
    String[] given = {
      // Anchors and aliases outside BlockAnchors' subset.
      "a: &x\nb: *x\n",
      "a: *x\n",
      "a: &x\n  b: *x\n",
      "- &a k: v\n- *a\n",
      "a: &x 1\n*x : 2\n",
      "a: &x 1\nb: *x: 2\n",
      "a: &x 1\nb: *x 2\n",
      "a: &\u00e9 1\nb: *\u00e9\n",
      "a: &x, 1\n",
      "a: &x 1\n---\nb: *x\n",
      "a: &x *y\n",
      "a: &x &y 1\n",
      "--- &r\na: 1\n",
      "a: &x 1\nb: [*x]\n",
      "a: &x 1\nb: *x\n  c: 1\n",
      "a: !tag 1\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: 1\n...\n%YAML 1.2\n---\nb: 2\n---\nc: 3\n",
      "a: 1\na: 2\n",
      "a: multi\n  line: x\n",
      "a: x\n  # c\n  y\n",
      "'multi\n  line': 1\n",
      "- 'multi\n  line': 1\n",
      // A colon after a quoted value over lines: a key over lines, which snakeyaml-engine rejects.
      "k: 'multi\n  line': 1\n",
      "k: \"multi\n  line\" : 1\n",
      "- k: 'multi\n    line': 1\n",
      "a: 'x\n---\n y'\n",
      "a: \"x\n...\n y\"\n",
      "a: {b: 'x\n y'}\n",
      "a:\tb\n",
      "a: \"x\ty\"\n",
      "a: x\ty\n",
      "a: 1\t# c\n",
      "a: >\n  x\n  \ty\n",
      "a: |\n\tx\n",
      "a: |\n  x\n \ty\n",
      "a:\n\t- b\n",
      "a: |\t# c\n  x\n",
      "a: 1\r\n",
      "? a\n: b\n",
      "a: |2\n   x\n",
      "a: [1,\n 2]\n",
      "a: b: c\n",
      "a:\n  b: 1\n c: 2\n",
      "a:\n  - 1\n  b: 2\n",
      // A lone surrogate is no character.
      "a: \uD83D\n",
      "a: x\uDE00\n",
      "  a: 1\n",
      "plain\n",
      "a: [1, 2,]\n",
      "a:\n-\n- b\n",
      "a:\n- # c\nb: 1\n",
      "a: \"x\"#c\n",
      "k: v\n...\n",
      "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\nh: 8\ni: 9\nj: 10\nc: 11\n",
      "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\nh: 8\nh: 9\n",
      "m: {a: 1, b: 2, a: 3}\n",
      // snakeyaml-engine 3 reads only ASCII hex digits.
      "1: >\n  \n ",
      "s: |\n  x",
      "a: \"\\x\u0664\u0661\"\n",
      "a: \"\\u\uFF26\uFF26\uFF11\uFF10\"\n",
    };
    for (String text : given) {
      assertNull(same(text), text);
    }
    // Quoted values over several lines (PyYAML writes a string with line breaks so), each checked
    // against snakeyaml-engine's tree by same().
    String[] taken = {
      "a: 'multi\n  line'\n",
      "data:\n  script: '#!/bin/sh\n\n    set -eu\n\n    echo ''ok''\n\n    '\n  b: 1\n",
      "a: \"one \\\n  two\\\n\n  three  \n\n\n   four\"\n",
      "- 'x\n  y'\n- \"z\n\"\n",
      "a: 'x  \n   y'  # c\nb: 2\n",
      "a:\n  b: 'x\ny'\n  c: 1\n",
      // Plain values over several lines, as controller-gen wraps a description.
      "a: multi\n  line\n",
      "d:\n  description: muteTimeIntervals defines the list\n    of intervals.\n\n    More.\n  type: x\n",
      "- one\n  two  # c\n- three\n",
      "k:\n- a\n  b\n",
      "a: x\n\n\nb: 1\n",
      // YAML 1.2's \L and \P (U+2028, U+2029), which kpt writes and snakeyaml-engine 3 lacks, and
      // \U with eight digits.
      "a: \"\\L\"\n",
      "a: \"x\\Py\\L\"\n",
      "a: \"\\U0001F680 \\u00e9\"\n",
    };
    for (String text : taken) {
      assertNotNull(same(text), text);
    }
    // A part snakeyaml-engine reads that holds no document (a byte order mark, a comment) before
    // the first marker: the first document still starts at the stream's start, as in one parse
    // (same() holds the parse with snakeyaml-engine's help equal to one parse).
    for (String text : List.of("\uFEFF\n---\nk0: x\n", "\uFEFF# c\n---\nk0: x")) {
      assertNull(same(text), text);
    }
    // A flow mapping's key more than 1024 chars before its colon: snakeyaml-engine drops it as a
    // simple key and then rejects the colon.
    assertNull(same("a: {" + "k".repeat(1030) + ": v}\n"));
    assertNull(same("- [{x: 1, '" + "k".repeat(1030) + "': v}]\n"));
    assertNotNull(same("a: 1\n"));
  }

  /**
   * The documents of {@code text} as the simple parser gives them, with snakeyaml-engine as its
   * fallback; each region it hands to snakeyaml-engine is added to {@code fallbacks}. Checks that
   * the documents are those of one snakeyaml-engine parse.
   */
  private static List<String> fallbacks(String text) {
    List<String> fallbacks = new ArrayList<>();
    List<YDocument> documents =
        SimpleBlockParser.parse(
                text,
                0,
                text.length(),
                0,
                LIMITS,
                (start, end, line) -> {
                  fallbacks.add(text.substring(start, end));
                  return new SimpleBlockParser.Region(snake(text, start, end, line), 1);
                },
                0)
            .documents();
    assertEquals(snake(text, 0, text.length(), 0), documents);
    return fallbacks;
  }

  @Test
  void aDocumentOutsideTheSubsetIsParsedAloneBySnakeyaml() {
    String text = "a: 1\n---\nb: !x 2\nc: x\n---\nd: |2\n   x\n...\n# c\n---\ne: 5\n";
    assertNull(same(text));
    // Only the two documents outside the subset reach snakeyaml-engine.
    List<String> regions = fallbacks(text);
    assertEquals(2, regions.size(), regions.toString());
    assertTrue(regions.get(0).contains("!x"), regions.get(0));
    assertTrue(regions.get(1).contains("|2"), regions.get(1));
  }

  @Test
  void onlyTheDocumentsWithACharOutsideTheSubsetGoToSnakeyaml() {
    // The chars are checked in one pass over the region; each document is judged by its own.
    String text = "a: \"x\u0085\"\n---\nb: 1\n---\nc: \"\u2028\"\n---\nd: 2\n---\n%e: 3\n";
    assertEquals(
        List.of("a: \"x\u0085\"\n", "---\nc: \"\u2028\"\n", "---\n%e: 3\n"), fallbacks(text));
  }

  @Test
  void aDocumentGivenUpDeepDownLeavesTheNextOnesToTheSimpleParser() {
    // Each of these documents gives up at depth 30 (a tag); the depth it had reached must not
    // count against the documents after it, or the fourth and every later one went to
    // snakeyaml-engine as too deep.
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    String anchored = deep + "  ".repeat(30) + "v: !t 1\n";
    String plain = deep + "  ".repeat(30) + "v: 1\n";
    assertEquals(5, fallbacks((anchored + "---\n").repeat(5) + plain).size());
  }

  @Test
  @Timeout(10)
  void aBlockScalarHeaderAtTheEndWithoutALineBreakEnds() {
    // The cursor went back to the header's line and the sequence read the same item forever.
    for (String text : List.of("- |", "- |+", "a:\n- >-", "a:\n  - |", "- |\n- >")) {
      same(text);
    }
  }

  @Test
  void mutationsAreParsedAsSnakeyamlDoesOrGivenUp() throws IOException {
    // -Dstartgate.mutationSeed=N -Dstartgate.mutationRounds=M for a longer search.
    Random random = new Random(Long.getLong("startgate.mutationSeed", 16));
    int rounds = Integer.getInteger("startgate.mutationRounds", 40);
    String alphabet = " \n:-#'\"|>[]{},.?&*!%@`\\abc01\tLPNxu_e";
    int fast = 0;
    int total = 0;
    for (String text : corpus()) {
      if (text.isEmpty() || text.length() > 6000) {
        continue;
      }
      for (int k = 0; k < rounds; k++) {
        StringBuilder b = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
          int at = random.nextInt(b.length() + 1);
          switch (random.nextInt(5)) {
            case 0 ->
                b.insert(
                    at,
                    random.nextInt(8) == 0
                        ? "\uD83D\uDE00"
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            case 1 -> {
              if (at < b.length()) {
                b.deleteCharAt(at);
              }
            }
            case 2 -> b.insert(at, "  ");
            case 3 -> {
              int from = b.lastIndexOf("\n", Math.max(at - 1, 0)) + 1;
              if (from + 2 <= b.length() && b.charAt(from) == ' ' && b.charAt(from + 1) == ' ') {
                b.delete(from, from + 2);
              }
            }
            default -> {
              if (at < b.length()) {
                b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
              }
            }
          }
        }
        if (hasBareCr(b)) {
          // YamlParser rejects a lone CR before any parser runs (a mutation can split a CRLF).
          continue;
        }
        if (b.toString().codePoints().anyMatch(c -> c >= 0xD800 && c < 0xE000)) {
          // Half of a surrogate pair (a mutation can split one): decoding UTF-8 never gives one.
          continue;
        }
        total++;
        if (same(b.toString()) != null) {
          fast++;
        }
      }
    }
    System.err.println(fast + " of " + total + " mutations parsed fast");
    assertTrue(fast * 4 > total, fast + " of " + total + " mutations parsed fast");
  }

  @Test
  void blockScalarsOfEveryShapeAreParsedAsSnakeyamlDoes() {
    Random random = new Random(Long.getLong("startgate.mutationSeed", 16));
    String[] headers = {"|", "|-", "|+", ">", ">-", ">+", "| # c", ">-  "};
    String[] parents = {"k: ", "- ", "a:\n  k: ", "a:\n- k: ", "a:\n  - "};
    String[] contents = {"", "x", "y z", "  ", "# c", "---", "k: v", "- i", "x  ", " x"};
    int fast = 0;
    int total = Integer.getInteger("startgate.mutationRounds", 100) * 50;
    for (int k = 0; k < total; k++) {
      StringBuilder b = new StringBuilder(parents[random.nextInt(parents.length)]);
      b.append(headers[random.nextInt(headers.length)]).append('\n');
      for (int lines = random.nextInt(7); lines > 0; lines--) {
        b.append(" ".repeat(random.nextInt(7))).append(contents[random.nextInt(contents.length)]);
        b.append('\n');
      }
      if (random.nextBoolean()) {
        b.append(random.nextBoolean() ? "z: 1\n" : "- 2");
      }
      if (same(b.toString()) != null) {
        fast++;
      }
    }
    assertTrue(fast * 4 > total, fast + " of " + total + " block scalars parsed fast");
  }
}
