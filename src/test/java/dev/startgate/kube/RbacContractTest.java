package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The RBAC contract: the generated Roles allow every request the Kubernetes gate makes, and nothing
 * that could be taken away. The gate's script runs in-cluster ({@link InClusterGate}) over every
 * Kubernetes target of the golden case {@code kube-gates} and passes with a real kubectl against
 * the fake API server (which enforces the Roles); every logged request is classified as the API
 * server's authorizer sees it. The test fails if the Roles are too narrow (a request denied, other
 * than kubectl's namespace probe below) or too wide (removing any one verb or resource name denies
 * no request).
 *
 * <p>kubectl's {@code wait --for=create}, when the object is not there yet, GETs the namespace to
 * tell "no such namespace" from "no such object", and treats a 403 like "the namespace exists". The
 * gates do not need that, so the Role does not grant it; the test allows that one request to be
 * denied, and the gates still pass.
 *
 * <p>Every object appears only after the gate has looked for it and becomes ready only after the
 * gate watches it ({@link #appearsThenReady}), so every wait goes through both paths.
 */
class RbacContractTest {
  /**
   * The gate runs with its deadline (4s in the golden case) this many times longer: this test
   * checks what they ask the API server, not how long they wait (KubernetesGateScriptIT does), and
   * a kubectl starved of CPU spends seconds of its timeout on start-up and discovery. A passing
   * gate is no slower for it (it passes as soon as its change lands); a gate that never passes
   * still fails, after 40s.
   */
  static final int TIMEOUT_FACTOR = 10;

  /** The Kubernetes gate's deadline here: the golden case's 4s, {@link #TIMEOUT_FACTOR} times. */
  static final int GATE_TIMEOUT = 4 * TIMEOUT_FACTOR;

  /** The Kubernetes targets of the golden case's Job {@code seed}, as the gate's arguments. */
  static final List<String> TARGETS =
      List.of(
          "deployment/shop/api",
          "statefulset/data/pg",
          "job/shop/migrate",
          "pods/shop/app=db",
          "pods/shop/tier in (cache,db),!canary");

  @TempDir Path work;

  static Stream<Path> kubectls() throws IOException {
    return KubectlBinaries.kubectls();
  }

  @ParameterizedTest
  @MethodSource("kubectls")
  void theGeneratedRolesAllowExactlyWhatTheGatesDo(Path binary) throws Exception {
    GeneratedGates gates = GeneratedGates.read(KubectlBinaries.GOLDEN);
    String account = (String) gates.podSpec("Job", "seed").get("serviceAccountName");
    Rbac rbac = Rbac.forServiceAccount(gates.documents(), "shop", account);
    assertFalse(rbac.rules().isEmpty(), "no Role is bound to " + account);
    List<FakeApiServer.Request> requests;
    try (GateHarness h = GateHarness.start(binary, gates, work)) {
      appearsThenReady(h, Fixtures.deployment("api", "shop"), Fixtures.DEPLOYMENT_READY);
      appearsThenReady(h, Fixtures.statefulSet("pg", "data"), Fixtures.STATEFULSET_READY);
      appearsThenReady(h, Fixtures.job("migrate", "shop"), Fixtures.JOB_COMPLETE);
      appearsThenReady(h, Fixtures.pod("db-0", "shop", "db"), Fixtures.POD_READY);
      appearsThenReady(
          h, Fixtures.podLabelled("cache-0", "shop", "{tier: cache}"), Fixtures.POD_READY);
      InClusterGate.Outcome run =
          new InClusterGate(binary, h.server, work, GateHarness.GATE_TOKEN)
              .run(GATE_TIMEOUT, 1, 0, TARGETS.toArray(String[]::new));
      assertTrue(run.passed(), "every gate passes with the generated Roles: " + run);
      requests = h.server.requests(GateHarness.GATE_TOKEN);
    }
    List<RequestAttributes> needed = new ArrayList<>();
    for (FakeApiServer.Request r : requests) {
      RequestAttributes a = RequestAttributes.of(r);
      assertEquals(rbac.allows(a), r.allowed(), "the server enforced the Roles for " + a);
      if (!r.allowed()) {
        assertTrue(isNamespaceProbe(a), "denied, but the gates need it: " + a);
      } else if (a.resourceRequest()) {
        needed.add(a);
      }
    }
    assertFalse(needed.isEmpty(), "no request was logged");
    for (Rbac.Narrowed narrowed : rbac.narrowings()) {
      List<RequestAttributes> denied =
          needed.stream().filter(a -> !narrowed.rbac().allows(a)).toList();
      assertFalse(
          denied.isEmpty(),
          "the Role is too wide: without the "
              + narrowed.removed()
              + " every request is still allowed:\n"
              + needed.stream().map(Object::toString).distinct().collect(Collectors.joining("\n")));
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "data: get apps/statefulsets pg",
                "data: list apps/statefulsets pg",
                "data: watch apps/statefulsets pg",
                "shop: get apps/deployments api",
                "shop: get batch/jobs migrate",
                "shop: list apps/deployments api",
                "shop: list batch/jobs migrate",
                "shop: list pods",
                "shop: watch apps/deployments api",
                "shop: watch batch/jobs migrate",
                "shop: watch pods")),
        used(needed),
        "the verbs the gates used");
  }

  /**
   * The object appears once the gate has looked for it and not found it, and becomes ready once the
   * gate watches it: each gate waits through both, as on a cluster, at whatever moment its kubectl
   * gets there (a machine under load starts kubectl slowly; fixed delays raced with that). The
   * changes are made inside the JVM, so they land within milliseconds of the gate's request and the
   * gates' own {@code --timeout} bounds only kubectl's waiting.
   */
  private static void appearsThenReady(GateHarness h, String yaml, String readyPatch) {
    ApiObject object = ApiObject.of(yaml);
    h.once(object::lookedFor, () -> h.createInProcess(object));
    h.once(r -> r.watch() && object.lookedFor(r), () -> h.statusInProcess(object, readyPatch));
  }

  private static boolean isNamespaceProbe(RequestAttributes a) {
    return a.verb().equals("get")
        && a.group().isEmpty()
        && a.resource().equals("namespaces")
        && a.name().equals(a.namespace());
  }

  /** {@code namespace: verb group/resource name}, leaving out the names of single pods. */
  private static Set<String> used(List<RequestAttributes> needed) {
    Set<String> out = new TreeSet<>();
    for (RequestAttributes a : needed) {
      String resource = a.group().isEmpty() ? a.resource() : a.group() + "/" + a.resource();
      String name = a.resource().equals("pods") ? "" : " " + a.name();
      out.add(a.namespace() + ": " + a.verb() + " " + resource + name);
    }
    return out;
  }
}
