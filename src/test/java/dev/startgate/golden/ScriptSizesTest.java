package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.InProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The script sizes the README gives ("Output size": "The network script is tailored to the kinds of
 * targets its container waits for"), measured on what a run writes: a figure that drifts from the
 * scripts fails here, not in a reader's review.
 */
class ScriptSizesTest {
  /** The README's words before each figure, and the targets whose script it counts. */
  private static final Map<String, String> CASES =
      Map.ofEntries(
          Map.entry("`tcp://` alone ", "tcp://db:5432"),
          Map.entry("`http://` alone ", "http://api:8080/healthz"),
          Map.entry(
              "`tcp://` and `http://` (the reference Job) ",
              "tcp://db:5432, http://api:8080/healthz"),
          Map.entry("`postgres://` ", "postgres://db"),
          Map.entry("`redis://` ", "redis://cache"),
          Map.entry("`mysql://` ", "mysql://db"),
          Map.entry("`http://` with options ", "http://api:8080/healthz status=200"),
          Map.entry("`https://` ", "https://api/healthz"),
          Map.entry("and with\noptions ", "https://api/healthz status=200"),
          Map.entry("and `job/` ", "deployment/api, job/seed"),
          Map.entry(
              "every built-in kind ",
              "deployment/api, statefulset/db, daemonset/agent, job/seed, pods/app=web"),
          Map.entry("custom resources alone ", "certificates.cert-manager.io/web-tls"),
          Map.entry(
              "everything ",
              "deployment/api, statefulset/db, daemonset/agent, job/seed, pods/app=web,"
                  + " certificates.cert-manager.io/web-tls"),
          Map.entry(
              "every busybox kind at once ",
              "tcp://db:5432, http://api/, http://api/x status=200, postgres://db, redis://cache,"
                  + " mysql://db"));

  @Test
  void theReadmesFiguresAreTheScriptsLines() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int at = readme.indexOf("The network script is tailored to the kinds of targets");
    assertTrue(at >= 0, "the README's paragraph on script sizes");
    String paragraph = readme.substring(at, readme.indexOf("\n\n", at));
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> c : CASES.entrySet()) {
      Matcher m = Pattern.compile(Pattern.quote(c.getKey()) + "(\\d+)").matcher(paragraph);
      assertTrue(m.find(), "no figure after \"" + c.getKey() + "\" in:\n" + paragraph);
      int lines = scriptLines(c.getValue());
      if (lines != Integer.parseInt(m.group(1))) {
        wrong.add(c.getKey().strip() + ": README " + m.group(1) + ", script " + lines);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The lines of the one gate script a Job waiting for {@code targets} gets. */
  private static int scriptLines(String targets) {
    String job =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: j
          namespace: shop
          annotations:
            startgate.dev/wait-for: "%s"
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: app
                image: app:1
        """
            .formatted(targets);
    InProcess.Run run = InProcess.run(List.of(), job.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, run.code(), run.err());
    Map<?, ?> object =
        (Map<?, ?>)
            new Load(LoadSettings.builder().build()).loadAllFromString(run.out()).iterator().next();
    Map<?, ?> pod = (Map<?, ?>) ((Map<?, ?>) object.get("spec")).get("template");
    List<?> init = (List<?>) ((Map<?, ?>) pod.get("spec")).get("initContainers");
    assertEquals(1, init.size(), run.out());
    List<?> command = (List<?>) ((Map<?, ?>) init.get(0)).get("command");
    String script = (String) command.get(command.indexOf("-c") + 1); // sh -c SCRIPT [NAME]
    return script.stripTrailing().split("\n", -1).length;
  }
}
