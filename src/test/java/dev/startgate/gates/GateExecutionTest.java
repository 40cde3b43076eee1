package dev.startgate.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the gate commands startgate generates, for real, with Debian's busybox, against loopback
 * servers that come up late, never come up, or answer 5xx first. PATH holds only busybox applets,
 * as in the busybox image.
 */
class GateExecutionTest {
  @TempDir static Path applets;

  private static GateRunner gates;
  private final LoopbackServers servers = new LoopbackServers();

  @BeforeAll
  static void linkApplets() throws Exception {
    gates = GateRunner.linking(applets);
  }

  @AfterEach
  void stopServers() throws Exception {
    servers.close();
  }

  @Test
  void tcpGateWaitsForAServerThatComesUpLate() throws Exception {
    int port = LoopbackServers.freePort();
    servers.tcpLater(port, 2500, false);
    GateRunner.Run run = gates.run("tcp://127.0.0.1:" + port, "10s", "1s");
    assertEquals(0, run.code(), run.log());
    assertTrue(run.seconds() >= 2, "passed before the server was up: " + run.log());
    assertTrue(
        run.log()
            .contains(
                "startgate: tcp://127.0.0.1:" + port + ": try 1: not ready (connection refused)"),
        run.log());
    assertTrue(run.log().contains(": ready"), run.log());
  }

  @Test
  void tcpGateCountsAServerThatHoldsTheConnectionAsUp() throws Exception {
    int port = LoopbackServers.freePort();
    servers.tcpLater(port, 0, true);
    GateRunner.Run run = gates.run("tcp://127.0.0.1:" + port, "10s", "1s");
    assertEquals(0, run.code(), run.log());
    // date +%s counts whole seconds: a second's boundary may fall between start and the try.
    assertTrue(run.log().matches("(?s).*: ready \\(try 1, after [01]s\\).*"), run.log());
    // The gate closes the connection itself once it is made: no waiting out the try's bound.
    assertTrue(run.seconds() < 2, "a silent server must count as up at once: " + run.log());
  }

  @Test
  void tcpGateTimesOutWithAOneLineReason() throws Exception {
    int port = LoopbackServers.freePort();
    GateRunner.Run run = gates.run("tcp://127.0.0.1:" + port, "3s", "1s");
    assertEquals(1, run.code(), run.log());
    assertTrue(run.seconds() >= 3 && run.seconds() <= 3 + 1 + 3, "took " + run.seconds() + "s");
    assertEquals(
        "startgate: tcp://127.0.0.1:" + port + ": not ready after 3s (connection refused)",
        run.verdict(),
        run.log());
    assertEquals("startgate: 1 of 1 targets not ready after 3s", run.lastLine(), run.log());
  }

  @Test
  void httpGateWaitsThroughServerErrors() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    int port = servers.http(exchange -> calls.incrementAndGet() <= 2 ? 503 : 200);
    GateRunner.Run run = gates.run("http://127.0.0.1:" + port + "/healthz", "15s", "1s");
    assertEquals(0, run.code(), run.log());
    assertEquals(3, calls.get(), run.log());
    // The try line carries wget's reason, with the HTTP status.
    assertTrue(
        run.tryLines().get(0).endsWith("not ready (HTTP 503 Service Unavailable)"), run.log());
  }

  @Test
  void httpGateWaitsForAServerThatComesUpLate() throws Exception {
    int port = LoopbackServers.freePort();
    Thread later =
        new Thread(
            () -> {
              try {
                Thread.sleep(2500);
                servers.httpOn(port, exchange -> 200);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    later.start();
    GateRunner.Run run = gates.run("http://127.0.0.1:" + port + "/", "10s", "1s");
    later.join();
    assertEquals(0, run.code(), run.log());
    assertTrue(run.seconds() >= 2, run.log());
  }

  @Test
  void httpGateTimesOutOnAServerThatNeverGetsHealthy() throws Exception {
    int port = servers.http(exchange -> 500);
    GateRunner.Run run = gates.run("http://127.0.0.1:" + port + "/healthz", "3s", "1s");
    assertEquals(1, run.code(), run.log());
    assertTrue(run.seconds() <= 3 + 1 + 3, "took " + run.seconds() + "s");
    assertTrue(run.verdict().contains(": not ready after 3s ("), run.log());
    assertTrue(run.verdict().endsWith("(HTTP 500 Internal Server Error)"), run.log());
  }

  @Test
  void uptimeRequiresTheTargetToStayReady() throws Exception {
    int port = servers.http(exchange -> 200);
    GateRunner.Run run = gates.run("http://127.0.0.1:" + port + "/", "10s", "1s", "2s", Map.of());
    assertEquals(0, run.code(), run.log());
    assertTrue(run.seconds() >= 2, "uptime not honoured: " + run.log());
    assertTrue(run.log().contains("must stay ready for 2s"), run.log());
  }

  @Test
  void httpsGateVerifiesTheCertificate() throws Exception {
    LoopbackServers.Tls tls = LoopbackServers.selfSigned(applets.getParent());
    Path pem = tls.pem();
    int port = servers.https(tls, exchange -> 200);
    String url = "https://127.0.0.1:" + port + "/healthz";

    GateRunner.Run untrusted = gates.run(url, "3s", "1s", "0s", Map.of());
    assertEquals(
        1, untrusted.code(), "a self-signed certificate must not pass: " + untrusted.log());

    GateRunner.Run trusted =
        gates.run(url, "5s", "1s", "0s", Map.of("CURL_CA_BUNDLE", pem.toString()));
    assertEquals(0, trusted.code(), trusted.log());

    // The configured CA bundle: the container points CURL_CA_BUNDLE at the ConfigMap's mount;
    // here the same variable points at the folder that holds the bundle.
    Path config = pem.resolveSibling("https-ca-" + System.nanoTime() + ".yaml");
    Files.writeString(
        config,
        "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: s}\n"
            + "https: {caConfigMap: company-ca, caKey: "
            + pem.getFileName()
            + "}\n");
    Map<String, Object> container = gates.container(url, List.of("--config", config.toString()));
    assertEquals(
        List.of(
            Map.of("name", "CURL_CA_BUNDLE", "value", "/etc/startgate/ca/" + pem.getFileName())),
        container.get("env"));
    GateRunner.Run bundled =
        gates.run(
            url,
            "5s",
            "1s",
            "0s",
            Map.of("CURL_CA_BUNDLE", pem.toString()),
            List.of("--config", config.toString()),
            arg -> arg,
            List.of());
    assertEquals(0, bundled.code(), bundled.log());
    assertTrue(bundled.log().contains(": ready"), bundled.log());
  }
}
