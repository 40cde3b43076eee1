package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.render.KubernetesGateScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Kubernetes gate's script as its container would: {@code sh} (Debian's dash), a real
 * kubectl and Debian's jq on PATH, HOME on a fresh directory, and kubectl's in-cluster
 * configuration: token, CA and namespace at the projected-token path {@code
 * /var/run/secrets/kubernetes.io/serviceaccount} (a bind mount in a private mount namespace, which
 * needs root, as CI runs) and {@code KUBERNETES_SERVICE_HOST/PORT} naming the fake API server. No
 * kubeconfig, no {@code --server} or {@code --token} flag.
 */
final class InClusterGate {
  static final String ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

  /** What the gate did: its exit code, its log (stdout and stderr) and how long it ran. */
  record Outcome(int exit, String log, Duration took) {
    boolean passed() {
      return exit == 0;
    }

    @Override
    public String toString() {
      return "exit " + exit + " after " + took.toMillis() + "ms:\n" + log;
    }
  }

  private final Path kubectl;
  private final FakeApiServer server;
  private final Path work;
  private final String token;
  private final String port;
  private final long stopAfterMillis;
  private final Path jq;

  InClusterGate(Path kubectl, FakeApiServer server, Path work, String token) {
    this(
        kubectl,
        server,
        work,
        token,
        server.url().substring(server.url().lastIndexOf(':') + 1),
        0,
        null);
  }

  private InClusterGate(
      Path kubectl,
      FakeApiServer server,
      Path work,
      String token,
      String port,
      long stopAfter,
      Path jq) {
    this.kubectl = kubectl;
    this.server = server;
    this.work = work;
    this.token = token;
    this.port = port;
    this.stopAfterMillis = stopAfter;
    this.jq = jq;
  }

  /** This gate with {@code KUBERNETES_SERVICE_PORT} naming {@code port} on 127.0.0.1 instead. */
  InClusterGate at(int port) {
    return new InClusterGate(
        kubectl, server, work, token, String.valueOf(port), stopAfterMillis, jq);
  }

  /** This gate with {@code jq} first on PATH as {@code jq}, in place of Debian's. */
  InClusterGate withJq(Path jq) {
    return new InClusterGate(kubectl, server, work, token, port, stopAfterMillis, jq);
  }

  /**
   * This gate sent SIGTERM {@code millis} after it starts, as the kubelet stops a container of a
   * pod being deleted; the outcome's time is then from the signal to the exit.
   */
  InClusterGate stoppedAfter(long millis) {
    return new InClusterGate(kubectl, server, work, token, port, millis, jq);
  }

  /** Runs the script with {@code timeout}, {@code interval} and {@code uptime} over targets. */
  Outcome run(int timeout, int interval, int uptime, String... targets)
      throws IOException, InterruptedException {
    return run(
        null, KubernetesGateScripts.script(List.of(targets)), timeout, interval, uptime, targets);
  }

  /** Runs {@code script} as the gate's, inside {@code cgroup} unless it is null. */
  Outcome run(
      Cgroup cgroup, String script, int timeout, int interval, int uptime, String... targets)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory(work, "gate");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("kubectl"), kubectl);
    if (jq != null) {
      Files.createSymbolicLink(bin.resolve("jq"), jq);
    }
    Path account = Files.createDirectories(dir.resolve("serviceaccount"));
    Files.writeString(account.resolve("token"), token);
    Files.copy(server.certificateFile(), account.resolve("ca.crt"));
    Files.writeString(account.resolve("namespace"), "shop");
    Path home = Files.createDirectories(dir.resolve("home"));
    List<String> command =
        new ArrayList<>(
            List.of(
                "unshare",
                "--mount",
                "--",
                "/bin/sh",
                "-c",
                "mount -t tmpfs tmpfs /run && mkdir -p "
                    + ACCOUNT_DIR
                    + " && mount -o bind,ro \"$0\" "
                    + ACCOUNT_DIR
                    + " && exec \"$@\"",
                account.toString(),
                "sh",
                "-c",
                script,
                "startgate",
                String.valueOf(timeout),
                String.valueOf(interval),
                String.valueOf(uptime)));
    command.addAll(List.of(targets));
    ProcessBuilder pb = new ProcessBuilder(cgroup == null ? command : cgroup.wrap(command));
    pb.environment().clear();
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("KUBERNETES_SERVICE_HOST", "127.0.0.1");
    pb.environment().put("KUBERNETES_SERVICE_PORT", port);
    pb.redirectErrorStream(true);
    Path log = dir.resolve("log");
    pb.redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    p.getOutputStream().close();
    if (stopAfterMillis > 0 && !p.waitFor(stopAfterMillis, TimeUnit.MILLISECONDS)) {
      p.destroy(); // SIGTERM, to the gate's shell: unshare and sh -c exec it
      start = System.nanoTime();
    }
    if (!p.waitFor(timeout + uptime + 30L, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("the gate outlived its deadline by 30s: " + Files.readString(log));
    }
    Outcome out =
        new Outcome(
            p.exitValue(), Files.readString(log), Duration.ofNanos(System.nanoTime() - start));
    if (stopAfterMillis > 0) {
      return out; // stopped: HOME, an emptyDir, goes with the pod
    }
    List<String> leftovers;
    try (var files = Files.list(home)) {
      leftovers =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.startsWith(".startgate"))
              .toList();
    }
    assertEquals(List.of(), leftovers, "the gate leaves no file of its own in HOME: " + out);
    return out;
  }
}
