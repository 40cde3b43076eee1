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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2d      | days (d) are not a unit here; use s, m or h, like 48h",
        "1w      | weeks (w) are not a unit here; use s, m or h, like 168h",
        "500ms   | sub-second units (ms) are not supported; use whole seconds, like 1s",
        "1.5m    | fractions are not supported; write 90s instead of 1.5m",
        "1h0.5m  | fractions are not supported; write 3630s instead of 1h0.5m",
        "1.25s   | fractions and parts of a second are not supported; use whole seconds, like 90s",
        "300     | the unit is missing; write 300s for seconds (units: s, m, h)",
        "0       | the unit is missing; write 0s for seconds (units: s, m, h); a timeout or an"
            + " interval is at least 1s, like 30s",
        "-5s     | a duration cannot be negative; use a value like 90s, 5m or 1h",
        "5m1h    | write each unit once, largest first, like 1h30m",
        "+5s     | a duration takes no sign; write 5s",
        "+1h30m  | a duration takes no sign; write 1h30m",
        "1h 30m  | write its parts without spaces, like 1h30m",
        "1 h 30 m | write its parts without spaces, like 1h30m",
        "169h    | it is longer than a week, the most startgate waits; use at most 168h",
        "5 min   | \"min\" is not a unit; use s, m or h, like 5m",
        "5 minutes | \"minutes\" is not a unit; use s, m or h, like 5m",
        "2hours  | \"hours\" is not a unit; use s, m or h, like 2h",
        "30 s    | write the unit right after the number, like 30s",
        "5M      | \"M\" is not a unit; use s, m or h, like 5m",
        "5x      | \"x\" is not a unit; use s, m or h, like 90s, 5m or 1h",
        "1.5 minutes | \"minutes\" is not a unit; use s, m or h, like 90s, 5m or 1h",
        "soon    | use a value like 90s, 5m or 1h (units: s, m, h)",
        "00000000090s | a number has more than 7 digits; write 90s (units: s, m, h)",
        "0000000001m30s | a number has more than 7 digits; write 90s (units: s, m, h)",
      })
  void saysWhatIsWrong(String text, String problem) {
    assertEquals(problem, Durations.problem(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "90s", "1h30m", "168h"})
  void hasNoProblemWithAValidDuration(String text) {
    assertEquals(null, Durations.problem(text));
  }
}
