package dev.startgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.startgate.intent.SelectorParser;
import dev.startgate.intent.Target;
import dev.startgate.intent.TargetParser;
import dev.startgate.model.Resource;
import dev.startgate.plan.Inventory;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The label selector grammar on arbitrary text: {@link SelectorParser} never throws, gives either
 * requirements or a reason, and an accepted selector round-trips (its canonical text parses to the
 * same requirements and is its own canonical text); the same text as a {@code pods/} target parses
 * or is rejected with a reason, and an accepted one can be matched against a workload's pod labels.
 * Saved inputs replay in {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SelectorFuzzTest {
  private static final List<Resource> WORKLOADS = workloads();

  @FuzzTest(maxDuration = "30s")
  void selectors(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    SelectorParser.Parsed p = SelectorParser.parse(text);
    assertTrue((p.requirements() == null) != (p.error() == null), text);
    if (p.error() != null) {
      assertFalse(p.error().isBlank(), text);
    } else {
      String canonical = p.text();
      SelectorParser.Parsed again = SelectorParser.parse(canonical);
      // The same requirements (== is =; order and repeats aside), in the canonical order.
      assertEquals(
          requirements(p), requirements(again), "round trip of " + text + " as " + canonical);
      assertEquals(canonical, again.text());
    }
    TargetParser.Parsed target = new TargetParser().parse("pods/" + text);
    assertTrue((target.target() == null) != (target.error() == null), text);
    if (target.target() instanceof Target.Pods pods) {
      new Inventory(WORKLOADS).withPods(pods.namespace(), pods.selector());
    }
  }

  private static List<Resource> workloads() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: db}
        spec:
          template:
            metadata: {labels: {app: db, tier: "5", app.kubernetes.io/name: x, e: ""}}
            spec: {containers: [{name: db, image: db}]}
        """;
    try {
      return List.of(
          Resource.of((YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root()));
    } catch (dev.startgate.yaml.YamlInputException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.Set<String> requirements(SelectorParser.Parsed p) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (SelectorParser.Requirement r : p.requirements()) {
      out.add(r.text().replaceFirst("==", "="));
    }
    return out;
  }
}
