package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bytes written slice by slice are those of the joined text, surrogate pairs included. */
class Utf8OutTest {
  @Test
  void aPairSplitBetweenTwoSlicesOfTheTextIsWrittenWhole() {
    assertSame("a😀b", List.of("a\uD83D", "\uDE00b"), 2);
    assertSame("😀", List.of("\uD83D", "\uDE00"), 2);
  }

  @Test
  void aPairAtTheEndOfAnEncodedPartMovesToTheNextPart() {
    assertSame("ab😀cd", List.of("ab😀cd"), 3);
    assertSame("😀😀😀", List.of("😀😀😀"), 3);
  }

  @Test
  void anEmptySliceBetweenTheTwoHalvesOfAPairWritesNothing() {
    assertSame("😀", List.of("\uD83D", "", "\uDE00"), 2);
  }

  @Test
  void loneSurrogatesComeOutAsTheJoinedTextsDo() {
    assertSame("a\uD83D", List.of("a\uD83D"), 2);
    assertSame("a\uD83Db", List.of("a\uD83D", "b"), 2);
    assertSame("\uDE00b\uD83D", List.of("\uDE00", "b\uD83D"), 4);
  }

  @Test
  void randomTextsInRandomSlices() {
    Random random = new Random(16);
    char[] alphabet = {'a', '\n', 'é', '中', '\uD83D', '\uDE00', '\uD83C', '\uDF89'};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      List<String> slices = new ArrayList<>();
      for (int at = 0; at < text.length(); ) {
        int end = Math.min(text.length(), at + 1 + random.nextInt(6));
        slices.add(text.substring(at, end));
        at = end;
      }
      assertSame(text.toString(), slices, 2 + random.nextInt(5));
    }
  }

  @Test
  void sharedStringsWrittenAgainAndAgainComeOutAsTheJoinedTextDoes() {
    // Gate scripts' blocks, shared by every gate container's text: more of them than the bytes
    // kept, with a pair, a lone surrogate at each end, and text between them that ends with half a
    // pair or starts with the other half.
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      blocks.add(("block " + i + " é中😀\n").repeat(1 + i % 9));
    }
    blocks.add("x".repeat(600) + "\uD83D");
    blocks.add("\uDE00" + "y".repeat(600));
    blocks.add("z".repeat(5000));
    Random random = new Random(7);
    for (int slice : new int[] {4096, 64}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
      Utf8Out utf8 = new Utf8Out(out, slice);
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < 2000; i++) {
        if (random.nextBoolean()) {
          String block = blocks.get(random.nextInt(blocks.size()));
          utf8.appendShared(block);
          joined.append(block);
        } else {
          String s = random.nextBoolean() ? "\uDE00 - " + i : " - " + i + "\uD83D";
          utf8.append(s, 0, s.length());
          joined.append(s);
        }
      }
      utf8.finish();
      assertArrayEquals(
          joined.toString().getBytes(StandardCharsets.UTF_8),
          bytes.toByteArray(),
          "parts of " + slice);
    }
  }

  private static void assertSame(String joined, List<String> slices, int slice) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    Utf8Out utf8 = new Utf8Out(out, slice);
    for (String s : slices) {
      // A slice of a longer string, as the source between two edits is.
      String padded = "xy" + s + "z";
      utf8.append(padded, 2, 2 + s.length());
    }
    utf8.finish();
    assertArrayEquals(
        joined.getBytes(StandardCharsets.UTF_8),
        bytes.toByteArray(),
        () -> "slices " + slices + " in parts of " + slice);
  }
}
