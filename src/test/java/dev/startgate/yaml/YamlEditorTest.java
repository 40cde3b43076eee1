package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class YamlEditorTest {
  private static String edit(String text, BiConsumer<YamlEditor, YMapping> change)
      throws Exception {
    YMapping root = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(text).get(0).root();
    TextEdits edits = new TextEdits(text);
    change.accept(new YamlEditor(edits), root);
    return edits.apply();
  }

  @Test
  void setOverwritesOnlyTheScalarAndKeepsItsComment() throws Exception {
    String out = edit("a: 1  # keep\nb: x\n", (e, m) -> e.set(m, "a", 2, e.writerFor(m), null));
    assertEquals("a: 2  # keep\nb: x\n", out);
  }

  @Test
  void setLeavesAnEqualValueAloneWhateverItsQuoting() throws Exception {
    String text = "a: \"OnFailure\"\n";
    assertEquals(text, edit(text, (e, m) -> e.set(m, "a", "OnFailure", e.writerFor(m), null)));
  }

  @Test
  void setAddsANewKeyBeforeTheGivenKeyOrAtTheEnd() throws Exception {
    String text = "spec:\n  x: 1\n  containers:\n  - name: a\n";
    assertEquals(
        "spec:\n  x: 1\n  w: 2\n  containers:\n  - name: a\n",
        edit(text, (e, m) -> e.set(m.mapping("spec").get(), "w", 2, e.writerFor(m), "containers")));
    assertEquals(
        text + "  z: 3\n",
        edit(text, (e, m) -> e.set(m.mapping("spec").get(), "z", 3, e.writerFor(m), null)));
  }

  @Test
  void appendsAtAnEndWithoutNewline() throws Exception {
    assertEquals("a: 1\nb: 2\n", edit("a: 1", (e, m) -> e.set(m, "b", 2, e.writerFor(m), null)));
  }

  @Test
  void keepsCrlf() throws Exception {
    assertEquals(
        "a: 1\r\nb: 2\r\n", edit("a: 1\r\n", (e, m) -> e.set(m, "b", 2, e.writerFor(m), null)));
  }

  @Test
  void replaceItemsIsANoOpWhenOurItemsAreAlreadyThere() throws Exception {
    String text = "l:\n- name: startgate-a\n- name: user\n";
    String out =
        edit(
            text,
            (e, m) ->
                e.replaceItems(
                    m,
                    "l",
                    YamlEditorTest::ours,
                    users -> 0,
                    List.of(Map.of("name", "startgate-a")),
                    e.writerFor(m),
                    null));
    assertEquals(text, out);
  }

  @Test
  void replaceItemsRemovesTheKeyWhenNothingIsLeft() throws Exception {
    String out =
        edit(
            "l:\n- name: startgate-a\nm: 1\n",
            (e, m) ->
                e.replaceItems(
                    m, "l", YamlEditorTest::ours, u -> 0, List.of(), e.writerFor(m), null));
    assertEquals("m: 1\n", out);
  }

  @Test
  void replaceItemsTurnsAFlowListIntoABlockListKeepingUserItems() throws Exception {
    String out =
        edit(
            "l: [{name: user}]\n",
            (e, m) ->
                e.replaceItems(
                    m,
                    "l",
                    YamlEditorTest::ours,
                    u -> 0,
                    List.of(Map.of("name", "startgate-a")),
                    e.writerFor(m),
                    null));
    assertEquals("l:\n- name: startgate-a\n- {name: user}\n", out);
  }

  @Test
  void refusesToAddToAFlowMapping() {
    assertThrows(
        YamlEditException.class,
        () ->
            edit(
                "m: {a: 1}\n",
                (e, m) -> e.set(m.mapping("m").get(), "b", 2, e.writerFor(m), null)));
  }

  @Test
  void detectsIndentationAndSequenceStyle() throws Exception {
    String text = "a:\n    b:\n        - x\n";
    YMapping root = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(text).get(0).root();
    BlockWriter w = new YamlEditor(new TextEdits(text)).writerFor(root);
    assertEquals(new BlockWriter(4, 4), w);
  }

  private static boolean ours(YNode item) {
    return item instanceof YMapping m && m.text("name").orElse("").startsWith("startgate-");
  }
}
