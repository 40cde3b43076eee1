package dev.startgate.yaml;

import java.util.regex.Pattern;

/**
 * A scalar tagged with one of YAML's own types ({@code !!int}, {@code !!float}, {@code !!bool},
 * {@code !!null}, {@code !!timestamp}, {@code !!binary}) must read as one: kubectl (go-yaml)
 * rejects {@code !!float x} ("cannot decode !!str `x` as a !!float"), so startgate does too, as it
 * does any YAML kubectl cannot read. The patterns are the YAML 1.1 forms go-yaml accepts, taken
 * wide where unsure: a value kubectl might read is never rejected here.
 */
final class CoreTags {
  private CoreTags() {}

  private static final String PREFIX = "tag:yaml.org,2002:";
  private static final Pattern INT =
      Pattern.compile("[-+]?(0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern BOOL =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");

  /** go-yaml tries its date formats only on a value that starts with a year and a dash. */
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-.*", Pattern.DOTALL);

  /**
   * The problem with {@code value} under {@code tag}, or null if it reads as its tag says (or the
   * tag is none of these six).
   */
  static String problem(String tag, String value) {
    if (tag == null || !tag.startsWith(PREFIX)) {
      return null;
    }
    String type = tag.substring(PREFIX.length());
    Pattern p =
        switch (type) {
          case "int" -> INT;
          case "float" -> FLOAT;
          case "bool" -> BOOL;
          case "null" -> NULL;
          case "timestamp" -> TIMESTAMP;
          default -> null;
        };
    if (type.equals("binary")
        ? base64(value)
        : p == null
            || p.matcher(value).matches()
            // go-yaml reads an int as a float too: !!float 0x10 is 16 (acceptance CN).
            || p == FLOAT && INT.matcher(value).matches()) {
      return null;
    }
    return "the value \""
        + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
        + "\" is tagged !!"
        + type
        + " but is no "
        + (type.equals("binary") ? "base64 text" : type)
        + " (kubectl cannot decode it); remove the tag, or write a value of that type";
  }

  /**
   * True if {@code value} decodes as Go's base64.StdEncoding decodes it: padded to groups of four,
   * at most two {@code =} at the end, line breaks skipped (a block scalar's lines). One pass, no
   * pattern: a binary value may be megabytes long.
   */
  private static boolean base64(String value) {
    int chars = 0;
    int padding = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        continue;
      }
      if (c == '=') {
        padding++;
      } else if (padding > 0
          || !(c >= 'A' && c <= 'Z'
              || c >= 'a' && c <= 'z'
              || c >= '0' && c <= '9'
              || c == '+'
              || c == '/')) {
        return false;
      }
      chars++;
    }
    return chars % 4 == 0 && padding <= 2;
  }
}
