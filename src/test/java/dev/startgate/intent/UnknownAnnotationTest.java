package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unknown startgate.dev/ annotation names the one meant when it is a near miss. */
class UnknownAnnotationTest {
  private static final Config CONFIG = IntentFixtures.defaults();

  private static String error(String key) {
    List<Result> results =
        new IntentReader()
            .read(
                IntentFixtures.resource(
                    "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n    "
                        + key
                        + ": x\nspec: {template: {spec: {containers: [{name: a, image: a}]}}}\n"),
                CONFIG)
            .results();
    return results.get(0).message();
  }

  @Test
  void aNearMissNamesTheAnnotationMeant() {
    assertEquals(
        "unknown startgate annotation; did you mean startgate.dev/timeout?",
        error("startgate.dev/timout"));
    assertEquals(
        "unknown startgate annotation; did you mean startgate.dev/wait-for?",
        error("startgate.dev/waitfor"));
  }

  /** A space around the key is not seen in its field path: the message quotes the key. */
  @Test
  void whiteSpaceAroundTheKeyIsShown() {
    assertEquals(
        "unknown startgate annotation (written \"startgate.dev/wait-for \": white space at its"
            + " end); did you mean startgate.dev/wait-for?",
        error("\"startgate.dev/wait-for \""));
    assertEquals(
        "this annotation is not read (written \" startgate.dev/timeout\": white space before it):"
            + " startgate's annotations start with startgate.dev/; did you mean"
            + " startgate.dev/timeout?",
        error("\" startgate.dev/timeout\""));
    // A prefix typo behind the space too.
    assertEquals(
        "this annotation is not read (written \"stargate.dev/wait-for \": white space at its"
            + " end): startgate's annotations start with startgate.dev/; did you mean"
            + " startgate.dev/wait-for?",
        error("\"stargate.dev/wait-for \""));
  }

  @Test
  void anythingElseListsTheKnownOnes() {
    assertEquals(
        "unknown startgate annotation; known: startgate.dev/wait-for, startgate.dev/timeout,"
            + " startgate.dev/interval, startgate.dev/uptime, startgate.dev/retry,"
            + " startgate.dev/phase",
        error("startgate.dev/color"));
  }
}
