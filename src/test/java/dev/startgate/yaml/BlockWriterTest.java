package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class BlockWriterTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "startgate-tcp-db|startgate-tcp-db",
        "tcp://db:5432|tcp://db:5432",
        "50m|50m",
        "64Mi|64Mi",
        "300|\"300\"",
        "0755|\"0755\"",
        "12:30|\"12:30\"",
        "yes|\"yes\"",
        "On|\"On\"",
        "null|\"null\"",
        "~|\"~\"",
        "1e3|\"1e3\"",
        "-c|-c",
        "--timeout=30s|--timeout=30s",
        "-|\"-\"",
        "a b|\"a b\"",
        "a: b|\"a: b\"",
        "#x|\"#x\"",
        "x:|\"x:\"",
        "*alias|\"*alias\""
      })
  void quotesWhatYaml11WouldMisread(String value, String written) {
    assertEquals(written, BlockWriter.scalar(value));
  }

  @Test
  void roundTripsThroughAYamlParser() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", "startgate-x");
    c.put("command", List.of("sh", "-c", "echo \"$1\"\nexit 0\n", "yes"));
    c.put("n", 65532);
    c.put("b", false);
    c.put("empty", Map.of());
    c.put("none", List.of());
    c.put("nested", Map.of("drop", List.of("ALL")));
    c.put("control", "a\tb\u0001");
    for (BlockWriter w : List.of(new BlockWriter(2, 0), new BlockWriter(4, 2))) {
      String text = w.entries(Map.of("c", List.of(c)), 0);
      Object read = new Load(LoadSettings.builder().build()).loadFromString(text);
      assertEquals(Map.of("c", List.of(c)), read, text);
    }
  }

  @Test
  void escapesEveryCharacterYamlDoesNotAllowAsItIs() {
    // A result echoes the user's bad value, which an escape sequence may have made.
    String nasty = "a\u0080b\u009fc\ufffed\uffffe\ud800f\u0085g\u00a0h\ud83d\ude00";
    Map<String, Object> m = Map.of("one", nasty, "lines", nasty + "\nsecond line\n");
    String text = new BlockWriter(2, 0).entries(m, 0);
    Object read = new Load(LoadSettings.builder().build()).loadFromString(text);
    assertEquals(m, read, text);
  }

  @Test
  void indentsLikeItIsTold() {
    assertEquals(
        "a:\n    b:\n      - x\n",
        new BlockWriter(4, 2).entries(Map.of("a", Map.of("b", List.of("x"))), 0));
    assertEquals(
        "- k: v\n  l: w\n", new BlockWriter(2, 0).items(List.of(ordered("k", "v", "l", "w")), 0));
  }

  private static Map<String, Object> ordered(String... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
