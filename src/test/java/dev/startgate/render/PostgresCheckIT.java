package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check_postgres} against Debian's PostgreSQL held in its not-ready states for real (a
 * standby without hot standby, then promoted; a smart shutdown with a client connected), ready
 * under scram and trust without a line in the server's log, and small fakes for the answers a real
 * server cannot be held in (a pre-3.0 error, a protocol negotiation, silence, not Postgres).
 */
class PostgresCheckIT {
  @TempDir static Path tmp;

  /** Connections the silent fake holds open. */
  private static final List<Socket> HELD = new java.util.concurrent.CopyOnWriteArrayList<>();

  private static CheckShell shell;
  private static Path template;
  private Path data;
  private Path dir;
  private int port;

  @BeforeAll
  static void cluster() throws Exception {
    shell = CheckShell.linking(tmp.resolve("applets"));
    Path base = ServerProcesses.folder(tmp, "template");
    Path pw = base.resolve("pw");
    Files.writeString(pw, "secret\n");
    ServerProcesses.run(
        base,
        ServerProcesses.postgresBin("initdb"),
        "-D",
        base.resolve("data").toString(),
        "-U",
        "postgres",
        "--auth-host=scram-sha-256",
        "--auth-local=trust",
        "--pwfile=" + pw,
        "--no-sync");
    template = base.resolve("data");
  }

  @AfterEach
  void stop() throws Exception {
    if (data != null) {
      ServerProcesses.stop(data.resolve("postmaster.pid"));
    }
  }

  /** A copy of the template cluster, with {@code extra} lines in postgresql.conf. */
  private void newCluster(String name, String... extra) throws Exception {
    dir = ServerProcesses.folder(tmp, name);
    data = dir.resolve("data");
    ServerProcesses.run(dir, "cp", "-a", template.toString(), data.toString());
    port = CheckShell.freePort();
    String conf =
        String.join(
            "\n",
            "port = " + port,
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = '" + dir + "'",
            "fsync = off",
            String.join("\n", extra),
            "");
    Files.writeString(data.resolve("postgresql.auto.conf"), conf);
  }

  private void startNoWait() throws Exception {
    ServerProcesses.run(
        dir,
        ServerProcesses.postgresBin("pg_ctl"),
        "-D",
        data.toString(),
        "-l",
        dir.resolve("log").toString(),
        "-W",
        "start");
  }

  private CheckShell.Try check() throws Exception {
    return shell.run(GateScript.Kind.POSTGRES, 3, "127.0.0.1", Integer.toString(port));
  }

  /** A real query over TCP with the password: what the migration Job will do. */
  private boolean query() throws Exception {
    Proc.Outcome out =
        Proc.run(
            dir,
            null,
            30,
            Map.of("PGPASSWORD", "secret", "PGCONNECT_TIMEOUT", "2"),
            List.of(
                ServerProcesses.postgresBin("psql"),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                "-Atc",
                "select 1"));
    return out.code() == 0 && out.out().strip().equals("1");
  }

  /** True when the client of the shutdown test is connected and sleeping. */
  private boolean sleeping() throws Exception {
    Proc.Outcome out =
        Proc.run(
            dir,
            null,
            30,
            Map.of("PGPASSWORD", "secret"),
            List.of(
                ServerProcesses.postgresBin("psql"),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                "-Atc",
                "select count(*) from pg_stat_activity where query = 'select pg_sleep(6)'"));
    return out.out().strip().equals("1");
  }

  private void waitForTcp() throws Exception {
    for (int i = 0; i < 200 && !CheckShell.tcpAccepts(port); i++) {
      Thread.sleep(50);
    }
    assertTrue(CheckShell.tcpAccepts(port), "Postgres never listened");
  }

  @Test
  void aStandbyWithoutHotStandbyIsNotReadyUntilPromoted() throws Exception {
    newCluster("standby", "hot_standby = off");
    Files.writeString(data.resolve("standby.signal"), "");
    startNoWait();
    waitForTcp();
    for (int i = 0; i < 3; i++) {
      CheckShell.Try t = check();
      assertFalse(t.ready(), t.toString());
      assertTrue(t.seen().endsWith("(SQLSTATE 57P03)"), t.seen());
      // "is starting up" until the standby has read its checkpoint, then "is not accepting
      // connections": both are 57P03, both seen here depending on the machine's speed.
      assertTrue(
          t.seen().startsWith("the database system is starting up")
              || t.seen().startsWith("the database system is not accepting connections"),
          t.seen());
      assertTrue(CheckShell.tcpAccepts(port), "a TCP gate would pass here");
      assertFalse(query());
      Thread.sleep(300);
    }
    ServerProcesses.run(
        dir, ServerProcesses.postgresBin("pg_ctl"), "-D", data.toString(), "-W", "promote");
    List<ReadinessRace.Round> rounds =
        ReadinessRace.untilReady(
            this::check, this::query, 200, 30_000, seen -> seen.contains("57P03"));
    System.out.println("postgres promote: " + rounds);
  }

