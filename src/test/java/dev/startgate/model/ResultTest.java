package dev.startgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResultTest {
  private static final ResourceRef JOB = new ResourceRef("batch/v1", "Job", "shop", "migrate");
  private static final String FIELD = "metadata.annotations.startgate.dev/interval";

  private static Result error(String value, String message) {
    return new Result(Severity.ERROR, message, JOB, FIELD, value, null);
  }

  @Test
  void theBadValueEndsTheLineWhereTheMessageDoesNotQuoteIt() {
    assertEquals(
        "[error] batch/v1/Job/shop/migrate " + FIELD + ": at least 1s, like 2s (value \"0s\")",
        error("0s", "at least 1s, like 2s").toString());
    assertEquals(
        "[error] batch/v1/Job/shop/migrate " + FIELD + ": \"0s\" is too short",
        error("0s", "\"0s\" is too short").toString());
    assertEquals(
        "[error] batch/v1/Job/shop/migrate " + FIELD + ": bad (value \"a\\nb \\\"c\\\"\")",
        error("a\nb \"c\"", "bad").toString());
    String longValue = "x".repeat(100);
    assertEquals(
        "[error] batch/v1/Job/shop/migrate "
            + FIELD
            + ": bad (value \""
            + "x".repeat(57)
            + "...\")",
        error(longValue, "bad").toString());
  }
}
