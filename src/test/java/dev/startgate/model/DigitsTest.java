package dev.startgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Digits} answers as the regular expressions it replaces. */
class DigitsTest {
  private static final List<String> SAMPLES =
      Arrays.asList(
          "",
          "0",
          "7",
          "42",
          "12345",
          "123456",
          "-1",
          "+1",
          "-",
          "+",
          "1a",
          "a1",
          " 1",
          "1 ",
          "\u0661",
          "00000",
          "-123456789",
          "+1234567890",
          "9".repeat(19),
          "9".repeat(20),
          "1.5",
          "--1");

  @Test
  void onlyIsTheRegexOfDigits() {
    for (String s : SAMPLES) {
      for (int min = 0; min <= 2; min++) {
        for (int max : new int[] {2, 4, 5, 9, 19}) {
          assertEquals(
              s.matches("\\d{" + min + "," + max + "}"), Digits.only(s, min, max), s + min + max);
          assertEquals(
              s.matches("[-+]?\\d{" + min + "," + max + "}"),
              Digits.signed(s, min, max),
              s + min + max);
        }
      }
    }
  }
}
