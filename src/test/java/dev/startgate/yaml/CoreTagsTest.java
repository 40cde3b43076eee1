package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Values tagged with YAML's own types must read as those types, as kubectl (go-yaml) reads them.
 */
class CoreTagsTest {
  private static final String T = "tag:yaml.org,2002:";

  @Test
  void valuesOfTheirTypePass() {
    for (String v : new String[] {"1", "-12", "+3", "0x1F", "0o17", "0b101", "1_000"}) {
      assertNull(CoreTags.problem(T + "int", v), v);
    }
    // An int in any of its forms is a float to go-yaml: kubectl reads !!float 0x10 as 16.
    for (String v :
        new String[] {
          "1",
          "1.5",
          "-.5",
          "1e3",
          "6.02E+23",
          ".inf",
          "-.Inf",
          ".NaN",
          "0x10",
          "0o17",
          "0b1",
          "-0x1F"
        }) {
      assertNull(CoreTags.problem(T + "float", v), v);
    }
    for (String v : new String[] {"true", "False", "yes", "NO", "on", "Off", "y", "N"}) {
      assertNull(CoreTags.problem(T + "bool", v), v);
    }
    for (String v : new String[] {"", "~", "null", "Null", "NULL"}) {
      assertNull(CoreTags.problem(T + "null", v), v);
    }
    for (String v :
        new String[] {"2001-12-14", "2001-12-14t21:59:43.10-05:00", "2002-12-14 21:59:43.10"}) {
      assertNull(CoreTags.problem(T + "timestamp", v), v);
    }
    // Base64 as Go decodes it: padded, line breaks skipped (a block scalar's lines).
    for (String v :
        new String[] {
          "",
          "aGk=",
          "aGVsbG8=",
          "aGVs",
          "ab==",
          "R0lG\nODlh\n",
          "aG\r\nk=\n",
          "QUJD".repeat(1 << 20)
        }) {
      assertNull(CoreTags.problem(T + "binary", v), v);
    }
    // Other tags are not judged here.
    assertNull(CoreTags.problem(T + "str", "5"));
    assertNull(CoreTags.problem("!shape", "x"));
    assertNull(CoreTags.problem(null, "x"));
  }

  @Test
  void valuesOfAnotherTypeAreNamed() {
    assertEquals(
        "the value \"x\" is tagged !!float but is no float (kubectl cannot decode it); remove the"
            + " tag, or write a value of that type",
        CoreTags.problem(T + "float", "x"));
    assertNotNull(CoreTags.problem(T + "int", "1.5"));
    assertNotNull(CoreTags.problem(T + "bool", "maybe"));
    assertNotNull(CoreTags.problem(T + "null", "none"));
    assertNotNull(CoreTags.problem(T + "timestamp", "x"));
    assertNotNull(CoreTags.problem(T + "timestamp", "14.12.2001"));
    // Not base64, not padded, or a space inside (a plain scalar folded over lines).
    for (String v :
        new String[] {
          "@@@", "aGk", "aG k=", "a===", "aGk=aGk=", "====", "=", "aG=k", "aGk-", "aGk_"
        }) {
      assertNotNull(CoreTags.problem(T + "binary", v), v);
    }
    assertEquals(
        "the value \"@@@\" is tagged !!binary but is no base64 text (kubectl cannot decode it);"
            + " remove the tag, or write a value of that type",
        CoreTags.problem(T + "binary", "@@@"));
  }

  @Test
  void theParserRejectsThemWithTheirLine() {
    YamlInputException e =
        assertThrows(
            YamlInputException.class,
            () ->
                new YamlParser(YamlLimits.DEFAULT)
                    .parse("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: !!bool maybe\n"));
    assertEquals(
        "the value \"maybe\" is tagged !!bool but is no bool (kubectl cannot decode it); remove the"
            + " tag, or write a value of that type (line 4, column 6)",
        e.getMessage());
  }
}
