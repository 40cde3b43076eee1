package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An annotation value YAML reads as a number, a boolean or null is an error whose example is a
 * value startgate takes: the value quoted where that is one, else a valid value.
 */
class NonStringsTest {
  private static final Config CONFIG = IntentFixtures.defaults();

  /** The first result of a Job that writes {@code key: value} (and a target, if that is not it). */
  private static Result firstResult(String key, String value) {
    List<Result> results =
        new IntentReader()
            .read(
                IntentFixtures.resource(
                    "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n"
                        + (key.endsWith("wait-for")
                            ? ""
                            : "    startgate.dev/wait-for: tcp://db:5432\n")
                        + "    "
                        + key
                        + ": "
                        + value
                        + "\nspec: {template: {spec: {containers: [{name: a, image: a}]}}}\n"),
                CONFIG)
            .results();
    Result error = results.get(0);
    assertEquals("metadata.annotations." + key, error.field(), error::toString);
    return error;
  }

  /** The example the error for {@code key: value} ends with (after "like "). */
  private static String example(String key, String value) {
    Result error = firstResult(key, value);
    assertTrue(error.message().contains("Kubernetes takes only strings"), error::message);
    return error.message().substring(error.message().lastIndexOf("like ") + 5);
  }

  /** A name and a namespace Kubernetes refuses are both reported, in one run. */
  @Test
  void aBadNameAndABadNamespaceAreBothReported() {
    for (String[] metadata : new String[][] {{"Migrate", "Shop"}, {"123", "true"}}) {
      List<Result> results =
          new IntentReader()
              .read(
                  IntentFixtures.resource(
                      "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: "
                          + metadata[0]
                          + "\n  namespace: "
                          + metadata[1]
                          + "\n  annotations: {startgate.dev/wait-for: tcp://db:5432}\n"
                          + "spec: {template: {spec: {containers: [{name: a, image: a}]}}}\n"),
                  CONFIG)
              .results();
      assertEquals(
          List.of("metadata.name", "metadata.namespace"),
          results.stream().map(Result::field).toList(),
          results::toString);
    }
  }

  @Test
  void aValueStartgateTakesAsTextIsQuoted() {
    assertEquals("startgate.dev/retry: \"3\"", example("startgate.dev/retry", "3"));
    assertEquals(
        "startgate.dev/phase: \"post-deploy\"",
        example("startgate.dev/phase", "!custom post-deploy"));
  }

  /** A tagged text that is a valid target list is itself the example, quoted. */
  @Test
  void aTaggedTargetIsQuoted() {
    assertEquals(
        "startgate.dev/wait-for: \"tcp://a:1\"",
        example("startgate.dev/wait-for", "!custom tcp://a:1"));
    assertEquals(
        "startgate.dev/wait-for: \"tcp://postgres:5432\"",
        example("startgate.dev/wait-for", "!!int 5"));
  }

  @Test
  void aNumberOfSecondsGetsItsUnit() {
    assertEquals("startgate.dev/timeout: \"300s\"", example("startgate.dev/timeout", "300"));
    assertEquals("startgate.dev/timeout: \"300s\"", example("startgate.dev/timeout", "!!int 300"));
    assertEquals("startgate.dev/uptime: \"0s\"", example("startgate.dev/uptime", "0"));
  }

  /**
   * go-yaml (kubectl, Helm) has no base-60 numbers: 12:30 is a string to Kubernetes, so its error
   * is that of a bad duration, not of a number (review DQ).
   */
  @Test
  void aBase60LookAlikeIsAString() {
    Result error = firstResult("startgate.dev/timeout", "12:30");
    assertFalse(error.message().contains("to YAML"), error::message);
    assertTrue(error.message().contains("\"12:30\""), error::message);
  }

  @Test
  void aValueStartgateRejectsGetsTheAnnotationsExample() {
    assertEquals("startgate.dev/phase: \"pre-deploy\"", example("startgate.dev/phase", "yes"));
    assertEquals("startgate.dev/timeout: \"5m\"", example("startgate.dev/timeout", "true"));
    // No interval of 0s: the example instead of "0s".
    assertEquals("startgate.dev/interval: \"2s\"", example("startgate.dev/interval", "0"));
    assertEquals("startgate.dev/timeout: \"5m\"", example("startgate.dev/timeout", "1.5"));
    assertEquals("startgate.dev/retry: \"6\"", example("startgate.dev/retry", "on"));
    assertEquals("startgate.dev/retry: \"6\"", example("startgate.dev/retry", "12345"));
  }

  /** An uptime suggested with its unit must end before the timeout, or the example stands. */
  @Test
  void anUptimeSuggestedEndsBeforeTheTimeout() {
    assertEquals("startgate.dev/uptime: \"30s\"", example("startgate.dev/uptime", "30"));
    assertEquals("startgate.dev/uptime: \"10s\"", example("startgate.dev/uptime", "300"));
    assertEquals(
        "startgate.dev/uptime: \"300s\"",
        example("startgate.dev/uptime", "300\n    startgate.dev/timeout: 10m"));
    // Under a timeout of 10s or less the example (10s) would not do either.
    assertEquals(
        "startgate.dev/uptime: \"9s\"",
        example("startgate.dev/uptime", "20\n    startgate.dev/timeout: 10s"));
    assertEquals(
        "startgate.dev/uptime: \"4s\"",
        example("startgate.dev/uptime", "5\n    startgate.dev/timeout: \"5s\""));
  }

  @Test
  void theMessageSaysWhyTheQuotedValueIsNotEnough() {
    List<Result> results =
        new IntentReader()
            .read(
                IntentFixtures.resource(
                    "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n"
                        + "    startgate.dev/wait-for: tcp://db:5432\n"
                        + "    startgate.dev/phase: yes\n"
                        + "spec: {template: {spec: {containers: [{name: a, image: a}]}}}\n"),
                CONFIG)
            .results();
    assertEquals(
        "the value is a boolean to YAML, and Kubernetes takes only strings as annotation values;"
            + " \"yes\" is not a valid value either, so write one in quotes, like"
            + " startgate.dev/phase: \"pre-deploy\"",
        results.get(0).message());
  }

  @Test
  void anEmptyValueGetsTheExample() {
    assertEquals("startgate.dev/interval: \"2s\"", example("startgate.dev/interval", ""));
    assertEquals(
        "startgate.dev/wait-for: \"tcp://postgres:5432\"", example("startgate.dev/wait-for", "~"));
    // A number is never a target.
    assertEquals(
        "startgate.dev/wait-for: \"tcp://postgres:5432\"",
        example("startgate.dev/wait-for", "5432"));
  }
}
