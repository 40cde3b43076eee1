package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * JSON documents (a flow root over lines, as {@code kubectl get -o json} and {@code jq} write them)
 * are parsed by the simple parser as snakeyaml-engine parses them, node for node and position for
 * position, or given up: the goldens' objects written as JSON in four layouts, and mutations of
 * them.
 */
class SimpleBlockParserJsonTest {
  /** How a JSON text is laid out. */
  private enum Layout {
    /** {@code json.dumps(indent=2)}, {@code kubectl get -o json}. */
    PRETTY,
    /** Items on their own lines at column 0. */
    FLUSH,
    /** One line, {@code ", "} and {@code ": "} ({@code json.dumps}). */
    SPACED,
    /** One line, no spaces ({@code jq -c}). */
    COMPACT
  }

  private static List<Object> objects() throws IOException {
    List<Object> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        try {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          for (Object o : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
            if ((o instanceof Map<?, ?> || o instanceof List<?>) && depth(o) < 40) {
              out.add(o);
            }
          }
        } catch (MalformedInputException | RuntimeException | StackOverflowError e) {
          // input that is not UTF-8 or not YAML: the hostile cases
        }
      }
    }
    return out;
  }

  private static int depth(Object o) {
    int most = 0;
    if (o instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        most = Math.max(most, depth(v));
      }
    } else if (o instanceof List<?> l) {
      for (Object v : l) {
        most = Math.max(most, depth(v));
      }
    } else {
      return 0;
    }
    return most + 1;
  }

  @Test
  void jsonDocumentsAreParsedAsSnakeyamlDoes() throws IOException {
    int fast = 0;
    int total = 0;
    StringBuilder stream = new StringBuilder();
    for (Object o : objects()) {
      for (Layout layout : Layout.values()) {
        String json = json(o, layout, 0) + "\n";
        total++;
        fast +=
            SimpleBlockParserTest.same(json, 0, json.length(), 0, layout.name()) != null ? 1 : 0;
        if (layout == Layout.PRETTY && stream.length() < 200_000) {
          stream.append("---\n").append(json);
        }
      }
    }
    System.err.println(fast + " of " + total + " JSON documents parsed fast");
    // Most pretty and spaced documents parse fast (not a key without a space after its colon).
    assertTrue(fast * 2 > total, fast + " of " + total + " JSON documents parsed fast");
    String text = stream.toString();
    assertNotNull(SimpleBlockParserTest.same(text, 0, text.length(), 0, "stream"));
  }

  @Test
  void edgeCases() {
    for (String fastToo :
        List.of(
            "{}\n",
            "[]\n",
            "{\n}\n",
            "[\n  1,\n  \"a\"\n]\n",
            "{\"a\": [\n    {}, []\n  ]\n}   # after\n",
            "{\n\"a\": 1\n}\n",
            "---\n{\"a\": 1}\n---\n[1]\n",
            "{\"a\": \"\\u00e9\\n\\t\\\"\\\\\\/\"}\n",
            "{\"a\": 1}")) {
      assertNotNull(SimpleBlockParserTest.same(fastToo, 0, fastToo.length(), 0, "edge"), fastToo);
    }
    for (String given :
        List.of(
            "{\"a\": 1,\n  # c\n  \"b\": 2}\n",
            "{\"a\":\n---\n1}\n",
            "{\"a\": 1}\nb: 2\n",
            "{\"a\": 1,\n\"a\": 2}\n",
            "[1,\n2,\n]\n",
            "{\"a\": b\n  c}\n",
            "{\"a\"\n: 1}\n")) {
      assertNull(SimpleBlockParserTest.same(given, 0, given.length(), 0, "edge"), given);
    }
    // A flow root in a stream of block documents is one document among them.
    String mixed = "a: 1\n---\n{\n  \"b\": [2, 3]\n}\n---\nc: 4\n";
    assertEquals(3, SimpleBlockParserTest.same(mixed, 0, mixed.length(), 0, "mixed").size());
  }

  @Test
  void mutationsOfJsonAreParsedAsSnakeyamlDoesOrGivenUp() throws IOException {
    Random random = new Random(Long.getLong("startgate.mutationSeed", 23));
    String alphabet = " \n:-#'\"[]{},.\\abc01\tue";
    List<Object> objects = objects();
    int fast = 0;
    int total = 0;
    for (int k = 0; k < 1500; k++) {
      Object o = objects.get(random.nextInt(objects.size()));
      String json = json(o, Layout.values()[random.nextInt(3)], 0) + "\n";
      if (json.length() > 4000) {
        continue;
      }
      StringBuilder b = new StringBuilder(json);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(b.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> {
            if (at < b.length()) {
              b.deleteCharAt(at);
            }
          }
          default -> {
            if (at < b.length()) {
              b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
          }
        }
      }
      total++;
      String text = b.toString();
      fast += SimpleBlockParserTest.same(text, 0, text.length(), 0, "mutation") != null ? 1 : 0;
    }
    System.err.println(fast + " of " + total + " mutations parsed fast");
    assertTrue(fast * 10 > total, fast + " of " + total + " mutations parsed fast");
  }

  /** {@code o} as JSON in {@code layout}, its lines (if any) at {@code depth}. */
  private static String json(Object o, Layout layout, int depth) {
    String comma =
        switch (layout) {
          case PRETTY, FLUSH -> ",";
          case SPACED -> ", ";
          case COMPACT -> ",";
        };
    String colon = layout == Layout.COMPACT ? ":" : ": ";
    boolean lines = layout == Layout.PRETTY || layout == Layout.FLUSH;
    String in = layout == Layout.PRETTY ? "  ".repeat(depth + 1) : "";
    String out = layout == Layout.PRETTY ? "  ".repeat(depth) : "";
    if (o instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        return "{}";
      }
      StringBuilder b = new StringBuilder("{");
      String sep = "";
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(sep).append(lines ? "\n" + in : "");
        b.append(string(String.valueOf(e.getKey()))).append(colon);
        b.append(json(e.getValue(), layout, depth + 1));
        sep = comma;
      }
      return b.append(lines ? "\n" + out : "").append("}").toString();
    }
    if (o instanceof List<?> l) {
      if (l.isEmpty()) {
        return "[]";
      }
      StringBuilder b = new StringBuilder("[");
      String sep = "";
      for (Object item : l) {
        b.append(sep).append(lines ? "\n" + in : "").append(json(item, layout, depth + 1));
        sep = comma;
      }
      return b.append(lines ? "\n" + out : "").append("]").toString();
    }
    if (o == null || o instanceof Boolean || o instanceof Number) {
      return String.valueOf(o);
    }
    return string(
        o instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : o.toString());
  }

  private static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
