package dev.startgate.model;

import java.math.BigDecimal;

/**
 * A Kubernetes resource quantity ({@code 100m}, {@code 0.5}, {@code 64Mi}, {@code 1G}, {@code
 * 129e6}) as a number: cores for CPU, bytes for memory. For comparisons only. Read by hand, not by
 * regular expressions: a small run with {@code resources} in its config compiled four patterns in
 * the interpreter, about as long as the rest of reading the config (review EA).
 */
public final class Quantity {
  private Quantity() {}

  /**
   * True if {@code text} is a quantity that is not negative ({@code k8s.io/apimachinery}'s {@code
   * resource} grammar without a sign): a decimal number ({@code 1}, {@code 1.}, {@code 1.5}, {@code
   * .5}) and a suffix: binary SI ({@code Ki} ... {@code Ei}), decimal SI ({@code m k M G T P E}), a
   * decimal exponent ({@code e3}, {@code E-2}) or none.
   */
  public static boolean valid(String text) {
    int end = numberEnd(text, 0);
    // n and u (nano, micro) are read by parse, but are no suffix a gate's resources take.
    return end > 0
        && suffixEnd(text, end) == text.length()
        && !text.endsWith("n")
        && !text.endsWith("u");
  }

  /**
   * True if {@code text}, a {@link #valid} quantity, is zero ({@code 0}, {@code 0.0m}, {@code
   * .0Gi}).
   */
  public static boolean zero(String text) {
    int end = numberEnd(text, 0);
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) != '0' && text.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  /** The value of {@code text}, or null when it is no quantity ({@code +} before it is taken). */
  public static BigDecimal parse(String text) {
    if (text == null) {
      return null;
    }
    int start = text.startsWith("+") ? 1 : 0;
    int end = numberEnd(text, start);
    if (end <= start || suffixEnd(text, end) != text.length()) {
      return null;
    }
    BigDecimal number = new BigDecimal(text.substring(start, end));
    String suffix = text.substring(end);
    int shift = binaryShift(suffix);
    if (shift > 0) {
      return number.multiply(BigDecimal.valueOf(1L << shift));
    }
    if (suffix.length() > 1) {
      // A decimal exponent (suffixEnd took it); more than three digits is the API server's own
      // check, not a comparison's.
      int digits =
          suffix.length() - 1 - (suffix.charAt(1) == '+' || suffix.charAt(1) == '-' ? 1 : 0);
      return digits > 3 ? null : number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
    }
    return switch (suffix) {
      case "n" -> number.scaleByPowerOfTen(-9);
      case "u" -> number.scaleByPowerOfTen(-6);
      case "m" -> number.scaleByPowerOfTen(-3);
      case "k" -> number.scaleByPowerOfTen(3);
      case "M" -> number.scaleByPowerOfTen(6);
      case "G" -> number.scaleByPowerOfTen(9);
      case "T" -> number.scaleByPowerOfTen(12);
      case "P" -> number.scaleByPowerOfTen(15);
      case "E" -> number.scaleByPowerOfTen(18);
      default -> number; // none
    };
  }

  /**
   * The end of the decimal number at {@code from}, or -1: digits, a dot and digits, one of them.
   */
  private static int numberEnd(String text, int from) {
    int i = from;
    int digits = 0;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    return digits == 0 ? -1 : i;
  }

  /** The end of the suffix at {@code from} (where the number ended), or -1 for none valid. */
  private static int suffixEnd(String text, int from) {
    String suffix = text.substring(from);
    if (suffix.isEmpty()
        || binaryShift(suffix) > 0
        || "numkMGTPE".contains(suffix) && suffix.length() == 1) {
      return text.length();
    }
    if (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E') {
      return -1;
    }
    int i = 1;
    if (i < suffix.length() && (suffix.charAt(i) == '+' || suffix.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < suffix.length() && isDigit(suffix.charAt(i))) {
      i++;
      digits++;
    }
    return digits > 0 && i == suffix.length() ? text.length() : -1;
  }

  /** The power of two of a binary SI suffix ({@code Ki} 10 ... {@code Ei} 60), or 0. */
  private static int binaryShift(String suffix) {
    return suffix.length() == 2 && suffix.charAt(1) == 'i'
        ? 10 * ("KMGTPE".indexOf(suffix.charAt(0)) + 1)
        : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
