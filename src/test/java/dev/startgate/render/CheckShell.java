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
 * then {@code check_KIND BOUND TARGET}. Each try is timed and must keep to its bound.
 */
final class CheckShell {
  /** How one try ended: ready or not, the {@code seen} line, and how long it took. */
  record Try(boolean ready, String seen, long millis) {}

  private final Path applets;
  private final Path curlDir;
  private final Path shell;

  private final Map<String, String> env;

  private CheckShell(Path applets, Path curlDir, Path shell, Map<String, String> env) {
    this.applets = applets;
    this.curlDir = curlDir;
    this.shell = shell;
    this.env = env;
  }

  /**
   * The same shell with {@code name=value} in the environment, e.g. {@code CURL_CA_BUNDLE}, as the
   * container gets it for a configured CA bundle.
   */
  CheckShell withEnv(String name, String value) {
    Map<String, String> more = new java.util.HashMap<>(env);
    more.put(name, value);
    return new CheckShell(applets, curlDir, shell, Map.copyOf(more));
  }

  /** The same applets, with Debian's dash as the shell: the scripts must run under both. */
  CheckShell underDash() {
    return new CheckShell(applets, curlDir, Path.of("/bin/dash"), env);
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
    return new CheckShell(dir, curl, dir.resolve("sh"), Map.of());
  }

  /** The folder of busybox applet links (the image's PATH). */
  Path applets() {
    return applets;
  }

  /**
   * One try of {@code check_KIND} with {@code bound} seconds, with the functions of the real
   * network script tailored to {@code kind} ({@link GateScript#functions}), given the target as the
   * script's argument: {@code HOST PORT} become {@code SCHEME://HOST:PORT}; {@code URL STATUSES
   * BODY} become {@code URL status=STATUSES body=BODY} (each only when not empty).
   */
  Try run(GateScript.Kind kind, int bound, String... args) throws Exception {
    String target = argument(kind, args);
    String script =
        GateScript.functions(java.util.Set.of(kind))
            + "seen=\n"
            + kind.function()
            + " \"$@\"\nrc=$?\nprintf '%s\\n%s\\n' \"$rc\" \"$seen\"\n";
    List<String> command = new ArrayList<>(List.of(shell.toString(), "-c"));
    command.add(script);
    command.add("check");
    command.add(Integer.toString(bound));
    command.add(target);
    String path = applets + (kind.name().startsWith("HTTPS") ? ":" + curlDir : "");
    long start = System.nanoTime();
    Proc.Outcome out = Proc.run(applets, null, bound + 30L, environment(path), command);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String[] lines = out.out().split("\n", -1);
    assertTrue(lines.length >= 2, "no result from check_" + kind + ": " + out);
    assertTrue(
        millis <= bound * 1000L + 1500,
        "check_" + kind + " took " + millis + " ms, its bound is " + bound + " s");
    assertEquals("", out.err(), "check_" + kind + " wrote to stderr");
    return new Try(lines[0].equals("0"), lines[1], millis);
  }

  private Map<String, String> environment(String path) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("PATH", path);
    return all;
  }

  private static String argument(GateScript.Kind kind, String... args) {
    return switch (kind) {
      case POSTGRES, REDIS, MYSQL -> {
        String host = args[0].contains(":") ? "[" + args[0] + "]" : args[0];
        yield kind.name().toLowerCase(java.util.Locale.ROOT) + "://" + host + ":" + args[1];
      }
      case HTTP_EXPECT, HTTPS_EXPECT ->
          args[0]
              + (args[1].isEmpty() ? "" : " status=" + args[1])
              + (args[2].isEmpty() ? "" : " body=" + args[2]);
      default -> args[0];
    };
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
