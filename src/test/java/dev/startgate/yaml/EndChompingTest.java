package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What is appended after a block scalar that ends the text without a line break keeps its value.
 */
class EndChompingTest {
  private static List<Object> load(String text) {
    List<Object> out = new java.util.ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(out::add);
    return out;
  }

  private static String appended(String text) {
    TextEdits edits = new TextEdits(text);
    edits.breakLineAtEnd();
    edits.insert(text.length(), "---\nz: 1\n");
    return edits.apply();
  }

  @Test
  void everyChompingAndStyleKeepsItsValue() {
    for (String text :
        List.of(
            "a: |\n  one\n  two",
            "a: |+\n  one\n  two",
            "a: >\n  one\n  two",
            "a: |2\n   one\n   two",
            "a: |+2\n   one",
            "a: |2+\n   one",
            "a: !!str &x |\n  one",
            "a: |-\n  one",
            "- |\n  one",
            "a: |\n  one\n# a comment",
            "a: plain\n  more",
            "a: \"quoted\"",
            "k: \"\u00e9\uD83D\uDE00\"\nb: |\n  \uD83D\uDE00 one",
            "--- |\n  top level",
            "x: 1\n---\na: |\n  one\n---x: |\n  two")) {
      String out = appended(text);
      List<Object> before = load(text);
      List<Object> after = load(out);
      assertEquals(before, after.subList(0, before.size()), out);
      assertEquals(Map.of("z", 1), after.get(before.size()), out);
    }
  }

  @Test
  void theEditIsTheChompingIndicatorOnly() {
    assertEquals("a: |-\n  one\n---\nz: 1\n", appended("a: |\n  one"));
    assertEquals("a: |-2\n   one\n---\nz: 1\n", appended("a: |+2\n   one"));
    assertEquals("a: >2-\n   one\n---\nz: 1\n", appended("a: >2\n   one"));
    assertEquals("a: |-\n  one\n---\nz: 1\n", appended("a: |-\n  one"));
    assertEquals("a: plain\n---\nz: 1\n", appended("a: plain"));
  }

  @Test
  void aTextWithItsFinalLineBreakIsNotRead() {
    assertTrue(EndChomping.of("a: |\n  one\n").isEmpty());
    assertTrue(EndChomping.of("").isEmpty());
    assertTrue(EndChomping.of("a: [unclosed").isEmpty());
  }
}
