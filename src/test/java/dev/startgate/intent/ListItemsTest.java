package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A startgate annotation on an object inside a List is not acted on, and a warning says so: a List
 * that holds none gets no warning, and neither does an object that is not a list.
 */
class ListItemsTest {
  private static final String JOB =
      "- apiVersion: batch/v1\n  kind: Job\n  metadata:\n    name: %s\n%s";
  private static final String ANNOTATED =
      "    annotations:\n      startgate.dev/wait-for: tcp://db:5432\n";

  private static Optional<Result> warning(String kind, String items) {
    return ListItems.warning(
        IntentFixtures.resource("apiVersion: v1\nkind: " + kind + "\nitems:\n" + items));
  }

  @Test
  void oneAnnotatedObjectIsNamed() {
    Result r =
        warning("List", JOB.formatted("a", "") + JOB.formatted("migrate", ANNOTATED)).orElseThrow();
    assertEquals(Severity.WARNING, r.severity());
    assertEquals("items", r.field());
    assertEquals("v1/List", r.resource().toString());
    assertTrue(
        r.message()
            .startsWith(
                "an object in this List (batch/v1/Job/migrate) carries startgate annotations,"
                    + " but startgate gates only top-level objects"),
        r.message());
    assertTrue(r.message().endsWith("as `kubectl kustomize` writes the items of a List"));
  }

  @Test
  void severalAreCountedAndTheFirstIsNamed() {
    String message =
        warning("JobList", JOB.formatted("one", ANNOTATED) + JOB.formatted("two", ANNOTATED))
            .orElseThrow()
            .message();
    assertTrue(
        message.startsWith("2 objects in this JobList (batch/v1/Job/one and others) carry"),
        message);
    assertTrue(message.contains("so they are not gated"), message);
  }

  @Test
  void anAnnotationMeantForStartgateUnderAnotherPrefixCountsToo() {
    String misspelt = "    annotations:\n      stargate.dev/wait-for: tcp://db:5432\n";
    assertTrue(warning("List", JOB.formatted("migrate", misspelt)).isPresent());
    String others = "    annotations:\n      example.com/timeout: 30s\n";
    assertEquals(Optional.empty(), warning("List", JOB.formatted("migrate", others)));
  }

  @Test
  void noAnnotationNoWarning() {
    assertEquals(Optional.empty(), warning("List", JOB.formatted("a", "")));
    assertEquals(
        Optional.empty(),
        ListItems.warning(IntentFixtures.resource("apiVersion: v1\nkind: List\nitems: []\n")));
    assertEquals(
        Optional.empty(),
        ListItems.warning(IntentFixtures.resource("apiVersion: v1\nkind: List\n")));
    assertEquals(Optional.empty(), warning("List", "- just a string\n"));
  }

  /**
   * Any kind's items are looked into: a misspelt ResourceList (ResourceLst) holds its items as a
   * List does, and no object holds annotated objects under items for another reason.
   */
  @Test
  void annotatedItemsOfAnyKindAreWarned() {
    for (String kind : new String[] {"ResourceLst", "Resourcelist", "ConfigMap"}) {
      assertTrue(warning(kind, JOB.formatted("migrate", ANNOTATED)).isPresent(), kind);
      assertEquals(Optional.empty(), warning(kind, JOB.formatted("migrate", "")), kind);
    }
  }
}
