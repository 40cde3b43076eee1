package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlParserTest {
  private final YamlParser parser = new YamlParser(YamlLimits.DEFAULT);

  /**
   * YAML 1.2's \\L and \\P in double-quoted scalars, which snakeyaml-engine 3 lacks, in a document
   * it reads (flow style): the values hold U+2028 and U+2029, a backslash elsewhere is its own.
   */
  @Test
  void lineAndParagraphSeparatorEscapesInDocumentsSnakeyamlReads() throws Exception {
    String text =
        "{\"a\": \"x\\Ly\\Pz\", \"b\": \"C:\\\\Logs\", \"c\": 'q\\L'}\n---\nk: C:\\Logs\n";
    for (YamlParser parser :
        List.of(new YamlParser(YamlLimits.DEFAULT, 1), new YamlParser(YamlLimits.DEFAULT, 2))) {
      List<YDocument> docs = parser.read(text).documents();
      YMapping first = (YMapping) docs.get(0).root();
      assertEquals("x\u2028y\u2029z", ((YScalar) first.value(0)).value());
      assertEquals("C:\\Logs", ((YScalar) first.value(1)).value());
      assertEquals("q\\L", ((YScalar) first.value(2)).value());
      assertEquals("C:\\Logs", ((YScalar) ((YMapping) docs.get(1).root()).value(0)).value());
      YScalar a = (YScalar) first.value(0);
      assertEquals("\"x\\Ly\\Pz\"", text.substring(a.start(), a.end()));
    }
    // Every stand-in escape already used, in a document only snakeyaml-engine reads (a tag):
    // the error stays.
    assertThrows(
        YamlInputException.class,
        () ->
            new YamlParser(YamlLimits.DEFAULT, 1)
                .read("{a: !!str \"\\e\\a\\v\\f\\b\\0\\N\\_\\L\"}\n"));
    // Many escapes, read in one pass; an escaped backslash before L is no escape of L; a plain
    // scalar's backslash is its own.
    String many =
        "a: !!str 1\n---\nb: \"" + "x\\L".repeat(200) + "\"\nc: \"\\\\L\"\nd: C:\\Logs\\Pub\n";
    YMapping second = (YMapping) parser.read(many).documents().get(1).root();
    assertEquals("x\u2028".repeat(200), ((YScalar) second.value(0)).value());
    assertEquals("\\L", ((YScalar) second.value(1)).value());
    assertEquals("C:\\Logs\\Pub", ((YScalar) second.value(2)).value());
  }

  /**
   * go-yaml's \\' in double-quoted scalars (kubectl, kustomize and kpt read "it\\'s" as it's),
   * which snakeyaml-engine rejects: read by the subset parser, and in a document only
   * snakeyaml-engine reads (a tag) beside single-quoted scalars that end with a backslash and plain
   * ones whose backslash and quote are their own.
   */
  @Test
  void quoteEscapesAsGoYamlReadsThem() throws Exception {
    String text =
        "a: !!str \"it\\'s \\\"x\\\" \\\\' y\"\n"
            + "b: 'C:\\'\n"
            + "c: it\\'s\n"
            + "d: \"\\L \\' \\P\"\n"
            + "e: \"\uD83D\uDE00 don\\'t\"\n"
            + "f: x\n"
            + "---\n"
            + "g: \"fast\\'s\"\n";
    for (YamlParser parser :
        List.of(new YamlParser(YamlLimits.DEFAULT, 1), new YamlParser(YamlLimits.DEFAULT, 2))) {
      List<YDocument> docs = parser.read(text).documents();
      YMapping first = (YMapping) docs.get(0).root();
      assertEquals("it's \"x\" \\' y", ((YScalar) first.value(0)).value());
      assertEquals("C:\\", ((YScalar) first.value(1)).value());
      assertEquals("it\\'s", ((YScalar) first.value(2)).value());
      assertEquals("\u2028 ' \u2029", ((YScalar) first.value(3)).value());
      assertEquals("\uD83D\uDE00 don't", ((YScalar) first.value(4)).value());
      assertEquals("fast's", ((YScalar) ((YMapping) docs.get(1).root()).value(0)).value());
    }
    // Each document snakeyaml-engine reads takes 64 such strings, read in that document alone
    // (not by parses of the whole text: 300 documents of 10 each); 65 in one is a limit's error
    // at the 65th.
    StringBuilder docs = new StringBuilder();
    for (int d = 0; d < 300; d++) {
      docs.append("---\na: !!str 1\n");
      for (int i = 0; i < 10; i++) {
        docs.append("k").append(i).append(": \"q\\'\"\n");
      }
    }
    List<YDocument> read = new YamlParser(YamlLimits.DEFAULT, 1).read(docs.toString()).documents();
    assertEquals(300, read.size());
    assertEquals("q'", ((YScalar) ((YMapping) read.get(299).root()).value(10)).value());
    StringBuilder b = new StringBuilder("a: !!str 1\n");
    for (int i = 0; i < 65; i++) {
      b.append("k").append(i).append(": \"q\\'\"\n");
    }
    YamlInputException e =
        assertThrows(
            YamlInputException.class,
            () -> new YamlParser(YamlLimits.DEFAULT, 1).read("x: 1\n---\n" + b));
    assertTrue(e.limit(), e.getMessage());
    assertEquals(3 + 65, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("more than 64 double-quoted strings"), e.getMessage());
  }

  /** Six of the eight stand-in escapes used: \\L and \\P still read (\\' needs a third). */
  @Test
  void separatorEscapesWithTwoStandInsLeft() throws Exception {
    String text = "a: !!str \"\\e\\a\\v\\f\\b\\0 x\\Ly\\P\"\n";
    YMapping m =
        (YMapping) new YamlParser(YamlLimits.DEFAULT, 1).read(text).documents().get(0).root();
    assertEquals(
        "\u001B\u0007\u000B\u000C\u0008\u0000 x\u2028y\u2029", ((YScalar) m.value(0)).value());
  }

  @Test
  void givesCharPositionsAlsoAfterCharactersOutsideTheBmp() throws Exception {
    String text = "a: \"😀\"\nb: x\n";
    YMapping m = (YMapping) parser.parse(text).get(0).root();
    YScalar b = (YScalar) m.get("b").orElseThrow();
    assertEquals("x", text.substring(b.start(), b.end()));
  }

  @Test
  void tellsTheLineBreakAndFindsWhatFollowsALongCleanRun() throws Exception {
    // Every look for a CR, a NUL or a directive starts where the one pass over the chars the
    // simple parser leaves stopped: what follows a long clean run must still be found.
    String clean = "---\na: 1\n".repeat(10_000);
    assertEquals("\n", parser.read(clean).newline());
    assertEquals("\r\n", parser.read(clean + "c: 3\r\n").newline());
    assertEquals(10_001, parser.read(clean + "---\r\nc: 3\r\n").documents().size());
    YamlInputException cr =
        assertThrows(YamlInputException.class, () -> parser.read(clean + "c: 3\r"));
    assertTrue(cr.getMessage().contains("carriage return"), cr.getMessage());
    YamlInputException nul =
        assertThrows(YamlInputException.class, () -> parser.read(clean + "c: \0\n"));
    assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
    YamlInputException directive =
        assertThrows(YamlInputException.class, () -> parser.read(clean + "%YAML 1.2\nc: 3\n"));
    assertTrue(directive.getMessage().contains("directive"), directive.getMessage());
  }

  @Test
  void splitsDocumentsAndKeepsEmptyOnes() throws Exception {
    List<YDocument> docs = parser.parse("---\n# c\n---\na: 1\n...\n---\nb: 2\n");
    assertEquals(3, docs.size());
    assertEquals(docs.get(0).end(), docs.get(1).start());
  }

  @Test
  void readsATabAfterAKeyAsASpaceAsKubectlDoes() throws Exception {
    String text =
        "metadata:\t\n  name:\tweb\n  labels:\t# c\n    app: web\n"
            + "data:\n  script: |\n    k:\tv\n  quoted: \"a:\tb\"\n";
    YMapping root = (YMapping) parser.parse(text).get(0).root();
    YScalar name = (YScalar) root.at("metadata", "name").orElseThrow();
    assertEquals("web", name.value());
    assertEquals("web", text.substring(name.start(), name.end()));
    assertEquals("web", ((YMapping) root.at("metadata", "labels").orElseThrow()).text("app").get());
    // Tabs inside scalars are content, not separators: they stay tabs.
    assertEquals("k:\tv\n", ((YScalar) root.at("data", "script").orElseThrow()).value());
    assertEquals("a:\tb", ((YScalar) root.at("data", "quoted").orElseThrow()).value());
  }

  @Test
  void readsATabBetweenTokensAsASpaceAsKubectlDoes() throws Exception {
    String text =
        "a: \"q\"\t# c\nb: 'q'\t\nc: []\t# c\nd: {e: f}\t\ng: &x\tv\nh: *x\t\ni: !!str\tw\n"
            + "j: |\t# c\n  k:\tl\nm: >-\t\n  n\n";
    YMapping root = (YMapping) parser.parse("---\t\n" + text).get(0).root();
    assertEquals("q", root.text("a").get());
    assertEquals("q", root.text("b").get());
    assertEquals("v", root.text("g").get());
    assertEquals("w", root.text("i").get());
    assertEquals("k:\tl\n", root.text("j").get());
    assertEquals("n", root.text("m").get());
    // Each of them a tab in indentation or after a block indicator: kubectl rejects them too.
    for (String bad : List.of("a:\n-\tb\n", "a:\n  - b\n  -\tc\n", "? a\n:\tb\n", "a:\n\tb: c\n")) {
      YamlInputException e = assertThrows(YamlInputException.class, () -> parser.parse(bad), bad);
      assertTrue(e.getMessage().contains("has a tab"), bad + ": " + e.getMessage());
    }
  }

  @Test
  void namesTheLineAndTheFixForATabKubectlRejectsToo() {
    YamlInputException e =
        assertThrows(YamlInputException.class, () -> parser.parse("metadata:\n\tname: x\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("line 2, column 1 has a tab"), e.getMessage());
    assertTrue(e.getMessage().endsWith("replace the tab with spaces"), e.getMessage());
  }

  @Test
  void keepsAliasesAsAliases() throws Exception {
    YMapping m = (YMapping) parser.parse("a: &x [1]\nb: *x\n").get(0).root();
    assertInstanceOf(YAlias.class, m.get("b").orElseThrow());
  }

  /**
   * An alias knows the node its anchor names (the latest of that name before it), for reading
   * values; none when it stands inside that node. The same with CRLF line breaks, where the parser
   * reads the text's LF twin.
   */
  @Test
  void anAliasKnowsTheNodeItsAnchorNames() throws Exception {
    for (String nl : List.of("\n", "\r\n")) {
      String text =
          String.join(
              nl,
              "a: &x {app: db}",
              "b: *x",
              "c: &s v1",
              "d: *s",
              "e: &x [2]",
              "f: *x",
              "g: &r {self: *r}",
              "");
      YMapping m = (YMapping) parser.parse(text).get(0).root();
      YMapping b = (YMapping) YAlias.resolve(m.get("b").orElseThrow());
      assertEquals("db", b.text("app").orElseThrow(), nl);
      assertEquals("v1", ((YScalar) YAlias.resolve(m.get("d").orElseThrow())).value());
      YSequence f = (YSequence) YAlias.resolve(m.get("f").orElseThrow());
      assertEquals("2", ((YScalar) f.items().get(0)).value());
      YAlias self = (YAlias) ((YMapping) m.get("g").orElseThrow()).get("self").orElseThrow();
      assertNull(self.target(), nl);
      assertEquals(self, YAlias.resolve(self));
    }
  }

  @Test
  void rejectsDeepNestingBeforeBuildingIt() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    YamlInputException e = assertThrows(YamlInputException.class, () -> parser.parse(deep));
    assertTrue(e.getMessage().contains("nesting deeper than 100"), e.getMessage());
  }

  @Test
  void rejectsTooManyAliases() {
    StringBuilder b = new StringBuilder("a: &a x\nl:\n");
    for (int i = 0; i < 51; i++) {
      b.append("- *a\n");
    }
    assertThrows(YamlInputException.class, () -> parser.parse(b.toString()));
  }

  @Test
  void rejectsDuplicateKeysAndNul() {
    assertThrows(YamlInputException.class, () -> parser.parse("a: 1\na: 2\n"));
    assertThrows(YamlInputException.class, () -> parser.parse("a: \0\n"));
  }

  @Test
  void namesTheLinesOfADuplicateKeyInALaterDocument() {
    String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n";
    String text = doc.repeat(20) + "data:\n  a: 1\n  b: 2\n  a: 3\n";
    YamlInputException e = assertThrows(YamlInputException.class, () -> parser.parse(text));
    assertEquals("duplicate key \"a\" at line 84, column 3 (first at line 82)", e.getMessage());
    assertEquals(84, e.line());
  }

  @Test
  void rejectsInputOverTheSizeLimit() {
    YamlParser small = new YamlParser(new YamlLimits(10, 100, 50));
    assertThrows(YamlInputException.class, () -> small.parse("a: 12345678901\n"));
  }

  @Test
  void reportsTheLineOfASyntaxError() {
    YamlInputException e =
        assertThrows(YamlInputException.class, () -> parser.parse("a: 1\nb: [\nc: 2\n"));
    assertTrue(e.getMessage().contains("line"), e.getMessage());
  }

  /**
   * A ResourceList whose items alias anchors of items before them inside flow collections (PyYAML
   * writes a list with shared dicts so): each run of items that failed so counted its error's line
   * from the text's start, quadratic in the text's size (15 s here, 18 s for bench/anchored.py's
   * 10,000 items with flow merges); from the alias's mark now (2.6 s here).
   */
  @Test
  @Timeout(15)
  void itemsThatAliasEachOthersAnchorsAreReadInLinearTime() throws Exception {
    StringBuilder b = new StringBuilder("apiVersion: v1\nkind: ResourceList\nitems:\n");
    int n = 2500;
    for (int i = 0; i < n; i++) {
      String id = "id" + i;
      b.append("- kind: Deployment\n  metadata:\n    name: a" + i + "\n    labels: &" + id)
          .append("\n      app: a" + i + "\n  spec:\n    selector:\n      matchLabels: {<<: *" + id)
          .append("}\n    template:\n      metadata:\n        labels: *" + id)
          .append("\n- kind: Service\n  metadata:\n    name: a" + i + "\n    labels: *" + id)
          .append("\n  spec:\n    selector: *" + id + "\n    ports:\n    - port: 80\n")
          .append("- kind: ConfigMap\n  metadata:\n    name: c" + i + "\n    labels: *" + id)
          .append("\n  data:\n    key: " + "value ".repeat(1000) + "\n");
    }
    // As InputReader reads a ResourceList: as a stream first (one object, past the alias limit),
    // then with the limit on each item.
    assertThrows(
        YamlInputException.class, () -> new YamlParser(YamlLimits.DEFAULT, 2).parse(b.toString()));
    List<YDocument> docs = new YamlParser(YamlLimits.DEFAULT.below(2), 2).parse(b.toString());
    YSequence items = (YSequence) ((YMapping) docs.get(0).root()).get("items").orElseThrow();
    assertEquals(3 * n, items.items().size());
  }
}
