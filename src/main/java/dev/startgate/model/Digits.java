package dev.startgate.model;

/**
 * Checks that {@code String.matches("\\d{1,5}")} and its like make, without compiling a regular
 * expression on each call: those compiles ran for every port, duration and target of a large input
 * and were the JIT's biggest single item at 1,000 resources.
 */
public final class Digits {
  private Digits() {}

  /** True if {@code s} is {@code min} to {@code max} ASCII digits, as {@code \d{min,max}}. */
  public static boolean only(String s, int min, int max) {
    if (s == null || s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** True if {@code s} is a port number, 1 to 65535, in digits (leading zeros too: 000080). */
  public static boolean port(String s) {
    if (!only(s, 1, Integer.MAX_VALUE)) {
      return false;
    }
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    if (s.length() - i > 5) {
      return false;
    }
    int n = Integer.parseInt(s.substring(i));
    return n >= 1 && n <= 65535;
  }

  /** True if {@code s} is an optional sign and {@code min} to {@code max} digits. */
  public static boolean signed(String s, int min, int max) {
    if (s != null && !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      return only(s.substring(1), min, max);
    }
    return only(s, min, max);
  }
}
