package dev.startgate.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.containers.PodRunner;
import dev.startgate.containers.Podman;
import dev.startgate.testing.InProcess;
import dev.startgate.testing.Proc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The network gates as a cluster runs them: startgate's output for a Job, and every init container
 * it generated run under podman ({@link PodRunner}: its own securityContext and resources as podman
 * flags, the stand-in images of .ci/gate-images) on the host network against servers on loopback.
 * Whatever containers the output holds are run; their names and scripts are not assumed.
 */
class NetworkGatesInContainersIT {
  @TempDir Path tmp;
  final LoopbackServers servers = new LoopbackServers();

  @BeforeAll
  static void images() throws Exception {
    Podman.setUp();
    Proc.Outcome build =
        Proc.run(Path.of("."), null, 900, Map.of(), List.of("sh", ".ci/gate-images"));
    assertEquals(0, build.code(), ".ci/gate-images: " + build.out() + build.err());
  }

  private final List<java.io.Closeable> closers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    servers.close();
    for (java.io.Closeable c : closers) {
      c.close();
    }
  }

  /** startgate's output for a Job gated by {@code targets} with {@code timeout}. */
  static JsonNode gatedJob(String targets, String timeout) throws Exception {
    return gatedJob(targets, timeout, List.of(), "");
  }

  /**
   * As above, with startgate's command-line {@code args} and {@code more} documents before the Job.
   */
  static JsonNode gatedJob(String targets, String timeout, List<String> args, String more)
      throws Exception {
    String job =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
          namespace: shop
          annotations:
            startgate.dev/wait-for: "%s"
            startgate.dev/timeout: %s
            startgate.dev/interval: 1s
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: migrate
                image: migrate:1
        """
            .formatted(targets, timeout);
    InProcess.Run run = InProcess.run(args, (more + job).getBytes(StandardCharsets.UTF_8));
    assertEquals(0, run.code(), run.err());
    JsonNode spec = PodRunner.podSpec(run.out(), "Job", "migrate");
    assertFalse(spec.path("initContainers").isEmpty(), run.out());
    return spec;
  }

  @Test
  void readyTargetsPassUnderTheirSecurityContextAndLimits() throws Exception {
    int tcp = LoopbackServers.freePort();
    servers.tcpLater(tcp, 0, true);
    int http = servers.http(exchange -> 200);
    JsonNode spec =
        gatedJob("tcp://127.0.0.1:" + tcp + ", http://127.0.0.1:" + http + "/healthz", "30s");
    List<PodRunner.Ran> ran =
        new PodRunner(tmp, null).runInitContainers(spec, "shop", Duration.ofSeconds(90));
    assertEquals(spec.path("initContainers").size(), ran.size(), ran.toString());
    for (PodRunner.Ran r : ran) {
      assertEquals(0, r.exit(), r.toString());
      // Nothing the gate does writes to its read-only root or needs more than its limits.
      assertFalse(r.output().contains("Read-only file system"), r.toString());
      assertFalse(r.output().contains("Permission denied"), r.toString());
    }
    String all = ran.toString();
    assertTrue(all.contains("127.0.0.1:" + tcp) && all.contains("/healthz"), all);
  }

  /**
   * postgres:// and redis:// run in the busybox image too (nc, od, head, timeout of the image's
   * busybox): protocol-level stand-ins answer the first two tries as a starting Postgres (SQLSTATE
   * 57P03) and a loading Redis, then as ready servers; the gate waits, says why, then passes.
   */
  @Test
  void protocolTargetsWaitForTheServersWordsInTheBusyboxImage() throws Exception {
    java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
    String fields = "SFATAL\0VFATAL\0C57P03\0Mthe database system is starting up\0\0";
    e.write('E');
    e.write(java.nio.ByteBuffer.allocate(4).putInt(4 + fields.length()).array());
    e.write(fields.getBytes(StandardCharsets.ISO_8859_1));
    byte[] md5 = {'R', 0, 0, 0, 12, 0, 0, 0, 5, 1, 2, 3, 4};
    int postgres = answering(e.toByteArray(), md5);
    int redis =
        answering(
            "-LOADING Redis is loading the dataset in memory\r\n"
                .getBytes(StandardCharsets.US_ASCII),
            "+PONG\r\n".getBytes(StandardCharsets.US_ASCII));
    JsonNode spec =
        gatedJob("postgres://127.0.0.1:" + postgres + ", redis://127.0.0.1:" + redis, "30s");
    List<PodRunner.Ran> ran =
        new PodRunner(tmp, null).runInitContainers(spec, "shop", Duration.ofSeconds(90));
    assertEquals(1, ran.size(), ran.toString());
    PodRunner.Ran r = ran.get(0);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.image().contains("busybox"), r.toString());
    assertTrue(
        r.output()
            .contains("try 1: not ready (the database system is starting up (SQLSTATE 57P03))"),
        r.toString());
    assertTrue(
        r.output().contains("try 1: not ready (LOADING Redis is loading the dataset in memory)"),
        r.toString());
    assertTrue(r.output().contains("startgate: all 2 targets ready after "), r.toString());
  }

  /**
   * A loopback server that reads what the client sends first (up to its end or 300 ms), then
   * answers the first two connections with {@code notYet} and the later ones with {@code ready}.
   */
  private int answering(byte[] notYet, byte[] ready) throws Exception {
    java.net.ServerSocket server =
        new java.net.ServerSocket(0, 16, java.net.InetAddress.getLoopbackAddress());
    closers.add(server);
    Thread t =
        new Thread(
            () -> {
              int n = 0;
              while (!server.isClosed()) {
                try (java.net.Socket s = server.accept()) {
                  s.setSoTimeout(300);
                  try {
                    s.getInputStream().read(new byte[4096]);
                  } catch (java.net.SocketTimeoutException ignored) {
                    // the client sent nothing yet: answer anyway
                  }
                  s.getOutputStream().write(n++ < 2 ? notYet : ready);
                  s.getOutputStream().flush();
                } catch (java.io.IOException closed) {
                  return;
                }
              }
            });
    t.setDaemon(true);
    t.start();
    return server.getLocalPort();
  }

  /** https:// runs in the curl image, which verifies the server's certificate. */
  @Test
  void anHttpsTargetPassesWithATrustedCertificateAndFailsWithoutOne() throws Exception {
    LoopbackServers.Tls tls = LoopbackServers.selfSigned(tmp);
    int https = servers.https(tls, exchange -> 200);
    JsonNode spec = gatedJob("https://127.0.0.1:" + https + "/status", "6s");
    List<PodRunner.Ran> trusted =
        new PodRunner(tmp, null, tls.pem()).runInitContainers(spec, "shop", Duration.ofSeconds(90));
    assertTrue(trusted.stream().anyMatch(r -> r.image().contains("curl")), trusted.toString());
    for (PodRunner.Ran r : trusted) {
      assertEquals(0, r.exit(), r.toString());
    }
    List<PodRunner.Ran> untrusted =
        new PodRunner(tmp, null).runInitContainers(spec, "shop", Duration.ofSeconds(90));
    PodRunner.Ran last = untrusted.get(untrusted.size() - 1);
    assertEquals(1, last.exit(), last.toString());
    assertTrue(last.output().toLowerCase().contains("certificate"), last.toString());
  }

  /**
   * {@code https.caConfigMap}: the generated configMap volume, mounted as the kubelet would, is
   * what makes curl trust a server the image's own store does not know.
   */
  @Test
  void anHttpsTargetTrustsTheCaBundleOfItsConfigMap() throws Exception {
    LoopbackServers.Tls tls = LoopbackServers.selfSigned(tmp);
    int https = servers.https(tls, exchange -> 200);
    Path config = tmp.resolve("startgate.yaml");
    Files.writeString(
        config,
        """
        apiVersion: fn.startgate.dev/v1alpha1
        kind: StartGate
        metadata:
          name: startgate
        https:
          caConfigMap: company-ca
          caKey: root.pem
        """);
    JsonNode spec =
        gatedJob("https://127.0.0.1:" + https + "/status", "8s", List.of("--config=" + config), "");
    assertTrue(spec.toString().contains("company-ca"), spec.toString());
    List<PodRunner.Ran> ran =
        new PodRunner(tmp, null)
            .configMap("company-ca", Map.of("root.pem", Files.readString(tls.pem())))
            .runInitContainers(spec, "shop", Duration.ofSeconds(90));
    for (PodRunner.Ran r : ran) {
      assertEquals(0, r.exit(), r.toString());
    }
    assertTrue(ran.stream().anyMatch(r -> r.image().contains("curl")), ran.toString());
    // The same container with another bundle in that ConfigMap: curl must refuse the server.
    List<PodRunner.Ran> other =
        new PodRunner(tmp.resolve("other"), null)
            .configMap("company-ca", Map.of("root.pem", otherCa()))
            .runInitContainers(spec, "shop", Duration.ofSeconds(90));
    PodRunner.Ran last = other.get(other.size() - 1);
    assertEquals(1, last.exit(), last.toString());
    assertTrue(last.output().toLowerCase().contains("certificate"), last.toString());
  }

  private String otherCa() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("other-ca"));
    return Files.readString(LoopbackServers.selfSigned(dir).pem());
  }

  /**
   * {@code service/NAME}: the Service in the input becomes its cluster DNS name, which the busybox
   * gate resolves (here through the container's hosts file, as cluster DNS would) and connects to.
   */
  @Test
  void aServiceTargetReachesTheServiceByItsClusterName() throws Exception {
    int port = LoopbackServers.freePort();
    servers.tcpLater(port, 2000, true);
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: postgres
          namespace: shop
        spec:
          ports:
          - name: pg
            port: %d
        ---
        """
            .formatted(port);
    JsonNode spec = gatedJob("service/postgres:pg", "20s", List.of(), service);
    String args = spec.path("initContainers").get(0).path("args").toString();
    assertTrue(args.contains("tcp://postgres.shop.svc:" + port), args);
    List<PodRunner.Ran> ran =
        new PodRunner(tmp, null)
            .host("postgres.shop.svc", "127.0.0.1")
            .runInitContainers(spec, "shop", Duration.ofSeconds(90));
    for (PodRunner.Ran r : ran) {
      assertEquals(0, r.exit(), r.toString());
    }
    assertTrue(ran.toString().contains("postgres.shop.svc:" + port + ": ready"), ran.toString());
  }

  @Test
  void aMissingTargetFailsWithinItsTimeout() throws Exception {
    int closed = LoopbackServers.freePort();
    JsonNode spec = gatedJob("tcp://127.0.0.1:" + closed, "6s");
    List<PodRunner.Ran> ran =
        new PodRunner(tmp, null).runInitContainers(spec, "shop", Duration.ofSeconds(90));
    PodRunner.Ran last = ran.get(ran.size() - 1);
    assertEquals(1, last.exit(), last.toString());
    assertTrue(last.output().contains("127.0.0.1:" + closed), last.toString());
    // The deadline, plus one try's bound and a container's start under load; never much later.
    assertTrue(last.took().compareTo(Duration.ofSeconds(5)) >= 0, last.toString());
    assertTrue(last.took().compareTo(Duration.ofSeconds(6 + 3 + 20)) <= 0, last.toString());
  }

  /**
   * The gate's shell is the container's PID 1, which gets no default action for SIGTERM: without a
   * handler a deleted pod (a Helm or Argo CD hook recreated, a Flux forced Job) waited out its
   * whole grace period. The gate ends at once, 143.
   */
  @Test
  void aStoppedGateEndsAtOnce() throws Exception {
    int closed = LoopbackServers.freePort();
    JsonNode spec = gatedJob("tcp://127.0.0.1:" + closed, "60s");
    JsonNode gate = spec.path("initContainers").get(0);
    List<String> cmd = new PodRunner(tmp, null).command(spec, gate, "shop");
    String name = cmd.get(cmd.indexOf("--name") + 1);
    Process run =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("log").toFile())
            .start();
    try {
      long waited = System.nanoTime();
      while (!Files.readString(tmp.resolve("log")).contains("try 1:")) {
        assertTrue(System.nanoTime() - waited < 60_000_000_000L, "no try within 60s");
        Thread.sleep(200);
      }
      long t0 = System.nanoTime();
      Proc.Outcome stop =
          Proc.run(tmp, null, 60, Map.of(), List.of("podman", "stop", "--time", "30", name));
      double took = (System.nanoTime() - t0) / 1e9;
      assertEquals(0, stop.code(), stop.err());
      assertTrue(took < 10, "stopped after " + took + "s (the grace period is 30s)");
      assertTrue(run.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(143, run.exitValue(), Files.readString(tmp.resolve("log")));
    } finally {
      run.destroyForcibly();
    }
  }

  /**
   * The translation holds what it claims, so that the passing gates above prove something: with a
   * generated container's own flags, a write to the root (even /tmp) fails, the process runs as the
   * numeric user without capabilities, and memory over the limit gets the container killed.
   */
  @Test
  void theGeneratedFlagsConfineTheContainer() throws Exception {
    JsonNode spec = gatedJob("tcp://127.0.0.1:1", "5s");
    ObjectNode gate = (ObjectNode) spec.path("initContainers").get(0).deepCopy();
    JsonNode security = gate.path("securityContext");
    assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), gate.toString());
    PodRunner runner = new PodRunner(tmp, null);

    Proc.Outcome probe =
        probe(
            runner,
            spec,
            gate,
            "id -u; id -g; grep CapEff /proc/self/status;"
                + " cat /sys/fs/cgroup/memory.max 2>/dev/null"
                + " || cat /sys/fs/cgroup/memory/memory.limit_in_bytes;"
                + " for f in /probe /tmp/probe /var/tmp/probe /run/probe; do"
                + " if echo x > $f; then echo wrote $f; fi; done 2>&1; true",
            60);
    String out = probe.out() + probe.err();
    List<String> lines = List.of(out.split("\n"));
    assertEquals(security.path("runAsUser").asString(), lines.get(0), out);
    assertEquals(security.path("runAsGroup").asString(), lines.get(1), out);
    assertTrue(lines.get(2).matches("CapEff:\\s+0+"), out);
    long limit = bytes(gate.path("resources").path("limits").path("memory").asString());
    assertEquals(Long.toString(limit), lines.get(3), out);
    assertFalse(out.contains("wrote "), out);
    assertTrue(out.contains("Read-only file system"), out);

    Proc.Outcome hog =
        probe(
            runner,
            spec,
            gate,
            "x=$(head -c " + 2 * limit + " /dev/zero | tr '\\0' a); echo ${#x}",
            // At the generated 0.05 CPU the shell fills its 32 MiB slowly: a minute was too short
            // once on a loaded 2-core machine (the container was still filling, not hung).
            240);
    assertEquals(137, hog.code(), "killed over its memory limit: " + hog.out() + hog.err());
  }

  private Proc.Outcome probe(
      PodRunner runner, JsonNode spec, ObjectNode gate, String script, int seconds)
      throws Exception {
    ObjectNode c = gate.deepCopy();
    c.putArray("command").add("sh").add("-c").add(script);
    c.remove("args");
    List<String> command = new ArrayList<>(runner.command(spec, c, "shop"));
    // In the test's own folder: on the out-of-memory kill below, podman's conmon writes a file
    // named "oom" into its working directory, which was the checkout.
    return Proc.run(tmp, null, seconds, Map.of(), command);
  }

  private static long bytes(String quantity) {
    assertTrue(quantity.endsWith("Mi"), quantity);
    return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024 * 1024;
  }
}
