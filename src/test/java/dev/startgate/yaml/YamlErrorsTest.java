package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlErrorsTest {
  @Test
  void theParsersTokenNamesAreSaidInWords() {
    assertEquals(
        "expected the end of the block, but found a key (in a mapping)",
        YamlErrors.plain(
            "expected <block end>, but found '<block mapping start>' (while parsing a block"
                + " mapping)"));
    assertEquals(
        "found the end of the input (in a quoted string, which needs its closing quote)",
        YamlErrors.plain("found unexpected end of stream (while scanning a quoted scalar)"));
    assertEquals(
        "mapping values are not allowed here",
        YamlErrors.plain("mapping values are not allowed here"));
  }
}
