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
    assertFalse(OtherPrefixes.looksLikeOurs("start-gate/wait-for"));
    assertFalse(OtherPrefixes.looksLikeOurs("startgat"));
    assertFalse(OtherPrefixes.looksLikeOurs("restartgate.io/policy"));
    assertTrue(OtherPrefixes.looksLikeOurs("example.com/startgate-owner"));
    assertFalse(OtherPrefixes.looksLikeOurs(""));
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
}
