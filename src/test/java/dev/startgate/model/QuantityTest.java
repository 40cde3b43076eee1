package dev.startgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Kubernetes quantities as numbers, for the pod-level resources check. */
class QuantityTest {
  @Test
  void readsTheSuffixesKubernetesTakes() {
    assertEquals(0, new BigDecimal("0.1").compareTo(Quantity.parse("100m")));
    assertEquals(0, new BigDecimal("0.5").compareTo(Quantity.parse("0.5")));
    assertEquals(0, new BigDecimal("134217728").compareTo(Quantity.parse("128Mi")));
    assertEquals(0, new BigDecimal("1000000000").compareTo(Quantity.parse("1G")));
    assertEquals(0, new BigDecimal("129000000").compareTo(Quantity.parse("129e6")));
    assertEquals(0, new BigDecimal("107374182.4").compareTo(Quantity.parse("0.1Gi")));
    assertEquals(0, new BigDecimal("2").compareTo(Quantity.parse("+2")));
    assertEquals(0, new BigDecimal("0.01").compareTo(Quantity.parse("10e-3")));
    assertEquals(0, new BigDecimal("0.01").compareTo(Quantity.parse("1e-2")));
  }

  @Test
  void anythingElseIsNone() {
    assertNull(Quantity.parse(""));
    assertNull(Quantity.parse("lots"));
    assertNull(Quantity.parse("1mb"));
    assertNull(Quantity.parse("-1"));
    assertNull(Quantity.parse("1e"));
    assertNull(Quantity.parse(null));
  }

  /** The grammar the config's check read with regular expressions before they were replaced. */
  private static final String SUFFIX = "(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\\d+)?";

  private static final Pattern QUANTITY = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)" + SUFFIX);
  private static final Pattern ZERO = Pattern.compile("[0.]+" + SUFFIX);

  @Test
  void readsEveryTextAsTheRegularExpressionsDid() {
    String[] numbers = {
      "", "0", "00", "1", "12", "1.", "1.5", ".5", ".", "0.0", "+1", "-1", "1.2.3"
    };
    String[] suffixes = {
      "", "m", "k", "M", "G", "T", "P", "E", "n", "u", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Xi",
      "i", "K", "e3", "E3", "e+3", "e-3", "e", "e+", "e1234", "e3m", "mi", "Mi ", " ", "x", "KiB"
    };
    List<String> texts = new ArrayList<>();
    for (String n : numbers) {
      for (String x : suffixes) {
        texts.add(n + x);
      }
    }
    for (String t : texts) {
      boolean valid = QUANTITY.matcher(t).matches();
      assertEquals(valid, Quantity.valid(t), t);
      if (valid) {
        assertEquals(ZERO.matcher(t).matches(), Quantity.zero(t), t);
      }
      BigDecimal before = before(t);
      BigDecimal now = Quantity.parse(t);
      assertEquals(before == null, now == null, t);
      if (before != null) {
        assertEquals(0, before.compareTo(now), t);
      }
    }
  }

  /** Quantity.parse as it was written with regular expressions (the oracle). */
  private static BigDecimal before(String text) {
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
    BigDecimal scale;
    if (e > 0 && suffix.isEmpty()) {
      String exponent = number.substring(e + 1);
      if (!exponent.matches("[+-]?\\d{1,3}")) {
        return null;
      }
      scale = BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(exponent));
      number = number.substring(0, e);
    } else {
      scale =
          switch (suffix) {
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
      if (scale == null) {
        return null;
      }
    }
    if (!number.matches("[+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      return null;
    }
    return new BigDecimal(number.startsWith("+") ? number.substring(1) : number).multiply(scale);
  }
}
