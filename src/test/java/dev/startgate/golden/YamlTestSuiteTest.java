package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.InProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The YAML test suite (vendored under {@code src/test/resources/yaml-test-suite/}, see its README)
 * through stream mode. None of its cases carries a startgate intent, so every valid case must come
 * out byte-identical with exit 0, and every error case must fail cleanly: exit 1, nothing on
 * stdout, one {@code [error]} line on stderr. Where snakeyaml-engine or startgate's own rules
 * disagree with the suite, the case is listed below with the reason, and the test holds it to the
 * other clean outcome, so a list entry that stops deviating fails too.
 */
class YamlTestSuiteTest {
  static final Path DATA = Path.of("src/test/resources/yaml-test-suite/data");

  /** Valid YAML that startgate rejects with a clean error, by case id. */
  static final Map<String, String> VALID_BUT_REJECTED =
      Map.ofEntries(
          Map.entry(
              "2JQS",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Block Mapping with Missing Keys)"),
          Map.entry(
              "4MUZ/00",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Flow mapping colon on line after key)"),
          Map.entry(
              "4MUZ/01",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Flow mapping colon on line after key)"),
          Map.entry(
              "4MUZ/02",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Flow mapping colon on line after key)"),
          Map.entry(
              "58MP",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Flow mapping edge cases)"),
          Map.entry(
              "5MUD",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Colon and adjacent value on next line)"),
          Map.entry(
              "5T43",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Colon at the beginning of adjacent flow scalar)"),
          Map.entry(
              "6BCT",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Spec Example 6.3. Separation Spaces)"),
          Map.entry(
              "6CA3",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tab indented top flow)"),
          Map.entry(
              "6M2F",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Aliases in Explicit Block Mapping)"),
          Map.entry(
              "7Z25",
              "snakeyaml-engine needs --- before a document that follows ... or a bare document (Bare document after document end marker)"),
          Map.entry(
              "9SA2",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Multiline double quoted flow mapping key)"),
          Map.entry(
              "A2M4",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Spec Example 6.2. Indentation Indicators)"),
          Map.entry(
              "CFD4",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Empty implicit key in single pair flow sequences)"),
          Map.entry(
              "DBG4",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Spec Example 7.10. Plain Characters)"),
          Map.entry(
              "DK3J",
              "snakeyaml-engine needs --- before a document that follows ... or a bare document (Zero indented block scalar with line that looks like a comment)"),
          Map.entry(
              "DK95/00",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tabs that look like indentation)"),
          Map.entry(
              "DK95/03",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tabs that look like indentation)"),
          Map.entry(
              "DK95/04",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tabs that look like indentation)"),
          Map.entry(
              "DK95/05",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tabs that look like indentation)"),
          Map.entry(
              "DK95/07",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tabs that look like indentation)"),
          Map.entry(
              "FP8R",
              "snakeyaml-engine needs --- before a document that follows ... or a bare document (Zero indented block scalar)"),
          Map.entry(
              "FRK4",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Spec Example 7.3. Completely Empty Flow Nodes)"),
          Map.entry(
              "HM87/00",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Scalars in flow start with syntax char)"),
          Map.entry(
              "HS5T",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Spec Example 7.12. Plain Lines)"),
          Map.entry(
              "HWV9", "snakeyaml-engine rejects an empty node before ... (Document-end marker)"),
          Map.entry(
              "K3WX",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Colon and adjacent value after comment on next line)"),
          Map.entry(
              "M2N8/00",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Question mark edge cases)"),
          Map.entry(
              "M7A3",
              "snakeyaml-engine needs --- before a document that follows ... or a bare document (Spec Example 9.3. Bare Documents)"),
          Map.entry(
              "NB6Z",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Multiline plain value with tabs on empty lines)"),
          Map.entry(
              "NHX8",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Empty Lines at End of Document)"),
          Map.entry(
              "NJ66",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Multiline plain flow mapping key)"),
          Map.entry(
              "NKF9",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Empty keys in block and flow mapping)"),
          Map.entry(
              "Q5MG",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tab at beginning of line followed by a flow mapping)"),
          Map.entry(
              "QT73",
              "snakeyaml-engine rejects an empty node before ... (Comment and document-end marker)"),
          Map.entry(
              "S3PD",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Spec Example 8.18. Implicit Block Mapping Entries)"),
          Map.entry(
              "SM9W/01",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Single character streams)"),
          Map.entry(
              "UKK6/00",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Syntax character edge cases)"),
          Map.entry(
              "UT92",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Spec Example 9.4. Explicit Documents)"),
          Map.entry(
              "UV7Q",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Legal tab after indentation)"),
          Map.entry(
              "VJP3/01",
              "snakeyaml-engine does not accept this key form (empty key, or a key whose \":\" follows without a space or on another line) (Flow collections over many lines)"),
          Map.entry(
              "W4TN",
              "snakeyaml-engine rejects this directive form (Spec Example 9.5. Directives Documents)"),
          Map.entry(
              "W5VH",
              "snakeyaml-engine rejects a character YAML 1.2.2 allows in anchor names (Allowed characters in alias)"),
          Map.entry(
              "WZ62",
              "snakeyaml-engine rejects a tag followed directly by a flow indicator (Spec Example 7.2. Empty Content)"),
          Map.entry(
              "Y79Y/10",
              "snakeyaml-engine rejects a tab that YAML 1.2 allows as white space here (Tabs in various contexts)"));

