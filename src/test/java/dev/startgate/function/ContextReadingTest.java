package dev.startgate.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text that {@code rewrite} passed as context is not parsed again when it is run over: the run
 * gives what a run over a fresh parse of the same text gives, with and without a namespace.
 */
class ContextReadingTest {
  private static final String JOBS =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        annotations:
          startgate.dev/wait-for: service/db:pg
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: m, image: "m:1"}]
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: cache}
      spec:
        selector: {app: cache}
        ports: [{name: redis, port: 6379}]
      """;

  private static final String SERVICES =
      """
      apiVersion: v1
      kind: Service
      metadata: {name: db}
      spec:
        selector: {app: db}
        ports: [{name: pg, port: 5432}]
      """;

  @Test
  void aContextTextRunsAsAFreshParseOfItDoes() {
    for (String namespace : Arrays.asList(null, "shop")) {
      // The same objects as JOBS in another text: the run over JOBS parses it afresh.
      List<String> fresh = List.of(JOBS + "# the same objects\n", SERVICES);
      Outcome reused =
          new StartGate(YamlLimits.DEFAULT, List.of(JOBS, SERVICES), namespace).run(JOBS, null);
      Outcome parsed = new StartGate(YamlLimits.DEFAULT, fresh, namespace).run(JOBS, null);
      assertEquals(parsed.output(), reused.output(), "namespace " + namespace);
      assertEquals(parsed.results(), reused.results(), "namespace " + namespace);
      assertTrue(reused.output().contains("startgate-"), reused.results().toString());
    }
  }

  @Test
  void theOutputOfAReusedReadingSlicesTheStringItWasRunOver() {
    // rewrite reads a file as context, then again to run over it: another string, equal.
    String again = new String(JOBS.toCharArray());
    Outcome outcome = new StartGate(YamlLimits.DEFAULT, List.of(JOBS, SERVICES)).run(again, null);
    List<String> sliced = new ArrayList<>();
    outcome.text().writeTo((s, from, to) -> sliced.add(s));
    assertTrue(sliced.stream().anyMatch(s -> s == again), "slices of the string run over");
    assertTrue(sliced.stream().noneMatch(s -> s == JOBS), "no slice of the context's string");
  }

  @Test
  void aContextTextThatDoesNotParseGivesItsErrorWhenRunOver() {
    String broken = "a: [1\n";
    Outcome outcome =
        new StartGate(YamlLimits.DEFAULT, List.of(broken, SERVICES)).run(broken, null);
    Outcome alone = new StartGate(YamlLimits.DEFAULT).run(broken, null);
    assertTrue(outcome.failed());
    assertEquals(alone.results(), outcome.results());
  }
}
