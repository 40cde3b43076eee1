package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check_redis} against Debian's Redis held in its not-ready states for real: loading a dump
 * (slowed by the server's own {@code key-load-delay}), a script running past {@code
 * busy-reply-threshold}, and a replica whose master is down with {@code replica-serve-stale-data
 * no}; ready when a password is required.
 */
class RedisCheckIT {
  @TempDir static Path tmp;

  private static CheckShell shell;
  private Path dir;
  private int port;

  @BeforeAll
  static void applets() throws Exception {
    shell = CheckShell.linking(tmp.resolve("applets"));
  }

  @AfterEach
  void stop() throws Exception {
    if (dir != null) {
      ServerProcesses.stop(dir.resolve("pid"));
    }
  }

  private void start(String name, String... options) throws Exception {
    if (dir == null || !dir.getFileName().toString().equals(name)) {
      dir = ServerProcesses.folder(tmp, name);
    }
    port = CheckShell.freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                "redis-server",
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--dir",
                dir.toString(),
                "--pidfile",
                dir.resolve("pid").toString(),
                "--logfile",
                dir.resolve("log").toString(),
                "--daemonize",
                "yes",
                "--save",
                ""));
    command.addAll(List.of(options));
    ServerProcesses.run(dir, command.toArray(String[]::new));
    for (int i = 0; i < 200 && !CheckShell.tcpAccepts(port); i++) {
      Thread.sleep(20);
    }
  }

  private Proc.Outcome cli(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
    command.addAll(List.of(args));
    return Proc.run(dir, null, 30, Map.of("REDISCLI_AUTH", "secret"), command);
  }

  private boolean query() throws Exception {
    return cli("ping").out().strip().equals("PONG");
  }

  private CheckShell.Try check() throws Exception {
    return shell.run(GateScript.Kind.REDIS, 3, "127.0.0.1", Integer.toString(port));
  }

  /**
   * Busybox {@code nc} whose input ends shuts its side of the connection down, and Redis closes in
   * turn: {@code nc -w 2 HOST PORT </dev/null} returns 0 at once against a server that waits for
   * the client, not when the server gives up (the opposite was noted as a fact early on). The TCP
   * gate uses {@code nc -e true} and does not depend on either reading.
   */
  @Test
  void busyboxNcWithNoInputReturnsAtOnceWhenRedisCloses() throws Exception {
    start("nc");
    long begin = System.nanoTime();
    Proc.Outcome out =
        Proc.run(
            dir,
            null,
            30,
            Map.of(),
            List.of(
                "sh",
                "-c",
                "timeout 10 " + shell.applets().resolve("nc") + " -w 2 127.0.0.1 $0 </dev/null",
                Integer.toString(port)));
    long millis = (System.nanoTime() - begin) / 1_000_000;
    assertEquals(0, out.code(), out.toString());
    assertTrue(millis < 2000, "nc took " + millis + " ms");
  }

  @Test
  void loadingADumpIsNotReadyThoughTcpAccepts() throws Exception {
    start("loading", "--enable-debug-command", "yes");
    assertEquals("OK", cli("debug", "populate", "20000").out().strip());
    assertEquals("OK", cli("save").out().strip());
    ServerProcesses.stop(dir.resolve("pid"));
    Files.deleteIfExists(dir.resolve("pid"));
    // 20000 keys at 100 microseconds each: about two seconds of LOADING.
    start("loading", "--key-load-delay", "100", "--loading-process-events-interval-bytes", "1024");
    CheckShell.Try first = check();
    assertFalse(first.ready(), first.toString());
    assertEquals("LOADING Redis is loading the dataset in memory", first.seen());
    assertTrue(CheckShell.tcpAccepts(port), "a TCP gate passes while Redis loads");
    List<ReadinessRace.Round> rounds =
        ReadinessRace.untilReady(
            this::check, this::query, 200, 60_000, seen -> seen.startsWith("LOADING "));
    assertTrue(ReadinessRace.notReadyRounds(rounds) >= 2, rounds.toString());
    System.out.println("redis loading: " + rounds);
  }

  /**
   * The whole tailored script, as the container runs it, while Redis loads a dump: one not-ready
   * line per try with the server's LOADING line, then ready within one interval of PING working.
   */
  @Test
  void theNetworkScriptPassesWithinOneIntervalOfTheLoadsEnd() throws Exception {
    start("loading-gate", "--enable-debug-command", "yes");
    assertEquals("OK", cli("debug", "populate", "20000").out().strip());
    assertEquals("OK", cli("save").out().strip());
    ServerProcesses.stop(dir.resolve("pid"));
    Files.deleteIfExists(dir.resolve("pid"));
    // 20000 keys at 200 microseconds each: about four seconds of LOADING.
    start(
        "loading-gate",
        "--key-load-delay",
        "200",
        "--loading-process-events-interval-bytes",
        "1024");
    String target = "redis://127.0.0.1:" + port;
    GateProcess gate =
        GateProcess.start(
            shell.applets(), java.util.EnumSet.of(GateScript.Kind.REDIS), 60, 1, target);
    assertTrue(
        gate.await(l -> l.contains(": try 1: not ready (LOADING"), 10).isPresent(), gate.log());
    gate.untilQueried(this::query, 60);
    long after =
        gate.assertReadyWithinOneInterval(
            target, 1, 3, seen -> seen.equals("LOADING Redis is loading the dataset in memory"));
    System.out.println("redis gate: ready " + after + " ms after the first PING\n" + gate.log());
  }

  @Test
  void aBusyScriptIsNotReadyUntilKilled() throws Exception {
    start("busy", "--busy-reply-threshold", "100");
    assertTrue(check().ready());
    Process script =
        new ProcessBuilder(
                "redis-cli", "-p", Integer.toString(port), "eval", "while true do end", "0")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("script.log").toFile())
            .start();
    try {
      // The script must run past the threshold first: wait for it (a busy machine starts
      // redis-cli late), then the try must say BUSY.
      CheckShell.Try busy = check();
      for (int i = 0; i < 40 && busy.ready(); i++) {
        Thread.sleep(250);
        busy = check();
      }
      assertFalse(busy.ready(), busy.toString());
      assertTrue(busy.seen().startsWith("BUSY Redis is busy running a script."), busy.seen());
      assertTrue(cli("script", "kill").out().strip().equals("OK"));
      ReadinessRace.untilReady(this::check, this::query, 200, 10_000, seen -> true);
    } finally {
      script.destroyForcibly().waitFor();
    }
  }

  @Test
  void aReplicaWhoseMasterIsDownIsNotReadyUntilPromoted() throws Exception {
    start(
        "replica",
        "--replicaof",
        "127.0.0.1",
        Integer.toString(CheckShell.freePort()),
        "--replica-serve-stale-data",
        "no");
    CheckShell.Try down = check();
    assertFalse(down.ready(), down.toString());
    assertTrue(down.seen().startsWith("MASTERDOWN Link with MASTER is down"), down.seen());
    assertFalse(query());
    assertEquals("OK", cli("replicaof", "no", "one").out().strip());
    ReadinessRace.untilReady(this::check, this::query, 200, 10_000, seen -> true);
  }

  /**
   * A Redis Cluster node answers PING while its cluster does not serve every hash slot (a cluster
   * that is still forming): every keyed command answers CLUSTERDOWN, so it is not ready until
   * CLUSTER INFO says cluster_state:ok.
   */
  @Test
  void aClusterThatDoesNotServeEverySlotIsNotReady() throws Exception {
    start("cluster", "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf");
    assertTrue(query(), "PING answers on a cluster that is down");
    assertTrue(cli("set", "k", "v").out().contains("CLUSTERDOWN"), "no slot served yet");
    CheckShell.Try down = check();
    assertFalse(down.ready(), down.toString());
    assertEquals(
        "cluster_state:fail: a Redis Cluster that does not serve every hash slot (CLUSTER INFO)",
        down.seen());
    assertEquals("OK", cli("cluster", "addslotsrange", "0", "16383").out().strip());
    ReadinessRace.untilReady(
        this::check,
        () -> cli("set", "k", "v").out().strip().equals("OK"),
        100,
        10_000,
        seen -> true);
  }

  /**
   * The README's ACL for a Redis with a password lets the gate read CLUSTER INFO too: with PING
   * alone, CLUSTER INFO answers NOPERM and a cluster that serves no slot passed (review DW).
   */
  @Test
  void theReadmesAclShowsAClusterThatDoesNotServeEverySlot() throws Exception {
    start(
        "cluster-acl",
        "--cluster-enabled",
        "yes",
        "--cluster-config-file",
        "nodes.conf",
        "--user",
        "default",
        "on",
        "nopass",
        "-@all",
        "+ping",
        "+cluster|info",
        "--user",
        "app",
        "on",
        ">secret",
        "~*",
        "+@all");
    CheckShell.Try down = check();
    assertFalse(down.ready(), down.toString());
    assertEquals(
        "cluster_state:fail: a Redis Cluster that does not serve every hash slot (CLUSTER INFO)",
        down.seen());
  }

  /** Every client slot taken: TCP accepts, Redis answers, but no client gets work done. */
  @Test
  void noFreeClientSlotIsNotReady() throws Exception {
    start("maxclients", "--maxclients", "1");
    try (java.net.Socket held = holdTheOneSlot()) {
      CheckShell.Try t = check();
      assertFalse(t.ready(), t.toString());
      assertEquals("ERR max number of clients reached", t.seen());
    }
    CheckShell.Try freed = check();
    for (int i = 0; i < 50 && !freed.ready(); i++) {
      Thread.sleep(50); // until Redis has seen the held connection close
      freed = check();
    }
    assertTrue(freed.ready(), freed.toString());
  }

  /** A connection that got {@code +PONG}: the slot is its own (the start-up probes may linger). */
  private java.net.Socket holdTheOneSlot() throws Exception {
    for (int i = 0; i < 100; i++) {
      java.net.Socket s = new java.net.Socket("127.0.0.1", port);
      s.getOutputStream().write("PING\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      if (s.getInputStream().read() == '+') {
        return s;
      }
      s.close();
      Thread.sleep(50);
    }
    throw new AssertionError("no free slot on a Redis with maxclients 1");
  }

  /**
   * With a password, Redis answers a client that has not logged in with NOAUTH before it looks at
   * its own state, so LOADING is out of the gate's sight (README, "Which target to use"); a default
   * user that may run PING and nothing else, without a password, shows it again.
   */
  @Test
  void aPasswordHidesLoadingUnlessTheDefaultUserMayPing() throws Exception {
    start("loading-auth", "--enable-debug-command", "yes");
    assertEquals("OK", cli("debug", "populate", "20000").out().strip());
    assertEquals("OK", cli("save").out().strip());
    ServerProcesses.stop(dir.resolve("pid"));
    Files.deleteIfExists(dir.resolve("pid"));
    String[] loading = {
      "--key-load-delay", "100", "--loading-process-events-interval-bytes", "1024"
    };
    List<String> password = new ArrayList<>(List.of("--requirepass", "secret"));
    password.addAll(List.of(loading));
    start("loading-auth", password.toArray(String[]::new));
    CheckShell.Try hidden = check();
    assertTrue(hidden.ready(), "NOAUTH comes before LOADING: " + hidden);
    assertTrue(
        cli("ping").out().startsWith("LOADING"), "the server was still loading: the try was early");
    ServerProcesses.stop(dir.resolve("pid"));
    Files.deleteIfExists(dir.resolve("pid"));
    List<String> acl =
        new ArrayList<>(
            List.of(
                "--user", "default", "on", "nopass", "-@all", "+ping", "--user", "app", "on",
                ">secret", "~*", "+@all"));
    acl.addAll(List.of(loading));
    start("loading-auth", acl.toArray(String[]::new));
    CheckShell.Try seen = check();
    assertFalse(seen.ready(), seen.toString());
    assertEquals("LOADING Redis is loading the dataset in memory", seen.seen());
  }

  @Test
  void aPasswordOrAnAclErrorMeansUp() throws Exception {
    start("auth", "--requirepass", "secret");
    CheckShell.Try t = check();
    assertTrue(t.ready(), t.toString());
    assertTrue(query());
    // Nothing listening: the reason says so.
    CheckShell.Try refused =
        shell.run(GateScript.Kind.REDIS, 2, "127.0.0.1", Integer.toString(CheckShell.freePort()));
    assertEquals("connection refused", refused.seen());
  }
}
