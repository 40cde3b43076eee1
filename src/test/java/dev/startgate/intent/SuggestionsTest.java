package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> MATCH = List.of("kind", "name", "namespace", "labels");

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
}
