package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slices of an edited text, handed out in order, join to what the edits make. */
class SplicedTest {
  @Test
  void editsComeOutAsSlicesOfTheSourceAndTheirTexts() {
    String source = "a: 1\nb: 2\nc: 3\n";
    TextEdits edits = new TextEdits(source);
    edits.replace(3, 4, "10");
    edits.insert(10, "x: 0\n");
    edits.append(source.length(), 10, "d: 4\n");
    Spliced spliced = edits.spliced();
    List<String> slices = new ArrayList<>();
    spliced.writeTo((s, from, to) -> slices.add(s.substring(from, to)));
    assertEquals(List.of("a: ", "10", "\nb: 2\n", "x: 0\n", "c: 3\n", "d: 4\n"), slices);
    assertEquals("a: 10\nb: 2\nx: 0\nc: 3\nd: 4\n", spliced.toString());
    assertEquals(spliced.toString().length(), spliced.length());
  }

  @Test
  void anUntouchedSourceIsItsOwnString() {
    String source = "a: 1\n";
    assertSame(source, new TextEdits(source).spliced().toString());
    assertSame(source, new TextEdits(source).apply());
  }

  @Test
  void aTextOfSlicesThatChangesNothingRecordsNoEdit() {
    String source = "a: 1\nb: 2\n";
    TextEdits edits = new TextEdits(source);
    edits.replace(0, 10, Spliced.builder(2).add("xa: 1\n", 1, 6).add("b: 2\n", 0, 5).build());
    assertTrue(edits.isEmpty());
    edits.replace(0, 10, Spliced.builder(2).add("a: 1\n", 0, 5).add("b: 3\n", 0, 5).build());
    assertEquals("a: 1\nb: 3\n", edits.apply());
  }

  @Test
  void aTextOfSlicesInsertedOrAppendedKeepsItsPlace() {
    String source = "l:\n- a\nk: v\n";
    TextEdits edits = new TextEdits(source);
    String shared = "- b\n";
    edits.insert(7, Spliced.builder(2).add("k0: w\n", 0, 6).build());
    edits.append(7, 3, Spliced.builder(2).add(shared, 0, 4).add("- c\n", 0, 4).build());
    assertEquals("l:\n- a\n- b\n- c\nk0: w\nk: v\n", edits.apply());
    List<String> strings = new ArrayList<>();
    edits.spliced().writeTo((s, from, to) -> strings.add(s));
    assertTrue(strings.stream().anyMatch(s -> s == shared), "the shared string itself");
  }

  @Test
  void aSharedStringStaysSharedThroughEditsAndGrowth() {
    String block = "script\n".repeat(10);
    Spliced.Builder parts = Spliced.builder(1);
    for (int i = 0; i < 5; i++) {
      parts.add("- c" + i + "\n", 0, 5).addShared(block);
    }
    String source = "l:\n- a\n";
    TextEdits edits = new TextEdits(source);
    edits.append(7, 3, parts.build());
    List<String> shared = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    edits
        .spliced()
        .writeTo(
            new Spliced.Sink() {
              @Override
              public void append(String s, int from, int to) {
                all.append(s, from, to);
              }

              @Override
              public void appendShared(String s) {
                shared.add(s);
                all.append(s);
              }
            });
    assertEquals(5, shared.size());
    assertTrue(shared.stream().allMatch(s -> s == block));
    assertEquals(edits.apply(), all.toString());
    assertTrue(all.toString().startsWith("l:\n- a\n- c0\nscript\n"), all::toString);
  }

  @Test
  void crlfConvertsEachSharedStringOnceAndKeepsItShared() {
    String block = "script\nline\n";
    String name = "- name: c\n";
    Spliced.Builder parts = Spliced.builder(1);
    for (int i = 0; i < 3; i++) {
      parts.add(name, 0, name.length()).add("x: y", 0, 4).addShared(block);
    }
    Spliced lf = parts.build();
    Map<String, String> converted = new IdentityHashMap<>();
    Spliced crlf = lf.withCrlf(converted);
    Spliced again = Spliced.builder(1).addShared(block).build().withCrlf(converted);
    List<String> shared = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    crlf.writeTo(
        new Spliced.Sink() {
          @Override
          public void append(String s, int from, int to) {
            plain.add(s);
          }

          @Override
          public void appendShared(String s) {
            shared.add(s);
          }
        });
    assertEquals(lf.toString().replace("\n", "\r\n"), crlf.toString());
    assertEquals("script\r\nline\r\n", again.toString());
    assertEquals(3, shared.size());
    assertTrue(shared.stream().allMatch(s -> s == again.single()), "one converted string");
    assertEquals(1, converted.size());
    assertTrue(plain.stream().anyMatch(s -> s.equals("x: y")), "a slice without LF as it was");
  }

  @Test
  void manySlicesGrowTheBuilder() {
    Spliced.Builder b = Spliced.builder(1);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      String s = "<" + i + ">";
      b.add(s, 1, s.length() - 1).add("", 0, 0);
      expected.append(i);
    }
    Spliced spliced = b.build();
    assertEquals(expected.toString(), spliced.toString());
    assertEquals(expected.length(), spliced.length());
  }
}
