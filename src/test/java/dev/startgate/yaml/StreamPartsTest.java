package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A stream parsed in parts, on several threads, gives the same tree (every node's value, position,
 * line and column, every document's range and index) and the same errors as one parse.
 */
class StreamPartsTest {
  private static final YamlLimits LIMITS = YamlLimits.DEFAULT;

  private static List<YDocument> whole(String text) throws YamlInputException {
    return new YamlParser(LIMITS, 1).parse(text);
  }

  /** snakeyaml-engine over the whole text in one go: the error every other way must give. */
  private static List<YDocument> oneParse(String text) throws YamlInputException {
    return new YamlParser(LIMITS, 1).inOneGo(text);
  }

  private static List<YDocument> inParts(String text, int parts) throws YamlInputException {
    return new YamlParser(LIMITS, parts).parse(text);
  }

  /** The parts parse itself, without the fallback to one parse. */
  private static List<YDocument> partsOnly(String text, int parts) {
    SimpleBlockParser.Region region = partsRegion(text, parts);
    return region == null ? null : region.documents();
  }

  private static SimpleBlockParser.Region partsRegion(String text, int parts) {
    return StreamParts.parse(
        text,
        parts,
        LIMITS,
        length -> LoadSettings.builder().setUseMarks(true).setBufferSize(1 << 16).build(),
        SimpleBlockParser.firstNotAllowed(text, 0, text.length()));
  }

  private static final String EDGES =
      """
      # a comment before the first document
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: a}   # trailing comment
      data:
        script: |
          echo "---"
          --- not a marker: indented
        folded: >
          one
          two
      # a comment between documents
      ---
      --- # an empty document, then a document on the marker's line
      --- !!map
      kind: Secret
      ...
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: "b \\U0001F600 emoji"   # a char outside the BMP shifts code points against chars
        labels: {app: "😀", other: x}
      data: {k: 😀😀}
      ---\r
      apiVersion: v1\r
      kind: Service\r
      metadata: {name: crlf}\r
      ---
      - a list root
      - &anchor x
      - *anchor
      ---
      plain multi
        line scalar
      ---
      last: document
      """;

  @Test
  void sameTreeAsOneParseForEveryNumberOfParts() throws Exception {
    List<YDocument> expected = whole(EDGES);
    for (int parts = 2; parts <= 8; parts++) {
      List<YDocument> got = partsOnly(EDGES, parts);
      assertNotNull(got, parts + " parts fell back to one parse");
      assertEquals(expected, got, parts + " parts");
      assertEquals(expected, inParts(EDGES, parts));
    }
  }

  /** Every {@code .yaml} file under {@code testdata/} that is UTF-8, by path, in walk order. */
  static Map<Path, String> goldenTexts() throws IOException {
    Map<Path, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        try {
          texts.put(f, Files.readString(f, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
          // a golden case of input that is not UTF-8
        }
      }
    }
    return texts;
  }

  /**
   * Every golden input with CRLF line breaks, read through its LF twin ({@code LineFeeds}), gives
   * the tree or the error of snakeyaml-engine's one parse of the CRLF text.
   */
  @Test
  void everyGoldenInputInCrlfIsTheTreeOfOneParse() throws IOException {
    int trees = 0;
    for (Map.Entry<Path, String> golden : goldenTexts().entrySet()) {
      Path f = golden.getKey();
      String text = golden.getValue();
      String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
      if (crlf.replace("\r\n", "").indexOf('\r') >= 0) {
        continue; // a bare CR, an error of its own (LineFeedsTest)
      }
      List<YDocument> expected;
      try {
        expected = oneParse(crlf);
      } catch (YamlInputException e) {
        // The same line; the message too, but for the checks before any parse (a NUL).
        for (int parts = 1; parts <= 3; parts++) {
          int n = parts;
          YamlInputException got =
              assertThrows(YamlInputException.class, () -> inParts(crlf, n), f.toString());
          if (!got.getMessage().startsWith("a NUL character at line ")) {
            assertEquals(e.getMessage(), got.getMessage(), f.toString());
          }
          assertEquals(e.line(), got.line(), f.toString());
        }
        continue;
      }
      for (int parts = 1; parts <= 3; parts++) {
        int n = parts;
        assertEquals(expected, assertDoesNotThrow(() -> inParts(crlf, n)), f + " in " + n);
      }
      trees++;
    }
    assertTrue(trees > 100, "only " + trees + " golden inputs were read in CRLF");
  }

  @Test
  void sameTreeOnEveryGoldenInput() throws IOException, YamlInputException {
    int split = 0;
    for (Map.Entry<Path, String> golden : goldenTexts().entrySet()) {
      Path f = golden.getKey();
      String text = golden.getValue();
      List<YDocument> expected;
      try {
        expected = whole(text);
      } catch (YamlInputException e) {
        YamlInputException got =
            assertThrows(YamlInputException.class, () -> inParts(text, 3), f.toString());
        assertEquals(e.getMessage(), got.getMessage(), f.toString());
        continue;
      }
      for (int parts = 2; parts <= 3; parts++) {
        assertEquals(expected, inParts(text, parts), f + " in " + parts + " parts");
      }
      if (partsOnly(text, 3) != null && StreamParts.starts(text, 3).size() > 1) {
        split++;
      }
    }
    assertTrue(split > 20, "only " + split + " golden inputs were split into parts");
  }

  @Test
  void anErrorInALaterDocumentIsReportedAsByOneParse() throws Exception {
    String good = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n";
    for (String bad :
        List.of(
            "a: [unclosed\n",
            "a: 1\na: 2\n",
            "a: \"quoted\n---\nb: 2\"\n",
            "a:\n\t- b\n",
            "a: {b: 1\n",
            "a: \u0007\n",
            "b: \uD83D\uDE00 and\nc: [\uD83D\uDE00, \u0001]\n",
            "a: " + "[".repeat(150) + "\n",
            "!!binary a: 1\nb: !!binary 2\n  c: 3\n")) {
      String text = (good + "---\n").repeat(20) + bad + "---\n" + good;
      YamlInputException expected =
          assertThrows(YamlInputException.class, () -> oneParse(text), bad);
      assertNull(partsOnly(text, 4), "the part with the error must fail: " + bad);
      for (int parts : new int[] {1, 4}) {
        YamlInputException got =
            assertThrows(YamlInputException.class, () -> inParts(text, parts), bad);
        assertEquals(expected.getMessage(), got.getMessage(), bad);
        assertEquals(expected.line(), got.line(), bad);
      }
    }
  }

  @Test
  void aliasesCountPerObjectInEveryPart() throws Exception {
    // 30 aliases in each document: each under the limit of 50, in parts or in one go.
    String half = "a: &x 1\nb: [" + "*x, ".repeat(29) + "*x]\n";
    String text = half + "---\n" + half;
    assertEquals(2, inParts(text, 2).size());
    assertEquals(2, new YamlParser(YamlLimits.DEFAULT).inOneGo(text).size());
    // 51 in the second document: over the limit, whichever way it is read.
    String over = text + "c: [" + "*x, ".repeat(20) + "*x]\n";
    YamlInputException e = assertThrows(YamlInputException.class, () -> inParts(over, 2));
    assertTrue(e.getMessage().contains("more than 50 aliases in one object"), e.getMessage());
    YamlInputException whole =
        assertThrows(
            YamlInputException.class, () -> new YamlParser(YamlLimits.DEFAULT).inOneGo(over));
    assertEquals(e.getMessage(), whole.getMessage());
  }

  private static final String LIST =
      """
      # kpt writes this
      apiVersion: config.kubernetes.io/v1
      kind: ResourceList
      items:
        # a comment before the first item

      - apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}   # trailing comment
        data:
          script: |
            echo "---"
            - not an item
      # a comment between items
      - apiVersion: v1
        kind: Secret
        metadata:
          name: "b \\U0001F600 😀"
      -   apiVersion: v1
          kind: Service
          metadata: {name: c}
      - [flow, item]
      - plain scalar item
      - apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d, annotations: {a: &x 1, b: *x}}
      # before the config
      functionConfig:
        apiVersion: v1
        kind: ConfigMap
        data: {k: v}
      results: []
      # at the end
      """;

  /** The parts parse of a ResourceList, without the fallback to one parse. */
  private static List<YDocument> listPartsOnly(String text, int parts) throws YamlInputException {
    return ListParts.parse(
        text,
        parts,
        LIMITS,
        length -> LoadSettings.builder().setUseMarks(true).setBufferSize(1 << 16).build(),
        SimpleBlockParser.firstNotAllowed(text, 0, text.length()));
  }

  @Test
  void aResourceListInPartsIsTheTreeOfOneParse() throws Exception {
    for (String text :
        List.of(
            LIST,
            LIST.substring(0, LIST.indexOf("# before the config")),
            LIST.substring(0, LIST.indexOf("# before the config")) + "# only a comment\n",
            // startgate's own output: results as a compact list at column 0 after the items
            LIST.replace("results: []", "results:\n- message: a\n  severity: info\n-   message: b"),
            LIST.replace("\n", "\r\n"),
            // Items the subset leaves to snakeyaml-engine, each parsed alone: the first, the last,
            // a tab, and more of them than are put apart.
            LIST.replace("metadata: {name: a}", "metadata: {name: \"a 😀\"}"),
            LIST.replace("{name: d,", "{name: \"d\t😀\","),
            LIST.replace("- plain scalar item\n", ("- \"😀\"\n- x\n").repeat(12)),
            // Anchors and aliases, in one item: it is parsed alone too; a cron line is none.
            LIST.replace("- plain scalar item\n", "- {s: \"0 3 * * *\", t: &y [1], u: *y}\n"))) {
      List<YDocument> expected = whole(text);
      for (int parts = 2; parts <= 6; parts++) {
        List<YDocument> got = listPartsOnly(text, parts);
        assertNotNull(got, parts + " parts fell back to one parse");
        assertEquals(expected, got, parts + " parts");
        assertEquals(expected, inParts(text, parts));
      }
    }
  }

  /**
   * Every item with an anchor and an alias is parsed alone, however many there are (the first eight
   * were, the rest went to snakeyaml-engine with the runs around them); more than the limit of
   * aliases in the whole list is the error one parse gives, at the same line, without that parse,
   * and a reader that counts each item alone takes them all.
   */
  @Test
  void everyAliasedItemIsParsedAloneAndTheWholeListsLimitIsOneParses() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 180; i++) {
      items.append(i % 3 == 0 ? "- {a: &m" + i + " [1], b: *m" + i + "}\n" : "- {c: " + i + "}\n");
    }
    String text = LIST.replace("- plain scalar item\n", items.toString());
    YamlLimits perItem = LIMITS.below(2);
    for (int parts = 2; parts <= 6; parts++) {
      assertEquals(
          new YamlParser(perItem, 1).inOneGo(text),
          ListParts.parse(
              text,
              parts,
              perItem,
              length -> LoadSettings.builder().setUseMarks(true).build(),
              SimpleBlockParser.firstNotAllowed(text, 0, text.length())),
          parts + " parts");
      YamlInputException expected = assertThrows(YamlInputException.class, () -> oneParse(text));
      YamlInputException got = assertThrows(YamlInputException.class, () -> listPartsOnly(text, 2));
      assertEquals(expected.getMessage(), got.getMessage());
      assertEquals(expected.line(), got.line());
    }
  }

  /** An alias to an anchor of another item: the parts fail (the item alone), one parse holds. */
  @Test
  void anAliasToAnotherItemsAnchorIsParsedInOneGo() throws Exception {
    String text = LIST.replace("- plain scalar item\n", "- {a: &z 1}\n- x\n- y\n- {b: *z}\n");
    for (int parts = 2; parts <= 6; parts++) {
      assertEquals(whole(text), inParts(text, parts), parts + " parts");
      assertEquals(oneParse(text), inParts(text, parts), parts + " parts");
    }
  }

  @Test
  void aResourceListThatCannotBeSplitIsParsedInOneGo() throws Exception {
    for (String text :
        List.of(
            LIST.replace("results: []", "kind: Again"),
            LIST.replace("- plain scalar item", "-x: not an item"),
            LIST.replace("- plain scalar item", "key: between items"),
            LIST.replace("items:\n", "items: # a comment\n  [] \nother:\n"),
            LIST.replace("apiVersion: config", "---\napiVersion: config"))) {
      assertNull(listPartsOnly(text, 3), text);
    }
    for (String bad : List.of("  data: {a: [1, 2}\n", "  data: {a: 1, a: 2}\n")) {
      String text = LIST.replace("# before the config\n", "- kind: Broken\n" + bad);
      YamlInputException expected = assertThrows(YamlInputException.class, () -> oneParse(text));
      assertNull(listPartsOnly(text, 3));
      YamlInputException got = assertThrows(YamlInputException.class, () -> inParts(text, 3));
      assertEquals(expected.getMessage(), got.getMessage());
    }
  }

  @Test
  void directivesAndCommentOnlyStartsAreParsedInOneGo() throws Exception {
    String directive = "a: 1\n---\nb: 2\n...\n%YAML 1.2\n---\nc: 3\n";
    assertNull(partsOnly(directive, 2));
    assertEquals(whole(directive), inParts(directive, 2));
    String comments = "# only a comment\n---\nb: 2\n---\nc: 3\n";
    assertEquals(whole(comments), inParts(comments, 3));
  }
}
