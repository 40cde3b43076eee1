package dev.startgate.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.testing.InProcess;
import dev.startgate.testing.Proc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Generates a Job gated on one network target and runs its gate container's command for real: PATH
 * holds only Debian's busybox applets, as in the busybox image, plus the host's curl for HTTPS
 * gates, as the curl image would.
 */
final class GateRunner {
  /** How one gate run ended: exit code, log (stdout and stderr) and wall time. */
  record Run(int code, String log, double seconds) {
    String lastLine() {
      String[] lines = log.strip().split("\n");
      return lines[lines.length - 1];
    }

    /** The lines of the tries that were not ready. */
    List<String> tryLines() {
      return log.strip()
          .lines()
          .filter(l -> l.matches("startgate: .*: try \\d+: not ready .*"))
          .toList();
    }

    /** The line that gave up on a target at the deadline. */
    String verdict() {
      return log.strip()
          .lines()
          .filter(l -> l.contains(": not ready after "))
          .findFirst()
          .orElse("(no target gave up)");
    }
  }

  private final Path applets;
  private final Path curlDir;

  private GateRunner(Path applets, Path curlDir) {
    this.applets = applets;
    this.curlDir = curlDir;
  }

  /** Links every busybox applet into {@code dir} (and curl into a folder next to it). */
  static GateRunner linking(Path dir) throws Exception {
    Proc.Outcome list = Proc.run(dir, "busybox", "--list");
    assertEquals(0, list.code(), "busybox is needed: apt-get install -y busybox");
    Path busybox = Path.of(Proc.run(dir, "sh", "-c", "command -v busybox").out().strip());
    for (String applet : list.out().split("\n")) {
      if (!applet.isBlank()) {
        Files.createSymbolicLink(dir.resolve(applet.strip()), busybox);
      }
    }
    Proc.Outcome which = Proc.run(dir, "sh", "-c", "command -v curl");
    assertEquals(0, which.code(), "curl is needed: apt-get install -y curl");
    Path curl = dir.resolveSibling(dir.getFileName() + "-curl");
    Files.createDirectories(curl);
    Files.createSymbolicLink(curl.resolve("curl"), Path.of(which.out().strip()));
    return new GateRunner(dir, curl);
  }

  Path applets() {
    return applets;
  }

  /** The command of the one gate container startgate generates for {@code target}. */
  List<String> command(
      String target, String timeout, String interval, String uptime, List<String> cliArgs) {
    String job =
        String.join(
            "\n",
            "apiVersion: batch/v1",
            "kind: Job",
            "metadata:",
            "  name: probe",
            "  annotations:",
            "    startgate.dev/wait-for: " + target,
            "    startgate.dev/timeout: " + timeout,
            "    startgate.dev/interval: " + interval,
            "    startgate.dev/uptime: " + uptime,
            "spec:",
            "  template:",
            "    spec:",
            "      restartPolicy: Never",
            "      containers:",
            "      - name: app",
            "        image: app:1",
            "");
    InProcess.Run generated = InProcess.run(cliArgs, job.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, generated.code(), generated.err());
    return commandOf(generated.out());
  }

  Run run(String target, String timeout, String interval) throws Exception {
    return run(target, timeout, interval, "0s", Map.of());
  }

  Run run(String target, String timeout, String interval, String uptime, Map<String, String> env)
      throws Exception {
    return run(target, timeout, interval, uptime, env, List.of(), arg -> arg, List.of());
  }

  /**
   * Generates the gate for {@code target} with {@code cliArgs}, changes each argument of its
   * command with {@code mapArg}, and runs it behind {@code prefix} (a wrapper command such as
   * unshare, empty for none) with {@code env} added.
   */
  Run run(
      String target,
      String timeout,
      String interval,
      String uptime,
      Map<String, String> env,
      List<String> cliArgs,
      UnaryOperator<String> mapArg,
      List<String> prefix)
      throws Exception {
    List<String> command = new ArrayList<>(prefix);
    command(target, timeout, interval, uptime, cliArgs).stream().map(mapArg).forEach(command::add);
    return exec(command, target, env);
  }

  /**
   * Runs a gate {@code command} made for {@code target}, with {@code env} added (its {@code PATH}
   * before the applets).
   */
  Run exec(List<String> command, String target, Map<String, String> env) throws Exception {
    Map<String, String> environment = new HashMap<>(env);
    // A PATH in env goes first (stand-in tools of a test), then the applets, then curl.
    String first = env.containsKey("PATH") ? env.get("PATH") + ":" : "";
    environment.put("PATH", first + applets + (target.contains("https://") ? ":" + curlDir : ""));
    long start = System.nanoTime();
    Proc.Outcome run = Proc.run(applets, null, 90, environment, command);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(run.code(), run.out() + run.err(), seconds);
  }

  /** The one init container startgate generates for a Job gated on {@code target}. */
  Map<String, Object> container(String target, List<String> cliArgs) {
    String job =
        String.join(
            "\n",
            "apiVersion: batch/v1",
            "kind: Job",
            "metadata:",
            "  name: probe",
            "  annotations:",
            "    startgate.dev/wait-for: " + target,
            "spec:",
            "  template:",
            "    spec:",
            "      restartPolicy: Never",
            "      containers:",
            "      - name: app",
            "        image: app:1",
            "");
    InProcess.Run generated = InProcess.run(cliArgs, job.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, generated.code(), generated.err());
    return containerOf(generated.out());
  }

  @SuppressWarnings("unchecked")
  private static List<String> commandOf(String yaml) {
    Map<String, Object> container = containerOf(yaml);
    List<String> command = new ArrayList<>((List<String>) container.get("command"));
    command.addAll((List<String>) container.get("args"));
    return command;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> containerOf(String yaml) {
    Map<String, Object> job =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    Map<String, Object> pod =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) job.get("spec")).get("template"))
                .get("spec");
    List<Map<String, Object>> inits = (List<Map<String, Object>>) pod.get("initContainers");
    assertEquals(1, inits.size());
    return inits.get(0);
  }
}
