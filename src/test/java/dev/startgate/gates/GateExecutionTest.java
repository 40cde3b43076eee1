package dev.startgate.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.startgate.testing.InProcess;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the gate commands startgate generates, for real, with Debian's busybox, against loopback
 * servers that come up late, never come up, or answer 5xx first. PATH holds only busybox applets,
 * as in the busybox image.
 */
class GateExecutionTest {
  @TempDir static Path applets;

  private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void linkApplets() throws Exception {
    Proc.Outcome list = Proc.run(applets, "busybox", "--list");
    assertEquals(0, list.code(), "busybox is needed: apt-get install -y busybox");
    Path busybox = Path.of(Proc.run(applets, "sh", "-c", "command -v busybox").out().strip());
    for (String applet : list.out().split("\n")) {
      if (!applet.isBlank()) {
        Files.createSymbolicLink(applets.resolve(applet.strip()), busybox);
      }
    }
  }

  @AfterEach
  void stopServers() throws Exception {
    for (AutoCloseable s : servers) {
      s.close();
    }
  }

  @Test
  void tcpGateWaitsForAServerThatComesUpLate() throws Exception {
    int port = freePort();
    startTcpLater(port, 2500, false);
    Run run = gate("tcp://127.0.0.1:" + port, "10s", "1s");
    assertEquals(0, run.code(), run.log());
    assertTrue(run.seconds() >= 2, "passed before the server was up: " + run.log());
    assertTrue(
        run.log().contains("startgate: try 1: tcp://127.0.0.1:" + port + " is not ready yet"),
        run.log());
    assertTrue(run.log().contains("is ready"), run.log());
  }

  @Test
  void tcpGateCountsAServerThatHoldsTheConnectionAsUp() throws Exception {
    int port = freePort();
    startTcpLater(port, 0, true);
    Run run = gate("tcp://127.0.0.1:" + port, "10s", "1s");
    assertEquals(0, run.code(), run.log());
    assertTrue(run.seconds() < 5, "a silent server must count as up: " + run.log());
  }

  @Test
  void tcpGateTimesOutWithAOneLineReason() throws Exception {
    int port = freePort();
    Run run = gate("tcp://127.0.0.1:" + port, "3s", "1s");
    assertEquals(1, run.code(), run.log());
    assertTrue(run.seconds() >= 3 && run.seconds() <= 3 + 1 + 3, "took " + run.seconds() + "s");
    assertTrue(
        run.lastLine().equals("startgate: timed out after 3s waiting for tcp://127.0.0.1:" + port),
        run.log());
  }

