package dev.startgate.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rendering on two threads ({@link ContainerStep}) gives the output and the results of rendering on
 * one, byte for byte and in the same order: on every golden input and on a stream with several
 * workloads per document kind, Kubernetes gates and their RBAC objects, retries and stale gates.
 */
class ContainerStepTest {
  private static Outcome run(String text, String config, int parallelChars) {
    return new StartGate(YamlLimits.DEFAULT, List.of(), null, parallelChars).run(text, config);
  }

  private static void assertSame(String name, String text, String config) {
    Outcome one = run(text, config, Integer.MAX_VALUE);
    Outcome two = run(text, config, 0);
    assertEquals(one.output(), two.output(), name);
    assertEquals(one.results(), two.results(), name);
  }

  @Test
  void everyGoldenInputRendersTheSameOnTwoThreads() throws IOException {
    int cases = 0;
    try (Stream<Path> dirs = Files.list(Path.of("testdata"))) {
      for (Path dir : dirs.sorted().toList()) {
        Path input = dir.resolve("input.yaml");
        if (!Files.exists(input)) {
          continue;
        }
        Path config = dir.resolve("config.yaml");
        assertSame(
            dir.toString(),
            new String(Files.readAllBytes(input), StandardCharsets.UTF_8),
            Files.exists(config)
                ? new String(Files.readAllBytes(config), StandardCharsets.UTF_8)
                : null);
        cases++;
      }
    }
    assertTrue(cases > 100, "golden cases found: " + cases);
  }

  @Test
  void aMixedStreamRendersTheSameOnTwoThreads() {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(
          """
          apiVersion: v1
          kind: Service
          metadata: {name: db-%1$d, namespace: ns-%2$d}
          spec:
            selector: {app: db-%1$d}
            ports: [{name: pg, port: 5432}]
          """
              .formatted(i, i % 3));
      docs.add(
          """
          apiVersion: batch/v1
          kind: Job
          metadata:
            name: migrate-%1$d
            namespace: ns-%2$d
            annotations:
              startgate.dev/wait-for: "service/db-%1$d:pg, deployment/api-%1$d, tcp://x-%1$d:80"
              startgate.dev/retry: "%3$d"
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: m, image: "m:1"}]
          """
              .formatted(i, i % 3, i % 4 + 1));
      docs.add(
          """
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: api-%1$d, namespace: ns-%2$d}
          spec:
            selector: {matchLabels: {app: api-%1$d}}
            template:
              metadata: {labels: {app: api-%1$d}}
              spec:
                initContainers:
                - name: startgate-wait-stale
                  image: busybox
                containers:
                - name: api
                  image: api:1
          """
              .formatted(i, i % 3));
    }
    String text = String.join("---\n", docs);
    assertSame("mixed", text, null);
    Outcome two = run(text, null, 0);
    assertTrue(two.output().contains("kind: RoleBinding"), two.results().toString());
    assertTrue(two.output().contains("backoffLimit: 4"), two.results().toString());
    assertTrue(!two.output().contains("startgate-wait-stale"), "stale gate removed");
  }
}
