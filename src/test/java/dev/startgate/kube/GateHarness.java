package dev.startgate.kube;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One fake API server with the generated RBAC enforced for the gate's token, a kubectl, and a clock
 * for changes that happen while a gate waits. A gate's steps run one after another, as the kubelet
 * runs init containers, and stop at the first that fails.
 */
final class GateHarness implements AutoCloseable {
  static final String GATE_TOKEN = "gate";

  /** A gate's steps as they ran. */
  record GateRun(
      List<GeneratedGates.Step> gate,
      List<Kubectl.Run> steps,
      Duration total,
      List<String> denied) {
    boolean passed() {
      return steps.size() == gate.size() && steps.stream().allMatch(r -> r.exit() == 0);
    }

    Kubectl.Run last() {
      return steps.get(steps.size() - 1);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("gate ran " + total.toMillis() + "ms:");
      for (int i = 0; i < steps.size(); i++) {
        Kubectl.Run r = steps.get(i);
        b.append("\n  ")
            .append(gate.get(i).name())
            .append(" exit ")
            .append(r.exit())
            .append(" after ")
            .append(r.took().toMillis())
            .append("ms: ")
            .append(r.output().strip());
      }
      for (String d : denied) {
        b.append("\n  denied: ").append(d);
      }
      return b.toString();
    }
  }

  /** Something done while the gate waits. */
  interface Action {
    void run() throws Exception;
  }

  final FakeApiServer server;
  final Kubectl kubectl;
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  private final List<Trigger> triggers = new CopyOnWriteArrayList<>();

  /** An action waiting for the gate's first request that {@code when} matches. */
  private record Trigger(Predicate<FakeApiServer.Request> when, Action action) {}

  private GateHarness(FakeApiServer server, Kubectl kubectl) {
    this.server = server;
    this.kubectl = kubectl;
    server.onServed(this::served);
  }

  /**
   * A fresh server where the gate's token is the workload's ServiceAccount, holding exactly the
   * rights the generated Roles and RoleBindings give it.
   */
  static GateHarness start(Path binary, GeneratedGates gates, Path work) throws Exception {
    return start(binary, gates, work, Discovery.standard());
  }

  /** {@link #start(Path, GeneratedGates, Path)} with a server that serves {@code discovery}. */
  static GateHarness start(Path binary, GeneratedGates gates, Path work, Discovery discovery)
      throws Exception {
    FakeApiServer server = new FakeApiServer(discovery);
    Map<String, Object> podSpec = gates.podSpec("Job", "seed");
    String account = (String) podSpec.get("serviceAccountName");
    Rbac rbac = Rbac.forServiceAccount(gates.documents(), "shop", account);
    server.authorize(GATE_TOKEN, rbac::allows);
    return new GateHarness(server, new Kubectl(binary, server, work));
  }

  void create(String yaml) throws Exception {
    kubectl.admin(yaml, "create", "--validate=false", "-f", "-");
  }

  void status(String object, String namespace, String patch) throws Exception {
    kubectl.admin(
        null,
        "patch",
        object,
        "--namespace=" + namespace,
        "--subresource=status",
        "--type=merge",
        "-p",
        patch);
  }

  void later(long millis, Action action) {
    clock.schedule(
        () -> {
          try {
            action.run();
          } catch (Throwable t) {
            failures.add(t);
          }
        },
        millis,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code action} once, as soon as the gate has made (and the server has served) a request
   * that {@code when} matches: a change that happens while the gate waits, however long the gate's
   * kubectl took to get there.
   */
  void once(Predicate<FakeApiServer.Request> when, Action action) {
    triggers.add(new Trigger(when, action));
  }

  private void served(FakeApiServer.Request r) {
    if (!GATE_TOKEN.equals(r.token())) {
      return;
    }
    for (Trigger t : triggers) {
      if (t.when().test(r) && triggers.remove(t)) {
        later(0, t.action());
      }
    }
  }

  /** Creates {@code object} in the server from inside the JVM: no kubectl process. */
  void createInProcess(ApiObject object) {
    server.apply("POST", object.collection(), "application/json", object.json());
  }

  /** Merges {@code patch} into the status of {@code object}, from inside the JVM. */
  void statusInProcess(ApiObject object, String patch) {
    server.apply(
        "PATCH",
        object.collection() + "/" + object.name() + "/status",
        "application/merge-patch+json",
        patch);
  }

  /** Deletes {@code object} from the server, from inside the JVM. */
  void deleteInProcess(ApiObject object) {
    server.apply("DELETE", object.collection() + "/" + object.name(), "application/json", "");
  }

  GateRun run(List<GeneratedGates.Step> gate) throws Exception {
    List<Kubectl.Run> runs = new ArrayList<>();
    long start = System.nanoTime();
    for (GeneratedGates.Step step : gate) {
      Kubectl.Run r = kubectl.run(GATE_TOKEN, step.kubectlArgs(), null, limit(step));
      runs.add(r);
      if (r.exit() != 0) {
        break;
      }
    }
    List<String> denied =
        server.requests(GATE_TOKEN).stream()
            .filter(r -> !r.allowed())
            .map(
                r ->
                    RequestAttributes.of(r)
                        + " ("
                        + r.method()
                        + " "
                        + r.path()
                        + " "
                        + r.query()
                        + ")")
            .distinct()
            .toList();
    GateRun run = new GateRun(gate, runs, Duration.ofNanos(System.nanoTime() - start), denied);
    if (!failures.isEmpty()) {
      throw new AssertionError("a change during the gate failed", failures.get(0));
    }
    return run;
  }

  /**
   * How long the harness lets one step run before it calls it hung: the step's own {@code
   * --timeout} (kubectl's bound, which the test measures) plus time for kubectl to start and
   * discover the API on a loaded machine.
   */
  static Duration limit(GeneratedGates.Step step) {
    return step.timeout().orElse(Duration.ZERO).plusSeconds(30);
  }

  @Override
  public void close() throws Exception {
    clock.shutdownNow();
    clock.awaitTermination(10, TimeUnit.SECONDS);
    server.close();
  }
}
