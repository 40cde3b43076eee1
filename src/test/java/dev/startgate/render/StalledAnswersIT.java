package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that stop: a server that sends part of its answer and then neither sends more nor closes
 * is not ready, and the try's line says that the answer stopped within the bound, not that the
 * connection closed or that the server speaks another protocol. Also answers a fake server sends
 * that a real one does not: an error code that only begins like an authentication error, and a
 * status line that is not HTTP's before one that is.
 */
class StalledAnswersIT {
  @TempDir static Path tmp;

  private static final List<Socket> HELD = new CopyOnWriteArrayList<>();
  private static final List<ServerSocket> SERVERS = new CopyOnWriteArrayList<>();
  private static CheckShell shell;

  @BeforeAll
  static void applets() throws Exception {
    shell = CheckShell.linking(tmp.resolve("applets"));
  }

  @AfterAll
  static void close() throws IOException {
    for (Socket s : HELD) {
      s.close();
    }
    for (ServerSocket s : SERVERS) {
      s.close();
    }
  }

  /** A server that reads what the client sends, writes {@code answer}, then holds or closes. */
  private static int fake(byte[] answer, boolean hold) throws IOException {
    return serve(answer, true, hold);
  }

  /** As {@link #fake}, for a server that speaks first (MySQL): it writes at once and holds. */
  private static int speaksFirst(byte[] answer) throws IOException {
    return serve(answer, false, true);
  }

