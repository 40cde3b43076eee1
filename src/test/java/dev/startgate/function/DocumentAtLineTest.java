package dev.startgate.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An error in a long stream names the object it is in, and Helm's template of it. */
class DocumentAtLineTest {
  private static final String HELM =
      """
      ---
      # Source: shop/templates/config.yaml
      apiVersion: v1
      kind: ConfigMap
      metadata:
        labels: {app: shop}
        name: "settings" # the chart's
      data:
        a: x
      ---
      # Source: shop/templates/job.yaml
      apiVersion: batch/v1
      kind: Job
      metadata: {name: migrate}
      spec: {}
      ...
      --- [1, 2]
      """;

  @Test
  void namesTheObjectAndTheTemplate() {
    assertEquals(
        " (in ConfigMap settings, from shop/templates/config.yaml)",
        DocumentAtLine.describe(HELM, 9));
    assertEquals(
        " (in ConfigMap settings, from shop/templates/config.yaml)",
        DocumentAtLine.describe(HELM, 1));
    // A name in flow style is not read: the kind alone.
    assertEquals(" (in a Job, from shop/templates/job.yaml)", DocumentAtLine.describe(HELM, 15));
  }

  /** A flow collection left open is reported at the next ---: the object is the one before it. */
  @Test
  void anErrorAtTheNextMarkerIsInTheDocumentBeforeIt() {
    String text =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: first\ndata:\n  a: {x: 1\n---\n"
            + "# Source: chart/templates/second.yaml\napiVersion: v1\nkind: Secret\n"
            + "metadata:\n  name: second\n";
    assertEquals(" (in ConfigMap first)", DocumentAtLine.describe(text, 7));
    assertEquals(
        " (in Secret second, from chart/templates/second.yaml)", DocumentAtLine.describe(text, 10));
  }

  @Test
  void nothingWhenTheDocumentShowsNothing() {
    assertEquals("", DocumentAtLine.describe(HELM, 17));
    assertEquals("", DocumentAtLine.describe(HELM, 0));
    assertEquals("", DocumentAtLine.describe(HELM, 99));
    assertEquals(" (in the object x)", DocumentAtLine.describe("metadata:\n  name: x\n", 2));
  }
}
