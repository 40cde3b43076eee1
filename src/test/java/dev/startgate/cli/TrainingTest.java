package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run's second part takes the path it is there to train: a config from a file, with
 * resources and a gates: rule, that a run accepts (a config the run refused would train its error
 * path, and the launcher would make no archive at all).
 */
class TrainingTest {
  @TempDir Path tmp;

  @Test
  void theConfigRunGatesBothJobsWithTheConfigsResources() throws Exception {
    Path config = tmp.resolve("startgate.yaml");
    Files.writeString(config, Training.CONFIG);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"--config", config.toString()},
            new ByteArrayInputStream(Training.STREAM.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    // The rules gate shop-seed (the first one's timeout, the second one's target), the
    // annotations migrate (a network and a Kubernetes gate), with the config's resources.
    assertTrue(text.contains("[\"90\", \"3\", \"0\", \"http://api:8080/healthz\"]"), text);
    assertTrue(text.contains("startgate-kubernetes"), text);
    // The Job only snakeyaml-engine reads (an anchor, a tag, a |2 block) is gated too.
    assertTrue(text.contains("name: report\n"), text);
    assertEquals(3, text.split("- name: startgate-network\n", -1).length - 1, text);
    assertTrue(text.contains("cpu: 100m, memory: 64Mi"), text);
    assertTrue(text.contains("cpu: 200m, memory: 128Mi"), text);
  }
}
