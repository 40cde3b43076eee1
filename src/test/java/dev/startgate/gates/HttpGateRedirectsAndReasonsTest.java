package dev.startgate.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP (busybox wget) and HTTPS (real curl) gates follow redirects and judge the final answer (2xx
 * is ready), and every try line and the final line say what the tool saw.
 */
class HttpGateRedirectsAndReasonsTest {
  @TempDir static Path applets;

  private static GateRunner gates;
  private static LoopbackServers.Tls tls;
  private final LoopbackServers servers = new LoopbackServers();

  @BeforeAll
  static void setUp() throws Exception {
    gates = GateRunner.linking(applets);
    tls = LoopbackServers.selfSigned(applets.getParent());
  }

  @AfterEach
  void stopServers() throws Exception {
    servers.close();
  }

  private GateRunner.Run https(LoopbackServers.Answer answer, String timeout) throws Exception {
    int port = servers.https(tls, answer);
    return gates.run(
        "https://127.0.0.1:" + port + "/from",
        timeout,
        "1s",
        "0s",
        Map.of("CURL_CA_BUNDLE", tls.pem().toString()));
  }

  private GateRunner.Run http(LoopbackServers.Answer answer, String timeout) throws Exception {
    int port = servers.http(answer);
    return gates.run("http://127.0.0.1:" + port + "/from", timeout, "1s");
  }

  @Test
  void httpsCertificateFailureShowsCurlsReasonInEveryTryAndTheFinalLine() throws Exception {
    int port = servers.https(tls, exchange -> 200);
    GateRunner.Run run = gates.run("https://127.0.0.1:" + port + "/", "2s", "1s");
    assertEquals(1, run.code(), run.log());
    List<String> tries = run.tryLines();
    assertFalse(tries.isEmpty(), run.log());
    for (String line : tries) {
      assertTrue(line.contains("not ready (SSL certificate problem"), run.log());
    }
    assertTrue(run.verdict().contains(": not ready after 2s ("), run.log());
    assertTrue(run.verdict().contains("(SSL certificate problem"), run.log());
  }

  @Test
  void httpsRedirectToA503IsNotReady() throws Exception {
    GateRunner.Run run = https(LoopbackServers.redirectTo(503), "2s");
    assertEquals(1, run.code(), run.log());
    assertFalse(run.log().contains(": ready"), run.log());
    assertTrue(run.tryLines().get(0).contains("HTTP 503"), run.log());
    assertTrue(run.verdict().contains("HTTP 503"), run.log());
  }

  @Test
  void httpsRedirectToA200IsReady() throws Exception {
    GateRunner.Run run = https(LoopbackServers.redirectTo(200), "5s");
    assertEquals(0, run.code(), run.log());
    assertTrue(run.log().contains(": ready (try 1, after "), run.log());
    assertTrue(run.lastLine().startsWith("startgate: all 1 targets ready after "), run.log());
  }

