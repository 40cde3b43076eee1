package dev.startgate.kube;

import com.sun.net.httpserver.HttpServer;
import dev.startgate.testing.InProcess;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Measures what gate containers need: runs the commands startgate generates (from an input it
 * renders in this JVM) in a cgroup with a CPU quota, as the kubelet would with {@code limits.cpu},
 * and records each command's wall time, CPU time, peak resident memory (GNU time) and the cgroup's
 * peak memory. kubectl gates run with a real kubectl against {@link FakeApiServer}, once with the
 * standard discovery and with {@link Discovery#manyCrds} served as aggregated and as legacy
 * discovery, their targets already ready (so the time is kubectl's own cost); the busybox and curl
 * loops run against loopback servers that never get ready, for a few tries. Run by {@code
 * bench/gate-resources.sh}; needs root.
 *
 * <p>Arguments: {@code --kubectl PATH --quotas 50,100,200,500 --repeats 3 --crd-groups 100 --kinds
 * 4 --out DIR}. Writes {@code DIR/results.tsv} and prints Markdown tables.
 */
public final class GateResourcesBench {
  private GateResourcesBench() {}

  private record Row(
      String discovery,
      int quota,
      int rep,
      String gate,
      String step,
      int exit,
      long wallMs,
      double cpuS,
      long rssKb,
      long cgroupKb) {
    String tsv() {
      return String.join(
          "\t",
          discovery,
          String.valueOf(quota),
          String.valueOf(rep),
          gate,
          step,
          String.valueOf(exit),
          String.valueOf(wallMs),
          String.valueOf(cpuS),
          String.valueOf(rssKb),
          String.valueOf(cgroupKb));
    }
  }

  private static final String INPUT =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: seed
        namespace: shop
        annotations:
          startgate.dev/wait-for: |
            deployment/api
            job/migrate
            pods/app=db
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: seed
              image: seed:1
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: loops
        namespace: shop
        annotations:
          startgate.dev/wait-for: |
            tcp://127.0.0.1:%1$d
            http://127.0.0.1:%2$d/healthz
            https://127.0.0.1:%3$d/apis/not.served/v1
          startgate.dev/timeout: 6s
          startgate.dev/interval: 1s
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: loops
              image: loops:1
      """;

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (opt.containsKey("summarize")) {
      System.out.println(compact(read(Path.of(opt.get("summarize")))));
      return;
    }
    Path kubectl =
        Path.of(
            opt.getOrDefault(
                "kubectl", Kubectl.binaries(KubectlBinaries.imageMinor()).get(0).toString()));
    int[] quotas =
        Arrays.stream(opt.getOrDefault("quotas", "50,100,200,500").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int repeats = Integer.parseInt(opt.getOrDefault("repeats", "3"));
    int crdGroups = Integer.parseInt(opt.getOrDefault("crd-groups", "400"));
    int kinds = Integer.parseInt(opt.getOrDefault("kinds", "4"));
    Path out = Path.of(opt.getOrDefault("out", "target/gate-resources"));
    Files.createDirectories(out);
    Path work = Files.createTempDirectory("gate-resources");

    try (ServerSocket refused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        FakeApiServer tls = new FakeApiServer()) {
      int tcpPort = refused.getLocalPort();
      refused.close();
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      http.createContext(
          "/",
          x -> {
            x.sendResponseHeaders(503, -1);
            x.close();
          });
      http.start();
      int tlsPort = Integer.parseInt(tls.url().replaceFirst(".*:", ""));
      String input = INPUT.formatted(tcpPort, http.getAddress().getPort(), tlsPort);
      InProcess.Run rendered = InProcess.run(List.of(), input.getBytes(StandardCharsets.UTF_8));
      if (rendered.code() != 0) {
        throw new IllegalStateException("startgate failed: " + rendered.err());
      }
      Path output = work.resolve("output.yaml");
      Files.writeString(output, rendered.out());
      GeneratedGates gates = GeneratedGates.read(output);

      List<Row> rows = new ArrayList<>();
      Map<String, Discovery> discoveries = new LinkedHashMap<>();
      discoveries.put("standard", Discovery.standard());
      Discovery many = Discovery.manyCrds(crdGroups, kinds);
      discoveries.put("crds-aggregated", many.aggregated());
      discoveries.put("crds-legacy", many);
      discoveries
          .keySet()
          .retainAll(
              List.of(opt.getOrDefault("discoveries", "standard,crds-aggregated").split(",")));
      for (Map.Entry<String, Discovery> d : discoveries.entrySet()) {
        System.err.printf(
            "discovery %s: %d resources in %d group versions%s%n",
            d.getKey(),
            d.getValue().resourceCount(),
            d.getValue().groupVersionCount(),
            d.getValue().isAggregated() ? ", aggregated" : "");
        rows.addAll(kubectlGates(kubectl, gates, work, d.getKey(), d.getValue(), quotas, repeats));
      }
      rows.addAll(loops(gates, work, tls.certificateFile(), quotas[0], repeats));
      http.stop(0);

      Files.writeString(
          out.resolve("results.tsv"),
          "discovery\tquota_m\trep\tgate\tstep\texit\twall_ms\tcpu_s\tmax_rss_kb\tcgroup_peak_kb\n"
              + rows.stream().map(Row::tsv).collect(Collectors.joining("\n"))
              + "\n");
      System.out.println(summary(rows, kubectl, discoveries));
    }
  }

  private static List<Row> kubectlGates(
      Path kubectl,
      GeneratedGates gates,
      Path work,
      String name,
      Discovery discovery,
      int[] quotas,
      int repeats)
      throws Exception {
    List<Row> rows = new ArrayList<>();
    try (GateHarness h = GateHarness.start(kubectl, gates, work, discovery)) {
      h.create(Fixtures.deployment("api", "shop"));
      h.status("deployment/api", "shop", Fixtures.DEPLOYMENT_READY);
      h.create(Fixtures.job("migrate", "shop"));
      h.status("job/migrate", "shop", Fixtures.JOB_COMPLETE);
      h.create(Fixtures.pod("db-0", "shop", "db"));
      h.status("pod/db-0", "shop", Fixtures.POD_READY);
      for (int rep = 1; rep <= repeats; rep++) {
        for (int quota : quotas) {
          for (String gate :
              List.of(
                  "startgate-deployment-api", "startgate-job-migrate", "startgate-pods-app-db")) {
            for (GeneratedGates.Step step : gates.gate("Job", "seed", gate)) {
              try (Cgroup cg = Cgroup.create("startgate-bench", quota, 0)) {
                cg.resetPeak();
                Kubectl.Run r =
                    h.kubectl.runIn(
                        cg, GateHarness.GATE_TOKEN, step.kubectlArgs(), Duration.ofSeconds(120));
                if (r.exit() != 0) {
                  System.err.println(step.name() + " failed: " + r.output());
                }
                rows.add(
                    new Row(
                        name,
                        quota,
                        rep,
                        gate.replaceFirst("startgate-", ""),
                        step.name().replaceFirst(gate, "").replaceFirst("^-", ""),
                        r.exit(),
                        r.took().toMillis(),
                        r.cpuSeconds(),
                        r.maxRssKb(),
                        cg.memoryPeak() / 1024));
                System.err.println(rows.get(rows.size() - 1).tsv());
              }
            }
          }
        }
      }
    }
    return rows;
  }

  /**
   * The busybox (tcp, http) and curl (https) loops, a few tries each against a target never ready.
   */
  private static List<Row> loops(
      GeneratedGates gates, Path work, Path caFile, int quota, int repeats) throws Exception {
    Path applets = Files.createDirectories(work.resolve("applets"));
    Path busybox = Path.of("/usr/bin/busybox");
    Process list = new ProcessBuilder(busybox.toString(), "--list").start();
    for (String applet :
        new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
      if (!applet.isBlank()) {
        Files.createSymbolicLink(applets.resolve(applet.strip()), busybox);
      }
    }
    list.waitFor();
    Path curlDir = Files.createDirectories(work.resolve("curl"));
    Files.createSymbolicLink(curlDir.resolve("curl"), Path.of("/usr/bin/curl"));
    List<Row> rows = new ArrayList<>();
    for (int rep = 1; rep <= repeats; rep++) {
      for (GeneratedGates.Step step : gates.steps("Job", "loops")) {
        boolean https = step.name().startsWith("startgate-https");
        List<String> line = new ArrayList<>(step.commandLine());
        line.set(0, applets.resolve("sh").toString());
        if (https) {
          line.add(line.size() - 1, "--cacert");
          line.add(line.size() - 1, caFile.toString());
        }
        try (Cgroup cg = Cgroup.create("startgate-bench", quota, 0)) {
          cg.resetPeak();
          Path times = work.resolve("time");
          List<String> timed =
              new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", times.toString()));
          timed.addAll(line);
          ProcessBuilder pb = new ProcessBuilder(cg.wrap(timed));
          pb.environment().put("PATH", (https ? curlDir + ":" : "") + applets);
          pb.redirectErrorStream(true).redirectOutput(work.resolve("loop.log").toFile());
          long start = System.nanoTime();
          Process p = pb.start();
          if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
          }
          long ms = (System.nanoTime() - start) / 1_000_000;
          List<String> t = Files.readAllLines(times);
          String[] f = t.get(t.size() - 1).strip().split(" ");
          rows.add(
              new Row(
                  "loop",
                  quota,
                  rep,
                  step.name().replaceFirst("startgate-", "").replaceFirst("-127.*", ""),
                  https ? "curl" : "busybox",
                  p.exitValue(),
                  ms,
                  Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                  Long.parseLong(f[0]),
                  cg.memoryPeak() / 1024));
          System.err.println(rows.get(rows.size() - 1).tsv());
        }
      }
    }
    return rows;
  }

  private static String summary(List<Row> rows, Path kubectl, Map<String, Discovery> discoveries) {
    StringBuilder b = new StringBuilder();
    b.append("kubectl: ").append(kubectl).append('\n');
    discoveries.forEach(
        (k, d) ->
            b.append("discovery ")
                .append(k)
                .append(": ")
                .append(d.resourceCount())
                .append(" resources in ")
                .append(d.groupVersionCount())
                .append(" group versions\n"));
    b.append("\n| discovery | CPU limit | gate | step | wall s (median) | CPU s (median)")
        .append(" | max RSS MiB (median / max) | cgroup peak MiB (max) |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    Map<String, List<Row>> groups = new TreeMap<>();
    for (Row r : rows) {
      String key =
          String.format(
              "%s|%05d|%s|%s",
              r.discovery().equals("loop") ? "~loop" : r.discovery(),
              r.quota(),
              r.gate(),
              r.step());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    groups.forEach(
        (k, rs) -> {
          Row f = rs.get(0);
          b.append(
              String.format(
                  "| %s | %dm | %s | %s | %.2f | %.2f | %.1f / %.1f | %.1f |%n",
                  f.discovery(),
                  f.quota(),
                  f.gate(),
                  f.step().isEmpty() ? "(last)" : f.step(),
                  median(rs.stream().mapToDouble(r -> r.wallMs() / 1000.0).toArray()),
                  median(rs.stream().mapToDouble(Row::cpuS).toArray()),
                  median(rs.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray()),
                  rs.stream().mapToDouble(r -> r.rssKb() / 1024.0).max().orElse(0),
                  rs.stream().mapToDouble(r -> r.cgroupKb() / 1024.0).max().orElse(0)));
        });
    b.append('\n').append(compact(rows));
    long failed = rows.stream().filter(r -> r.exit() != 0 && !r.discovery().equals("loop")).count();
    b.append("\nkubectl commands that failed: ").append(failed).append('\n');
    return b.toString();
  }

  /** Rows of a results.tsv. */
  private static List<Row> read(Path tsv) throws java.io.IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv)) {
      String[] f = line.split("\t", -1);
      if (f.length == 10 && !f[0].equals("discovery")) {
        rows.add(
            new Row(
                f[0],
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                f[3],
                f[4],
                Integer.parseInt(f[5]),
                Long.parseLong(f[6]),
                Double.parseDouble(f[7]),
                Long.parseLong(f[8]),
                Long.parseLong(f[9])));
      }
    }
    return rows;
  }

  /**
   * One line per discovery and CPU limit over every step: the median and slowest step, the median
   * Deployment gate (its two steps in one round), CPU time and memory.
   */
  private static String compact(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append(
            "| discovery | CPU limit | runs | step wall s: median / max | Deployment gate s: median")
        .append(" | CPU s per step: median / max | max RSS MiB: median / max")
        .append(" | cgroup peak MiB: max | failed |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    Map<String, List<Row>> groups = new TreeMap<>();
    for (Row r : rows) {
      String d =
          r.discovery().equals("loop") ? "~loop " + r.step() + " " + r.gate() : r.discovery();
      groups.computeIfAbsent(String.format("%s|%05d", d, r.quota()), k -> new ArrayList<>()).add(r);
    }
    groups.forEach(
        (k, rs) -> {
          Row f = rs.get(0);
          double[] walls = rs.stream().mapToDouble(r -> r.wallMs() / 1000.0).toArray();
          double[] cpus = rs.stream().mapToDouble(Row::cpuS).toArray();
          double[] rss = rs.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray();
          Map<Integer, Double> deployment = new TreeMap<>();
          rs.stream()
              .filter(r -> r.gate().equals("deployment-api"))
              .forEach(r -> deployment.merge(r.rep(), r.wallMs() / 1000.0, Double::sum));
          String name =
              f.discovery().equals("loop") ? f.step() + " " + f.gate() + " loop" : f.discovery();
          b.append(
              String.format(
                  "| %s | %dm | %d | %.1f / %.1f | %s | %.2f / %.2f | %.1f / %.1f | %.1f | %d |%n",
                  name,
                  f.quota(),
                  rs.size(),
                  median(walls),
                  Arrays.stream(walls).max().orElse(0),
                  deployment.isEmpty()
                      ? "-"
                      : String.format(
                          "%.1f",
                          median(deployment.values().stream().mapToDouble(x -> x).toArray())),
                  median(cpus),
                  Arrays.stream(cpus).max().orElse(0),
                  median(rss),
                  Arrays.stream(rss).max().orElse(0),
                  rs.stream().mapToDouble(r -> r.cgroupKb() / 1024.0).max().orElse(0),
                  f.discovery().equals("loop")
                      ? 0
                      : rs.stream().filter(r -> r.exit() != 0).count()));
        });
    return b.toString();
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
