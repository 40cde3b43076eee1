package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YamlLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The retry option's info result: it names the {@code backoffLimit} it replaces, and says nothing
 * when the value is already in place (so it is not in a golden case, whose second run must give
 * byte-identical output, results included). The {@code restartPolicy} it sets gets none: the
 * launcher's training input changes one, and its golden case must run again unchanged.
 */
class WorkloadRewriterRetryTest {
  private static final String JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: flaky
        annotations:
          startgate.dev/retry: "4"
      spec:
        backoffLimit: %s
        template:
          spec:
            restartPolicy: %s
            containers:
            - name: flaky
              image: flaky:1
      """;

  @Test
  void namesTheBackoffLimitItReplaces() {
    Outcome outcome = new StartGate(YamlLimits.DEFAULT).run(JOB.formatted("1", "Never"), null);
    List<Result> infos = infos(outcome);
    assertTrue(
        infos.stream().anyMatch(r -> r.message().equals("retry replaces backoffLimit 1 with 4")),
        infos.toString());
    assertTrue(outcome.output().contains("  backoffLimit: 4\n"), outcome.output());
    assertTrue(outcome.output().contains("restartPolicy: OnFailure\n"), outcome.output());
  }

  @Test
  void saysNothingWhenTheValueIsAlreadyThere() {
    Outcome outcome = new StartGate(YamlLimits.DEFAULT).run(JOB.formatted("4", "OnFailure"), null);
    assertEquals(
        0,
        infos(outcome).stream().filter(r -> r.message().startsWith("retry replaces")).count(),
        infos(outcome).toString());
  }

  private static List<Result> infos(Outcome outcome) {
    return outcome.results().stream().filter(r -> r.severity() == Severity.INFO).toList();
  }
}
