package dev.startgate.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which item of kpt's ResourceList a YAML error's line falls in, named by kpt's annotations. */
class ItemAtLineTest {
  private static final String LIST =
      """
      apiVersion: config.kubernetes.io/v1
      kind: ResourceList
      items:
      - apiVersion: v1
        kind: ConfigMap
        metadata:
          name: other
          annotations:
            internal.config.kubernetes.io/path: 'a.yaml'
      - apiVersion: batch/v1
        kind: Job
        metadata:
          name: m
          annotations:
            startgate.dev/wait-for: tcp://db:5432
            startgate.dev/wait-for: tcp://db:5433
            config.kubernetes.io/path: 'jobs/dup.yaml'
            internal.config.kubernetes.io/path: 'jobs/dup.yaml'
        spec: {}
      functionConfig:
        apiVersion: v1
        kind: ConfigMap
      """;

  @Test
  void namesTheItemsFileAndObject() {
    assertEquals(
        " (in the item kpt read from jobs/dup.yaml: Job m; the line counts in the ResourceList kpt"
            + " sent)",
        ItemAtLine.describe(LIST, 16));
    assertEquals(
        " (in the item kpt read from a.yaml: ConfigMap other; the line counts in the ResourceList"
            + " kpt sent)",
        ItemAtLine.describe(LIST, 5));
  }

  @Test
  void saysNothingOutsideTheItemsOrForAStream() {
    assertEquals("", ItemAtLine.describe(LIST, 2), "the ResourceList's own fields");
    assertEquals("", ItemAtLine.describe(LIST, 21), "its functionConfig");
    assertEquals("", ItemAtLine.describe(LIST, 0), "no line");
    assertEquals("", ItemAtLine.describe("apiVersion: v1\nkind: Job\n", 2), "a plain stream");
  }
}
