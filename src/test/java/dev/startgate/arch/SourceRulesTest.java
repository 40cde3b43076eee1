package dev.startgate.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules about the production sources that the compiler does not check by itself. */
class SourceRulesTest {
  /**
   * Gate and target kinds are sealed types with a visitor; code that asks for a kind with {@code
   * instanceof}, a cast or a class literal would silently skip a kind added later, where a visitor
   * fails to compile until the new kind is handled.
   */
  private static final Pattern KIND_TEST =
      Pattern.compile(
          "instanceof\\s+(?:Gate|Target)\\.\\w+"
              + "|\\(\\s*(?:Gate|Target)\\.\\w+\\s*\\)\\s*[\\w(]"
              + "|\\b(?:Gate|Target)\\.\\w+\\.class\\b");

  @Test
  void gateAndTargetKindsAreDecidedByVisitorsNotInstanceofOrCasts() {
    List<String> found = new ArrayList<>();
    for (SourceFiles.Source s : SourceFiles.all().values()) {
      Matcher m = KIND_TEST.matcher(s.code());
      while (m.find()) {
        found.add(s.path() + ": " + m.group());
      }
    }
    assertEquals(List.of(), found, "use Gate.Visitor or Target.Visitor instead");
  }

  @Test
  void theKindTestPatternFindsWhatItLooksFor() {
    String code =
        SourceFiles.code(
            "if (t instanceof Target.Pods p) {}\n"
                + "Target.Pods pods = (Target.Pods) target;\n"
                + "gates.stream().noneMatch(Gate.Https.class::isInstance);\n"
                + "// instanceof Gate.Tcp in a comment\n"
                + "String s = \"instanceof Gate.Tcp\";\n");
    List<String> found = new ArrayList<>();
    Matcher m = KIND_TEST.matcher(code);
    while (m.find()) {
      found.add(m.group());
    }
    assertEquals(List.of("instanceof Target.Pods", "(Target.Pods) t", "Gate.Https.class"), found);
  }
}