  /**
   * An https target redirected to plain http is not ready: the answer that would pass it was never
   * checked against a certificate.
   */
  @Test
  void httpsRedirectToPlainHttpIsNotReady() throws Exception {
    int plain = servers.http(exchange -> 200);
    GateRunner.Run run =
        https(
            exchange -> {
              exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + plain + "/");
              return 302;
            },
            "2s");
    assertEquals(1, run.code(), run.log());
    assertFalse(run.log().contains(": ready"), run.log());
    assertTrue(
        run.tryLines()
            .get(0)
            .contains("not ready (HTTP 302 to a URL that is not https:// (not followed))"),
        run.log());
  }

  /** README: http:// and https:// give the same words for the same failure, reason phrase too. */
  @Test
  void httpAndHttpsNameTheStatusWithItsReasonPhrase() throws Exception {
    for (GateRunner.Run run : List.of(http(exchange -> 503, "2s"), https(exchange -> 503, "2s"))) {
      assertEquals(1, run.code(), run.log());
      assertTrue(run.verdict().endsWith("(HTTP 503 Service Unavailable)"), run.log());
    }
  }

  @Test
  void httpsFinalAnswerOutside2xxIsNotReady() throws Exception {
    // curl --fail passes a 3xx without Location; the gate wants 2xx.
    GateRunner.Run run = https(exchange -> 304, "2s");
    assertEquals(1, run.code(), run.log());
    assertTrue(run.tryLines().get(0).endsWith("not ready (HTTP 304 Not Modified)"), run.log());
  }

  @Test
  void httpRedirectToA503IsNotReady() throws Exception {
    GateRunner.Run run = http(LoopbackServers.redirectTo(503), "2s");
    assertEquals(1, run.code(), run.log());
    assertFalse(run.log().contains(": ready"), run.log());
    assertTrue(run.tryLines().get(0).contains("HTTP 503"), run.log());
    assertTrue(run.verdict().contains("HTTP 503"), run.log());
  }

  @Test
  void httpRedirectToA200IsReady() throws Exception {
    GateRunner.Run run = http(LoopbackServers.redirectTo(200), "5s");
    assertEquals(0, run.code(), run.log());
    assertTrue(run.log().contains(": ready (try 1, after "), run.log());
    assertTrue(run.lastLine().startsWith("startgate: all 1 targets ready after "), run.log());
  }

  /**
   * busybox wget reads a Location that is neither a URL nor an absolute path as a URL, its first
   * word the host ("actuator"; "127.0.0.1:PORT/to" reaches this server's 200 on another path): such
   * a redirect is never ready, with or without options, and the try says why.
   */
  @Test
  void httpRelativeRedirectsAreNeverReady() throws Exception {
    int[] port = new int[1];
    port[0] =
        servers.http(
            exchange -> {
              String path = exchange.getRequestURI().getPath();
              if (path.equals("/to")) {
                return 200;
              }
              String next =
                  switch (path) {
                    case "/from" -> "actuator";
                    case "/host" -> "127.0.0.1:" + port[0] + "/to";
                    case "/query" -> "?page=2";
                    case "/net" -> "//127.0.0.1:" + port[0] + "/to";
                    default -> null;
                  };
              if (next == null) {
                return 503;
              }
              exchange.getResponseHeaders().add("Location", next);
              return 302;
            });
    for (String path : new String[] {"/from", "/host", "/query", "/net"}) {
      for (String options : new String[] {"", " status=200"}) {
        GateRunner.Run run = gates.run("http://127.0.0.1:" + port[0] + path + options, "2s", "1s");
        assertEquals(1, run.code(), run.log());
        assertFalse(run.log().contains(": ready"), run.log());
        assertTrue(
            run.verdict().contains(", which busybox wget cannot follow (no URL, no absolute path)"),
            run.log());
      }
    }
  }

  /**
   * A relative Location on an answer that is no redirect (201 Created) is no redirect to refuse.
   */
  @Test
  void aRelativeLocationOnA2xxIsReady() throws Exception {
    int port =
        servers.http(
            exchange -> {
              exchange.getResponseHeaders().add("Location", "items/7");
              return 201;
            });
    for (String options : new String[] {"", " status=201"}) {
      GateRunner.Run run = gates.run("http://127.0.0.1:" + port + "/from" + options, "5s", "1s");
      assertEquals(0, run.code(), run.log());
    }
  }

  @Test
  void httpFinalRedirectWithoutALocationIsNotReady() throws Exception {
    // busybox wget exits 0 on a 3xx it has nowhere to follow; the gate wants a final 2xx.
    for (int status : new int[] {301, 302}) {
      GateRunner.Run run = http(exchange -> status, "2s");
      assertEquals(1, run.code(), run.log());
      assertFalse(run.log().contains(": ready"), run.log());
      assertTrue(
          run.tryLines()
              .get(0)
              .endsWith("not ready (HTTP " + status + " without a Location to follow)"),
          run.log());
    }
  }

  @Test
  void httpAnswerWithHundredsOfKilobytesOfHeadersIsJudgedAtOnce() throws Exception {
    // wget -S prints every header; the check must not run a shell pattern over them (quadratic in
    // busybox sh and dash: 200 KB took 15-40 s, longer than any try's bound).
    for (int status : new int[] {200, 302}) {
      GateRunner.Run run =
          http(
              exchange -> {
                for (int i = 0; i < 2000; i++) {
                  exchange.getResponseHeaders().add("X-Filler-" + i, "x".repeat(90));
                }
                return status;
              },
              "3s");
      if (status == 200) {
        assertEquals(0, run.code(), run.log());
        assertTrue(run.log().contains(": ready (try 1, after "), run.log());
      } else {
        assertEquals(1, run.code(), run.log());
        assertTrue(
            run.tryLines().get(0).endsWith("not ready (HTTP 302 without a Location to follow)"),
            run.log());
      }
    }
  }

  @Test
  void httpNotModifiedIsNotReady() throws Exception {
    GateRunner.Run run = http(exchange -> 304, "2s");
    assertEquals(1, run.code(), run.log());
    assertTrue(run.tryLines().get(0).endsWith("not ready (HTTP 304 Not Modified)"), run.log());
  }

  @Test
  void httpAnyFinal2xxIsReady() throws Exception {
    // busybox wget refuses 205-299 ("server returned error"); they are 2xx, so ready.
    for (int status : new int[] {201, 204, 206, 226}) {
      GateRunner.Run run = http(exchange -> status, "3s");
      assertEquals(0, run.code(), status + ": " + run.log());
    }
    GateRunner.Run redirected = http(LoopbackServers.redirectTo(206), "3s");
    assertEquals(0, redirected.code(), redirected.log());
  }

  /**
   * An http:// target redirected to an https:// URL whose TLS fails says why, not the note busybox
   * wget prints before every TLS connection ("TLS certificate validation not implemented").
   */
  @Test
  void httpRedirectToAFailingTlsServerSaysWhyNotWgetsNote() throws Exception {
    try (ServerSocket garbage = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> {
                while (!garbage.isClosed()) {
                  try (Socket c = garbage.accept()) {
                    c.getOutputStream().write("garbage\r\n".getBytes(StandardCharsets.US_ASCII));
                  } catch (IOException e) {
                    return; // closed
                  }
                }
              });
      t.setDaemon(true);
      t.start();
      String tlsUrl = "https://127.0.0.1:" + garbage.getLocalPort() + "/";
      GateRunner.Run run =
          http(
              exchange -> {
                exchange.getResponseHeaders().add("Location", tlsUrl);
                return 302;
              },
              "2s");
      assertEquals(1, run.code(), run.log());
      assertFalse(run.log().contains("note: TLS"), run.log());
      assertTrue(run.tryLines().get(0).contains("not ready (wget: "), run.log());
    }
  }

  @Test
  void httpRefusedSaysSo() throws Exception {
    int port = LoopbackServers.freePort();
    GateRunner.Run run = gates.run("http://127.0.0.1:" + port + "/", "1s", "1s");
    assertEquals(1, run.code(), run.log());
    assertTrue(run.tryLines().get(0).endsWith("(connection refused)"), run.log());
  }
}
