package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The finder of NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR finds what a look at each char finds.
 */
class UnicodeBreaksTest {
  @Test
  void theFinderFindsWhatALookAtEachCharFinds() {
    String alphabet = "ab \n\u0085\u2028\u2029\u00e9";
    Random random = new Random(85);
    for (int k = 0; k < 2_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        // Mostly plain chars: long stretches without a break, as in real input.
        b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'x');
      }
      String text = b.toString();
      UnicodeBreaks.Finder finder = new UnicodeBreaks.Finder(text);
      // In the text's order mostly, as a thread's workloads come; sometimes back.
      int p = 0;
      for (int ask = 0; ask < 30; ask++) {
        p =
            random.nextInt(5) == 0
                ? random.nextInt(text.length() + 1)
                : Math.min(text.length(), p + random.nextInt(6));
        assertEquals(eachChar(text, p), finder.next(p), text + " from " + p);
      }
    }
  }

  private static int eachChar(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (UnicodeBreaks.isBreak(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