  /**
   * The whole tailored script, as the container runs it, against a standby without hot standby: one
   * not-ready line per try with the server's 57P03 message, then ready within one interval of the
   * promotion making queries work.
   */
  @Test
  void theNetworkScriptPassesWithinOneIntervalOfThePromotion() throws Exception {
    newCluster("standby-gate", "hot_standby = off");
    Files.writeString(data.resolve("standby.signal"), "");
    startNoWait();
    waitForTcp();
    String target = "postgres://127.0.0.1:" + port;
    GateProcess gate =
        GateProcess.start(
            shell.applets(), java.util.EnumSet.of(GateScript.Kind.POSTGRES), 60, 1, target);
    assertTrue(gate.await(l -> l.contains(": try 2: not ready ("), 20).isPresent(), gate.log());
    assertFalse(query());
    ServerProcesses.run(
        dir, ServerProcesses.postgresBin("pg_ctl"), "-D", data.toString(), "-W", "promote");
    gate.untilQueried(this::query, 30);
    long after =
        gate.assertReadyWithinOneInterval(target, 1, 3, seen -> seen.endsWith("(SQLSTATE 57P03)"));
    System.out.println(
        "postgres gate: ready " + after + " ms after the first query\n" + gate.log());
  }

  @Test
  void aSmartShutdownWithAClientConnectedIsNotReadyThoughTcpAccepts() throws Exception {
    newCluster("shutdown");
    startNoWait();
    waitForTcp();
    ReadinessRace.untilReady(this::check, this::query, 200, 30_000, seen -> true);
    CheckShell.Try ready = check();
    assertTrue(ready.ready(), ready.toString());
    System.out.println("postgres ready try: " + ready.millis() + " ms");
    ProcessBuilder psql =
        new ProcessBuilder(
                ServerProcesses.postgresBin("psql"),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                "-c",
                "select pg_sleep(6)")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("client.log").toFile());
    psql.environment().put("PGPASSWORD", "secret");
    Process client = psql.start();
    client.getOutputStream().close();
    for (int i = 0; i < 100 && !sleeping(); i++) {
      Thread.sleep(100);
    }
    assertTrue(sleeping(), "the client never connected");
    long pid = ServerProcesses.pid(data.resolve("postmaster.pid")).orElseThrow();
    ServerProcesses.signal(pid, "TERM"); // smart shutdown: waits for the connected client
    Thread.sleep(300);
    CheckShell.Try down = check();
    assertFalse(down.ready(), down.toString());
    assertEquals("the database system is shutting down (SQLSTATE 57P03)", down.seen());
    assertTrue(CheckShell.tcpAccepts(port), "a TCP gate passes while Postgres shuts down");
    assertFalse(query());
    client.waitFor();
  }

  @Test
  void readyUnderScramAndTrustWithoutALogLine() throws Exception {
    newCluster("auth", "log_connections = off");
    startNoWait();
    waitForTcp();
    ReadinessRace.untilReady(this::check, this::query, 200, 30_000, seen -> true);
    Path log = dir.resolve("log");
    long before = Files.readAllLines(log).size();
    for (int i = 0; i < 3; i++) {
      assertTrue(check().ready());
    }
    Path hba = data.resolve("pg_hba.conf");
    Files.writeString(hba, "host all all 127.0.0.1/32 trust\n");
    long pid = ServerProcesses.pid(data.resolve("postmaster.pid")).orElseThrow();
    ServerProcesses.signal(pid, "HUP");
    Thread.sleep(500);
    for (int i = 0; i < 3; i++) {
      assertTrue(check().ready());
    }
    List<String> lines = Files.readAllLines(log);
    List<String> added = lines.subList((int) before, lines.size());
    assertTrue(
        added.stream().allMatch(l -> l.contains("received SIGHUP")),
        "the checks left lines in the server's log: " + added);
    Files.writeString(hba, "host all all 127.0.0.1/32 reject\n");
    ServerProcesses.signal(pid, "HUP");
    Thread.sleep(500);
    // 28000, "pg_hba.conf rejects connection": the server is up, as PQping says.
    assertTrue(check().ready());
  }

  /** A fake server on loopback that answers every connection with {@code answer}, or nothing. */
  private static int fake(byte[] answer) throws IOException {
    ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              try (server) {
                while (true) {
                  Socket s = server.accept();
                  if (answer == null) {
                    HELD.add(s);
                  } else {
                    try (s;
                        OutputStream out = s.getOutputStream()) {
                      s.getInputStream().readNBytes(8);
                      out.write(answer);
                    }
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

  private static CheckShell.Try checkFake(byte[] answer, int bound) throws Exception {
    return shell.run(GateScript.Kind.POSTGRES, bound, "127.0.0.1", Integer.toString(fake(answer)));
  }

  private static byte[] message(char type, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    byte[] m = new byte[b.length + 5];
    m[0] = (byte) type;
    int n = b.length + 4;
    m[1] = (byte) (n >>> 24);
    m[2] = (byte) (n >>> 16);
    m[3] = (byte) (n >>> 8);
    m[4] = (byte) n;
    System.arraycopy(b, 0, m, 5, b.length);
    return m;
  }

  @Test
  void fakesForAnswersARealServerCannotBeHeldIn() throws Exception {
    // A pre-3.0 error (what the postmaster still sends when it cannot fork): no SQLSTATE.
    CheckShell.Try fork =
        checkFake(
            "Ecould not fork new process for connection: Resource temporarily unavailable\n\0"
                .getBytes(StandardCharsets.US_ASCII),
            2);
    assertFalse(fork.ready());
    assertEquals(
        "error without SQLSTATE: could not fork new process for connection: Resource temporarily"
            + " unavailable",
        fork.seen());
    // A pre-3.0 error is one string: fields after its end are not read (one with C28000 there
    // passed, review DW, where pg_isready says "no response").
    CheckShell.Try preThree =
        checkFake(
            "Eno fork\0SFATAL\0C28000\0Mpassword authentication failed\0\0"
                .getBytes(StandardCharsets.US_ASCII),
            2);
    assertFalse(preThree.ready(), preThree.toString());
    assertEquals("error without SQLSTATE: no fork", preThree.seen());
    // Another SQLSTATE than 57P03 (too many clients): up, as PQping says.
    assertTrue(
        checkFake(message('E', "SFATAL\0C53300\0Msorry, too many clients already\0\0"), 2).ready());
    // 57P03 in a message with fields in another order.
    CheckShell.Try starting =
        checkFake(message('E', "Mthe database system is starting up\0C57P03\0SFATAL\0\0"), 2);
    assertEquals("the database system is starting up (SQLSTATE 57P03)", starting.seen());
    // Half a message, then the connection closes: libpq waits for the whole message, so its
    // PQping (pg_isready) says "no response", for an authentication request as for an error.
    CheckShell.Try halfR = checkFake(new byte[] {'R', 0, 0, 0, 8}, 2);
    assertFalse(halfR.ready());
    assertEquals("half an answer (5 of 9 bytes, then the connection closed)", halfR.seen());
    assertTrue(checkFake(message('R', "\0\0\0\0"), 2).ready());
    // Less than a message's header, then the connection closes: no length was sent to name.
    for (byte[] cut : List.of(new byte[] {'R'}, new byte[] {'R', 0, 0, 0}, new byte[] {'E'})) {
      CheckShell.Try half = checkFake(cut, 2);
      assertFalse(half.ready());
      assertEquals(
          "half an answer (" + cut.length + " of at least 5 bytes, then the connection closed)",
          half.seen());
    }
    byte[] refused = message('E', "SFATAL\0C28000\0Mno pg_hba.conf entry for host\0\0");
    CheckShell.Try halfE = checkFake(java.util.Arrays.copyOf(refused, 20), 2);
    assertFalse(halfE.ready());
    assertTrue(halfE.seen().startsWith("half an answer (20 of "), halfE.seen());
    assertTrue(checkFake(refused, 2).ready());
    // NegotiateProtocolVersion to a 3.0 request: a failed connection without SQLSTATE.
    CheckShell.Try v = checkFake(message('v', "\0\3\0\0\0\0\0\0"), 2);
    assertFalse(v.ready());
    assertTrue(v.seen().startsWith("unexpected protocol version negotiation"), v.seen());
    // Not Postgres at all.
    CheckShell.Try http =
        checkFake("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 2);
    assertEquals("not a PostgreSQL answer (first byte 0x48)", http.seen());
    assertEquals("no answer within 1s", checkFake(null, 1).seen());
    // A server that accepts and never answers: not ready, within the bound.
    CheckShell.Try silent = checkFake(null, 2);
    assertFalse(silent.ready());
    assertEquals("no answer within 2s", silent.seen());
    // Nothing listening.
    CheckShell.Try nothing =
        shell.run(
            GateScript.Kind.POSTGRES, 2, "127.0.0.1", Integer.toString(CheckShell.freePort()));
    assertEquals("connection refused", nothing.seen());
  }

  /**
   * A try of a bound of 1 s that a server closes at once, on a clock that crosses into the next
   * second during the try (a {@code date} that counts a second a call): the whole-second clock took
   * it for a try that used its bound, "no answer within 1s", in 3 of 8 tries of a loaded gate. The
   * try's time comes from {@code /proc/uptime} in centiseconds now.
   */
  @Test
  void aTryThatCrossesASecondIsNotOneThatUsedItsBound() throws Exception {
    Path applets = tmp.resolve("ticking");
    CheckShell ticking = CheckShell.linking(applets);
    Path date = applets.resolve("date");
    Files.delete(date);
    Files.writeString(
        date,
        "#!/bin/sh\nn=$(cat \"$0.now\" 2>/dev/null || echo 1000)\necho $((n + 1)) >\"$0.now\"\n"
            + "echo \"$n\"\n");
    Files.setPosixFilePermissions(
        date, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    int port = fake(new byte[0]);
    CheckShell.Try closed =
        ticking.run(GateScript.Kind.POSTGRES, 1, "127.0.0.1", Integer.toString(port));
    assertEquals("connection closed without an answer", closed.seen());
  }
}
