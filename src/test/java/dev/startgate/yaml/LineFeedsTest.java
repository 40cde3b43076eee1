package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A CRLF text's twin without the CRs, and its tree's offsets mapped back to the text's own. */
class LineFeedsTest {
  private static final YamlParser PARSER = new YamlParser(YamlLimits.DEFAULT, 1);

  @Test
  void theTwinHasNoCrAndTheTextsOwnLines() {
    LineFeeds lf = LineFeeds.of("a: 1\r\nb: |\r\n  x\r\n\r\nc: 2\n", 0);
    assertEquals("a: 1\nb: |\n  x\n\nc: 2\n", lf.text());
  }

  @Test
  void eachNodeIsWhereItIsInTheText() throws YamlInputException {
    // CRLF and LF lines mixed, a scalar at a line's end, a block scalar over CRLF lines, a flow
    // mapping, a sequence, a null value and a second document.
    String text =
        "a: 1\r\nb:\r\n  - x\n  - {k: v}\r\nc: |\r\n  one\r\n  two\r\nd:\r\n---\r\ne: \"q\r\n  r\"\r\n";
    List<YDocument> documents = PARSER.read(text).documents();
    assertEquals(PARSER.inOneGo(text), documents);
    YMapping root = (YMapping) documents.get(0).root();
    YScalar one = (YScalar) root.value(0);
    assertEquals("1", text.substring(one.start(), one.end()));
    YSequence items = (YSequence) root.value(1);
    YMapping flow = (YMapping) items.items().get(1);
    assertEquals("{k: v}", text.substring(flow.start(), flow.end()));
    YScalar block = (YScalar) root.value(2);
    assertEquals("one\ntwo\n", block.value());
    YScalar quoted = (YScalar) ((YMapping) documents.get(1).root()).value(0);
    assertEquals("q r", quoted.value());
    assertEquals("\"q\r\n  r\"", text.substring(quoted.start(), quoted.end()));
    assertEquals(text.length(), documents.get(1).end());
  }

  @Test
  void aBareCrIsTheErrorItWasBeforeTheTwin() {
    YamlInputException e =
        assertThrows(YamlInputException.class, () -> PARSER.read("a: 1\r\nb: 2\rc: 3\r\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("carriage return (CR) alone"), e.getMessage());
  }

  @Test
  void aSyntaxErrorOrADuplicateKeyIsTheErrorOfOneParseOfTheText() {
    for (String text :
        List.of("a: 1\r\nb: [\r\n", "a: 1\r\nb: 2\r\na: 3\r\n", "a: 1\r\n b: 2\r\n")) {
      YamlInputException expected =
          assertThrows(YamlInputException.class, () -> PARSER.inOneGo(text), text);
      YamlInputException got = assertThrows(YamlInputException.class, () -> PARSER.read(text));
      assertEquals(expected.getMessage(), got.getMessage(), text);
      assertEquals(expected.line(), got.line(), text);
    }
  }

  @Test
  void theTwinOfAUsualCrlfFileIsReadByTheSimpleParserAlone() throws Exception {
    String text =
        java.nio.file.Files.readString(java.nio.file.Path.of("examples/basic/jobs.yaml"))
            .replace("\n", "\r\n");
    String twin = LineFeeds.of(text, 0).text();
    List<YDocument> documents =
        SimpleBlockParser.parse(
                twin,
                0,
                twin.length(),
                0,
                YamlLimits.DEFAULT,
                (start, end, line) -> {
                  throw new AssertionError(
                      "left to snakeyaml-engine: " + twin.substring(start, end));
                },
                0)
            .documents();
    assertEquals(PARSER.inOneGo(text), LineFeeds.of(text, 0).restore(documents));
  }
}
