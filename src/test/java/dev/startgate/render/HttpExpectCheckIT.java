package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check_http_expect} (busybox wget) and {@code check_https_expect} (curl) against a test
 * server that switches its status and body: accepted statuses as codes, ranges and classes, a body
 * substring, the final answer after redirects, and the status seen in every reason.
 */
class HttpExpectCheckIT {
  @TempDir static Path tmp;

  /** What the server answers now: status and body ({@code /from} redirects to {@code /}). */
  record Answer(int status, String body) {}

  private static final AtomicReference<Answer> NOW = new AtomicReference<>(new Answer(200, "ok"));
  private static final List<AutoCloseable> OPEN = new ArrayList<>();
  private static CheckShell shell;
  private static String http;
  private static String https;
  private static Path pem;

  /** A port nothing listens on: {@code /todead} redirects there. */
  private static int dead;

  @BeforeAll
  static void servers() throws Exception {
    shell = CheckShell.linking(tmp.resolve("applets"));
    dead = CheckShell.freePort();
    HttpServer plain =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    plain.createContext("/", HttpExpectCheckIT::answer);
    plain.start();
    OPEN.add(() -> plain.stop(0));
    http = "http://127.0.0.1:" + plain.getAddress().getPort();
    HttpsServer tls =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    pem = tmp.resolve("tls.pem");
    tls.setHttpsConfigurator(new HttpsConfigurator(selfSigned(tmp, pem)));
    tls.createContext("/", HttpExpectCheckIT::answer);
    tls.start();
    OPEN.add(() -> tls.stop(0));
    https = "https://127.0.0.1:" + tls.getAddress().getPort();
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : OPEN) {
      c.close();
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String scheme = exchange instanceof HttpsExchange ? "https" : "http";
    String to =
        path.startsWith("/from")
            ? "/to"
            : path.startsWith("/todead")
                ? scheme + "://127.0.0.1:" + dead + "/"
                : path.startsWith("/tohttp") ? http + "/" : null;
    if (to != null) {
      exchange.getResponseHeaders().add("Location", to);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
      return;
    }
    Answer a = NOW.get();
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(
        a.status(), a.status() == 204 || body.length == 0 ? -1 : body.length);
    if (a.status() != 204 && body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  /** A TLS context with a new self-signed certificate for 127.0.0.1, written to {@code pem}. */
  static SSLContext selfSigned(Path tmp, Path pem) throws Exception {
    Path keystore = tmp.resolve("tls.p12");
    Proc.Outcome made =
        Proc.run(
            tmp,
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
    Proc.Outcome exported =
        Proc.run(
            tmp,
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
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keystore)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }

  private static CheckShell.Try wget(String path, String statuses, String body) throws Exception {
    return shell.run(GateScript.Kind.HTTP_EXPECT, 3, http + path, statuses, body);
  }

  private static CheckShell.Try curl(String path, String statuses, String body) throws Exception {
    return shell
        .withEnv("CURL_CA_BUNDLE", pem.toString())
        .run(GateScript.Kind.HTTPS_EXPECT, 3, https + path, statuses, body);
  }

  private static void now(int status, String body) {
    NOW.set(new Answer(status, body));
  }

  /**
   * A body= check that runs out of memory (a body on one long line, matched by awk in a container
   * with little memory: here under a 40 MB address-space limit) never passes, and each try says why
   * instead of "not ready ()".
   */
  @Test
  void aBodyCheckThatRunsOutOfMemorySaysSo() throws Exception {
    now(200, "x".repeat(30_000_000) + " ready");
    try {
      String target = http + "/ body=ready";
      ProcessBuilder pb =
          new ProcessBuilder(
                  shell.applets().resolve("sh").toString(),
                  "-c",
                  "ulimit -v 40000\n"
                      + GateScript.of(java.util.EnumSet.of(GateScript.Kind.HTTP_EXPECT)),
                  "startgate-network",
                  "3",
                  "1",
                  "0",
                  target)
              .redirectErrorStream(true);
      pb.environment().clear();
      pb.environment().put("PATH", shell.applets().toString()); // busybox applets only
      Process p = pb.start();
      p.getOutputStream().close();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(1, p.waitFor(), log);
      assertTrue(
          log.contains(
              ": try 1: not ready (no verdict: the check stopped without one (out of memory? a body"
                  + " on one long line needs memory to match: raise resources.busybox.memory))"),
          log);
      assertFalse(log.contains("not ready ()"), log);
    } finally {
      now(200, "ok");
    }
  }

  /**
   * The whole tailored script with an expectation in its argument, as startgate writes it: one try
   * line per try with the status (and body) seen, ready once the answer is what was asked.
   */
  @Test
  void theNetworkScriptShowsTheStatusSeenUntilTheExpectedAnswer() throws Exception {
    now(503, "starting");
    String target = http + "/ status=200 body=\"status\": \"UP\"";
    GateProcess gate =
        GateProcess.start(
            shell.applets(), java.util.EnumSet.of(GateScript.Kind.HTTP_EXPECT), 30, 1, target);
    assertTrue(
        gate.await(l -> l.endsWith(": try 1: not ready (HTTP 503, expected 200)"), 10).isPresent(),
        gate.log());
    now(200, "{\"status\": \"DOWN\"}");
    assertTrue(
        gate.await(
                l -> l.contains("not ready (HTTP 200, but the body has no \"\"status\": \"UP\"\")"),
                10)
            .isPresent(),
        gate.log());
    now(200, "{\"status\": \"UP\"}");
    gate.untilQueried(() -> true, 1);
    long after =
        gate.assertReadyWithinOneInterval(
            target,
            1,
            5,
            seen -> seen.startsWith("HTTP 503, expected 200") || seen.startsWith("HTTP 200, but"));
    assertTrue(gate.log().contains("startgate: all 1 targets ready after "), gate.log());
    System.out.println("http expectation: ready " + after + " ms after the change\n" + gate.log());
  }

  @Test
  void defaultIs2xxAndTheReasonShowsTheStatus() throws Exception {
    now(503, "starting");
    CheckShell.Try down = wget("/", "", "");
    assertFalse(down.ready());
    assertEquals("HTTP 503, expected 2xx", down.seen());
    assertEquals("HTTP 503, expected 2xx", curl("/", "", "").seen());
    now(204, "");
    assertTrue(wget("/", "", "").ready());
    assertTrue(curl("/", "", "").ready());
  }

  @Test
  void statusesAsCodesRangesAndClasses() throws Exception {
    now(401, "login first");
    assertTrue(wget("/", "200,401", "").ready());
    assertTrue(curl("/", "200,401", "").ready());
    assertEquals("HTTP 401, expected 200,204", wget("/", "200,204", "").seen());
    now(503, "maintenance");
    assertTrue(wget("/", "500-599", "").ready());
    assertTrue(curl("/", "2xx,5xx", "").ready());
    assertEquals("HTTP 503, expected 200-499", curl("/", "200-499", "").seen());
    now(200, "ok");
    assertEquals("HTTP 200, expected 204", wget("/", "204", "").seen());
    assertEquals("HTTP 200, expected 3xx", curl("/", "3xx", "").seen());
  }

  @Test
  void theFinalAnswerAfterRedirectsDecides() throws Exception {
    now(503, "down");
    assertEquals("HTTP 503, expected 2xx", wget("/from", "", "").seen());
    assertEquals("HTTP 503, expected 2xx", curl("/from", "", "").seen());
    now(200, "up");
    assertTrue(wget("/from", "", "up").ready());
    assertTrue(curl("/from", "", "up").ready());
  }

  /**
   * The final answer must come whole: a redirect to a target that is down, an answer cut off by the
   * try's bound or by the server, and an https answer from a redirect to plain http are not ready,
   * whatever the statuses accept. (A judge of the last status line seen passed them all.)
   */
  @Test
  void anAnswerThatDidNotComeWholeIsNotReady() throws Exception {
    now(200, "ok");
    // A redirect to a port nothing listens on: wget's and curl's failures read as check_http and
    // check_https say them.
    assertEquals("connection refused", wget("/todead", "200-399", "").seen());
    assertEquals("connection refused", curl("/todead", "2xx,3xx", "").seen());
    // Any other failure of curl in its own words, without its "curl: (60) " (as check_https).
    assertEquals(
        "SSL certificate problem: self-signed certificate",
        shell.run(GateScript.Kind.HTTPS_EXPECT, 3, https + "/", "", "ok").seen());
    assertEquals(
        "HTTP 302 to a URL that is not https:// (not followed)", curl("/tohttp", "", "").seen());
    for (boolean hold : new boolean[] {true, false}) {
      try (ServerSocket cut = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
        Thread t = new Thread(() -> headersThenPartOfTheBody(cut, hold, "partial"));
        t.setDaemon(true);
        t.start();
        String url = "http://127.0.0.1:" + cut.getLocalPort() + "/";
        CheckShell.Try part = shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, "200", "");
        assertFalse(part.ready(), part.toString());
        if (hold) {
          assertEquals("no answer within 2s", part.seen());
        } else {
          // wget's error follows the 7 bytes on their line: the reason is wget's, not a silence.
          assertEquals("wget: connection closed prematurely", part.seen());
          CheckShell.Try body = shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, "200", "partial");
          assertEquals("wget: connection closed prematurely", body.seen());
        }
      }
    }
    // The same when the body cut short holds text like wget's error: wget's is the last on the
    // line.
    bodyLooksLikeAnError(
        false,
        "wget: server returned error: HTTP/1.1 200 OK",
        Map.of(GateScript.Kind.HTTP_EXPECT, "wget: connection closed prematurely"));
    // A body cut off by the bound whose last line reads like wget's error is the server's text,
    // not wget's: the try had no answer (it gave "wget: server returned error: ...Terminated").
    // So for curl, whose --max-time ends it.
    bodyLooksLikeAnError(
        true,
        "status UP wget: server returned error: HTTP/1.1 200 OK curl: (18) x",
        Map.of(
            GateScript.Kind.HTTP_EXPECT, "no answer within 2s",
            GateScript.Kind.HTTPS_EXPECT, "no answer within 2s"));
  }

  /**
   * A status line whose reason phrase reads like wget's error is the server's: wget's error line
   * holds it whole ("wget: server returned error: HTTP/1.1 503 wget: down"), and the reason is the
   * status (it read "wget: down").
   */
  @Test
  void aReasonPhraseLikeWgetsErrorIsTheServers() throws Exception {
    try (ServerSocket raw = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      answering(raw, "HTTP/1.1 503 wget: down\r\nContent-Length: 0\r\n\r\n");
      String url = "http://127.0.0.1:" + raw.getLocalPort() + "/";
      for (String body : new String[] {"", "UP"}) {
        CheckShell.Try tried = shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, "200", body);
        assertFalse(tried.ready(), tried.toString());
        assertEquals("HTTP 503, expected 200", tried.seen(), "body=" + body);
      }
    }
  }