  @Test
  void httpGateWaitsThroughServerErrors() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    int port = startHttp(exchange -> calls.incrementAndGet() <= 2 ? 503 : 200);
    Run run = gate("http://127.0.0.1:" + port + "/healthz", "15s", "1s");
    assertEquals(0, run.code(), run.log());
    assertEquals(3, calls.get(), run.log());
  }

  @Test
  void httpGateWaitsForAServerThatComesUpLate() throws Exception {
    int port = freePort();
    Thread later =
        new Thread(
            () -> {
              try {
                Thread.sleep(2500);
                startHttpOn(port, exchange -> 200);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    later.start();
    Run run = gate("http://127.0.0.1:" + port + "/", "10s", "1s");
    later.join();
    assertEquals(0, run.code(), run.log());
    assertTrue(run.seconds() >= 2, run.log());
  }

  @Test
  void httpGateTimesOutOnAServerThatNeverGetsHealthy() throws Exception {
    int port = startHttp(exchange -> 500);
    Run run = gate("http://127.0.0.1:" + port + "/healthz", "3s", "1s");
    assertEquals(1, run.code(), run.log());
    assertTrue(run.seconds() <= 3 + 1 + 3, "took " + run.seconds() + "s");
    assertTrue(run.lastLine().startsWith("startgate: timed out after 3s"), run.log());
  }

  @Test
  void uptimeRequiresTheTargetToStayReady() throws Exception {
    int port = startHttp(exchange -> 200);
    Run run = gate("http://127.0.0.1:" + port + "/", "10s", "1s", "2s");
    assertEquals(0, run.code(), run.log());
    assertTrue(run.seconds() >= 2, "uptime not honoured: " + run.log());
    assertTrue(run.log().contains("must stay ready for 2s"), run.log());
  }

  @Test
  void httpsGateVerifiesTheCertificate() throws Exception {
    Path keystore = applets.getParent().resolve("gate-tls-" + System.nanoTime() + ".p12");
    Proc.Outcome made =
        Proc.run(
            applets,
            "keytool",
            "-genkeypair",
            "-keystore",
            keystore.toString(),
            "-storetype",
            "PKCS12",
            "-storepass",
            "changeit",
            "-keypass",
            "changeit",
            "-alias",
            "gate",
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-dname",
            "CN=localhost",
            "-ext",
            "SAN=ip:127.0.0.1,dns:localhost",
            "-validity",
            "2");
    assertEquals(0, made.code(), made.err());
    Path pem = keystore.resolveSibling(keystore.getFileName() + ".pem");
    Proc.Outcome exported =
        Proc.run(
            applets,
            "keytool",
            "-exportcert",
            "-rfc",
            "-keystore",
            keystore.toString(),
            "-storepass",
            "changeit",
            "-alias",
            "gate",
            "-file",
            pem.toString());
    assertEquals(0, exported.code(), exported.err());
    int port = startHttps(keystore);
    String url = "https://127.0.0.1:" + port + "/healthz";

    Run untrusted = gate(url, "3s", "1s", "0s", Map.of());
    assertEquals(
        1, untrusted.code(), "a self-signed certificate must not pass: " + untrusted.log());

    Run trusted = gate(url, "5s", "1s", "0s", Map.of("CURL_CA_BUNDLE", pem.toString()));
    assertEquals(0, trusted.code(), trusted.log());

    // The configured CA bundle: the gate's own --cacert argument, with the ConfigMap's mount
    // point standing for the folder that holds the bundle here.
    Path config = keystore.resolveSibling("https-ca-" + System.nanoTime() + ".yaml");
    Files.writeString(
        config,
        "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: s}\n"
            + "https: {caConfigMap: company-ca, caKey: "
            + pem.getFileName()
            + "}\n");
    Run bundled =
        gate(
            url,
            "5s",
            "1s",
            "0s",
            Map.of(),
            List.of("--config", config.toString()),
            arg -> arg.replace("/etc/startgate/ca/", pem.getParent() + "/"));
    assertEquals(0, bundled.code(), bundled.log());
    assertTrue(bundled.log().contains("is ready"), bundled.log());
  }

  private record Run(int code, String log, double seconds) {
    String lastLine() {
      String[] lines = log.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private Run gate(String target, String timeout, String interval) throws Exception {
    return gate(target, timeout, interval, "0s", Map.of());
  }

  private Run gate(String target, String timeout, String interval, String uptime) throws Exception {
    return gate(target, timeout, interval, uptime, Map.of());
  }

  /**
   * Generates a Job gated on {@code target} and runs its one gate container's command. HTTPS gates
   * run the host's curl, as the curl image would; {@code env} adds variables.
   */
  private Run gate(
      String target, String timeout, String interval, String uptime, Map<String, String> env)
      throws Exception {
    return gate(target, timeout, interval, uptime, env, List.of(), arg -> arg);
  }

  /** As above, with CLI arguments and a change to each argument of the generated command. */
  private Run gate(
      String target,
      String timeout,
      String interval,
      String uptime,
      Map<String, String> env,
      List<String> cliArgs,
      java.util.function.UnaryOperator<String> mapArg)
      throws Exception {
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
    List<String> command = commandOf(generated.out()).stream().map(mapArg).toList();
    long start = System.nanoTime();
    Map<String, String> environment = new java.util.HashMap<>(env);
    environment.put("PATH", applets + (target.startsWith("https") ? ":" + curlDir() : ""));
    Proc.Outcome run = Proc.run(applets, null, 60, environment, command);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(run.code(), run.out() + run.err(), seconds);
  }

  @SuppressWarnings("unchecked")
  private static List<String> commandOf(String yaml) {
    Map<String, Object> job =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    Map<String, Object> pod =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) job.get("spec")).get("template"))
                .get("spec");
    List<Map<String, Object>> inits = (List<Map<String, Object>>) pod.get("initContainers");
    assertEquals(1, inits.size());
    List<String> command = new ArrayList<>((List<String>) inits.get(0).get("command"));
    command.addAll((List<String>) inits.get(0).get("args"));
    return command;
  }

  private static String curlDir() throws Exception {
    Proc.Outcome which = Proc.run(applets, "sh", "-c", "command -v curl");
    assertEquals(0, which.code(), "curl is needed: apt-get install -y curl");
    Path dir = applets.resolveSibling("curl-only");
    Files.createDirectories(dir);
    Path link = dir.resolve("curl");
    if (!Files.exists(link)) {
      Files.createSymbolicLink(link, Path.of(which.out().strip()));
    }
    return dir.toString();
  }

  private int startHttps(Path keystore) throws Exception {
    char[] password = "changeit".toCharArray();
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keystore)) {
      ks.load(in, password);
    }
    javax.net.ssl.KeyManagerFactory kmf =
        javax.net.ssl.KeyManagerFactory.getInstance(
            javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    com.sun.net.httpserver.HttpsServer server =
        com.sun.net.httpserver.HttpsServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    servers.add(() -> server.stop(0));
    return server.getAddress().getPort();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void startTcpLater(int port, long delayMillis, boolean holdOpen) {
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(delayMillis);
                ServerSocket server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                servers.add(server);
                while (!server.isClosed()) {
                  Socket client = server.accept();
                  if (holdOpen) {
                    servers.add(client);
                  } else {
                    client.close();
                  }
                }
              } catch (IOException | InterruptedException e) {
                // closed by the test
              }
            });
    t.setDaemon(true);
    t.start();
  }

  private interface Status {
    int of(Object exchange);
  }

  private int startHttp(Status status) throws IOException {
    return startHttpOn(0, status);
  }

  private int startHttpOn(int port, Status status) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
    server.createContext(
        "/",
        exchange -> {
          int code = status.of(exchange);
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
        });
    server.start();
    servers.add(() -> server.stop(0));
    return server.getAddress().getPort();
  }
}
