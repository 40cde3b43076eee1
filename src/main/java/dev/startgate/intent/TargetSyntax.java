package dev.startgate.intent;

/**
 * The shapes of the parts of a target (host names, DNS labels, addresses, URL paths), checked char
 * by char. They replace regular expressions that ran for every target of an input: matched by
 * {@code java.util.regex} in the interpreter at start-up, they were half of reading the intents of
 * 1,000 resources. {@code TargetSyntaxTest} holds each check equal to the expression it replaces,
 * named in its comment, on many thousand generated strings.
 */
final class TargetSyntax {
  private TargetSyntax() {}

  /** A DNS label (RFC 1123): {@code [a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?}. */
  static boolean dnsLabel(String s) {
    return label(s, 0, s.length(), 63, false);
  }

  /** A port name: {@code [a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?}. */
  static boolean portName(String s) {
    return label(s, 0, s.length(), 15, false);
  }

  /**
   * A DNS subdomain (RFC 1123), labels of any length: {@code
   * (?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*}.
   */
  static boolean dnsSubdomain(String s) {
    return s.length() <= 253 && labels(s, s.length(), Integer.MAX_VALUE, false);
  }

  /**
   * A host name in lowercase, labels of at most 63 characters: {@code
   * (?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*}.
   */
  static boolean lowercaseHostname(String s) {
    return s.length() <= 253 && labels(s, s.length(), 63, false);
  }

  /**
   * A host name, either case, with an optional final dot: {@code
   * (?=.{1,253}$)[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?)*\.?}.
   */
  static boolean hostname(String s) {
    if (s.length() > 253) {
      return false;
    }
    int end = s.endsWith(".") ? s.length() - 1 : s.length();
    return labels(s, end, 63, true);
  }

  /**
   * A dotted IPv4 address without leading zeros: {@code
   * ((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)}.
   */
  static boolean ipv4(String s) {
    int at = 0;
    for (int part = 0; part < 4; part++) {
      if (part > 0) {
        if (at >= s.length() || s.charAt(at) != '.') {
          return false;
        }
        at++;
      }
      int start = at;
      int value = 0;
      while (at < s.length() && at - start < 3 && isDigit(s.charAt(at))) {
        value = value * 10 + s.charAt(at) - '0';
        at++;
      }
      int digits = at - start;
      if (digits == 0 || digits > 1 && s.charAt(start) == '0' || value > 255) {
        return false;
      }
    }
    return at == s.length();
  }

  /**
   * An IPv6 address in brackets, as RFC 4291 writes one: eight groups of one to four hex digits, or
   * fewer with one {@code ::} for the zeros left out, the last two groups possibly an IPv4 address
   * ({@code [::ffff:10.0.0.1]}).
   */
  static boolean bracketedIpv6(String s) {
    int n = s.length();
    if (n < 4 || n > 47 || s.charAt(0) != '[' || s.charAt(n - 1) != ']') {
      return false;
    }
    String inner = s.substring(1, n - 1);
    int gap = inner.indexOf("::");
    if (gap >= 0 && inner.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    if (gap < 0) {
      return groups(inner, true) == 8;
    }
    String after = inner.substring(gap + 2);
    int left = gap == 0 ? 0 : groups(inner.substring(0, gap), false);
    int right = after.isEmpty() ? 0 : groups(after, true);
    return left >= 0 && right >= 0 && left + right <= 7;
  }

  /**
   * How many 16-bit groups {@code text} ({@code 1:2:3}) holds, an IPv4 address at its end as two
   * where {@code last} allows one; -1 if it is not a list of groups.
   */
  private static int groups(String text, boolean last) {
    String[] parts = text.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (last && i == parts.length - 1 && p.indexOf('.') >= 0) {
        return ipv4(p) ? count + 2 : -1;
      }
      if (p.isEmpty() || p.length() > 4) {
        return -1;
      }
      for (int j = 0; j < p.length(); j++) {
        if (!isHex(p.charAt(j))) {
          return -1;
        }
      }
      count++;
    }
    return count;
  }

  /**
   * How many groups of one to four hex digits {@code text} is, separated by colons ({@code
   * 2001:db8:0}: 3), or -1.
   */
  static int hexGroups(String text) {
    return groups(text, false);
  }

  /**
   * Numbers and dots only, at least one char: {@code [0-9.]+}, or parts of hex numbers too ({@code
   * 0x7f.1}, {@code 0x7f000001}). A resolver's {@code inet_aton} (busybox, glibc, musl) reads such
   * a host as an IPv4 address, not a name: decimal, octal (a leading 0) or hex parts, one to four.
   */
  static boolean numberParts(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < s.length()) {
      if (i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x') {
        i += 2;
        while (i < s.length() && isHex(s.charAt(i))) {
          i++;
        }
      } else {
        while (i < s.length() && isDigit(s.charAt(i))) {
          i++;
        }
      }
      if (i < s.length() && s.charAt(i++) != '.') {
        return false;
      }
    }
    return true;
  }

  /** Digits and dots only, at least one: {@code [0-9.]+}. */
  static boolean digitsAndDots(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i)) && s.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Empty, or a path of the chars a URL may hold unencoded: {@code
   * (/[A-Za-z0-9._~:/?\[\]@!$&'()*+,;=%-]*)?} (RFC 3986's unreserved and sub-delims, {@code '}
   * among them).
   */
  static boolean urlPath(String s) {
    if (s.isEmpty()) {
      return true;
    }
    if (s.charAt(0) != '/') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isAlnum(c) || "._~:/?[]@!$&'()*+,;=%-".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A dotted resource name and a slash, then anything on one line: {@code
   * [A-Za-z0-9][-A-Za-z0-9]*(\.[a-z0-9][-a-z0-9]*)+/.*}.
   */
  static boolean resourcePrefix(String s) {
    int n = s.length();
    if (n == 0 || !isAlnum(s.charAt(0))) {
      return false;
    }
    int at = 1;
    while (at < n && (isAlnum(s.charAt(at)) || s.charAt(at) == '-')) {
      at++;
    }
    int dots = 0;
    while (at < n && s.charAt(at) == '.') {
      at++;
      if (at >= n || !isLowerAlnum(s.charAt(at))) {
        return false;
      }
      at++;
      while (at < n && (isLowerAlnum(s.charAt(at)) || s.charAt(at) == '-')) {
        at++;
      }
      dots++;
    }
    if (dots == 0 || at >= n || s.charAt(at) != '/') {
      return false;
    }
    for (int i = at + 1; i < n; i++) {
      if (lineTerminator(s.charAt(i))) {
        return false; // '.' in a Java regex matches no line terminator
      }
    }
    return true;
  }

  /**
   * True if {@code s[0, end)} is labels separated by single dots, each 1 to {@code max} chars of
   * letters, digits and inner dashes (upper case too if {@code anyCase}).
   */
  private static boolean labels(String s, int end, int max, boolean anyCase) {
    int start = 0;
    for (int i = 0; i <= end; i++) {
      if (i == end || s.charAt(i) == '.') {
        if (!label(s, start, i, max, anyCase)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean label(String s, int from, int to, int max, boolean anyCase) {
    int n = to - from;
    if (n < 1 || n > max) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean ok = anyCase ? isAlnum(c) : isLowerAlnum(c);
      if (!ok && !(c == '-' && i > from && i < to - 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLowerAlnum(char c) {
    return c >= 'a' && c <= 'z' || isDigit(c);
  }

  private static boolean isAlnum(char c) {
    return isLowerAlnum(c) || c >= 'A' && c <= 'Z';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean lineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
