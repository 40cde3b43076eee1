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

  /** Go's base64.StdEncoding, padded, which skips line breaks (a block scalar's lines). */
  private static final Pattern BINARY =
      Pattern.compile("([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

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
          case "binary" -> BINARY;
          default -> null;
        };
    String read = type.equals("binary") ? withoutLineBreaks(value) : value;
    if (p == null || p.matcher(read).matches()) {
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

  private static String withoutLineBreaks(String value) {
    return value.indexOf('\n') < 0 && value.indexOf('\r') < 0
        ? value
        : value.replace("\r", "").replace("\n", "");
  }
}
