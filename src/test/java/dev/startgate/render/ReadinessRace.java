package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The loop that holds a check against a real server's own view of readiness: each round runs one
 * try of the check and then the server's real client (a query). A try that passes while the query
 * right after it fails passed before the server accepted queries; once a query has passed, the very
 * next try (one interval later) must pass. The not-ready tries must carry the server's reason.
 */
final class ReadinessRace {
  /** One round: the try, and whether the real query after it worked. */
  record Round(CheckShell.Try check, boolean queried, long atMillis) {}

  /** Asks the real server whether it answers queries. */
  interface Query {
    boolean works() throws Exception;
  }

  /** A try of the check under test. */
  interface Attempt {
    CheckShell.Try run() throws Exception;
  }

  private ReadinessRace() {}

  /**
   * Runs rounds every {@code intervalMillis} until the check has passed, or {@code limitMillis}
   * passed; {@code reason} must hold for every not-ready try while the server rejects queries.
   * Returns the rounds.
   */
  static List<Round> untilReady(
      Attempt check, Query query, long intervalMillis, long limitMillis, Predicate<String> reason)
      throws Exception {
    List<Round> rounds = new ArrayList<>();
    long start = System.nanoTime();
    boolean queriedBefore = false;
    while (true) {
      long at = (System.nanoTime() - start) / 1_000_000;
      CheckShell.Try t = check.run();
      boolean q = query.works();
      rounds.add(new Round(t, q, at));
      if (t.ready()) {
        assertTrue(q, "the check passed before the server answered queries: " + rounds);
        return rounds;
      }
      assertFalse(
          queriedBefore, "the server answered queries a round ago, the check not: " + rounds);
      if (!q) {
        assertTrue(reason.test(t.seen()), "not ready without the server's reason: " + rounds);
      }
      queriedBefore = q;
      if (at > limitMillis) {
        fail("not ready after " + at + " ms: " + rounds);
      }
      Thread.sleep(intervalMillis);
    }
  }

  /** How many rounds saw the server not ready (the check said so, and so did the query). */
  static long notReadyRounds(List<Round> rounds) {
    return rounds.stream().filter(r -> !r.check().ready() && !r.queried()).count();
  }
}
