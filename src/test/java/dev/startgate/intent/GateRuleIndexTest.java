package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GateRuleIndexTest {
  @Test
  void globMatchesAnyCharactersForAStar() {
    assertTrue(GateRule.Match.glob("*-migrate", "shop-migrate"));
    assertTrue(GateRule.Match.glob("shop-*", "shop-"));
    assertTrue(GateRule.Match.glob("a*b*c", "aXbYbZc"));
    assertTrue(GateRule.Match.glob("**", ""));
    assertFalse(GateRule.Match.glob("a*b", "aXbY"));
    assertFalse(GateRule.Match.glob("shop", "shop-1"));
  }

  /** The glob matches as the regular expression it replaced, quoted parts joined by {@code .*}. */
  @Test
  void globMatchesAsTheRegularExpressionItReplaced() {
    Random random = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      String pattern = text(random, "ab*-", 7);
      String name = text(random, random.nextInt(20) == 0 ? "ab-\n\u2028" : "ab-", 9);
      assertEquals(
          regex(pattern).matcher(name).matches(),
          GateRule.Match.glob(pattern, name),
          pattern + " on " + name);
    }
  }

  /**
   * The index leaves out no rule that matches and keeps the config's order: the rules a workload
   * matches through it are those it matches when tried with every rule.
   */
  @Test
  void theIndexFindsTheRulesEveryRuleTriedFinds() {
    Random random = new Random(5);
    for (int round = 0; round < 500; round++) {
      List<GateRule> rules = new ArrayList<>();
      for (int n = random.nextInt(8); n > 0; n--) {
        String name =
            switch (random.nextInt(3)) {
              case 0 -> null;
              case 1 -> text(random, "ab-", 4);
              default -> text(random, "ab-*", 5);
            };
        String kind = random.nextBoolean() ? null : random.nextBoolean() ? "Job" : "Deployment";
        rules.add(
            new GateRule(
                "gates[" + rules.size() + "]",
                new GateRule.Match(kind, name, null, Map.of()),
                null,
                null));
      }
      GateRuleIndex index = new GateRuleIndex(rules);
      for (int w = 0; w < 20; w++) {
        String name = random.nextInt(10) == 0 ? null : text(random, "ab-", 5);
        Resource r =
            new Resource(
                null, new ResourceRef("batch/v1", "Job", "shop", name), Map.of(), Map.of(), null);
        List<GateRule> all = rules.stream().filter(g -> g.match().matches(r)).toList();
        List<GateRule> found =
            index.candidates(name).stream().filter(g -> g.match().matches(r)).toList();
        assertEquals(all, found, name + " with " + rules);
      }
    }
  }

  private static String text(Random random, String letters, int max) {
    StringBuilder out = new StringBuilder();
    for (int n = random.nextInt(max + 1); n > 0; n--) {
      out.append(letters.charAt(random.nextInt(letters.length())));
    }
    return out.toString();
  }

  private static Pattern regex(String glob) {
    String[] parts = glob.split("\\*", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }
}
