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
 * The retry option's info result (issue 4: "Info result when it replaces an existing value, naming
 * the old one"): it names the {@code backoffLimit} and the {@code restartPolicy} it replaces, and
 * says nothing when the values are already in place (so it is not in a golden case, whose second
 * run must give byte-identical output, results included).
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
        infos.stream()
            .anyMatch(
                r ->
                    r.message()
                        .equals(
                            "retry replaces backoffLimit 1 with 4 and restartPolicy Never with"
                                + " OnFailure")),
        infos.toString());
    assertTrue(outcome.output().contains("  backoffLimit: 4\n"), outcome.output());
    assertTrue(outcome.output().contains("restartPolicy: OnFailure\n"), outcome.output());
  }

  @Test
  void namesEachValueItReplacesAlone() {
    assertEquals(
        List.of("retry replaces restartPolicy Never with OnFailure"),
        replaced(new StartGate(YamlLimits.DEFAULT).run(JOB.formatted("4", "Never"), null)));
    assertEquals(
        List.of("retry replaces backoffLimit 6 with 4"),
        replaced(new StartGate(YamlLimits.DEFAULT).run(JOB.formatted("6", "OnFailure"), null)));
    String noPolicy =
        JOB.formatted("4", "OnFailure").replace("      restartPolicy: OnFailure\n", "");
    Outcome added = new StartGate(YamlLimits.DEFAULT).run(noPolicy, null);
    assertEquals(List.of(), replaced(added), "a restartPolicy added replaces nothing");
    assertTrue(added.output().contains("restartPolicy: OnFailure\n"), added.output());
  }

  /** A quoted or tagged backoffLimit is a string, not the number: replaced, shown as written. */
  @Test
  void aBackoffLimitWrittenAsAStringIsReplacedAndShownAsWritten() {
    for (String written : List.of("\"4\"", "'4'", "!!str 4")) {
      Outcome outcome =
          new StartGate(YamlLimits.DEFAULT).run(JOB.formatted(written, "OnFailure"), null);
      String shown = written.equals("!!str 4") ? written : "\"4\"";
      assertEquals(
          List.of("retry replaces backoffLimit " + shown + " with 4"), replaced(outcome), written);
      assertTrue(outcome.output().contains("  backoffLimit: 4\n"), outcome.output());
    }
  }

  private static List<String> replaced(Outcome outcome) {
    return infos(outcome).stream()
        .map(Result::message)
        .filter(m -> m.startsWith("retry replaces"))
        .toList();
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
