package dev.startgate.kube;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a real kubectl binary against a {@link FakeApiServer}. Only the connection is added to a
 * command (server, CA, token, an empty kubeconfig); HOME is a fresh directory per command, as the
 * gate's emptyDir is.
 */
final class Kubectl {
  private static final Path GCLOUD_BIN = Path.of("/usr/lib/google-cloud-sdk/bin");
  private static final int OLDEST_MINOR = 33;

  /**
   * What one command did; {@code maxRssKb} (its peak resident memory) and {@code cpuSeconds} (user
   * and system time) are -1 unless it ran {@linkplain #runIn measured}.
   */
  record Run(int exit, String out, String err, Duration took, long maxRssKb, double cpuSeconds) {
    Run(int exit, String out, String err, Duration took) {
      this(exit, out, err, took, -1, -1);
    }

    String output() {
      return out + err;
    }
  }

  private final Path binary;
  private final FakeApiServer server;
  private final Path work;

  Kubectl(Path binary, FakeApiServer server, Path work) {
    this.binary = binary;
    this.server = server;
    this.work = work;
  }

  Path binary() {
    return binary;
  }

  /**
   * The kubectl binaries to prove the gates with: the one of the default image's minor version and
   * the newest one, from the versioned binaries of the Cloud SDK (its {@code kubectl} is a
   * dispatcher), else {@code kubectl} on PATH.
   */
  static List<Path> binaries(String imageMinor) throws IOException {
    List<Path> versioned = new ArrayList<>();
    if (Files.isDirectory(GCLOUD_BIN)) {
      try (Stream<Path> files = Files.list(GCLOUD_BIN)) {
        files
            .filter(p -> p.getFileName().toString().matches("kubectl\\.1\\.\\d+"))
            .sorted(Comparator.comparingInt(Kubectl::minor))
            .forEach(versioned::add);
      }
    }
    List<Path> out = new ArrayList<>();
    versioned.stream()
        .filter(p -> p.getFileName().toString().equals("kubectl." + imageMinor))
        .findFirst()
        .ifPresent(out::add);
    if (!versioned.isEmpty() && !out.contains(versioned.get(versioned.size() - 1))) {
      out.add(versioned.get(versioned.size() - 1));
    }
    if (!versioned.isEmpty() && minor(versioned.get(versioned.size() - 1)) < OLDEST_MINOR) {
      throw new IllegalStateException(
          "the newest kubectl in "
              + GCLOUD_BIN
              + " is older than 1."
              + OLDEST_MINOR
              + ", which pods/ gates need (wait --for=create with a selector)");
    }
    if (out.isEmpty()) {
      onPath().ifPresent(out::add);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(
          "no kubectl found in " + GCLOUD_BIN + " or on PATH; .ci/run installs one");
    }
    return out;
  }

  private static Optional<Path> onPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, "kubectl");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static int minor(Path p) {
    return Integer.parseInt(p.getFileName().toString().replaceFirst("kubectl\\.1\\.", ""));
  }

  /** Runs {@code args} as {@code token}, killed after {@code limit}. */
  Run run(String token, List<String> args, String stdin, Duration limit)
      throws IOException, InterruptedException {
    return run(null, token, args, stdin, limit);
  }

  /**
   * Runs {@code args} as {@code token} inside {@code cgroup}, under GNU time ({@code
   * /usr/bin/time}, Debian's time package), which reports the peak resident memory and CPU time of
   * kubectl.
   */
  Run runIn(Cgroup cgroup, String token, List<String> args, Duration limit)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(TIME)) {
      throw new IllegalStateException(TIME + " is missing: apt-get install -y time");
    }
    return run(cgroup, token, args, null, limit);
  }

  private static final Path TIME = Path.of("/usr/bin/time");

  private Run run(Cgroup cgroup, String token, List<String> args, String stdin, Duration limit)
      throws IOException, InterruptedException {
    Path home = Files.createTempDirectory(work, "home");
    Path kubeconfig = work.resolve("kubeconfig");
    if (!Files.exists(kubeconfig)) {
      Files.writeString(kubeconfig, "");
    }
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(args);
    command.add("--kubeconfig=" + kubeconfig);
    command.add("--server=" + server.url());
    command.add("--certificate-authority=" + server.certificateFile());
    command.add("--token=" + token);
    Path times = home.resolve("time");
    if (cgroup != null) {
      List<String> timed =
          new ArrayList<>(List.of(TIME.toString(), "-f", "%M %U %S", "-o", times.toString()));
      timed.addAll(command);
      command = cgroup.wrap(timed);
    }
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("HOME", home.toString());
    pb.redirectOutput(home.resolve("stdout").toFile());
    pb.redirectError(home.resolve("stderr").toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("kubectl " + args + " ran longer than " + limit);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    long rss = -1;
    double cpu = -1;
    if (cgroup != null && Files.exists(times)) {
      List<String> lines = Files.readAllLines(times);
      String[] f = lines.get(lines.size() - 1).strip().split(" ");
      if (f.length == 3 && f[0].matches("\\d+")) {
        rss = Long.parseLong(f[0]);
        cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
      }
    }
    return new Run(
        p.exitValue(),
        Files.readString(home.resolve("stdout")),
        Files.readString(home.resolve("stderr")),
        took,
        rss,
        cpu);
  }

  /** Runs a setup command with full rights; fails the test if it fails. */
  void admin(String stdin, String... args) throws IOException, InterruptedException {
    Run r = run("admin", List.of(args), stdin, Duration.ofSeconds(20));
    if (r.exit() != 0) {
      throw new AssertionError("setup kubectl " + List.of(args) + " failed: " + r.output());
    }
  }
}
