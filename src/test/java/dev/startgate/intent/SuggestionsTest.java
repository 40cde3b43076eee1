package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
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
}
