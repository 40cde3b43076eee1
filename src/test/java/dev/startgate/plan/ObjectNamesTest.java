package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Generated names that are cut to fit stay names Kubernetes takes. */
class ObjectNamesTest {
  /** Kubernetes' IsDNS1123Subdomain: labels of a-z0-9 and inner dashes, joined by dots. */
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  @Test
  void aNameThatFitsIsKept() {
    assertEquals("migrate-startgate", ObjectNames.fit("migrate-startgate", "x", 253));
  }

  @Test
  void aCutBeforeADotOrDashLeavesNoEmptyOrDashedLabel() {
    // 243 a's, then ".b-startgate": the cut at 244 characters ends on the dot.
    String dot = "a".repeat(243) + ".b-startgate";
    String dashDot = "a".repeat(242) + "-.b-startgate";
    String dots = ("d".repeat(60) + ".").repeat(4) + "tail-startgate";
    for (String base : new String[] {dot, dashDot, dots}) {
      String name = ObjectNames.fit(base, base, 253);
      assertTrue(name.length() <= 253, name);
      assertTrue(SUBDOMAIN.matcher(name).matches(), name);
      assertEquals(name, ObjectNames.fit(base, base, 253), "deterministic");
    }
  }
}
