package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP and HTTPS checks (busybox wget, curl) against Debian's nginx on loopback, as a gate
 * meets a real web server: a 200 and a 503 with their bodies, {@code status=} and {@code body=},
 * nginx's own absolute redirect (followed) and a relative one (refused), TLS with a certificate the
 * container trusts, and a maintenance page that a reload replaces while the gate waits.
 */
class NginxCheckIT {
  @TempDir static Path tmp;

  private static CheckShell shell;
  private static Path dir;
  private static String http;
  private static String https;

  /** The body and status {@code /healthz} answers, included by the config; a reload reads it. */
  private static void health(int status, String body) throws Exception {
    Files.writeString(
        dir.resolve("health.conf"),
        "location = /healthz { default_type text/plain; return "
            + status
            + " \""
            + body
            + "\\n\"; }\n");
  }

  @BeforeAll
  static void nginx() throws Exception {
    shell = CheckShell.linking(tmp.resolve("applets"));
    dir = ServerProcesses.folder(tmp, "nginx");
    Proc.Outcome cert =
        Proc.run(
            dir,
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "key.pem",
            "-out",
            "cert.pem",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost");
    assertEquals(0, cert.code(), "openssl is needed: apt-get install -y openssl; " + cert);
    for (String f : List.of("key.pem", "cert.pem")) {
      dir.resolve(f).toFile().setReadable(true, false);
    }
    int plain = CheckShell.freePort();
    int tls = CheckShell.freePort();
    health(503, "maintenance");
    String temp = "";
    for (String t : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
      temp += "  " + t + "_temp_path " + dir.resolve(t) + ";\n";
    }
    Files.writeString(
        dir.resolve("nginx.conf"),
        "worker_processes 1;\npid "
            + dir.resolve("pid")
            + ";\nerror_log "
            + dir.resolve("error.log")
            + ";\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n"
            + temp
            + "  server {\n    listen 127.0.0.1:"
            + plain
            + ";\n    listen 127.0.0.1:"
            + tls
            + " ssl;\n    ssl_certificate "
            + dir.resolve("cert.pem")
            + ";\n    ssl_certificate_key "
            + dir.resolve("key.pem")
            + ";\n    include "
            + dir.resolve("health.conf")
            + ";\n    location = /moved { return 301 /healthz; }\n"
            + "    location = /relative { absolute_redirect off; return 302 healthz; }\n"
            + "  }\n}\n");
    Proc.Outcome version =
        Proc.run(
            dir, null, 30, Map.of(), List.of("sh", "-c", "command -v nginx || ls /usr/sbin/nginx"));
    assertEquals(0, version.code(), "nginx is needed: apt-get install -y nginx");
    ServerProcesses.run(dir, nginxCommand());
    http = "http://127.0.0.1:" + plain;
    https = "https://127.0.0.1:" + tls;
    for (int i = 0; i < 200 && !CheckShell.tcpAccepts(plain); i++) {
      Thread.sleep(20);
    }
  }

  private static String[] nginxCommand(String... more) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of("/usr/sbin/nginx").toFile().canExecute() ? "/usr/sbin/nginx" : "nginx",
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-e",
                dir.resolve("error.log").toString()));
    command.addAll(List.of(more));
    return command.toArray(String[]::new);
  }

  @AfterAll
  static void stop() throws Exception {
    ServerProcesses.stop(dir.resolve("pid"));
  }

  /**
   * A new /healthz, once nginx answers only with it: a reload starts new workers in the background
   * and the old one answers for a while too (answers alternate), so 20 answers in a row must be the
   * new one.
   */
  private static void reload(int status, String body) throws Exception {
    health(status, body);
    long master = ServerProcesses.pid(dir.resolve("pid")).orElseThrow();
    List<ProcessHandle> old =
        ProcessHandle.of(master).map(p -> p.children().toList()).orElse(List.of());
    ServerProcesses.run(dir, nginxCommand("-s", "reload"));
    for (int i = 0; i < 300 && old.stream().anyMatch(ProcessHandle::isAlive); i++) {
      Thread.sleep(50); // the old worker finishes its requests and exits
    }
    int inARow = 0;
    for (int i = 0; i < 600 && inARow < 20; i++) {
      if (status(http + "/healthz") == status) {
        inARow++;
      } else {
        inARow = 0;
        Thread.sleep(50);
      }
    }
    assertEquals(20, inARow, "nginx did not reload to " + status);
  }

  private static CheckShell.Try get(String url) throws Exception {
    return url.startsWith("https")
        ? shell
            .withEnv("CURL_CA_BUNDLE", dir.resolve("cert.pem").toString())
            .run(GateScript.Kind.HTTPS, 3, url)
        : shell.run(GateScript.Kind.HTTP, 3, url);
  }

  private static CheckShell.Try expect(String url, String statuses, String body) throws Exception {
    return url.startsWith("https")
        ? shell
            .withEnv("CURL_CA_BUNDLE", dir.resolve("cert.pem").toString())
            .run(GateScript.Kind.HTTPS_EXPECT, 3, url, statuses, body)
        : shell.run(GateScript.Kind.HTTP_EXPECT, 3, url, statuses, body);
  }

  /** nginx's own answer, as a user's curl sees it: the status line's code. */
  private static int status(String url) throws Exception {
    Proc.Outcome out =
        Proc.run(
            dir,
            null,
            30,
            Map.of(),
            List.of(
                "curl",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--cacert",
                dir.resolve("cert.pem").toString(),
                url));
    return Integer.parseInt(out.out().strip());
  }

  @Test
  void readyOnlyOnASuccessAndWithTheExpectedBody() throws Exception {
    reload(200, "status: UP");
    for (String base : List.of(http, https)) {
      assertEquals(200, status(base + "/healthz"));
      assertTrue(get(base + "/healthz").ready(), base);
      assertTrue(expect(base + "/healthz", "200", "status: UP").ready(), base);
      CheckShell.Try body = expect(base + "/healthz", "", "status: DOWN");
      assertFalse(body.ready(), base);
      assertTrue(body.seen().contains("status: DOWN"), body.seen());
      CheckShell.Try missing = get(base + "/nothing");
      assertFalse(missing.ready(), base);
      assertTrue(missing.seen().contains("404"), missing.seen());
    }
    reload(503, "maintenance");
    for (String base : List.of(http, https)) {
      assertEquals(503, status(base + "/healthz"));
      CheckShell.Try down = get(base + "/healthz");
      assertFalse(down.ready(), base);
      assertTrue(down.seen().contains("503"), down.seen());
      assertFalse(expect(base + "/healthz", "", "maintenance").ready(), base);
      // A user who waits for the maintenance page itself says so (with its body only over
      // https://: wget reads no body of a 503, and startgate refuses status=503 body= on http://).
      assertTrue(expect(base + "/healthz", "503", "").ready(), base);
    }
    assertTrue(expect(https + "/healthz", "503", "maintenance").ready());
    assertFalse(expect(https + "/healthz", "503", "status: UP").ready());
  }

  /**
   * nginx writes an absolute Location ({@code return 301 /healthz} becomes {@code
   * http://127.0.0.1:PORT/healthz}), which wget follows to the final answer; with {@code
   * absolute_redirect off} and a relative target it sends {@code Location: healthz}, which busybox
   * wget cannot follow: never ready, with the reason.
   */
  @Test
  void redirectsAreFollowedToTheFinalAnswerOrRefused() throws Exception {
    reload(200, "status: UP");
    assertTrue(get(http + "/moved").ready());
    assertTrue(expect(http + "/moved", "200", "UP").ready());
    reload(503, "maintenance");
    assertFalse(get(http + "/moved").ready());
    reload(200, "status: UP");
    for (CheckShell.Try t : List.of(get(http + "/relative"), expect(http + "/relative", "", ""))) {
      assertFalse(t.ready(), t.toString());
      assertTrue(t.seen().contains("a redirect to healthz"), t.seen());
    }
  }

  /**
   * The whole network script while nginx serves a maintenance page: one not-ready line per try with
   * the status, then ready within one interval of the reload that brings the page up.
   */
  @Test
  void theGatePassesWithinOneIntervalOfTheReload() throws Exception {
    reload(503, "maintenance");
    String target = http + "/healthz";
    GateProcess gate =
        GateProcess.start(shell.applets(), EnumSet.of(GateScript.Kind.HTTP), 60, 1, target);
    assertTrue(
        gate.await(l -> l.contains(": try 2: not ready (HTTP 503"), 15).isPresent(), gate.log());
    reload(200, "status: UP");
    gate.untilQueried(() -> status(target) == 200, 30);
    long after =
        gate.assertReadyWithinOneInterval(target, 1, 3, seen -> seen.startsWith("HTTP 503"));
    System.out.println("nginx gate: ready " + after + " ms after the first 200\n" + gate.log());
  }
}
