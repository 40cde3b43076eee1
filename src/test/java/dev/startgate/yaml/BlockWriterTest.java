package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.yaml.BlockWriter.Flow;
import java.net.URI;
import java.util.ArrayList;
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
        "FALSE|\"FALSE\"",
        "False|\"False\"",
        "Y|\"Y\"",
        "null|\"null\"",
        "falsey|falsey",
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
  void sharedWritesHoldALongLiteralBlockItselfAndReadAsTheCopiedOnes() {
    Literal script = Literal.of("echo start\n".repeat(80));
    Literal shortOne = Literal.of("a\nb\n");
    for (BlockWriter w : List.of(new BlockWriter(2, 0), new BlockWriter(4, 2))) {
      List<String> sharedStrings = new ArrayList<>();
      for (int run = 0; run < 2; run++) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", "gate-" + run);
        c.put("command", List.of("sh", "-c", script, "gate"));
        c.put("note", shortOne);
        List<Object> items = List.of(c, Map.of("name", "app"));
        Spliced shared = w.sharedItems(items, 4);
        assertEquals(w.items(items, 4), shared.toString());
        assertEquals(
            w.entry("initContainers", items, 2),
            w.sharedEntry("initContainers", items, 2).toString());
        List<String> strings = new ArrayList<>();
        List<String> wholeShared = new ArrayList<>();
        shared.writeTo(
            new Spliced.Sink() {
              @Override
              public void append(String s, int from, int to) {
                strings.add(s.substring(from, to));
              }

              @Override
              public void appendShared(String s) {
                wholeShared.add(s);
              }
            });
        // The block is handed out as shared (an output keeps its bytes), the rest is not.
        assertEquals(1, wholeShared.size(), wholeShared::toString);
        String block = wholeShared.get(0);
        assertEquals(script.block(4 + 2 + w.sequenceOffset() + w.indent()), block);
        assertTrue(strings.stream().noneMatch(s -> s.contains("echo start")), strings::toString);
        sharedStrings.add(block);
      }
      assertSame(sharedStrings.get(0), sharedStrings.get(1), "both texts hold the one block");
    }
  }

  @Test
  void aFixedValueIsWrittenAsItsValueInEveryLayoutAgainAndAgain() {
    Literal script = Literal.of("echo start\n".repeat(80));
    Map<String, Object> security = new LinkedHashMap<>();
    security.put("runAsNonRoot", true);
    security.put("capabilities", new BlockWriter.Flow(Map.of("drop", List.of("ALL"))));
    security.put("nested", Map.of("list", List.of("a", Map.of("b", "c"))));
    List<Object> command = List.of("sh", "-c", script, "gate");
    Fixed fixedSecurity = new Fixed(security);
    Fixed fixedCommand = new Fixed(command);
    Fixed fixedEmpty = new Fixed(List.of());
    // More layouts than a fixed value keeps, visited twice: kept, dropped and made again.
    for (int round = 0; round < 2; round++) {
      for (BlockWriter w :
          List.of(new BlockWriter(2, 0), new BlockWriter(4, 2), new BlockWriter(3, 1))) {
        for (int column : new int[] {0, 2, 6}) {
          Map<String, Object> plain = new LinkedHashMap<>();
          plain.put("name", "gate");
          plain.put("command", command);
          plain.put("securityContext", security);
          plain.put("none", List.of());
          Map<String, Object> fixed = new LinkedHashMap<>();
          fixed.put("name", "gate");
          fixed.put("command", fixedCommand);
          fixed.put("securityContext", fixedSecurity);
          fixed.put("none", fixedEmpty);
          String layout = w + " at " + column;
          assertEquals(w.entry("c", plain, column), w.entry("c", fixed, column), layout);
          assertEquals(w.items(List.of(plain), column), w.items(List.of(fixed), column), layout);
          assertEquals(
              w.items(List.of(plain), column),
              w.sharedItems(List.of(fixed), column).toString(),
              layout);
          assertEquals(
              w.items(List.of(security), column),
              w.items(List.of(fixedSecurity), column),
              "a fixed value as an item: " + layout);
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> BlockWriter.scalar(fixedSecurity));
    assertThrows(IllegalArgumentException.class, () -> new Fixed("text"));
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '^',
      quoteCharacter = '\'',
      value = {
        "ALL^ALL",
        "get^get",
        "app.kubernetes.io/managed-by^app.kubernetes.io/managed-by",
        "50m^50m",
        "-c^-c",
        "pods/shop/app=cache^pods/shop/app=cache",
        "''^\"\"",
        "tcp://db:5432^\"tcp://db:5432\"",
        "a:b^\"a:b\"",
        "12:30^\"12:30\"",
        "a,b^\"a,b\"",
        "[x]^\"[x]\"",
        "x]^\"x]\"",
        "{y}^\"{y}\"",
        "y}^\"y}\"",
        "x#y^\"x#y\"",
        "?x^\"?x\"",
        "a b^\"a b\"",
        "yes^\"yes\"",
        "120^\"120\"",
        "0755^\"0755\"",
        "*a^\"*a\"",
        "&a^\"&a\"",
        "!t^\"!t\"",
        "|^\"|\"",
        "-^\"-\""
      })
  void quotesInFlowWhatAFlowCollectionWouldMisread(String value, String written) {
    assertEquals(written, BlockWriter.flowScalar(value));
    assertEquals(
        "k: [" + written + "]\n", new BlockWriter(2, 0).entry("k", new Flow(List.of(value)), 0));
  }

  @Test
  void quotesInFlowWhatAnyValueWritesAsText() {
    // Not only strings: any value but a number or boolean is written as its text.
    assertEquals(
        "k: [\"tcp://db:5432\", 1, true, null]\n",
        new BlockWriter(2, 0)
            .entry(
                "k",
                new Flow(java.util.Arrays.asList(URI.create("tcp://db:5432"), 1, true, null)),
                0));
  }

  @Test
  void writesFlowCollectionsOnTheirKeysLine() {
    Map<String, Object> limits = ordered("cpu", "50m", "memory", "32Mi");
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("limits", new Flow(limits));
    c.put("capabilities", new Flow(Map.of("drop", List.of("ALL"))));
    c.put("apiGroups", new Flow(List.of("")));
    c.put("items", new Flow(List.of(ordered("key", "ca.crt", "path", "ca.crt"))));
    c.put("empty", new Flow(List.of()));
    c.put("list", List.of(new Flow(Map.of("a", 1))));
    assertEquals(
        String.join(
            "\n",
            "limits: {cpu: 50m, memory: 32Mi}",
            "capabilities: {drop: [ALL]}",
            "apiGroups: [\"\"]",
            "items: [{key: ca.crt, path: ca.crt}]",
            "empty: []",
            "list:",
            "- {a: 1}",
            ""),
        new BlockWriter(2, 0).entries(c, 0));
  }

  @Test
  void flowCollectionsRoundTripThroughAYamlParser() {
    List<String> nasty =
        List.of(
            "",
            "tcp://db:5432",
            "a:b",
            "a: b",
            "x:",
            ":x",
            "a,b",
            "[x]",
            "x]",
            "{y}",
            "y}",
            "#x",
            "x#y",
            "x #y",
            "?x",
            "? x",
            "-",
            "- x",
            "-c",
            "--a=b,c",
            "yes",
            "No",
            "on",
            "~",
            "null",
            "120",
            "0755",
            "1e3",
            "0x1f",
            ".5",
            "12:30",
            "*a",
            "&a",
            "!t",
            "|",
            ">",
            "%x",
            "@x",
            "`x",
            "'x'",
            "\"x\"",
            "a\\b",
            "a\nb",
            "a\tb",
            " lead",
            "trail ",
            "\u00e9t\u00e9",
            "\ud83d\ude00",
            "a\u0085b",
            "a\u2028b",
            "\ufeffx");
    Map<String, Object> keyed = new LinkedHashMap<>();
    for (int i = 0; i < nasty.size(); i++) {
      keyed.put(nasty.get(i), nasty.get(nasty.size() - 1 - i));
    }
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("list", nasty);
    nested.put("map", keyed);
    nested.put("numbers", List.of(0, 65532, -1, true, false));
    nested.put("deep", List.of(Map.of("k", List.of(Map.of("j", "v,w")))));
    for (BlockWriter w : List.of(new BlockWriter(2, 0), new BlockWriter(4, 2))) {
      Map<String, Object> written = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : nested.entrySet()) {
        written.put(e.getKey(), new Flow(e.getValue()));
      }
      written.put("items", List.of(new Flow(nested)));
      String text = w.entries(Map.of("c", written), 0);
      Map<String, Object> expected = new LinkedHashMap<>(nested);
      expected.put("items", List.of(nested));
      Object read = new Load(LoadSettings.builder().build()).loadFromString(text);
      assertEquals(Map.of("c", expected), read, text);
      assertEquals(1, text.lines().filter(l -> l.strip().startsWith("list: [")).count(), text);
    }
  }

  @Test
  void aUsersTextNeverGoesIntoAFlowCollection() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Flow(List.of(new BlockWriter.Raw("{a: b}"))).text());
    assertThrows(IllegalArgumentException.class, () -> new Flow("scalar"));
  }

  private static Map<String, Object> ordered(String... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void plainWordAndQuantityAreTheRegexesTheyReplace() {
    java.util.regex.Pattern plain =
        java.util.regex.Pattern.compile("(?:[A-Za-z_/]|--?[A-Za-z])[A-Za-z0-9_./:@=+\\-]*");
    java.util.regex.Pattern quantity =
        java.util.regex.Pattern.compile("[0-9]+(m|k|M|G|T|Ki|Mi|Gi|Ti|s|h)");
    // Every ASCII char, and chars past it whose low six bits are those of allowed ones (Á is
    // A + 128, Ł is a + 256 + 128 + ...): plainWord looks chars up in two 64-bit sets.
    StringBuilder chars = new StringBuilder("kMKiGsTh0123456789\u00c1\u00e9\u0141\u4e2d\u2028");
    for (char c = 0; c < 128; c++) {
      chars.append(c);
    }
    String alphabet = chars.toString();
    java.util.Random random = new java.util.Random(16);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(plain.matcher(s).matches(), PlainScalars.plainWord(s), s);
      assertEquals(quantity.matcher(s).matches(), PlainScalars.quantity(s), s);
      // In a flow collection: plain only without any flow indicator, comment or key mark.
      boolean flowPlain =
          !s.isEmpty()
              && PlainScalars.safe(s)
              && s.chars().noneMatch(c -> ",[]{}:#?".indexOf(c) >= 0);
      assertEquals(flowPlain ? s : BlockWriter.quote(s), BlockWriter.flowScalar(s), s);
    }
  }

  @Test
  void quoteWritesRunsOfPlainCharsAsEachCharWouldBe() {
    String alphabet = "ab \"\\\n\t\r\u0001\u007f\u0085\u00e9\u2028\ud83d\ude80\ud800~";
    java.util.Random random = new java.util.Random(61);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(quotedCharByChar(s), BlockWriter.quote(s), s);
    }
  }

  /** The escape of every char on its own, as quote wrote before it wrote runs. */
  private static String quotedCharByChar(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Literal.printable(c)) {
        out.append(c);
      } else {
        out.append(String.format(c <= 0xff ? "\\x%02x" : "\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  @Test
  void aLiteralIsWrittenAsItsStringWouldBe() {
    BlockWriter w = new BlockWriter(2, 0);
    for (String s :
        List.of("a\nb\n", "a\nb", "set -e\n\n  indented\nlast\n", "x\n", "\u00e9t\u00e9\nok")) {
      Literal literal = Literal.of(s);
      Map<String, Object> withString = ordered("name", "n", "script", s);
      Map<String, Object> withLiteral = ordered("name", "n", "script", "");
      withLiteral.put("script", literal);
      // At several indentations in turn: the literal keeps the block of the last one only.
      for (int indent : new int[] {4, 10, 4, 0, 10}) {
        assertEquals(w.entries(withString, indent), w.entries(withLiteral, indent), s);
      }
      assertEquals(
          w.items(List.of(List.of("sh", "-c", s)), 2),
          w.items(List.of(List.of("sh", "-c", literal)), 2),
          s);
      assertEquals(BlockWriter.scalar(s), BlockWriter.scalar(literal), s);
      assertEquals(BlockWriter.flowScalar(s), BlockWriter.flowScalar(literal), s);
    }
  }

  @Test
  void onlyALiteralSafeMultiLineStringIsALiteral() {
    for (String s : List.of("one line", "trailing \nspace", "\tx\ny", "a\n\n", " lead\nx")) {
      assertThrows(IllegalArgumentException.class, () -> Literal.of(s), s);
    }
  }
}
