package dev.startgate.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Severity;
import dev.startgate.yaml.YamlLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stream large enough to be parsed in parts on several cores (see yaml/StreamParts; this machine
 * has {@code availableProcessors()} cores, and with one the stream is parsed in one go): the same
 * output on every run, untouched documents byte for byte, and an error in the last document still
 * fails the run with its line.
 */
class LargeStreamTest {
  private static String group(int i) {
    return """
        # group %1$d: a comment that must survive
        apiVersion: v1
        kind: Service
        metadata: {name: db-%1$d, namespace: ns-%2$d}
        spec:
          selector: {app: db-%1$d}
          ports: [{name: pg, port: 5432}]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cm-%1$d, namespace: ns-%2$d}
        data:
          script: |
            echo "---"
            exit 0
        """
            .formatted(i, i % 7)
        + (i % 10 != 0
            ? ""
            : """
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate-%1$d
          namespace: ns-%2$d
          annotations: {startgate.dev/wait-for: "service/db-%1$d:pg"}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: m, image: "m:1"}]
        """
                .formatted(i, i % 7));
  }

  private static String stream(int groups) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < groups; i++) {
      b.append(i == 0 ? "" : "---\n").append(group(i));
    }
    return b.toString();
  }

  private static Outcome run(String text) {
    return new StartGate(YamlLimits.DEFAULT).run(text, null);
  }

  @Test
  void sameOutputEveryRunAndUntouchedDocumentsByteForByte() {
    String text = stream(2_000);
    assertTrue(text.length() > 600_000, "large enough for parts: " + text.length());
    Outcome first = run(text);
    assertEquals(
        List.of(), first.results().stream().filter(r -> r.severity() != Severity.INFO).toList());
    for (int i = 0; i < 2; i++) {
      assertEquals(first.output(), run(text).output(), "run " + i);
    }
    // Every Service and ConfigMap, and every comment, is in the output as it was in the input.
    for (int i : new int[] {0, 1, 999, 1_000, 1_999}) {
      String[] documents = group(i).split("---\n");
      assertTrue(first.output().contains(documents[0]), "Service of group " + i);
      assertTrue(first.output().contains(documents[1]), "ConfigMap of group " + i);
    }
    // The output is a fixed point: running on it changes nothing.
    assertEquals(first.output(), run(first.output()).output());
  }

  @Test
  void brokenYamlInTheLastDocumentFailsTheRun() {
    String text = stream(2_000) + "---\napiVersion: v1\nkind: ConfigMap\ndata: {a: [1, 2}\n";
    Outcome outcome = run(text);
    assertNull(outcome.output());
    String message = outcome.results().get(0).message();
    long line = text.lines().count();
    assertTrue(message.contains("line " + line), line + ": " + message);
    assertTrue(message.startsWith("input is not valid YAML"), message);
  }
}
