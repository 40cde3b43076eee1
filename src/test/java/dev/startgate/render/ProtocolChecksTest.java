package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shape of {@link ProtocolChecks} that the network gate script relies on (the checks themselves
 * run against real servers in the {@code *CheckIT} tests): each check defines its {@code
 * check_KIND} function, a helper defined by several checks is defined the same way in each (a
 * script may include any set of checks), and every try is bounded by a small cap.
 */
class ProtocolChecksTest {
  private static final Map<String, ProtocolChecks.Check> BY_KIND =
      Map.of(
          "postgres", ProtocolChecks.POSTGRES,
          "redis", ProtocolChecks.REDIS,
          "mysql", ProtocolChecks.MYSQL,
          "http_expect", ProtocolChecks.HTTP_EXPECT,
          "https_expect", ProtocolChecks.HTTPS_EXPECT);

  private static final Pattern FUNCTION = Pattern.compile("^([a-z_]+)\\(\\) \\{$");

  /** Each function a check defines, with its lines. */
  private static Map<String, List<String>> functions(ProtocolChecks.Check check) {
    Map<String, List<String>> found = new HashMap<>();
    List<String> lines = check.lines();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FUNCTION.matcher(lines.get(i));
      if (m.matches()) {
        int end = lines.subList(i, lines.size()).indexOf("}") + i;
        found.put(m.group(1), lines.subList(i, end + 1));
      }
    }
    return found;
  }

  @Test
  void eachCheckDefinesItsFunctionAndSharedHelpersAgree() {
    Map<String, List<String>> helpers = new HashMap<>();
    BY_KIND.forEach(
        (kind, check) -> {
          Map<String, List<String>> defined = functions(check);
          assertTrue(defined.containsKey("check_" + kind), kind + ": " + defined.keySet());
          defined.forEach(
              (name, body) -> {
                List<String> earlier = helpers.putIfAbsent(name, body);
                assertTrue(earlier == null || earlier.equals(body), name + " differs in " + kind);
              });
          assertTrue(check.cap() >= 2 && check.cap() <= 5, kind + " cap " + check.cap());
        });
  }

  @Test
  void noLineUsesBashOrTabs() {
    for (ProtocolChecks.Check check : BY_KIND.values()) {
      for (String line : check.lines()) {
        assertTrue(!line.contains("\t"), line);
        assertTrue(!line.contains("[["), "not POSIX: " + line);
        assertTrue(!line.contains("pipefail"), "not in dash: " + line);
        assertTrue(!line.contains("local "), "not POSIX: " + line);
      }
    }
  }
}
