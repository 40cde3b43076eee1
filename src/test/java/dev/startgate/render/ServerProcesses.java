package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real servers from Debian's packages for the protocol-check tests: run as an unprivileged user
 * ({@code nobody} through {@code runuser} when the tests run as root, as in CI), in a temporary
 * folder everyone may enter, on loopback, and stopped by the PID they wrote.
 */
final class ServerProcesses {
  private ServerProcesses() {}

  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  /** A new folder the server user may write, under {@code parent}. */
  static Path folder(Path parent, String name) throws Exception {
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path dir = Files.createDirectories(parent.resolve(name));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    return dir;
  }

  /** {@code command} as the server user. */
  static List<String> asServerUser(String... command) {
    List<String> all = new ArrayList<>();
    if (ROOT) {
      all.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    all.addAll(List.of(command));
    return all;
  }

  /** Runs {@code command} as the server user; it must succeed. */
  static Proc.Outcome run(Path dir, String... command) throws Exception {
    Proc.Outcome out = Proc.run(dir, null, 120, Map.of(), asServerUser(command));
    assertEquals(0, out.code(), String.join(" ", command) + ": " + out);
    return out;
  }

  /** Starts {@code command} as the server user without waiting for it. */
  static Process start(Path dir, Path log, String... command) throws IOException {
    return new ProcessBuilder(asServerUser(command))
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** The PID in the first line of {@code pidFile}, once the file is there. */
  static Optional<Long> pid(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    String first = Files.readString(pidFile).strip().split("\n")[0].strip();
    return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
  }

  /** Sends {@code signal} (e.g. {@code TERM}) to {@code pid}. */
  static void signal(long pid, String signal) throws Exception {
    Proc.run(Path.of("/"), null, 10, Map.of(), List.of("kill", "-" + signal, Long.toString(pid)));
  }

  /** Stops the process of {@code pidFile}: TERM, then KILL after 15 s. */
  static void stop(Path pidFile) throws Exception {
    Optional<Long> pid = pid(pidFile);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(pid.get());
    if (handle.isEmpty()) {
      return;
    }
    signal(pid.get(), "TERM");
    long until = System.nanoTime() + 15_000_000_000L;
    while (handle.get().isAlive() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    if (handle.get().isAlive()) {
      signal(pid.get(), "KILL");
    }
  }

  /** A program of Debian's package that may not be on PATH, e.g. Postgres' {@code initdb}. */
  static String postgresBin(String program) throws Exception {
    Proc.Outcome found =
        Proc.run(
            Path.of("/"),
            "sh",
            "-c",
            "ls -d /usr/lib/postgresql/*/bin/" + program + " 2>/dev/null | sort -V | tail -n 1");
    String path = found.out().strip();
    if (path.isEmpty()) {
      throw new AssertionError(
          "Postgres is needed: apt-get install -y postgresql (" + program + ")");
    }
    return path;
  }
}
