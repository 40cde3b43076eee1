package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @ParameterizedTest
  @CsvSource({"0s,0", "90s,90", "5m,300", "1h,3600", "1h30m,5400", "2m5s,125", "168h,604800"})
  void parsesGoStyleDurations(String text, long seconds) {
    assertEquals(seconds, Durations.parse(text).getAsLong());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "5", "five minutes", "1.5m", "-1s", "5ms", "1s1m", "1m1m", "169h", "1d"})
  void rejectsEverythingElse(String text) {
    assertTrue(Durations.parse(text).isEmpty(), text);
  }
}
