package dev.startgate.model;

import java.math.BigDecimal;

/**
 * A Kubernetes resource quantity ({@code 100m}, {@code 0.5}, {@code 64Mi}, {@code 1G}, {@code
 * 129e6}) as a number: cores for CPU, bytes for memory. For comparisons only.
 */
public final class Quantity {
  private Quantity() {}

  /** The value of {@code text}, or null when it is no quantity. */
  public static BigDecimal parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    int end = text.length();
    while (end > 0 && !Character.isDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
      end--;
    }
    String number = text.substring(0, end);
    String suffix = text.substring(end);
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    BigDecimal scale = BigDecimal.ONE;
    if (e > 0 && suffix.isEmpty()) {
      // A decimal exponent, negative too (10e-3).
      String exponent = number.substring(e + 1);
      if (!exponent.matches("[+-]?\\d{1,3}")) {
        return null;
      }
      scale = BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(exponent));
      number = number.substring(0, e);
    } else {
      BigDecimal factor = factor(suffix);
      if (factor == null) {
        return null;
      }
      scale = factor;
    }
    if (!number.matches("[+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      return null;
    }
    return new BigDecimal(number.startsWith("+") ? number.substring(1) : number).multiply(scale);
  }

  private static BigDecimal factor(String suffix) {
    return switch (suffix) {
      case "" -> BigDecimal.ONE;
      case "n" -> new BigDecimal("1e-9");
      case "u" -> new BigDecimal("1e-6");
      case "m" -> new BigDecimal("1e-3");
      case "k" -> new BigDecimal("1e3");
      case "M" -> new BigDecimal("1e6");
      case "G" -> new BigDecimal("1e9");
      case "T" -> new BigDecimal("1e12");
      case "P" -> new BigDecimal("1e15");
      case "E" -> new BigDecimal("1e18");
      case "Ki" -> BigDecimal.valueOf(1L << 10);
      case "Mi" -> BigDecimal.valueOf(1L << 20);
      case "Gi" -> BigDecimal.valueOf(1L << 30);
      case "Ti" -> BigDecimal.valueOf(1L << 40);
      case "Pi" -> BigDecimal.valueOf(1L << 50);
      case "Ei" -> BigDecimal.valueOf(1L << 60);
      default -> null;
    };
  }
}
