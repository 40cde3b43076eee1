package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;

/**
 * Port numbers as kubectl, Helm, kustomize and kpt read them. Their YAML readers (go-yaml v2 and
 * v3) resolve a plain scalar by the YAML 1.1 rules Go's {@code strconv.ParseInt(s, 0, 64)} gives,
 * after dropping every underscore: {@code 010} is octal 8, {@code 0x1F90} 8080, {@code 0o120} and
 * {@code 0b1010000} 80, {@code +80} and {@code 8_0} 80 (but {@code _80} is a string); failing that,
 * YAML 1.1's float pattern ({@code 08}, {@code 80.0}, {@code 8e1}), whose whole values reach an
 * integer field as that integer. startgate's parser reads YAML 1.2, where {@code 010} is 10: a gate
 * relating a Service to its port by that reading would wait on a port the Service does not forward.
 */
public final class KubeInts {
  private KubeInts() {}

  /**
   * The port, 1 to 65535, that {@code scalar} is to Kubernetes, or -1 for none: a plain (or {@code
   * !!int}) scalar by the rules above, a quoted one (which kubectl refuses for an integer field) in
   * decimal digits.
   */
  public static int port(YScalar scalar) {
    if (scalar == null || scalar.isNull()) {
      return -1;
    }
    String text = scalar.value();
    if (!yaml11(scalar)) {
      return Digits.port(text) ? Integer.parseInt(text.substring(leadingZeros(text))) : -1;
    }
    long n = whole(text);
    return n >= 1 && n <= 65535 ? (int) n : -1;
  }

  /**
   * The seconds, 1 to 10^12, that {@code node} (an {@code activeDeadlineSeconds}) is to Kubernetes,
   * in decimal digits; null for none: absent, not a scalar, not a whole number, or out of range.
   * Read as go-yaml reads an integer ({@code 0x3C} is 60), through an alias ({@code *d}); a quoted
   * one is a string, which kubectl refuses for the field, so none.
   */
  public static String seconds(YNode node) {
    if (!(YAlias.resolve(node) instanceof YScalar scalar) || scalar.isNull() || !yaml11(scalar)) {
      return null;
    }
    long n = whole(scalar.value());
    return n >= 1 && n <= 1_000_000_000_000L ? String.valueOf(n) : null;
  }

  /**
   * True where go-yaml resolves {@code scalar} as a YAML 1.1 number: plain and untagged, or tagged
   * {@code !!int} or {@code !!float} however quoted ({@code !!int "010"} is 8).
   */
  static boolean yaml11(YScalar scalar) {
    String tag = scalar.tag();
    return tag == null ? scalar.plain() : tag.equals(INT) || tag.equals(FLOAT);
  }

  private static final String INT = "tag:yaml.org,2002:int";
  private static final String FLOAT = "tag:yaml.org,2002:float";

  /**
   * The integer a plain scalar is to go-yaml, or {@link Long#MIN_VALUE} for no whole number. Only a
   * scalar that starts with a digit, a sign or a dot can be a number to go-yaml ({@code _80} is a
   * string); the underscores after that first character are dropped.
   */
  static long whole(String text) {
    if (text.isEmpty() || "+-.0123456789".indexOf(text.charAt(0)) < 0) {
      return Long.MIN_VALUE;
    }
    String s = text.indexOf('_') < 0 ? text : text.replace("_", "");
    long n = goInteger(s);
    return n != Long.MIN_VALUE ? n : floatWhole(s);
  }

  /** {@code strconv.ParseInt(s, 0, 64)}, or {@link Long#MIN_VALUE} where it fails. */
  private static long goInteger(String s) {
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    int radix = 10;
    if (s.length() > i && s.charAt(i) == '0') {
      char p = s.length() >= i + 3 ? Character.toLowerCase(s.charAt(i + 1)) : '8';
      radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 8;
      i += p == 'x' || p == 'o' || p == 'b' ? 2 : 1;
      if (i == s.length()) {
        return 0; // "0" and "+0": octal with no digits after the 0
      }
    }
    if (i >= s.length()) {
      return Long.MIN_VALUE;
    }
    long n = 0;
    for (; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), radix);
      if (d < 0 || s.charAt(i) > 'z' || n > (Long.MAX_VALUE - d) / radix) {
        return Long.MIN_VALUE;
      }
      n = n * radix + d;
    }
    return negative ? -n : n;
  }

  /**
   * A whole value of YAML 1.1's float pattern {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?
   * [0-9]+)?}, or {@link Long#MIN_VALUE}.
   */
  private static long floatWhole(String s) {
    int i = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int digits = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      int fraction = 0;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
        fraction++;
      }
      if (digits == 0 && fraction == 0) {
        return Long.MIN_VALUE;
      }
    } else if (digits == 0) {
      return Long.MIN_VALUE;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return Long.MIN_VALUE;
      }
    }
    if (i != s.length()) {
      return Long.MIN_VALUE;
    }
    double d = Double.parseDouble(s);
    return d == Math.rint(d) && Math.abs(d) < 0x1p53 ? (long) d : Long.MIN_VALUE;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int leadingZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return i;
  }
}
