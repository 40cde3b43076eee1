package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link YamlEditor#editMapping}, as used on {@code metadata.annotations}. */
class YamlEditorEditMappingTest {
  private static final Map<String, Object> HOOK = Map.of("helm.sh/hook", "pre-install");

  @Test
  void createsTheMappingBeforeTheGivenKey() {
    String in = "metadata:\n  name: a\n  labels:\n    x: y\n";
    assertEquals(
        "metadata:\n"
            + "  name: a\n"
            + "  annotations:\n"
            + "    helm.sh/hook: pre-install\n"
            + "  labels:\n"
            + "    x: y\n",
        edit(in, HOOK, Set.of(), "labels"));
    assertEquals(
        "metadata:\n"
            + "  name: a\n"
            + "  labels:\n"
            + "    x: y\n"
            + "  annotations:\n"
            + "    helm.sh/hook: pre-install\n",
        edit(in, HOOK, Set.of(), null));
  }

  @Test
  void replacesANullMapping() {
    assertEquals(
        "metadata:\n  name: a\n  annotations:\n    helm.sh/hook: pre-install\n",
        edit("metadata:\n  name: a\n  annotations:\n", HOOK, Set.of(), null));
  }

  @Test
  void rewritesAnEmptyFlowMappingInBlockStyle() {
    assertEquals(
        "metadata:\n  name: a\n  annotations:\n    helm.sh/hook: pre-install\n  labels: {}\n",
        edit("metadata:\n  name: a\n  annotations: {}\n  labels: {}\n", HOOK, Set.of(), null));
  }

  @Test
  void rewritesAOneLineFlowMappingKeepingTheUsersValuesAsWritten() {
    Map<String, Object> put = new LinkedHashMap<>();
    put.put("b", "new");
    put.put("c", "-1");
    assertEquals(
        "metadata:\n  annotations:\n    a: '0755'\n    b: new\n    c: \"-1\"\n  name: a\n",
        edit(
            "metadata:\n  annotations: {a: '0755', b: old, gone: x}\n  name: a\n",
            put,
            Set.of("gone"),
            null));
  }

  @Test
  void removingEverythingFromAFlowMappingRemovesTheEntry() {
    assertEquals(
        "metadata:\n  name: a\n",
        edit("metadata:\n  annotations: {gone: x}\n  name: a\n", Map.of(), Set.of("gone"), null));
  }

  @Test
  void aFlowMappingOverSeveralLinesIsAnError() {
    String in = "metadata:\n  annotations: {a: \"x\n    y\"}\n";
    assertThrows(YamlEditException.class, () -> edit(in, HOOK, Set.of(), null));
  }

  @Test
  void editsABlockMappingInPlace() {
    String in =
        "metadata:\n  annotations:\n    # the user's note\n    keep: \"yes\"\n    old: x\n"
            + "    helm.sh/hook: post-install\n  name: a\n";
    assertEquals(
        "metadata:\n  annotations:\n    # the user's note\n    keep: \"yes\"\n"
            + "    helm.sh/hook: pre-install\n    added: \"on\"\n  name: a\n",
        edit(in, ordered("helm.sh/hook", "pre-install", "added", "on"), Set.of("old"), null));
  }

  @Test
  void removingTheLastEntriesRemovesTheMapping() {
    String before = "metadata:\n  name: a\nspec: {}\n";
    String once = edit(before, ordered("a", "1", "b", "2"), Set.of(), null);
    assertEquals(
        "metadata:\n  name: a\n  annotations:\n    a: \"1\"\n    b: \"2\"\nspec: {}\n", once);
    assertEquals(before, edit(once, Map.of(), Set.of("a", "b"), null));
  }

  @Test
  void recordsNothingWhenEverythingIsInPlace() {
    String in = "metadata:\n  annotations: {a: b}\n";
    TextEdits edits = new TextEdits(in);
    YamlEditor editor = new YamlEditor(edits);
    YMapping metadata = metadata(in);
    editor.editMapping(
        metadata, "annotations", Map.of("a", "b"), Set.of("absent"), new BlockWriter(2, 0), null);
    assertTrue(edits.isEmpty());
  }

  @Test
  void keepsCrlfLineEndings() {
    assertEquals(
        "metadata:\r\n  name: a\r\n  annotations:\r\n    helm.sh/hook: pre-install\r\n",
        edit("metadata:\r\n  name: a\r\n  annotations: {}\r\n", HOOK, Set.of(), null));
  }

  private static Map<String, Object> ordered(String... kv) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put(kv[i], kv[i + 1]);
    }
    return out;
  }

  private static YMapping metadata(String text) {
    List<YDocument> docs;
    try {
      docs = new YamlParser(YamlLimits.DEFAULT).parse(text);
    } catch (YamlInputException e) {
      throw new AssertionError(e);
    }
    return ((YMapping) docs.get(0).root()).mapping("metadata").orElseThrow();
  }

  private static String edit(
      String text, Map<String, Object> put, Set<String> remove, String before) {
    TextEdits edits = new TextEdits(text);
    YamlEditor editor = new YamlEditor(edits);
    YMapping metadata = metadata(text);
    editor.editMapping(metadata, "annotations", put, remove, editor.writerFor(metadata), before);
    return edits.apply();
  }
}
