package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gate scripts are POSIX sh that must run under busybox sh and Debian's dash: every protocol check
 * gives the same verdict and reason under both, against small loopback fakes of each protocol.
 */
class ChecksUnderDashIT {
  @TempDir static Path tmp;

  private static CheckShell busybox;
  private static CheckShell dash;

  @BeforeAll
  static void shells() throws Exception {
    busybox = CheckShell.linking(tmp.resolve("applets"));
    dash = busybox.underDash();
  }

  /** A loopback server that writes {@code answer} to every connection, then closes it. */
  private static String fake(byte[] answer) throws IOException {
    ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              try (server) {
                while (true) {
                  try (Socket s = server.accept();
                      OutputStream out = s.getOutputStream()) {
                    out.write(answer);
                    s.shutdownOutput();
                    s.getInputStream().readAllBytes();
                  }
                }
              } catch (IOException e) {
                // the test is over
              }
            });
    t.setDaemon(true);
    t.start();
    return Integer.toString(server.getLocalPort());
  }

  private static void same(GateScript.Kind kind, boolean ready, String seen, String... args)
      throws Exception {
    for (CheckShell shell : List.of(busybox, dash)) {
      CheckShell.Try t = shell.run(kind, 3, args);
      assertEquals(ready, t.ready(), shell == dash ? "dash: " + t : "busybox: " + t);
      assertEquals(seen, t.seen(), shell == dash ? "dash" : "busybox");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void postgres() throws Exception {
    same(
        GateScript.Kind.POSTGRES,
        false,
        "the database system is starting up (SQLSTATE 57P03)",
        "127.0.0.1",
        fake(bytes("E\0\0\0\67SFATAL\0C57P03\0Mthe database system is starting up\0\0")));
    same(
        GateScript.Kind.POSTGRES,
        true,
        "",
        "127.0.0.1",
        fake(bytes("R\0\0\0\27\0\0\0\12SCRAM-SHA-256\0\0")));
    same(
        GateScript.Kind.POSTGRES,
        true,
        "",
        "127.0.0.1",
        fake(bytes("R\0\0\0\10\0\0\0\0S\0\0\0\26application_name\0\0")));
  }

  @Test
  void redis() throws Exception {
    same(
        GateScript.Kind.REDIS,
        false,
        "LOADING Redis is loading the dataset in memory",
        "127.0.0.1",
        fake(bytes("-LOADING Redis is loading the dataset in memory\r\n")));
    same(
        GateScript.Kind.REDIS,
        true,
        "",
        "127.0.0.1",
        fake(bytes("-NOAUTH Authentication required.\r\n")));
    same(
        GateScript.Kind.REDIS,
        true,
        "",
        "127.0.0.1",
        fake(bytes("-NOPERM User app has no permissions to run the 'ping' command\r\n")));
    // Up, but no client gets work done: not ready, in the server's words.
    same(
        GateScript.Kind.REDIS,
        false,
        "ERR max number of clients reached",
        "127.0.0.1",
        fake(bytes("-ERR max number of clients reached\r\n")));
    same(
        GateScript.Kind.REDIS,
        false,
        "DENIED Redis is running in protected mode",
        "127.0.0.1",
        fake(bytes("-DENIED Redis is running in protected mode\r\n")));
    same(
        GateScript.Kind.REDIS,
        false,
        "not a Redis answer: SSH-2.0-OpenSSH_9.2",
        "127.0.0.1",
        fake(bytes("SSH-2.0-OpenSSH_9.2\r\n")));
    // A NUL before +PONG is no Redis answer (it passed when the NUL was dropped).
    same(
        GateScript.Kind.REDIS,
        false,
        "not a Redis answer: ?+PONG",
        "127.0.0.1",
        fake(bytes("\0+PONG\r\n")));
    // The answer must end its line: one cut short is no answer yet.
    same(
        GateScript.Kind.REDIS,
        false,
        "an answer cut short: +PONG",
        "127.0.0.1",
        fake(bytes("+PONG")));
    same(
        GateScript.Kind.REDIS,
        false,
        "an answer cut short: +PONG",
        "127.0.0.1",
        fake(bytes("+PONG\r")));
    same(GateScript.Kind.REDIS, true, "", "127.0.0.1", fake(bytes("+PONG\r\n")));
  }

  @Test
  void mysql() throws Exception {
    same(
        GateScript.Kind.MYSQL,
        false,
        "error 1129: Host '10.0.0.7' is blocked",
        "127.0.0.1",
        fake(bytes("\44\0\0\0\377\151\4Host '10.0.0.7' is blocked\0\0\0\0\0\0\0\0\0\0")));
    same(
        GateScript.Kind.MYSQL,
        false,
        "error 1040: Too many connections",
        "127.0.0.1",
        fake(bytes("\35\0\0\0\377\20\4#08004Too many connections")));
    same(
        GateScript.Kind.MYSQL,
        true,
        "",
        "127.0.0.1",
        fake(
            bytes("\41\0\0\0\12" + "10.11.19-MariaDB\0" + "\1\0\0\0" + "abcdefgh" + "\0\377\367")));
    // Protocol 10, but too short for a handshake: a server that only seems to be MySQL.
    same(
        GateScript.Kind.MYSQL,
        false,
        "not a MySQL answer (a handshake of 1 bytes)",
        "127.0.0.1",
        fake(bytes("\1\0\0\0\12")));
    // Not MySQL: a line of text (its fifth byte a line feed, like protocol 10: its fourth, a CR,
    // reads as the sequence number), a whole packet with another sequence number, an empty one.
    for (String[] junk :
        List.of(
            new String[] {"+OK\r\n", "a first packet numbered 0x0d"},
            new String[] {"\12\0\0\1\12" + "10.11.19-MariaDB\0", "a first packet numbered 0x01"},
            new String[] {"\0\0\0\0\12", "an empty first packet"})) {
      same(
          GateScript.Kind.MYSQL,
          false,
          "not a MySQL answer (" + junk[1] + ")",
          "127.0.0.1",
          fake(bytes(junk[0])));
    }
    // A handshake cut short by a closed connection is half an answer, as postgres:// says it (it
    // was "not a MySQL answer", review DW).
    same(
        GateScript.Kind.MYSQL,
        false,
        "half an answer (10 of 68 bytes, then the connection closed)",
        "127.0.0.1",
        fake(bytes("\100\0\0\0\12" + "10.11")));
    same(
        GateScript.Kind.MYSQL,
        false,
        "half an answer (4 of at least 5 bytes, then the connection closed)",
        "127.0.0.1",
        fake(bytes("\100\0\0\0")));
    // A first packet longer than the 1 KiB the check reads is none of a MySQL server's (review
    // DY: it said "half an answer (1024 of 2004 bytes ...)", the 1024 being the check's own cut).
    same(
        GateScript.Kind.MYSQL,
        false,
        "not a MySQL answer (a first packet of 2004 bytes)",
        "127.0.0.1",
        fake(bytes("\320\7\0\0\377" + "x".repeat(1500))));
  }

  @Test
  void http() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = bytes("{\"status\": \"DOWN\"}\n");
          exchange.sendResponseHeaders(503, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      same(GateScript.Kind.HTTP_EXPECT, false, "HTTP 503, expected 2xx", url, "", "");
      same(GateScript.Kind.HTTP_EXPECT, true, "", url, "5xx", "");
      same(
          GateScript.Kind.HTTPS_EXPECT,
          false,
          "HTTP 503, but the body has no \"\"UP\"\"",
          url,
          "503",
          "\"UP\"");
      same(GateScript.Kind.HTTPS_EXPECT, true, "", url, "503", "\"DOWN\"");
    } finally {
      server.stop(0);
    }
  }
}
