package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node is the data startgate would write whatever its spacing, line breaks and quotes, but not
 * with another type, key order, collection style, tag or alias.
 */
class SameDataTest {
  private static YNode node(String yaml) throws YamlInputException {
    YMapping root = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root();
    return root.get("v").orElseThrow();
  }

  private static Map<String, Object> container() {
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("cpu", "50m");
    limits.put("memory", "32Mi");
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", "startgate-network");
    c.put("args", new BlockWriter.Flow(List.of("120", "2", "tcp://db:5432")));
    c.put("limits", new BlockWriter.Flow(limits));
    c.put("runAsUser", 65532);
    c.put("readOnly", true);
    c.put("emptyDir", Map.of());
    return c;
  }

  @Test
  void aFormattersSpacingLineBreaksAndQuotesAreTheSameData() throws YamlInputException {
    assertTrue(
        SameData.same(
            node(
                "v:\n  name: startgate-network\n  args: [\"120\", \"2\", \"tcp://db:5432\"]\n"
                    + "  limits: {cpu: 50m, memory: 32Mi}\n  runAsUser: 65532\n  readOnly: true\n"
                    + "  emptyDir: {}\n"),
            container()));
    assertTrue(
        SameData.same(
            node(
                "v:\n  name: 'startgate-network'\n  args:\n    [\n      '120',\n      \"2\",\n"
                    + "      \"tcp://db:5432\",\n    ]\n  limits: { cpu: 50m, memory: \"32Mi\" }\n"
                    + "  runAsUser: 65532\n  readOnly: true\n  emptyDir: { }\n"),
            container()));
  }

  @Test
  void anotherTypeOrderStyleTagOrValueIsNot() throws YamlInputException {
    String ok =
        "v:\n  name: startgate-network\n  args: [\"120\", \"2\", \"tcp://db:5432\"]\n"
            + "  limits: {cpu: 50m, memory: 32Mi}\n  runAsUser: 65532\n  readOnly: true\n"
            + "  emptyDir: {}\n";
    // A number quoted is a string; a string startgate quotes, plain, is a number.
    assertFalse(SameData.same(node(ok.replace("65532", "\"65532\"")), container()));
    assertFalse(SameData.same(node(ok.replace("\"120\"", "120")), container()));
    assertFalse(SameData.same(node(ok.replace("true", "\"true\"")), container()));
    // Keys in another order, one more or less, another value.
    assertFalse(
        SameData.same(
            node(ok.replace("{cpu: 50m, memory: 32Mi}", "{memory: 32Mi, cpu: 50m}")), container()));
    assertFalse(SameData.same(node(ok.replace("  readOnly: true\n", "")), container()));
    assertFalse(SameData.same(node(ok + "  extra: x\n"), container()));
    assertFalse(SameData.same(node(ok.replace("32Mi", "33Mi")), container()));
    // Block where startgate writes flow (an earlier layout), a tag, an alias.
    assertFalse(
        SameData.same(
            node(ok.replace("{cpu: 50m, memory: 32Mi}", "\n    cpu: 50m\n    memory: 32Mi")),
            container()));
    assertFalse(SameData.same(node(ok.replace("cpu: 50m", "cpu: !!str 50m")), container()));
    assertFalse(
        SameData.same(
            node("a: &x startgate-network\n" + ok.replace("name: startgate-network", "name: *x")),
            container()));
  }
}
