package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded searches of the simple parser: what a search of the region alone finds. */
class CharsIndexOfTest {
  @Test
  void findsWhatASearchOfTheRegionAloneFinds() {
    Random random = new Random(16);
    for (int k = 0; k < 2000; k++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(400);
      for (int i = 0; i < length; i++) {
        b.append("\n-\t a".charAt(random.nextInt(5)));
      }
      String text = b.toString();
      int from = random.nextInt(text.length());
      int end = from + random.nextInt(text.length() - from + 1);
      // The region's own search: s may run past the end by its length, c may not.
      String runs = text.substring(from, Math.min(text.length(), end + 3));
      int expected = runs.indexOf("\n---");
      expected = expected < 0 || expected >= end - from ? -1 : from + expected;
      assertEquals(
          expected, Chars.indexOf(text, "\n---", from, end), text + " " + from + " " + end);
      int tab = text.substring(from, end).indexOf('\t');
      assertEquals(tab < 0 ? -1 : from + tab, Chars.indexOf(text, '\t', from, end));
    }
  }
}
