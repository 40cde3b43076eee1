package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> MATCH = List.of("kind", "name", "namespace", "labels");

  /** A look-alike letter is named by its code point: quoted, it looks like the name meant. */
  @Test
  void aCharacterBeyondAsciiIsNamed() {
    assertEquals(" (it holds U+0435, not an ASCII character)", Suggestions.foreign("h\u0435lm"));
    assertEquals(
        " (it holds U+2010, not an ASCII character)", Suggestions.foreign("pre\u2010deploy"));
    assertEquals(
        " (it holds U+1F600, not an ASCII character)", Suggestions.foreign("a\uD83D\uDE00"));
    assertEquals("", Suggestions.foreign("helm"));
  }

  @Test
  void twoSwappedLettersAreOneEdit() {
    assertEquals(1, Suggestions.distance("nmae", "name"));
    assertEquals(1, Suggestions.distance("kidn", "kind"));
    assertEquals(2, Suggestions.distance("nmea", "name"));
    assertEquals(3, Suggestions.distance("", "abc"));
    assertEquals(0, Suggestions.distance("same", "same"));
  }

  @Test
  void shortNamesWithSwappedLettersGetASuggestion() {
    assertEquals("name", Suggestions.nearest("nmae", MATCH));
    assertEquals("kind", Suggestions.nearest("kidn", MATCH));
    assertEquals("labels", Suggestions.nearest("lables", MATCH));
    assertEquals("kind", Suggestions.nearest("knd", MATCH));
  }

  @Test
  void aNameFarFromEveryKnownOneGetsNone() {
    assertNull(Suggestions.nearest("image", MATCH));
    assertNull(Suggestions.nearest("xyz", MATCH));
  }

  /**
   * A field of a section is measured by its last part, and a short form of one is that one: emit is
   * emitServer, not host (three edits from it, and as near in full as a typo of it).
   */
  @Test
  void aShortFormOfAFieldInItsSectionIsThatField() {
    List<String> server =
        List.of(
            "whenReadyServer.host",
            "whenReadyServer.port",
            "whenReadyServer.emitServer",
            "whenReadyServer.namespace");
    assertEquals("whenReadyServer.emitServer", Suggestions.nearest("whenReadyServer.emit", server));
    assertEquals("whenReadyServer.host", Suggestions.nearest("whenReadyServer.hots", server));
    assertNull(Suggestions.nearest("whenReadyServer.size", server));
    assertEquals("whenReadyServer.emitServer", Suggestions.nearest("whenReadyServer.em", server));
    assertEquals("GitRepository", Suggestions.nearest("Git", List.of("GitRepository", "Bucket")));
    assertEquals("retry", Suggestions.nearest("retries", List.of("timeout", "retry", "phase")));
    assertEquals("phase", Suggestions.nearest("phases", List.of("timeout", "retry", "phase")));
  }

  /** One or two letters are the start of a field only where no other field starts so. */
  @Test
  void aLetterOrTwoAreTheFieldTheyAloneBegin() {
    List<String> resources =
        List.of("resources.busybox.cpu", "resources.busybox.memory", "resources.curl.cpu");
    assertEquals("resources.busybox.cpu", Suggestions.nearest("resources.busybox.c", resources));
    assertEquals("resources.busybox.memory", Suggestions.nearest("resources.busybox.m", resources));
    assertNull(Suggestions.nearest("n", MATCH));
    assertEquals("labels", Suggestions.nearest("l", MATCH));
  }

  /**
   * The banded distance is the whole table's, capped at max + 1, on short strings of few letters
   * (so that near pairs, swaps among them, are common) and with every max from 0 to 3.
   */
  @Test
  void distanceAtMostIsTheDistanceCapped() {
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      String a = word(random);
      String b = random.nextInt(3) == 0 ? mutated(a, random) : word(random);
      int max = random.nextInt(4);
      assertEquals(
          Math.min(Suggestions.distance(a, b), max + 1),
          Suggestions.distanceAtMost(a, b, max),
          a + " / " + b + " at most " + max);
    }
    assertEquals(3, Suggestions.distanceAtMost("a".repeat(201), "a".repeat(201), 2));
  }

  private static String word(Random random) {
    StringBuilder out = new StringBuilder();
    for (int n = random.nextInt(9); n > 0; n--) {
      out.append("ab-c".charAt(random.nextInt(4)));
    }
    return out.toString();
  }

  /** {@code a} with one or two letters swapped, dropped, added or changed. */
  private static String mutated(String a, Random random) {
    StringBuilder out = new StringBuilder(a);
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> {
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
        }
        case 1 -> {
          if (out.length() > 0) {
            out.deleteCharAt(at);
          }
        }
        case 2 -> out.insert(at, 'x');
        default -> {
          if (out.length() > 0) {
            out.setCharAt(at, 'y');
          }
        }
      }
    }
    return out.toString();
  }
}
