package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one try of a {@link ProtocolChecks} function for real, as the gate container would: a
 * busybox {@code sh} with only busybox applets on PATH (plus curl for HTTPS), the check's lines,
 * then {@code check_KIND BOUND ARGS...}. Each try is timed and must keep to its bound.
 */
final class CheckShell {
  /** How one try ended: ready or not, the {@code seen} line, and how long it took. */
  record Try(boolean ready, String seen, long millis) {}

  private final Path applets;
  private final Path curlDir;
  private final Path shell;

  private CheckShell(Path applets, Path curlDir, Path shell) {
    this.applets = applets;
    this.curlDir = curlDir;
    this.shell = shell;
  }

  /** The same applets, with Debian's dash as the shell: the scripts must run under both. */
  CheckShell underDash() {
    return new CheckShell(applets, curlDir, Path.of("/bin/dash"));
  }

  /** Links every busybox applet into {@code dir}, and curl into a folder next to it. */
  static CheckShell linking(Path dir) throws Exception {
    Files.createDirectories(dir);
    Proc.Outcome list = Proc.run(dir, "busybox", "--list");
    assertEquals(0, list.code(), "busybox is needed: apt-get install -y busybox");
    Path busybox = Path.of(Proc.run(dir, "sh", "-c", "command -v busybox").out().strip());
    for (String applet : list.out().split("\n")) {
      if (!applet.isBlank()) {
        Files.createSymbolicLink(dir.resolve(applet.strip()), busybox);
      }
    }
    Path curl = dir.resolveSibling(dir.getFileName() + "-curl");
    Files.createDirectories(curl);
    String which = Proc.run(dir, "sh", "-c", "command -v curl").out().strip();
    assertTrue(!which.isEmpty(), "curl is needed: apt-get install -y curl");
    Files.createSymbolicLink(curl.resolve("curl"), Path.of(which));
    return new CheckShell(dir, curl, dir.resolve("sh"));
  }

  /** One try of {@code check_KIND} with {@code bound} seconds. */
  Try run(ProtocolChecks.Check check, String kind, int bound, String... args) throws Exception {
    String script =
        String.join("\n", check.lines())
            + "\nseen=\ncheck_"
            + kind
            + " \"$@\"\nrc=$?\nprintf '%s\\n%s\\n' \"$rc\" \"$seen\"\n";
    List<String> command = new ArrayList<>(List.of(shell.toString(), "-c"));
    command.add(script);
    command.add("check");
    command.add(Integer.toString(bound));
    command.addAll(List.of(args));
    String path = applets + (kind.startsWith("https") ? ":" + curlDir : "");
    long start = System.nanoTime();
    Proc.Outcome out = Proc.run(applets, null, bound + 30L, Map.of("PATH", path), command);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String[] lines = out.out().split("\n", -1);
    assertTrue(lines.length >= 2, "no result from check_" + kind + ": " + out);
    assertTrue(
        millis <= bound * 1000L + 1500,
        "check_" + kind + " took " + millis + " ms, its bound is " + bound + " s");
    assertEquals("", out.err(), "check_" + kind + " wrote to stderr");
    return new Try(lines[0].equals("0"), lines[1], millis);
  }

  /** A free TCP port on loopback. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** True when something accepts a TCP connection on {@code port}: what a TCP gate checks. */
  static boolean tcpAccepts(int port) {
    try (java.net.Socket s = new java.net.Socket()) {
      s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