  /**
   * Tries of each kind in {@code seen} against a server that sends a 200 head and part of the body,
   * {@code text}, then holds the connection or closes it: not ready, for the reason given.
   */
  private void bodyLooksLikeAnError(boolean hold, String text, Map<GateScript.Kind, String> seen)
      throws Exception {
    try (ServerSocket cut = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> headersThenPartOfTheBody(cut, hold, text));
      t.setDaemon(true);
      t.start();
      String url = "http://127.0.0.1:" + cut.getLocalPort() + "/";
      for (String body : new String[] {"", "UP"}) {
        for (Map.Entry<GateScript.Kind, String> e : seen.entrySet()) {
          CheckShell.Try part = shell.run(e.getKey(), 2, url, "200", body);
          assertFalse(part.ready(), part.toString());
          assertEquals(e.getValue(), part.seen(), e.getKey() + ", body=" + body);
        }
      }
    }
  }

  /**
   * A body line that reads like wget's own error is the body's: the answer it is part of, cut off,
   * is not ready (it passed when any line with "wget: " was taken for wget's error).
   */
  @Test
  void aBodyLineLikeWgetsErrorIsTheBodys() throws Exception {
    try (ServerSocket cut = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> headersThenPartOfTheBody(cut, false, "log: wget: server returned error\nUP\n"));
      t.setDaemon(true);
      t.start();
      String url = "http://127.0.0.1:" + cut.getLocalPort() + "/";
      for (String want : new String[] {"", "UP"}) {
        CheckShell.Try part = shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, "200", want);
        assertFalse(part.ready(), part.toString());
        assertEquals("wget: connection closed prematurely", part.seen());
      }
    }
  }

  /**
   * A status line that is not HTTP's (Shoutcast's {@code ICY 200 OK}), also as the answer after a
   * redirect, is never ready, whatever the statuses accept: busybox wget takes its second word as
   * the code and exits 0 (the plain check passed it, and status=3xx took the redirect for the
   * answer).
   */
  @Test
  void aStatusLineThatIsNotHttpIsNeverReady() throws Exception {
    try (ServerSocket icy = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        ServerSocket moved = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      answering(icy, "ICY 200 OK\r\n\r\nhello\n");
      String url = "http://127.0.0.1:" + icy.getLocalPort() + "/";
      answering(moved, "HTTP/1.1 301 Moved\r\nLocation: " + url + "\r\nContent-Length: 0\r\n\r\n");
      String redirect = "http://127.0.0.1:" + moved.getLocalPort() + "/";
      for (String u : List.of(url, redirect)) {
        CheckShell.Try plain = shell.run(GateScript.Kind.HTTP, 2, u);
        assertFalse(plain.ready(), u);
        assertEquals("an answer that is not HTTP: ICY 200 OK", plain.seen(), u);
        for (String statuses : List.of("", "200", "3xx", "2xx,3xx")) {
          CheckShell.Try expect = shell.run(GateScript.Kind.HTTP_EXPECT, 2, u, statuses, "");
          assertFalse(expect.ready(), u + " " + statuses);
          assertEquals("an answer that is not HTTP: ICY 200 OK", expect.seen(), u + " " + statuses);
        }
      }
    }
  }

  /**
   * A status line without a code ({@code HTTP/1.1 OK}) is what the try names, with expectations as
   * without: busybox wget reads it as an informational answer and then the body as the next status
   * line, which the plain check named instead. A 3xx without a Location is named so with or without
   * expectations (the expectation said "HTTP 302, expected 2xx").
   */
  @Test
  void theSameFailureHasTheSameWordsWithExpectationsAsWithout() throws Exception {
    try (ServerSocket noCode = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        ServerSocket nowhere = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        ServerSocket notModified = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      answering(
          noCode, "HTTP/1.1 OK Custom Reason\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
      answering(nowhere, "HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n");
      String url = "http://127.0.0.1:" + noCode.getLocalPort() + "/";
      String said = "an answer that is not HTTP: HTTP/1.1 OK Custom Reason";
      assertEquals(said, shell.run(GateScript.Kind.HTTP, 2, url).seen());
      String moved = "http://127.0.0.1:" + nowhere.getLocalPort() + "/";
      String stays = "HTTP 302 without a Location to follow";
      assertEquals(stays, shell.run(GateScript.Kind.HTTP, 2, moved).seen());
      for (String statuses : List.of("", "200", "2xx")) {
        assertEquals(said, shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, statuses, "").seen());
        CheckShell.Try expect = shell.run(GateScript.Kind.HTTP_EXPECT, 2, moved, statuses, "");
        assertFalse(expect.ready(), statuses);
        assertEquals(stays, expect.seen(), statuses);
      }
      assertTrue(shell.run(GateScript.Kind.HTTP_EXPECT, 2, moved, "3xx", "").ready());
      // A 304 is no redirect: wget refuses it, and no Location is missing.
      answering(notModified, "HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n");
      String cached = "http://127.0.0.1:" + notModified.getLocalPort() + "/";
      assertEquals(
          "HTTP 304, expected 2xx",
          shell.run(GateScript.Kind.HTTP_EXPECT, 2, cached, "2xx", "").seen());
    }
  }

  /**
   * A status of four digits ({@code HTTP/1.1 2000 OK}) is no HTTP status: not ready, with an
   * expectation as without (its first three digits were taken as 200).
   */
  @Test
  void aStatusOfFourDigitsIsNeverReady() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      answering(server, "HTTP/1.1 2000 OK\r\nContent-Length: 3\r\n\r\nok\n");
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
      assertFalse(shell.run(GateScript.Kind.HTTP, 2, url).ready());
      for (String statuses : List.of("", "200", "2xx", "200-2999")) {
        CheckShell.Try expect = shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, statuses, "ok");
        assertFalse(expect.ready(), statuses);
        assertEquals("an answer that is not HTTP: HTTP/1.1 2000 OK", expect.seen(), statuses);
      }
    }
  }

  /** A path with an apostrophe (RFC 3986 allows it unencoded) reaches the server as written. */
  @Test
  void aPathWithAnApostropheIsAskedForAsWritten() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread t =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket c = server.accept()) {
                    byte[] b = new byte[4096];
                    int n = c.getInputStream().read(b);
                    String request = new String(b, 0, Math.max(n, 0), StandardCharsets.US_ASCII);
                    asked.add(request.lines().findFirst().orElse(""));
                    c.getOutputStream()
                        .write(
                            "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n"
                                .getBytes(StandardCharsets.US_ASCII));
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      t.setDaemon(true);
      t.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/it's";
      assertTrue(shell.run(GateScript.Kind.HTTP, 2, url).ready(), asked.toString());
      assertTrue(shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, "200", "ok").ready());
      assertEquals("GET /it's HTTP/1.1", asked.get(0));
    }
  }

  /** Answers every connection of {@code server} with {@code bytes}, then closes it. */
  private static void answering(ServerSocket server, String bytes) {
    Thread t =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket c = server.accept()) {
                  c.getInputStream().read(new byte[4096]);
                  c.getOutputStream().write(bytes.getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                  return;
                }
              }
            });
    t.setDaemon(true);
    t.start();
  }

  /**
   * Answers {@code 200} with {@code body} of 100 body bytes, then holds the connection or closes
   * it.
   */
  private static void headersThenPartOfTheBody(ServerSocket server, boolean hold, String body) {
    List<Socket> held = new ArrayList<>();
    try {
      while (true) {
        Socket s = server.accept();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream()));
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
          // the request's head
        }
        s.getOutputStream()
            .write(
                ("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        if (hold) {
          held.add(s);
        } else {
          s.close();
        }
      }
    } catch (IOException e) {
      // closed
    }
  }

  @Test
  void aBodySubstringOnOneLine() throws Exception {
    now(200, "{\n  \"status\": \"starting\"\n}\n");
    String want = "\"status\": \"UP\"";
    assertEquals(
        "HTTP 200, but the body has no \"\"status\": \"UP\"\"", wget("/", "", want).seen());
    assertEquals(
        "HTTP 200, but the body has no \"\"status\": \"UP\"\"", curl("/", "", want).seen());
    now(200, "{\n  \"status\": \"UP\", \"checks\": []\n}\n");
    assertTrue(wget("/", "", want).ready());
    assertTrue(curl("/", "", want).ready());
    // Patterns are not patterns: a dot is a dot, a backslash a backslash.
    assertFalse(wget("/", "", "\"status\". \"UP\"").ready());
    now(200, "path C:\\data\\x");
    assertTrue(wget("/", "", "C:\\data").ready());
    assertTrue(curl("/", "", "C:\\data").ready());
    // A whole answer's last line holding "wget: " is the body's: wget wrote no error (review DW:
    // the text after it was taken for wget's error and never matched).
    now(200, "last log: wget: ok UP\n");
    assertTrue(wget("/", "", "UP").ready());
    assertTrue(curl("/", "", "UP").ready());
    // So for curl's error in a whole answer's body line: curl exited 0 (the text after it was
    // taken for curl's error and never matched).
    now(200, "see curl: (7) in the log, then UP\n");
    assertTrue(wget("/", "", "UP").ready());
    assertTrue(curl("/", "", "UP").ready());
    assertEquals("HTTP 200, but the body has no \"DOWN\"", curl("/", "", "DOWN").seen());
    // busybox wget reads no body of a non-2xx answer; curl does.
    now(503, "maintenance");
    assertEquals(
        "HTTP 503: wget reads no body of a non-2xx answer to look for \"maintenance\"",
        wget("/", "503", "maintenance").seen());
    assertTrue(curl("/", "503", "maintenance").ready());
    // Nor of a 205-299 answer, which it refuses: the body is not said to lack the text.
    now(299, "UP");
    assertEquals(
        "HTTP 299: wget reads no body of a 205-299 answer to look for \"UP\"",
        wget("/", "", "UP").seen());
    assertTrue(wget("/", "", "").ready());
  }

  /**
   * An interim 100 Continue before the answer: the final status and body decide (wget's indented
   * empty line after the 100 ended the head, so the 200 was read as body and HTTP 100 judged).
   */
  @Test
  void aContinueBeforeTheAnswerIsNotTheAnswer() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      answering(
          server,
          "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 3\r\n"
              + "Connection: close\r\n\r\nUP\n");
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
      CheckShell.Try body = shell.run(GateScript.Kind.HTTP_EXPECT, 3, url, "", "UP");
      assertTrue(body.ready(), body.seen());
      CheckShell.Try status = shell.run(GateScript.Kind.HTTP_EXPECT, 3, url, "200", "");
      assertTrue(status.ready(), status.seen());
      CheckShell.Try other = shell.run(GateScript.Kind.HTTP_EXPECT, 3, url, "204", "");
      assertEquals("HTTP 200, expected 204", other.seen());
    }
  }

  @Test
  void networkFailuresInTheWordsOfTheChecksWithoutOptions() throws Exception {
    String refused = "http://127.0.0.1:" + CheckShell.freePort() + "/";
    CheckShell.Try w = shell.run(GateScript.Kind.HTTP_EXPECT, 2, refused, "", "");
    assertEquals("connection refused", w.seen(), "as check_http says");
    CheckShell.Try c = shell.run(GateScript.Kind.HTTPS_EXPECT, 2, refused, "", "");
    assertEquals("connection refused", c.seen());
    // A server that accepts and never answers: cut off at the bound.
    try (ServerSocket silent = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (IOException e) {
                  // closed
                }
              });
      t.setDaemon(true);
      t.start();
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/";
      CheckShell.Try s = shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, "", "");
      assertEquals("no answer within 2s", s.seen());
      CheckShell.Try cs = shell.run(GateScript.Kind.HTTPS_EXPECT, 2, url, "", "");
      assertEquals("no answer within 2s", cs.seen(), "as without options");
      for (Socket h : held) {
        h.close();
      }
    }
  }
}
