package dev.startgate.intent;

import dev.startgate.model.Result;
import dev.startgate.yaml.YScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A whole number written the other ways YAML 1.2 allows, for the config's integer fields (ids,
 * ports, retry): {@code 0x10}, {@code 0o17}, {@code 1000.0}, {@code 1e3}. An editor that checks the
 * config against startgate's JSON schema reads these as integers (YAML 1.2's core schema; JSON
 * Schema counts 1000.0 as one); startgate takes them as the decimal number they are. A quoted value
 * is a string to both, and stays as written.
 */
final class WholeNumbers {
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]{1,16}");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]{1,22}");
  // YAML 1.2 core schema floats, with an exponent of two digits at most.
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]{1,2})?");

  private WholeNumbers() {}

  /** The decimal text of {@code s} if it is a plain, untagged whole number; else its value. */
  static String decimal(YScalar s) {
    String v = s.value();
    if (!s.plain() || s.tag() != null || v.isEmpty() || v.length() > 40) {
      return v;
    }
    if (HEX.matcher(v).matches()) {
      return new BigInteger(v.substring(2), 16).toString();
    }
    if (OCTAL.matcher(v).matches()) {
      return new BigInteger(v.substring(2), 8).toString();
    }
    boolean decimalOrExponent = v.indexOf('.') >= 0 || v.indexOf('e') >= 0 || v.indexOf('E') >= 0;
    if (decimalOrExponent && FLOAT.matcher(v).matches()) {
      BigDecimal d = new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
      if (d.signum() == 0) {
        return "0";
      }
      d = d.stripTrailingZeros();
      if (d.scale() <= 0) {
        return d.toBigInteger().toString();
      }
    }
    return v;
  }

  /**
   * {@code written} quoted, and the number read from it where that reads otherwise: {@code "1e5"
   * (100000)}, so that an error shows what the user wrote.
   */
  static String quoted(String written, String read) {
    return Result.quoted(written) + (written.equals(read) ? "" : " (" + read + ")");
  }
}
