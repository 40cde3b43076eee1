package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.CrdFacts;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.ResourceTargetParser;
import dev.startgate.render.CustomResourceWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CustomResourceWait} run as the kubectl image runs it: Debian's dash, the real kubectl (the
 * newest >= 1.33 of the Cloud SDK) and Debian's jq, against the fake API server serving discovery
 * for the scenario's CRDs. The gate's token holds exactly the Role a custom-resource target gets
 * (get, list, watch on that resource and group, {@code resourceNames} its name, in its namespace;
 * cluster-wide for a cluster-scoped resource), and every request must be allowed by it and use
 * every verb of it. Changes happen once the gate watches, so each wait goes through the
 * look-then-watch path.
 */
class CustomResourceWaitTest {
  private static final String TOKEN = "gate";
  private static final List<CrdFacts> CRDS =
      List.of(
          CustomResources.facts(CustomResources.CNPG_CLUSTER),
          CustomResources.facts(CustomResources.CERTIFICATE),
          CustomResources.facts(CustomResources.CLUSTER_ISSUER),
          CustomResources.facts(CustomResources.CROSSPLANE_CLAIM),
          CustomResources.facts(CustomResources.STRIMZI_KAFKA));
  private static final String READY =
      "{\"status\":{\"observedGeneration\":1,\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\","
          + "\"reason\":\"Ready\",\"message\":\"ok\"}]}}";

  @TempDir Path work;
  private FakeApiServer server;
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  /** What one run of wait_custom did. */
  record Run(int exit, String output, Duration took) {}

  @BeforeEach
  void start() throws Exception {
    server = new FakeApiServer(CustomResources.discovery(Discovery.standard(), CRDS));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void readyLatePasses() throws Exception {
    ResourceTarget t = target("certificates.cert-manager.io/web-tls");
    create(t, "shop", 1, null);
    whenWatched(t, () -> status(t, "shop", READY));
    Run r = run(t, "shop", 30);
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("try 1: not ready (no status yet)"), r.output());
    assertTrue(r.output().contains("startgate: " + t.text() + ": ready (try "), r.output());
    assertRbac(t, "shop");
  }

