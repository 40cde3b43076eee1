package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
  @Test
  void equalCharsGiveOneStringWhereverTheyStand() {
    SharedStrings shared = new SharedStrings();
    String text = "kind: Job\n  kind: Job\nname: kind\n";
    String first = shared.of(text, 0, 4);
    assertEquals("kind", first);
    assertSame(first, shared.of(text, 12, 16));
    assertSame(first, shared.of(text, 28, 32));
    assertSame(first, shared.of(new String("kind")));
    assertEquals("Job", shared.of(text, 6, 9));
    assertEquals("", shared.of(text, 3, 3));
    assertSame(shared.of(text, 3, 3), shared.of(""));
  }

  @Test
  void longScalarsAreNotKept() {
    SharedStrings shared = new SharedStrings();
    String long41 = "x".repeat(SharedStrings.MAX_LENGTH + 1);
    assertNotSame(shared.of(long41 + " ", 0, long41.length()), shared.of(" " + long41, 1, 42));
    String long40 = "y".repeat(SharedStrings.MAX_LENGTH);
    assertSame(shared.of(long40 + " ", 0, 40), shared.of(" " + long40, 1, 41));
  }

  @Test
  void itIsAMapOfTheStringsAsItGrows() {
    // Many distinct strings with colliding and equal hashes ("Aa" and "BB" hash alike), past
    // several doublings of the table: each is found again, and never mixed up with another.
    SharedStrings shared = new SharedStrings();
    Map<String, String> reference = new HashMap<>();
    Random random = new Random(5);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        b.append(random.nextBoolean() ? "Aa" : "BB").append((char) ('a' + random.nextInt(3)));
      }
      String s = b.toString();
      String text = "<" + s + ">";
      String got = shared.of(text, 1, 1 + s.length());
      assertEquals(s, got);
      String known = reference.putIfAbsent(s, got);
      assertSame(known == null ? got : known, got, s);
    }
  }
}