  private static int serve(byte[] answer, boolean readFirst, boolean hold) throws IOException {
    ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    SERVERS.add(server);
    Thread t =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket s = server.accept();
                  if (readFirst) {
                    s.getInputStream().read(new byte[1024]);
                  }
                  OutputStream out = s.getOutputStream();
                  out.write(answer);
                  out.flush();
                  if (hold) {
                    HELD.add(s);
                  } else {
                    s.close();
                  }
                }
              } catch (IOException e) {
                // the test is over
              }
            });
    t.setDaemon(true);
    t.start();
    return server.getLocalPort();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static CheckShell.Try check(GateScript.Kind kind, int port) throws Exception {
    return shell.run(kind, 2, "127.0.0.1", Integer.toString(port));
  }

  @Test
  void postgresAnswerThatStopsIsHalfAnAnswerWithinTheBound() throws Exception {
    CheckShell.Try held = check(GateScript.Kind.POSTGRES, fake(new byte[] {'R', 0, 0}, true));
    assertFalse(held.ready());
    assertEquals("half an answer (3 of at least 5 bytes, no more within 2s)", held.seen());
    CheckShell.Try closed = check(GateScript.Kind.POSTGRES, fake(new byte[] {'R', 0, 0}, false));
    assertEquals(
        "half an answer (3 of at least 5 bytes, then the connection closed)", closed.seen());
    CheckShell.Try longer =
        check(GateScript.Kind.POSTGRES, fake(new byte[] {'R', 0, 0, 0, 12, 0, 0}, true));
    assertEquals("half an answer (7 of 13 bytes, no more within 2s)", longer.seen());
  }

  @Test
  void redisAnswerThatStopsIsHalfAnAnswerNotAnotherServer() throws Exception {
    CheckShell.Try held = check(GateScript.Kind.REDIS, fake(ascii("+PO"), true));
    assertFalse(held.ready());
    assertEquals("half an answer within 2s: +PO", held.seen());
    assertEquals(
        "an answer cut short: +PO", check(GateScript.Kind.REDIS, fake(ascii("+PO"), false)).seen());
    assertEquals(
        "half an answer within 2s: +PONG",
        check(GateScript.Kind.REDIS, fake(ascii("+PONG\r"), true)).seen());
    assertTrue(check(GateScript.Kind.REDIS, fake(ascii("+PONG\r\n"), true)).ready());
  }

  @Test
  void redisAuthenticationErrorsAreWholeCodesWithTheirLineEnded() throws Exception {
    for (String up :
        List.of(
            "-NOAUTH Authentication required.\r\n",
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n",
            "-NOPERM User x has no permissions to run the 'ping' command\r\n",
            "-NOAUTH\r\n")) {
      assertTrue(check(GateScript.Kind.REDIS, fake(ascii(up), false)).ready(), up);
    }
    CheckShell.Try other =
        check(GateScript.Kind.REDIS, fake(ascii("-NOAUTHENTICATION_SERVICE down\r\n"), false));
    assertFalse(other.ready());
    assertEquals("NOAUTHENTICATION_SERVICE down", other.seen());
    CheckShell.Try notPerm =
        check(GateScript.Kind.REDIS, fake(ascii("-NOPERMIT loading\r\n"), false));
    assertEquals("NOPERMIT loading", notPerm.seen());
    CheckShell.Try cut = check(GateScript.Kind.REDIS, fake(ascii("-NOAUTH"), false));
    assertFalse(cut.ready());
    assertEquals("an answer cut short: -NOAUTH", cut.seen());
    CheckShell.Try stalled = check(GateScript.Kind.REDIS, fake(ascii("-NOAUTH Auth"), true));
    assertEquals("half an answer within 2s: -NOAUTH Auth", stalled.seen());
    // The code is the error's first word: anything joined to NOAUTH makes another code.
    for (String joined : List.of("-NOAUTHx y\r\n", "-NOAUTH1 x\r\n", "-NOAUTH-X y\r\n")) {
      CheckShell.Try t = check(GateScript.Kind.REDIS, fake(ascii(joined), false));
      assertFalse(t.ready(), joined);
      assertEquals(joined.substring(1, joined.length() - 2), t.seen());
    }
  }

  @Test
  void redisErrorsCutShortOrEmptySaySo() throws Exception {
    assertEquals(
        "half an answer within 2s: -NO",
        check(GateScript.Kind.REDIS, fake(ascii("-NO"), true)).seen());
    assertEquals(
        "an answer cut short: -LOADING Redis is loading",
        check(GateScript.Kind.REDIS, fake(ascii("-LOADING Redis is loading"), false)).seen());
    assertEquals(
        "an error without a word",
        check(GateScript.Kind.REDIS, fake(ascii("-\r\n"), false)).seen());
    assertEquals(
        "half an answer within 2s: -", check(GateScript.Kind.REDIS, fake(ascii("-"), true)).seen());
    assertEquals(
        "LOADING Redis is loading the dataset in memory",
        check(
                GateScript.Kind.REDIS,
                fake(ascii("-LOADING Redis is loading the dataset in memory\r\n"), false))
            .seen());
  }

  @Test
  void mysqlHandshakeThatStopsIsHalfAnAnswer() throws Exception {
    // The first bytes of a protocol 10 handshake of 74 bytes, numbered 0.
    CheckShell.Try header = check(GateScript.Kind.MYSQL, speaksFirst(new byte[] {74, 0, 0}));
    assertFalse(header.ready());
    assertEquals("half an answer (3 bytes, no more within 2s)", header.seen());
    CheckShell.Try part =
        check(GateScript.Kind.MYSQL, speaksFirst(new byte[] {74, 0, 0, 0, 10, '8', '.', '0'}));
    assertEquals("half an answer (8 bytes, no more within 2s)", part.seen());
  }

  @Test
  void aStatusLineThatIsNotHttpIsNeverReadyAlsoWhenAnHttpOneFollows() throws Exception {
    int port = fake(ascii("XYZ\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nUP"), false);
    String url = "http://127.0.0.1:" + port + "/";
    CheckShell.Try plain = shell.run(GateScript.Kind.HTTP, 2, url);
    assertFalse(plain.ready());
    assertEquals("an answer that is not HTTP: XYZ", plain.seen());
    CheckShell.Try expect = shell.run(GateScript.Kind.HTTP_EXPECT, 2, url, "200", "");
    assertFalse(expect.ready());
    assertEquals(plain.seen(), expect.seen());
  }
}
