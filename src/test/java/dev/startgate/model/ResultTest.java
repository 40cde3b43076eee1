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
    // A value quoted only as the start of a longer one, or inside a word, is not quoted whole.
    assertEquals(
        "[error] batch/v1/Job/shop/migrate "
            + FIELD
            + ": the host is empty; use a value like http://api:8080 (value \"http://\")",
        error("http://", "the host is empty; use a value like http://api:8080").toString());
    assertEquals(
        "[error] batch/v1/Job/shop/migrate " + FIELD + ": use 10s (value \"0s\")",
        error("0s", "use 10s").toString());
    String longValue = "x".repeat(100);
    assertEquals(
        "[error] batch/v1/Job/shop/migrate "
            + FIELD
            + ": bad (value \""
            + "x".repeat(57)
            + "...\")",
        error(longValue, "bad").toString());
  }

  @Test
  void aResultIsOneLineWhateverTheMessageQuotes() {
    assertEquals(
        "[error] batch/v1/Job/shop/migrate " + FIELD + ": \"5\\r\\nm\" is not a duration",
        error("5\r\nm", "\"5\r\nm\" is not a duration").toString());
  }

  @Test
  void aLineBreakInANameIsWrittenEscapedToo() {
    Result r =
        new Result(
            Severity.ERROR,
            "bad",
            new ResourceRef("batch/v1", "Job", "sh\rop", "mi\ngrate"),
            FIELD,
            null,
            null);
    assertEquals("[error] batch/v1/Job/sh\\rop/mi\\ngrate " + FIELD + ": bad", r.toString());
  }
}