  /** Invalid YAML that snakeyaml-engine's parser accepts, so startgate passes it through. */
  static final Map<String, String> INVALID_BUT_ACCEPTED =
      Map.ofEntries(
          Map.entry("9C9N", "snakeyaml-engine accepts it (Wrong indented flow sequence)"),
          Map.entry(
              "9JBA", "snakeyaml-engine accepts it (Invalid comment after end of flow sequence)"),
          Map.entry("CVW2", "snakeyaml-engine accepts it (Invalid comment after comma)"),
          Map.entry("DK95/01", "snakeyaml-engine accepts it (Tabs that look like indentation)"),
          Map.entry(
              "HRE5",
              "go-yaml (kubectl, kustomize, kpt) reads \\' as a quote, and so does startgate"
                  + " (Double quoted scalar with escaped single quote)"),
          Map.entry("QB6E", "snakeyaml-engine accepts it (Wrong indented multiline quoted scalar)"),
          Map.entry(
              "SU5Z",
              "snakeyaml-engine accepts it (Comment without whitespace after doublequoted scalar)"),
          Map.entry("Y79Y/03", "snakeyaml-engine accepts it (Tabs in various contexts)"));

  record Case(String id, String name, String yaml, boolean fail) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    JsonMapper json = JsonMapper.builder().build();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(DATA)) {
      s.filter(p -> p.toString().endsWith(".js")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonNode test = json.readTree(text.substring(text.indexOf("export default ") + 15));
      JsonNode list = test.get("cases");
      for (int i = 0; i < list.size(); i++) {
        JsonNode c = list.get(i);
        String id = test.get("id").asString() + (list.size() > 1 ? String.format("/%02d", i) : "");
        out.add(
            new Case(
                id,
                test.get("name").asString(),
                c.get("yaml").asString(),
                c.has("fail") && c.get("fail").asBoolean()));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    List<Case> all = cases();
    assertEquals(402, all.size(), "cases in the vendored suite");
    return all.stream().map(c -> DynamicTest.dynamicTest(c.id() + " " + c.name(), () -> check(c)));
  }

  @Test
  void deviationListsNameRealCases() throws IOException {
    Set<String> valid = new HashSet<>();
    Set<String> invalid = new HashSet<>();
    for (Case c : cases()) {
      (c.fail() ? invalid : valid).add(c.id());
    }
    assertTrue(valid.containsAll(VALID_BUT_REJECTED.keySet()), "unknown valid case id");
    assertTrue(invalid.containsAll(INVALID_BUT_ACCEPTED.keySet()), "unknown error case id");
  }

  private static void check(Case c) {
    byte[] input = c.yaml().getBytes(StandardCharsets.UTF_8);
    InProcess.Run run = InProcess.run(List.of(), input);
    boolean passThrough =
        c.fail()
            ? INVALID_BUT_ACCEPTED.containsKey(c.id())
            : !VALID_BUT_REJECTED.containsKey(c.id());
    if (passThrough) {
      // Only the warnings about what kubectl (apply and kustomize) and kpt refuse in valid YAML:
      // a directive before the first document, a document on its --- line.
      String err =
          run.err()
              .lines()
              .filter(
                  l ->
                      !l.startsWith("[warning] the directive %")
                          && !l.matches(
                              "\\[warning\\] line \\d+ starts a document on its --- line .*"))
              .collect(Collectors.joining("\n"));
      assertEquals("", err, c.id() + " stderr");
      assertEquals(0, run.code(), c.id() + " exit code");
      assertEquals(c.yaml(), run.out(), c.id() + " must come out byte-identical");
    } else {
      assertEquals(1, run.code(), c.id() + " exit code; stderr: " + run.err());
      assertEquals("", run.out(), c.id() + " stdout");
      assertTrue(
          run.err().startsWith("[error] ") && run.err().indexOf('\n') == run.err().length() - 1,
          c.id() + " must fail with one [error] line, not: " + run.err());
    }
  }
}
