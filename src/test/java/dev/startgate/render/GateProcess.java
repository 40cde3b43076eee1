package dev.startgate.render;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The whole tailored network script ({@link GateScript#of}) run as the gate container would run it,
 * in the background, with busybox applets first on PATH: each log line is kept with the
 * milliseconds since the start, so a test can hold the time the gate said "ready" against the time
 * the server's own client first worked.
 */
final class GateProcess {
  /** One log line and when it was written. */
  record Line(long atMillis, String text) {}

  private final Process process;
  private final long start;
  private final List<Line> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private GateProcess(Process process, long start) {
    this.process = process;
    this.start = start;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                  lines.add(new Line(millis(), l));
                }
              } catch (java.io.IOException e) {
                lines.add(new Line(millis(), "(read failed: " + e + ")"));
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code sh -c SCRIPT startgate-network TIMEOUT INTERVAL 0 TARGET...} with the script
   * tailored to {@code kinds}; {@code sh} and every tool are busybox applets from {@code applets}.
   */
  static GateProcess start(
      Path applets, EnumSet<GateScript.Kind> kinds, int timeout, int interval, String... targets)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(applets.resolve("sh").toString());
    command.add("-c");
    command.add(GateScript.of(kinds));
    command.add("startgate-network");
    command.add(Integer.toString(timeout));
    command.add(Integer.toString(interval));
    command.add("0");
    command.addAll(List.of(targets));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().put("PATH", applets.toString());
    long start = System.nanoTime();
    return new GateProcess(pb.start(), start);
  }

  /** Milliseconds since the start. */
  long millis() {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Waits (at most {@code seconds}) until a line matches; the line, if any. */
  Optional<Line> await(Predicate<String> line, int seconds) throws InterruptedException {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < until) {
      Optional<Line> found = find(line);
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(50);
    }
    return find(line);
  }

  /** The first line so far that matches. */
  Optional<Line> find(Predicate<String> line) {
    return lines.stream().filter(l -> line.test(l.text())).findFirst();
  }

  /** The lines of not-ready tries so far. */
  List<String> tries() {
    return lines.stream()
        .map(Line::text)
        .filter(t -> t.matches(".*: try \\d+: not ready .*"))
        .toList();
  }

  private long queried = -1;
  private long lastFailedQuery = -1;

  /**
   * Runs the server's real client every 100 ms until it works (at most {@code seconds}), keeping
   * when the last failed query started and when the first that worked ended.
   */
  void untilQueried(ReadinessRace.Query query, int seconds) throws Exception {
    long until = millis() + seconds * 1000L;
    while (millis() < until) {
      long at = millis();
      if (query.works()) {
        queried = millis();
        return;
      }
      lastFailedQuery = at;
      Thread.sleep(100);
    }
    throw new AssertionError("the server never answered a query: " + log());
  }

  /**
   * The gate exited 0 and said {@code target} was ready no earlier than the last failed query
   * started and within one interval (plus one try's bound for a loaded machine) of the first query
   * that worked; every not-ready try said {@code reason}. Returns the delay after that query (ms,
   * negative when the gate's try came first).
   */
  long assertReadyWithinOneInterval(
      String target, int intervalSeconds, int tryBound, Predicate<String> reason) throws Exception {
    int code = exit(30);
    org.junit.jupiter.api.Assertions.assertEquals(0, code, log());
    long ready =
        find(l -> l.startsWith("startgate: " + target + ": ready (try "))
            .orElseThrow(() -> new AssertionError("no ready line: " + log()))
            .atMillis();
    org.junit.jupiter.api.Assertions.assertTrue(
        ready >= lastFailedQuery,
        "ready at " + ready + " ms, a query failed at " + lastFailedQuery + " ms: " + log());
    org.junit.jupiter.api.Assertions.assertTrue(
        ready <= queried + intervalSeconds * 1000L + tryBound * 1000L,
        "ready at " + ready + " ms, the first query worked at " + queried + " ms: " + log());
    org.junit.jupiter.api.Assertions.assertFalse(tries().isEmpty(), log());
    for (String t : tries()) {
      String seen = t.substring(t.indexOf("not ready (") + "not ready (".length(), t.length() - 1);
      org.junit.jupiter.api.Assertions.assertTrue(reason.test(seen), seen + " in " + log());
    }
    return ready - queried;
  }

  /** Waits for the exit (at most {@code seconds}, then kills it); the exit code. */
  int exit(int seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
    reader.join(5000);
    return process.exitValue();
  }

  /** The whole log, with times, for messages. */
  String log() {
    StringBuilder b = new StringBuilder();
    lines.forEach(l -> b.append(l.atMillis()).append(" ms: ").append(l.text()).append('\n'));
    return b.toString();
  }
}