  @Test
  void observedGenerationBehindWaits() throws Exception {
    ResourceTarget t = target("kafkas.kafka.strimzi.io/events");
    create(t, "shop", 1, READY);
    server.apply(
        "PATCH",
        CustomResources.collection(crd(t), "shop") + "/" + t.name(),
        "application/merge-patch+json",
        "{\"spec\":{\"replicas\":3}}"); // the store counts generation 2, the status says 1
    whenWatched(
        t,
        () ->
            status(
                t, "shop", READY.replace("\"observedGeneration\":1", "\"observedGeneration\":2")));
    Run r = run(t, "shop", 30);
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("not ready (observedGeneration 1 of generation 2)"), r.output());
    assertRbac(t, "shop");
  }

  @Test
  void stalledFailsAtOnceWithTheMessage() throws Exception {
    ResourceTarget t = target("Certificate.cert-manager.io/web-tls");
    create(t, "shop", 1, null);
    whenWatched(
        t,
        () ->
            status(
                t,
                "shop",
                "{\"status\":{\"observedGeneration\":1,\"conditions\":["
                    + "{\"type\":\"Ready\",\"status\":\"False\",\"reason\":\"Failed\"},"
                    + "{\"type\":\"Stalled\",\"status\":\"True\",\"reason\":\"DoesNotExist\","
                    + "\"message\":\"Issuer letsencrypt not found\"}]}}"));
    Run r = run(t, "shop", 40);
    assertEquals(2, r.exit(), r.output());
    assertTrue(
        r.output().contains("failed after")
            && r.output().contains("(Stalled: DoesNotExist: Issuer letsencrypt not found)"),
        r.output());
    assertTrue(r.took().toSeconds() < 30, "failed at once, not at the deadline: " + r);
  }

  @Test
  void missingThenCreatedWaits() throws Exception {
    ResourceTarget t = target("clusters.postgresql.cnpg.io/db");
    whenWatched(t, () -> create(t, "shop", 1, READY));
    Run r = run(t, "shop", 30);
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("try 1: not ready (Error from server (NotFound)"), r.output());
    assertRbac(t, "shop");
  }

  @Test
  void aNamedConditionMustHoldToo() throws Exception {
    ResourceTarget t =
        target("postgresqlinstances.database.example.org/db condition=Synced condition=Ready");
    create(
        t,
        "shop",
        1,
        "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"},"
            + "{\"type\":\"Synced\",\"status\":\"False\",\"reason\":\"ReconcileError\","
            + "\"message\":\"cannot apply\"}]}}");
    whenWatched(
        t,
        () ->
            status(
                t,
                "shop",
                "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"},"
                    + "{\"type\":\"Synced\",\"status\":\"True\"}]}}"));
    Run r = run(t, "shop", 30);
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("(Synced=False: ReconcileError: cannot apply)"), r.output());
  }

  @Test
  void aFieldValue() throws Exception {
    ResourceTarget t =
        target(
            "clusters.v1.postgresql.cnpg.io/db jsonpath={.status.phase}=Cluster in healthy state");
    create(t, "shop", 1, "{\"status\":{\"phase\":\"Setting up primary\"}}");
    whenWatched(
        t, () -> status(t, "shop", "{\"status\":{\"phase\":\"Cluster in healthy state\"}}"));
    Run r = run(t, "shop", 30);
    assertEquals(0, r.exit(), r.output());
    assertTrue(
        r.output()
            .contains("({.status.phase} is Setting up primary, not Cluster in healthy state)"),
        r.output());
    assertRbac(t, "shop");
  }

  @Test
  void aClusterScopedResource() throws Exception {
    ResourceTarget t = target("clusterissuers.cert-manager.io/letsencrypt");
    assertTrue(t.clusterScoped());
    create(t, null, 1, null);
    whenWatched(t, () -> status(t, null, READY));
    Run r = run(t, null, 30);
    assertEquals(0, r.exit(), r.output());
    assertRbac(t, "");
  }

  @Test
  void neverReadyEndsAtTheDeadline() throws Exception {
    ResourceTarget t = target("certificates.cert-manager.io/web-tls");
    create(
        t, "shop", 1, "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\"}]}}");
    Run r = run(t, "shop", 4);
    assertEquals(1, r.exit(), r.output());
    assertTrue(
        r.output().contains(": not ready after ") && r.output().contains("(Ready=False)"),
        r.output());
    assertTrue(r.took().toMillis() < 4000 + 3000, "ends at the deadline: " + r);
  }

  @Test
  void theSingleLookRechecksAfterUptime() throws Exception {
    ResourceTarget t = target("certificates.cert-manager.io/web-tls");
    create(t, "shop", 1, READY);
    String recheck =
        " && sleep 2 && if custom_try 5 \"$4\" \"$5\" \"$6\" \"$7\"; then echo still ready;"
            + " else echo \"no longer ready ($seen)\"; exit 1; fi";
    Run stays = run(t, "shop", 30, recheck);
    assertEquals(0, stays.exit(), stays.output());
    assertTrue(
        stays.output().contains("ready (try 1, after") && stays.output().contains("still ready"),
        stays.output());
    Predicate<FakeApiServer.Request> look =
        r -> TOKEN.equals(r.token()) && r.path().endsWith("/certificates/web-tls");
    server.onServed(
        r -> {
          if (look.test(r) && server.requests(TOKEN).stream().filter(look).count() == 3) {
            new Thread(
                    () -> {
                      try {
                        Thread.sleep(300);
                        status(
                            t,
                            "shop",
                            "{\"status\":{\"observedGeneration\":1,\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\",\"reason\":\"Expired\"}]}}");
                      } catch (Throwable e) {
                        failures.add(e);
                      }
                    })
                .start();
          }
        });
    Run lost = run(t, "shop", 30, recheck);
    assertEquals(1, lost.exit(), lost.output());
    assertTrue(lost.output().contains("no longer ready (Ready=False: Expired)"), lost.output());
  }

  @Test
  void aResourceTheServerDoesNotServeKeepsTryingUntilTheDeadline() throws Exception {
    ResourceTarget t = target("widgets.example.io/w");
    Run r = run(t, "shop", 5);
    assertEquals(1, r.exit(), r.output());
    assertTrue(
        r.output().contains("not ready after")
            && r.output().contains("the server doesn't have a resource type"),
        r.output());
    assertTrue(r.took().toMillis() < 5000 + 3000, "ends at the deadline: " + r);
  }

  private static ResourceTarget target(String text) {
    ResourceTargetParser.Parsed p = new ResourceTargetParser().parse(text, CRDS);
    assertNull(p.error(), text);
    return p.resource();
  }

  private static CrdFacts crd(ResourceTarget t) {
    return CRDS.stream()
        .filter(c -> c.group().equals(t.group()) && c.plural().equals(t.resource()))
        .findFirst()
        .orElseThrow();
  }

  private void create(ResourceTarget t, String namespace, int generation, String status) {
    CrdFacts c = crd(t);
    String json =
        "{\"apiVersion\":\""
            + c.group()
            + "/"
            + c.versions().get(0)
            + "\",\"kind\":\""
            + c.kind()
            + "\",\"metadata\":{\"name\":\""
            + t.name()
            + "\""
            + (namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"")
            + ",\"generation\":"
            + generation
            + "},\"spec\":{}}";
    server.apply("POST", CustomResources.collection(c, namespace), "application/json", json);
    if (status != null) {
      status(t, namespace, status);
    }
  }

  /**
   * Merges {@code patch} into the object's status. The fake store appends to lists in a merge patch
   * (an API server replaces them, RFC 7386), so the conditions are cleared first.
   */
  private void status(ResourceTarget t, String namespace, String patch) {
    server.apply(
        "PATCH",
        CustomResources.collection(crd(t), namespace) + "/" + t.name() + "/status",
        "application/merge-patch+json",
        "{\"status\":{\"conditions\":null}}");
    server.apply(
        "PATCH",
        CustomResources.collection(crd(t), namespace) + "/" + t.name() + "/status",
        "application/merge-patch+json",
        patch);
  }

  /** Runs {@code action} once the gate's watch of {@code t} is open. */
  private void whenWatched(ResourceTarget t, Runnable action) {
    boolean[] done = {false};
    Predicate<FakeApiServer.Request> watch =
        r ->
            TOKEN.equals(r.token())
                && r.watch()
                && r.path().endsWith("/" + t.resource())
                && ("metadata.name=" + t.name()).equals(r.query().get("fieldSelector"));
    server.onServed(
        r -> {
          synchronized (done) {
            if (done[0] || !watch.test(r)) {
              return;
            }
            done[0] = true;
          }
          new Thread(
                  () -> {
                    try {
                      Thread.sleep(300);
                      action.run();
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  })
              .start();
        });
  }

  /** The Role (or ClusterRole) a custom-resource target gets, enforced for the gate's token. */
  private static Rbac rbac(ResourceTarget t, String namespace) {
    return new Rbac(
        List.of(
            new Rbac.Rule(
                namespace,
                "startgate-gate",
                List.of(t.group()),
                List.of(t.resource()),
                List.of(t.name()),
                List.of("get", "list", "watch"))));
  }

  private void assertRbac(ResourceTarget t, String namespace) {
    Set<String> verbs = new TreeSet<>();
    for (FakeApiServer.Request r : server.requests(TOKEN)) {
      RequestAttributes a = RequestAttributes.of(r);
      if (isNamespaceProbe(a)) {
        continue;
      }
      assertTrue(r.allowed(), "denied: " + a + " " + r);
      if (a.resourceRequest()) {
        assertEquals(t.name(), a.name(), "every request names the object: " + a);
        verbs.add(a.verb());
      }
    }
    assertEquals(Set.of("get", "list", "watch"), verbs, "each verb of the Role is used");
  }

  /**
   * kubectl's {@code get} of a missing object GETs its namespace to tell "no such namespace" from
   * "no such object", and reads a 403 as "the namespace exists" (see RbacContractTest): the gate
   * does not need it, so the Role does not grant it.
   */
  private static boolean isNamespaceProbe(RequestAttributes a) {
    return a.verb().equals("get")
        && a.group().isEmpty()
        && a.resource().equals("namespaces")
        && a.name().equals(a.namespace());
  }

  private Run run(ResourceTarget t, String namespace, int timeoutSeconds) throws Exception {
    return run(t, namespace, timeoutSeconds, "");
  }

  /** Runs wait_custom with the target's arguments, then {@code then} (shell, same arguments). */
  private Run run(ResourceTarget t, String namespace, int timeoutSeconds, String then)
      throws Exception {
    server.authorize(TOKEN, rbac(t, namespace == null ? "" : namespace)::allows);
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path kubectl = bin.resolve("kubectl");
    if (!Files.exists(kubectl)) {
      List<Path> binaries = Kubectl.binaries("1.33");
      Files.createSymbolicLink(kubectl, binaries.get(binaries.size() - 1));
    }
    Path home = Files.createDirectories(work.resolve("home"));
    Path kubeconfig = work.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters: [{name: c, cluster: {server: "%s", certificate-authority: "%s"}}]
        users: [{name: u, user: {token: %s}}]
        contexts: [{name: x, context: {cluster: c, user: u, namespace: elsewhere}}]
        current-context: x
        """
            .formatted(server.url(), server.certificateFile(), TOKEN));
    long deadline = System.currentTimeMillis() / 1000 + timeoutSeconds;
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/dash",
                "-c",
                CustomResourceWait.script() + "wait_custom \"$@\"" + then + "\n",
                "startgate",
                t.text(),
                Long.toString(deadline),
                "1",
                t.kubectlType(),
                namespace == null ? "" : namespace,
                t.name(),
                t.ruleJson()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    Path out = work.resolve("out");
    pb.redirectOutput(out.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds + 30L, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError(
          "wait_custom outlived its deadline by 30s: " + Files.readString(out));
    }
    Run r =
        new Run(p.exitValue(), Files.readString(out), Duration.ofNanos(System.nanoTime() - start));
    if (!failures.isEmpty()) {
      throw new AssertionError("a change during the wait failed: " + r, failures.get(0));
    }
    return r;
  }
}
