package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An annotation with "startgate" in its key but not startgate's prefix is not read, and named. */
class OtherPrefixesTest {
  private static final List<String> KNOWN =
      List.of("startgate.dev/wait-for", "startgate.dev/timeout");

  @Test
  void keysThatLookLikeOursInAnyCase() {
    assertTrue(OtherPrefixes.looksLikeOurs("startgate.io/wait-for"));
    assertTrue(OtherPrefixes.looksLikeOurs("StartGate/Timeout"));
    assertTrue(OtherPrefixes.looksLikeOurs("example.com/STARTGATE"));
    assertFalse(OtherPrefixes.looksLikeOurs("startgate.dev/wait-for"));
    assertFalse(OtherPrefixes.looksLikeOurs("start-gate/owner"));
    assertFalse(OtherPrefixes.looksLikeOurs("startgat"));
    assertFalse(OtherPrefixes.looksLikeOurs("restartgate.io/policy"));
    assertTrue(OtherPrefixes.looksLikeOurs("example.com/startgate-owner"));
    assertFalse(OtherPrefixes.looksLikeOurs(""));
  }

  @Test
  void oneOfOurNamesUnderAMisspeltPrefix() {
    assertTrue(OtherPrefixes.looksLikeOurs("stargate.dev/wait-for"));
    assertTrue(OtherPrefixes.looksLikeOurs("startgate.de/timeout"));
    assertTrue(OtherPrefixes.looksLikeOurs("start-gate.dev/Retry"));
    assertTrue(OtherPrefixes.looksLikeOurs("startgates.dev/phase"));
    assertTrue(OtherPrefixes.looksLikeOurs("Startgate.Dev/interval"));
    assertTrue(OtherPrefixes.looksLikeOurs("strtgate.dv/uptime"));
    // Other tools' annotations with the same names, or a prefix further away, are not ours.
    assertFalse(OtherPrefixes.looksLikeOurs("example.com/timeout"));
    assertFalse(OtherPrefixes.looksLikeOurs("stargate.io/wait-for"));
    assertFalse(OtherPrefixes.looksLikeOurs("stargate.dev/owner"));
    assertFalse(OtherPrefixes.looksLikeOurs("/timeout"));
    assertFalse(OtherPrefixes.looksLikeOurs("timeout"));
    assertEquals(
        "this annotation is not read: startgate's annotations start with startgate.dev/; did you"
            + " mean startgate.dev/wait-for?",
        OtherPrefixes.message("stargate.dev/wait-for", KNOWN));
  }

  @Test
  void theAnnotationMeantIsNamedWhenItsLastPartIsKnown() {
    assertEquals(
        "this annotation is not read: startgate's annotations start with startgate.dev/; did you"
            + " mean startgate.dev/timeout?",
        OtherPrefixes.message("StartGate/Timeout", KNOWN));
    assertEquals(
        "this annotation is not read: startgate's annotations start with startgate.dev/; did you"
            + " mean startgate.dev/wait-for?",
        OtherPrefixes.message("startgate.wait-for", KNOWN));
    assertEquals(
        "this annotation is not read: startgate's annotations start with startgate.dev/; known:"
            + " startgate.dev/wait-for, startgate.dev/timeout",
        OtherPrefixes.message("example.com/startgate-owner", KNOWN));
  }

  @Test
  void aLookAlikeInThePrefixIsNamedByItsCodePoint() {
    // Cyrillic е in startgate.dev/, and a one-dot leader (U+2024) for its dot: the key and the
    // annotation meant look the same on a screen.
    assertTrue(OtherPrefixes.looksLikeOurs("startgate.d\u0435v/timeout"));
    assertEquals(
        "this annotation is not read (it holds U+0435, not an ASCII character): startgate's"
            + " annotations start with startgate.dev/; did you mean startgate.dev/timeout?",
        OtherPrefixes.message("startgate.d\u0435v/timeout", KNOWN));
    assertTrue(OtherPrefixes.looksLikeOurs("startgate\u2024dev/wait-for"));
    assertTrue(
        OtherPrefixes.message("startgate\u2024dev/wait-for", KNOWN)
            .startsWith("this annotation is not read (it holds U+2024, not an ASCII character)"));
  }
}
