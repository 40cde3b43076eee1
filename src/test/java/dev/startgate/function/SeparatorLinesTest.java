package dev.startgate.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.model.Result;
import dev.startgate.yaml.YamlLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Valid YAML that kubectl (apply and kustomize) and kpt refuse (checked with kubectl 1.33's
 * kustomize): a directive before the first document, a document on its {@code ---} line. Warned
 * about, never an error; a comment after {@code ---} is fine.
 */
class SeparatorLinesTest {
  private static final String MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n";

  private static List<String> warnings(String text) {
    InputReader.Reading reading = new InputReader(YamlLimits.DEFAULT).read(text);
    return SeparatorLines.check(reading.input()).stream().map(Result::message).toList();
  }

  @Test
  void aLeadingDirectiveIsNamed() {
    for (String text :
        List.of(
            "%YAML 1.2\n---\n" + MAP,
            "# a comment\n\n%TAG !e! tag:example.com,2000:\n---\n" + MAP,
            "\uFEFF%YAML 1.1\n---\n" + MAP)) {
      List<String> found = warnings(text);
      assertEquals(1, found.size(), text);
      assertEquals(true, found.get(0).startsWith("the directive %"), found.get(0));
    }
  }

  @Test
  void aDocumentOnItsMarkerLineIsNamedWithItsLine() {
    assertEquals(
        List.of(
            "line 4 starts a document on its --- line (--- {apiVersion: v1, kind: ConfigMap,"
                + " me...), which kubectl (apply and kustomize) and kpt refuse (\"invalid document"
                + " separator\"); put what follows --- on the next line"),
        warnings(MAP + "--- {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n"));
    assertEquals(1, warnings("# c\n--- !!map\n" + MAP).size());
    assertEquals(1, warnings("\n--- |\n  text\n").size());
  }

  @Test
  void whatKustomizeReadsIsNotNamed() {
    for (String text :
        List.of(
            MAP,
            "--- # a comment\n" + MAP,
            "---   \n" + MAP + "---\n" + MAP,
            "---x: 1\n",
            // On the stream's first line kustomize and kpt read it (review CO).
            "--- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n",
            "--- !!map\n" + MAP,
            MAP + "...\n%YAML 1.2\n---\n" + MAP,
            "")) {
      assertEquals(List.of(), warnings(text), text);
    }
  }
}
