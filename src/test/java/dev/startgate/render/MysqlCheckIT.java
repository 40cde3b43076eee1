package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check_mysql} against Debian's MariaDB: never ready before the server answers a query while
 * it starts, ready at its handshake, and not ready with the server's error packet while all its
 * connections are taken (error 1040), held for real with idle connections.
 */
class MysqlCheckIT {
  @TempDir static Path tmp;

  private static CheckShell shell;
  private static Path dir;
  private static int port;

  @BeforeAll
  static void install() throws Exception {
    shell = CheckShell.linking(tmp.resolve("applets"));
    dir = ServerProcesses.folder(tmp, "mariadb");
    ServerProcesses.run(
        dir,
        "mariadb-install-db",
        "--no-defaults",
        "--datadir=" + dir.resolve("data"),
        "--auth-root-authentication-method=normal",
        "--skip-test-db");
    port = CheckShell.freePort();
  }

  @AfterAll
  static void stop() throws Exception {
    ServerProcesses.stop(dir.resolve("pid"));
  }

  private static CheckShell.Try check() throws Exception {
    return shell.run(GateScript.Kind.MYSQL, 3, "127.0.0.1", Integer.toString(port));
  }

  private static boolean query() throws Exception {
    Proc.Outcome out =
        Proc.run(
            dir,
            null,
            30,
            Map.of(),
            List.of(
                "mariadb",
                "--no-defaults",
                "--protocol=tcp",
                "-h",
                "127.0.0.1",
                "-P",
                Integer.toString(port),
                "-u",
                "root",
                "--connect-timeout=2",
                "-Nse",
                "select 1"));
    return out.code() == 0 && out.out().strip().equals("1");
  }

  @Test
  void startingUpThenReadyThenTooManyConnections() throws Exception {
    ServerProcesses.start(
        dir,
        dir.resolve("server.log"),
        "mariadbd",
        "--no-defaults",
        "--datadir=" + dir.resolve("data"),
        "--port=" + port,
        "--bind-address=127.0.0.1",
        "--socket=" + dir.resolve("sock"),
        "--pid-file=" + dir.resolve("pid"),
        "--max-connections=10",
        "--skip-log-bin",
        "--innodb-buffer-pool-size=8M");
    List<ReadinessRace.Round> rounds =
        ReadinessRace.untilReady(
            MysqlCheckIT::check,
            MysqlCheckIT::query,
            100,
            60_000,
            seen -> seen.equals("connection refused") || seen.startsWith("error "));
    System.out.println("mariadb start: " + rounds);
    CheckShell.Try ready = check();
    assertTrue(ready.ready(), ready.toString());
    System.out.println("mariadb ready try: " + ready.millis() + " ms");

    // Every connection taken (max_connections plus the one kept for an administrator): the
    // server answers a new connection with error 1040 instead of its handshake.
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 11; i++) {
        held.add(new Socket(InetAddress.getLoopbackAddress(), port));
      }
      // The server counts a connection once its accept loop has taken it: wait for that.
      CheckShell.Try full = check();
      for (int i = 0; i < 40 && full.ready(); i++) {
        Thread.sleep(250);
        full = check();
      }
      assertFalse(full.ready(), full.toString());
      assertEquals("error 1040: Too many connections", full.seen());
      assertTrue(CheckShell.tcpAccepts(port), "a TCP gate passes while no client gets in");
      assertFalse(query());
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
    ReadinessRace.untilReady(
        MysqlCheckIT::check, MysqlCheckIT::query, 200, 20_000, seen -> seen.startsWith("error "));

    // The whole tailored script, as the container runs it: not ready with the server's error
    // packet while every connection is taken, ready within one interval after they close.
    held.clear();
    String target = "mysql://127.0.0.1:" + port;
    GateProcess gate = null;
    try {
      for (int i = 0; i < 11; i++) {
        held.add(new Socket(InetAddress.getLoopbackAddress(), port));
      }
      for (int i = 0; i < 40 && check().ready(); i++) {
        Thread.sleep(250);
      }
      gate =
          GateProcess.start(
              shell.applets(), java.util.EnumSet.of(GateScript.Kind.MYSQL), 60, 1, target);
      assertTrue(
          gate.await(l -> l.contains(": try 2: not ready (error 1040: Too many connections)"), 20)
              .isPresent(),
          gate.log());
      assertFalse(query());
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
    gate.untilQueried(MysqlCheckIT::query, 20);
    long after =
        gate.assertReadyWithinOneInterval(
            target, 1, 3, seen -> seen.equals("error 1040: Too many connections"));
    System.out.println("mariadb gate: ready " + after + " ms after the first query\n" + gate.log());
  }
}
