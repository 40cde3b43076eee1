package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.CrdFacts;
import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.ResourceTargetParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes gate's script, tailored for custom-resource targets ({@code TYPE/NAMESPACE/NAME
 * RULE}, README "Custom resources"), run in-cluster as its container runs it ({@link
 * InClusterGate}: Debian's dash, the real kubectl, Debian's jq) against the fake API server serving
 * discovery for the scenario's CRDs. The gate's token holds exactly the Role a custom-resource
 * target gets (get, list, watch on that resource and group, {@code resourceNames} its name, in its
 * namespace; cluster-wide for a cluster-scoped resource), and every request must be allowed by it
 * and use every verb of it. Changes happen once the gate watches, so each wait goes through the
 * look-then-watch path.
 */
class KubernetesGateScriptCustomResourcesIT {
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
    InClusterGate.Outcome r = run(t, "shop", 30, 0);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.log().contains(label(t, "shop") + ": try 1: not ready (no status yet)"), r.log());
    assertTrue(r.log().contains(label(t, "shop") + ": ready (try "), r.log());
    assertFalse(r.log().contains("{"), "the log shows no rule: " + r.log());
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
    InClusterGate.Outcome r = run(t, "shop", 30, 0);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.log().contains("not ready (observedGeneration 1 of generation 2)"), r.log());
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
    InClusterGate.Outcome r = run(t, "shop", 40, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.log().contains(label(t, "shop") + ": try ")
            && r.log().contains(": failed (Stalled: DoesNotExist: Issuer letsencrypt not found)"),
        r.log());
    assertTrue(r.took().toSeconds() < 30, "failed at once, not at the deadline: " + r);
  }

  /** The kubectl image's sh is dash, whose echo reads backslashes ("\c" ends the line there). */
  @Test
  void aMessageWithBackslashesIsLoggedAsItIs() throws Exception {
    ResourceTarget t = target("Certificate.cert-manager.io/web-tls");
    String message = "cannot read C:\\config\\tls.crt: \\c then \\n and \\\\";
    create(
        t,
        "shop",
        1,
        "{\"status\":{\"observedGeneration\":1,\"conditions\":["
            + "{\"type\":\"Stalled\",\"status\":\"True\",\"reason\":\"PathError\",\"message\":\""
            + message.replace("\\", "\\\\")
            + "\"}]}}");
    InClusterGate.Outcome r = run(t, "shop", 40, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.log().contains(": failed (Stalled: PathError: " + message + ")\n"), r.log());
    assertTrue(r.log().contains("\nstartgate: 1 of 1 targets not ready after "), r.log());
  }

  @Test
  void missingThenCreatedWaits() throws Exception {
    ResourceTarget t = target("clusters.postgresql.cnpg.io/db");
    whenWatched(t, () -> create(t, "shop", 1, READY));
    InClusterGate.Outcome r = run(t, "shop", 30, 0);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.log().contains("try 1: not ready (Error from server (NotFound)"), r.log());
    assertRbac(t, "shop");
  }

  /**
   * The object is read once (no status yet) and deleted before the gate's watch lists it: the watch
   * prints nothing, so the gate must not keep the first read's reason to its deadline.
   */
  @Test
  void goneBeforeTheWatchIsNotLeftAtItsFirstState() throws Exception {
    ResourceTarget t = target("clusters.postgresql.cnpg.io/db");
    create(t, "shop", 1, null);
    String object = CustomResources.collection(crd(t), "shop") + "/" + t.name();
    boolean[] done = {false};
    server.onServed(
        r -> {
          synchronized (done) {
            if (done[0] || !TOKEN.equals(r.token()) || r.watch() || !r.path().equals(object)) {
              return;
            }
            done[0] = true;
          }
          server.apply("DELETE", object, "application/json", "{}");
        });
    InClusterGate.Outcome r = run(t, "shop", 4, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.log().contains("try 1: not ready (no status yet)"), r.log());
    assertTrue(
        r.log().contains("not ready (nothing in a watch of ")
            && r.log()
                .contains(
                    "s: no object, or no answer from the API server; before it: no status yet)"),
        r.log());
    assertFalse(r.log().matches("(?s).*not ready after [0-9]+s \\(no status yet\\).*"), r.log());
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
    InClusterGate.Outcome r = run(t, "shop", 30, 0);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.log().contains("(Synced=False: ReconcileError: cannot apply)"), r.log());
  }

  @Test
  void aFieldValue() throws Exception {
    ResourceTarget t =
        target(
            "clusters.v1.postgresql.cnpg.io/db jsonpath={.status.phase}=Cluster in healthy state");
    create(t, "shop", 1, "{\"status\":{\"phase\":\"Setting up primary\"}}");
    whenWatched(
        t, () -> status(t, "shop", "{\"status\":{\"phase\":\"Cluster in healthy state\"}}"));
    InClusterGate.Outcome r = run(t, "shop", 30, 0);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.log().contains("({.status.phase} is Setting up primary, not Cluster in healthy state)"),
        r.log());
    assertRbac(t, "shop");
  }

  /**
   * jq reads a JSON number as a double: 9007199254740993 reads as 9007199254740992, which would
   * pass for a value kubectl never prints. A number beyond 2^53 is never compared as equal.
   */
  @Test
  void aNumberBeyondWhatJqComparesExactlyNeverPasses() throws Exception {
    ResourceTarget t =
        target("clusters.v1.postgresql.cnpg.io/db jsonpath={.status.n}=9007199254740992");
    create(t, "shop", 1, "{\"status\":{\"n\":9007199254740993}}");
    InClusterGate.Outcome r = run(t, "shop", 3, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.log().contains("a number beyond 2^53"), r.log());
  }

  /**
   * A field that holds an object or a list is never equal to a value (kubectl's --for=jsonpath
   * refuses to compare one; the gate compared its JSON text and passed).
   */
  @Test
  void anObjectIsNeverEqualToAValue() throws Exception {
    ResourceTarget t = target("clusters.v1.postgresql.cnpg.io/db jsonpath={.status.obj}={\"a\":1}");
    create(t, "shop", 1, "{\"status\":{\"obj\":{\"a\":1}}}");
    InClusterGate.Outcome r = run(t, "shop", 3, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.log()
            .contains(
                "({.status.obj} is an object, which neither the gate nor kubectl --for=jsonpath"
                    + " compares with a value; name a field in it)"),
        r.log());
  }

  /**
   * A status kstatus cannot read (its conversion fails: Unknown) never passes, though a Ready=True
   * condition is in it: conditions written as a map, an item that is no object, a Stalled whose
   * status is a boolean.
   */
  @Test
  void aStatusKstatusCannotReadNeverPasses() throws Exception {
    String ready = "{\"type\":\"Ready\",\"status\":\"True\"}";
    Map<String, String> shapes =
        Map.of(
            "{\"conditions\":{\"Ready\":" + ready + "}}",
            "status.conditions is an object, not a list",
            "{\"conditions\":[\"Ready\"," + ready + "]}",
            "status.conditions[0] is no condition (\"Ready\")",
            "{\"conditions\":[" + ready + ",{\"type\":\"Stalled\",\"status\":true}]}",
            "status.conditions[1] is no condition ({\"status\":true,\"type\":\"Stalled\"})");
    int n = 0;
    for (Map.Entry<String, String> shape : shapes.entrySet()) {
      // An object of its own for each (a delete while the last watch closes trips the fake
      // server's watch executor).
      ResourceTarget t = target("certificates.cert-manager.io/web-tls-" + n++);
      create(t, "shop", 1, "{\"status\":" + shape.getKey() + "}");
      InClusterGate.Outcome r = run(t, "shop", 2, 0);
      assertEquals(1, r.exit(), r.toString());
      assertTrue(
          r.log().contains("not ready (" + shape.getValue() + ", which kstatus reads as Unknown)"),
          r.log());
    }
  }

  @Test
  void aClusterScopedResource() throws Exception {
    ResourceTarget t = target("clusterissuers.cert-manager.io/letsencrypt");
    assertTrue(t.clusterScoped());
    create(t, null, 1, null);
    whenWatched(t, () -> status(t, null, READY));
    InClusterGate.Outcome r = run(t, null, 30, 0);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.log().contains("startgate: clusterissuers.cert-manager.io/letsencrypt: ready"), r.log());
    assertRbac(t, "");
  }

  /**
   * A cluster-scoped resource taken as namespaced (no CRD in startgate's input, no scope=Cluster)
   * gets a Role that cannot grant it: the Forbidden try says what to write (review DR).
   */
  @Test
  void aClusterScopedResourceTakenAsNamespacedIsForbiddenAndSaysWhy() throws Exception {
    ResourceTarget t = target("clusterissuers.cert-manager.io/letsencrypt");
    create(t, null, 1, READY);
    InClusterGate.Outcome r = run(t, "shop", 3, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.log()
            .contains(
                "(Forbidden): forbidden: get cert-manager.io/clusterissuers letsencrypt; if the"
                    + " resource is cluster-scoped, add scope=Cluster to the target or its CRD to"
                    + " startgate's input)"),
        r.log());
  }

  /**
   * kubectl reads an object with a top-level items field as a List of those items: its own status
   * is gone from the answer. A List for a target read by name is judged as no answer, so ready
   * items never pass an object that is not ready (review DT, with real kubectl).
   */
  @Test
  void anObjectWithAFieldNamedItemsIsNotJudgedByThem() throws Exception {
    ResourceTarget t = target("certificates.cert-manager.io/it3");
    server.apply(
        "POST",
        CustomResources.collection(crd(t), "shop"),
        "application/json",
        "{\"apiVersion\":\"cert-manager.io/v1\",\"kind\":\"Certificate\",\"metadata\":"
            + "{\"name\":\"it3\",\"namespace\":\"shop\",\"generation\":1},\"spec\":{},"
            + "\"items\":[{\"metadata\":{\"name\":\"it3\"},\"status\":"
            + READY.substring(READY.indexOf(':') + 1, READY.length() - 1)
            + "}]}");
    status(
        t,
        "shop",
        "{\"status\":{\"observedGeneration\":1,\"conditions\":[{\"type\":\"Ready\","
            + "\"status\":\"False\",\"reason\":\"Pending\"}]}}");
    InClusterGate.Outcome r = run(t, "shop", 3, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.log()
            .contains(
                label(t, "shop")
                    + ": try 1: not ready (kubectl read it as a list: it has a field named items)"),
        r.log());
  }

  @Test
  void neverReadyEndsAtTheDeadline() throws Exception {
    ResourceTarget t = target("certificates.cert-manager.io/web-tls");
    create(
        t, "shop", 1, "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\"}]}}");
    InClusterGate.Outcome r = run(t, "shop", 4, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.log().contains(": not ready after ") && r.log().contains("(Ready=False)"), r.log());
    assertTrue(r.took().toMillis() < 4000 + 3000, "ends at the deadline: " + r);
  }

  /** Uptime: the resource is read once more after it; one no longer ready is waited for again. */
  @Test
  void uptimeRechecksTheResource() throws Exception {
    ResourceTarget t = target("certificates.cert-manager.io/web-tls");
    create(t, "shop", 1, READY);
    InClusterGate.Outcome stays = run(t, "shop", 30, 2);
    assertEquals(0, stays.exit(), stays.toString());
    assertTrue(stays.log().contains(": ready, must stay ready for 2s"), stays.log());
    Predicate<FakeApiServer.Request> look =
        r -> TOKEN.equals(r.token()) && r.path().endsWith("/certificates/web-tls");
    long before = server.requests(TOKEN).stream().filter(look).count();
    server.onServed(
        r -> {
          if (look.test(r) && server.requests(TOKEN).stream().filter(look).count() == before + 1) {
            later(
                () ->
                    status(
                        t,
                        "shop",
                        "{\"status\":{\"observedGeneration\":1,\"conditions\":[{\"type\":"
                            + "\"Ready\",\"status\":\"False\",\"reason\":\"Expired\"}]}}"));
          }
        });
    InClusterGate.Outcome lost = run(t, "shop", 8, 2);
    assertEquals(1, lost.exit(), lost.toString());
    // Read again a second after it was ready (2s when that second crosses two of the clock's).
    assertTrue(
        java.util.regex.Pattern.compile(
                "try 2: not ready \\(no longer ready after [12]s of 2s: Ready=False: Expired\\)")
            .matcher(lost.log())
            .find(),
        lost.log());
  }

  @Test
  void aResourceTheServerDoesNotServeKeepsTryingUntilTheDeadline() throws Exception {
    ResourceTarget t = target("widgets.example.io/w");
    InClusterGate.Outcome r = run(t, "shop", 5, 0);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.log().contains("not ready after")
            && r.log().contains("the server doesn't have a resource type"),
        r.log());
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
    CustomResources.create(server, crd(t), namespace, t.name(), generation, null);
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
          later(action);
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

  /** Runs {@code action} 300 ms from now, on its own thread. */
  private void later(Runnable action) {
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
  }

  /** The gate's argument for {@code t} in {@code namespace} (null: cluster-scoped). */
  private static String argument(ResourceTarget t, String namespace) {
    return t.kubectlType()
        + "/"
        + (namespace == null ? "-" : namespace)
        + "/"
        + t.name()
        + " "
        + t.ruleJson();
  }

  /**
   * How the gate names {@code t} in its log: its argument without the rule, and without the {@code
   * -} of a cluster-scoped one.
   */
  private static String label(ResourceTarget t, String namespace) {
    return t.kubectlType() + "/" + (namespace == null ? "" : namespace + "/") + t.name();
  }

  /** Runs the tailored script in-cluster over {@code t}, with the Role {@code t} gets. */
  private InClusterGate.Outcome run(
      ResourceTarget t, String namespace, int timeoutSeconds, int uptime) throws Exception {
    server.authorize(TOKEN, rbac(t, namespace == null ? "" : namespace)::allows);
    List<Path> binaries = Kubectl.binaries("1.33");
    InClusterGate gate = new InClusterGate(binaries.get(binaries.size() - 1), server, work, TOKEN);
    InClusterGate.Outcome r = gate.run(timeoutSeconds, 1, uptime, argument(t, namespace));
    if (!failures.isEmpty()) {
      throw new AssertionError("a change during the wait failed: " + r, failures.get(0));
    }
    return r;
  }
}
