package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The network script is tailored (#12): it defines the check functions of the kinds its container
 * waits for and no other, every helper once, and stays short; its first line names startgate and
 * the README section. The scripts themselves run for real in the gate tests and the {@code
 * *CheckIT} tests.
 */
class GateScriptTest {
  private static final Pattern FUNCTION = Pattern.compile("(?m)^([a-z_]+)\\(\\) \\{");

  private static List<String> functions(String script) {
    Matcher m = FUNCTION.matcher(script);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static long lines(String script) {
    return script.lines().count();
  }

  @Test
  void holdsOnlyTheChecksOfItsKinds() {
    for (GateScript.Kind kind : GateScript.Kind.values()) {
      String script = GateScript.of(Set.of(kind));
      List<String> checks = functions(script).stream().filter(f -> f.startsWith("check_")).toList();
      assertEquals(List.of(kind.function()), checks, kind.name());
      assertTrue(script.startsWith("# startgate network gate: README.md, \""), script);
    }
    String tcp = GateScript.of(Set.of(GateScript.Kind.TCP));
    assertFalse(tcp.contains("wget") || tcp.contains("od -An"), tcp);
  }

  @Test
  void definesEveryFunctionOnceWhateverTheMix() {
    String all = GateScript.of(EnumSet.allOf(GateScript.Kind.class));
    List<String> defined = functions(all);
    assertEquals(defined.stream().distinct().count(), defined.size(), defined.toString());
    assertEquals(1, all.split("\nv=; ", -1).length - 1, "the nc probe once");
    assertEquals(1, all.split("\nhp\\(\\) \\{", -1).length - 1, "hp once");
  }

  /**
   * The reference Job's network container (tcp and http): at most 50 lines (#12 asked for short; 40
   * until the uptime re-read, 46 until HTTP read its final status).
   */
  @Test
  void theReferenceScriptIsShort() {
    long tcpHttp = lines(GateScript.of(Set.of(GateScript.Kind.TCP, GateScript.Kind.HTTP)));
    assertTrue(tcpHttp <= 50, tcpHttp + " lines");
  }

  /**
   * An expectation without body= reads no body: wget and curl write it to /dev/null, so a large
   * one-line body never goes through awk (a 150 MB line took awk to 600 MB and 2.7 s; the busybox
   * gate's limit is 32Mi).
   */
  @Test
  void anExpectationWithoutABodyReadsNone() {
    String script =
        GateScript.of(EnumSet.of(GateScript.Kind.HTTP_EXPECT, GateScript.Kind.HTTPS_EXPECT));
    assertTrue(script.contains("ob=-; [ -n \"$w\" ] || ob=/dev/null"), script);
    assertTrue(script.contains("wget -q -S -O \"$ob\" \"$u\""), script);
    assertTrue(script.contains("--output \"$ob\""), script);
  }
}
