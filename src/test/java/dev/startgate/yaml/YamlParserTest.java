package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlParserTest {
  private final YamlParser parser = new YamlParser(YamlLimits.DEFAULT);

  @Test
  void givesCharPositionsAlsoAfterCharactersOutsideTheBmp() throws Exception {
    String text = "a: \"😀\"\nb: x\n";
    YMapping m = (YMapping) parser.parse(text).get(0).root();
    YScalar b = (YScalar) m.get("b").orElseThrow();
    assertEquals("x", text.substring(b.start(), b.end()));
  }

  @Test
  void splitsDocumentsAndKeepsEmptyOnes() throws Exception {
    List<YDocument> docs = parser.parse("---\n# c\n---\na: 1\n...\n---\nb: 2\n");
    assertEquals(3, docs.size());
    assertEquals(docs.get(0).end(), docs.get(1).start());
  }

  @Test
  void keepsAliasesAsAliases() throws Exception {
    YMapping m = (YMapping) parser.parse("a: &x [1]\nb: *x\n").get(0).root();
    assertInstanceOf(YAlias.class, m.get("b").orElseThrow());
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
}
