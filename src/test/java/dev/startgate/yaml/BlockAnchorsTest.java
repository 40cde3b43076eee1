package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which anchors and aliases a ResourceList's runs of items leave in place ({@link
 * BlockAnchors#readable}, read by the subset parser) and which they parse alone: one the subset
 * gives up on sent its whole run of items to snakeyaml-engine (review EG: 1.4 -> 2.5 s for 200
 * anchored empty values in 10,000 items).
 */
class BlockAnchorsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "'  labels: &id001\\n    app: x\\n'; true",
        "'  labels: &id001 # c\\n    app: x\\n'; true",
        "'  x: &a 1\\n'; true",
        "'  x: &a {k: v}\\n'; true",
        "'  x: &a\\n  - 1\\n'; true",
        "'- &id001\\n  name: x\\n'; true",
        "'- &a value\\n'; true",
        "'  matchLabels: *id001\\n'; true",
        "'- *id001 # c\\n'; true",
        "'  e: &x\\n  f: *x\\n'; false",
        "'- &k key: v\\n'; false",
        "'  x: &a !!str 1\\n'; false",
        "'  x: &a |\\n    text\\n'; false",
        "'  x: &a *b\\n'; false",
        "'  x: *a : v\\n'; false",
        "'  x: &a.b 1\\n'; false",
        "'  x: &a\\n'; false",
      })
  void readsWhatTheSubsetReads(String line, boolean readable) {
    String text = line.replace("\\n", "\n");
    int sign = text.indexOf('&') >= 0 ? text.indexOf('&') : text.indexOf('*');
    assertEquals(readable, BlockAnchors.readable(text, sign, text.length()), text);
  }
}
