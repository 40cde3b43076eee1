package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.yaml.YScalar;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each hand-written check of {@link TargetSyntax} and {@link Durations#parse} against the regular
 * expression it replaced, on generated strings: random mixes of the chars that matter, and
 * mutations of valid values (a char changed, added or removed), so both sides of every rule are
 * reached.
 */
class TargetSyntaxTest {
  private static final int CASES = Integer.getInteger("startgate.syntaxCases", 150_000);

  private record Check(
      String regex, Predicate<String> check, String alphabet, List<String> valid) {}

  private static final List<Check> CHECKS =
      List.of(
          new Check(
              "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?",
              TargetSyntax::dnsLabel,
              "ab09-.A_ ",
              List.of("db", "a", "web-1", "a".repeat(63))),
          new Check(
              "[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?",
              TargetSyntax::portName,
              "ab09-.A",
              List.of("http", "metrics-port-ab", "p")),
          new Check(
              "(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
              TargetSyntax::dnsSubdomain,
              "ab09-.A\n",
              List.of("db.shop", "a-b.c-d.e", "x".repeat(100) + "." + "y".repeat(152))),
          new Check(
              "(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*",
              TargetSyntax::lowercaseHostname,
              "ab09-.A\n",
              List.of("k8s-when-ready-server.tools.svc", "a", "a".repeat(63) + ".b")),
          new Check(
              "(?=.{1,253}$)[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?"
                  + "(\\.[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?)*\\.?",
              TargetSyntax::hostname,
              "aZ09-._\n",
              List.of("api", "Payments.Example.com.", "db-0.db.shop.svc", "a".repeat(63) + ".b")),
          new Check(
              "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)",
              TargetSyntax::ipv4,
              "0125.9",
              List.of("127.0.0.1", "255.255.255.255", "10.0.249.199", "0.0.0.0")),
          new Check(
              "\\[" + ipv6() + "]",
              TargetSyntax::bracketedIpv6,
              "[]:.0fAg1",
              List.of(
                  "[::1]",
                  "[fe80::1:2]",
                  "[::ffff:127.0.0.1]",
                  "[1:2:3:4:5:6:7:8]",
                  "[1:2:3:4:5:6:1.2.3.4]",
                  "[::]",
                  "[1::]",
                  "[abcd:ef01::2:3:4:5:6]")),
          new Check("[0-9.]+", TargetSyntax::digitsAndDots, "09.a", List.of("1.2.3", "999")),
          new Check(
              "(?=.)((0[xX][0-9a-fA-F]*|[0-9]*)\\.)*(0[xX][0-9a-fA-F]*|[0-9]*)",
              TargetSyntax::numberParts,
              "09.xXaFg-",
              List.of("1.2.3", "999", "0x7f.1", "0x7f000001", "0X7F.0.0.1", "0x.1", "1.")),
          new Check(
              "(/[A-Za-z0-9._~:/?\\[\\]@!$&'()*+,;=%-]*)?",
              TargetSyntax::urlPath,
              "/aZ9._~:?[]@!$&'()*+,;=%- #\"<>{}\\^`|",
              List.of("", "/", "/healthz", "/a/b?c=d&e=%20f", "/[x]@!$&()*+,;=")),
          new Check(
              "[A-Za-z0-9][-A-Za-z0-9]*(\\.[a-z0-9][-a-z0-9]*)+/.*",
              TargetSyntax::resourcePrefix,
              "aZ9-./ \n\r\u0085\u2028\u2029x",
              List.of(
                  "clusters.postgresql.cnpg.io/db",
                  "Certificates.cert-manager.io/ns/web condition=Ready",
                  "a.b/")));

  /** RFC 3986's IPv6address. */
  private static String ipv6() {
    String h16 = "[0-9A-Fa-f]{1,4}";
    String octet = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    String ls32 = "(" + h16 + ":" + h16 + "|(" + octet + "\\.){3}" + octet + ")";
    List<String> forms = new java.util.ArrayList<>();
    forms.add("(" + h16 + ":){6}" + ls32);
    forms.add("::(" + h16 + ":){5}" + ls32);
    for (int before = 0; before <= 6; before++) {
      String head = "((" + h16 + ":){0," + before + "}" + h16 + ")?::";
      int after = 4 - before;
      forms.add(
          head
              + (after > 0
                  ? "(" + h16 + ":){" + after + "}" + ls32
                  : after == 0 ? ls32 : after == -1 ? h16 : ""));
    }
    return "(" + String.join("|", forms) + ")";
  }

  @Test
  void eachCheckIsTheRegularExpressionItReplaces() {
    Random random = new Random(23);
    for (Check c : CHECKS) {
      Pattern regex = Pattern.compile(c.regex());
      int matched = 0;
      for (int k = 0; k < CASES; k++) {
        String s = k % 2 == 0 ? randomMix(random, c.alphabet()) : mutation(random, c);
        boolean expected = regex.matcher(s).matches();
        assertEquals(expected, c.check().test(s), () -> c.regex() + " on \"" + s + "\"");
        matched += expected ? 1 : 0;
      }
      for (String s : c.valid()) {
        assertEquals(true, c.check().test(s), c.regex() + " on \"" + s + "\"");
      }
      // Both answers were reached often, or the comparison proves little.
      assertEquals(true, matched > CASES / 50 && matched < CASES - CASES / 50, c.regex());
    }
  }

  @Test
  void durationsAreTheRegularExpressionTheyReplaced() {
    Random random = new Random(7);
    List<String> valid = List.of("90s", "5m", "1h30m", "168h", "0s", "1h2m3s", "0000010s");
    for (int k = 0; k < CASES; k++) {
      String s =
          k % 2 == 0
              ? randomMix(random, "0179hms. +-x")
              : mutate(random, valid.get(random.nextInt(valid.size())), "0179hms. ");
      assertEquals(byRegex(s), Durations.parse(s), () -> "\"" + s + "\"");
    }
  }

  @Test
  void annotationTypesAreTheRegularExpressionsTheyReplaced() {
    // NonStrings.type skips the expressions where they cannot match; the answer must not change.
    Pattern nulls = Pattern.compile("|~|null|Null|NULL");
    Pattern bools =
        Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    // go-yaml's integers: YAML 1.1's without the base-60 form (12:30 is a string to kubectl).
    Pattern ints =
        Pattern.compile("[-+]?(0|[1-9][0-9_]*|0[bB][01_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+)");
    Pattern floats =
        Pattern.compile(
            "[-+]?(\\.[0-9][0-9_]*|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
                + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    Random random = new Random(11);
    List<String> words =
        List.of(
            "yes",
            "false",
            "False",
            "FALSE",
            "No",
            "TRUE",
            "off",
            "null",
            "~",
            "",
            "0x1F",
            "1_000",
            "1:30",
            ".inf",
            "-.5e3",
            ".NaN",
            "0o17",
            "5m",
            "30s",
            "0xAbC",
            "0X1F",
            "0B101",
            "0O17",
            "+.INF",
            "-1_2:3",
            "tcp://db:5432",
            "pre-deploy",
            "3");
    for (int k = 0; k < CASES; k++) {
      String v =
          k % 2 == 0
              ? randomMix(random, "0159xobXOB.:_+-eEinfaNYyesoTRUl~ msAFdcI")
              : mutate(random, words.get(random.nextInt(words.size())), "0159xob.:_+-eEinfaNYyes");
      String expected =
          nulls.matcher(v).matches()
              ? "null"
              : bools.matcher(v).matches()
                  ? "a boolean"
                  : ints.matcher(v).matches() || floats.matcher(v).matches() ? "a number" : null;
      YScalar scalar = new YScalar(v, true, null, 0, v.length(), 0, 0);
      assertEquals(expected, NonStrings.type(scalar), () -> "\"" + v + "\"");
    }
  }

  private static final Pattern PART = Pattern.compile("(\\d{1,7})([hms])");

  /** {@link Durations#parse} as it was, with its regular expression. */
  private static OptionalLong byRegex(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    Matcher m = PART.matcher(s);
    long total = 0;
    int at = 0;
    String lastUnit = null;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        return OptionalLong.empty();
      }
      String unit = m.group(2);
      if (lastUnit != null && "hms".indexOf(unit) <= "hms".indexOf(lastUnit)) {
        return OptionalLong.empty();
      }
      long n = Long.parseLong(m.group(1));
      total += unit.equals("h") ? n * 3600 : unit.equals("m") ? n * 60 : n;
      lastUnit = unit;
      at = m.end();
    }
    return total > 7 * 24 * 3600 ? OptionalLong.empty() : OptionalLong.of(total);
  }

  private static String randomMix(Random random, String alphabet) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(10) == 0 ? 40 + random.nextInt(260) : random.nextInt(12);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String mutation(Random random, Check c) {
    String base = c.valid().get(random.nextInt(c.valid().size()));
    return mutate(random, base, c.alphabet());
  }

  /** {@code s} with up to three chars changed, added or removed. */
  private static String mutate(Random random, String s, String alphabet) {
    StringBuilder b = new StringBuilder(s);
    for (int n = random.nextInt(4); n > 0; n--) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> b.insert(at, c);
        case 1 -> {
          if (at < b.length()) {
            b.setCharAt(at, c);
          }
        }
        default -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
      }
    }
    return b.toString();
  }
}
