package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.containers.PodRunner;
import dev.startgate.containers.Podman;
import dev.startgate.testing.InProcess;
import dev.startgate.testing.Proc;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kubernetes gates as a cluster runs them: every init container startgate generated for a Job
 * gated by a Deployment, run under podman ({@link PodRunner}) in the kubectl stand-in image with
 * its own securityContext and resources, its kubectl HOME emptyDir as a tmpfs and its projected
 * token volume as a read-only bind mount, against the fake API server on loopback found through the
 * in-cluster env (KUBERNETES_SERVICE_HOST/PORT).
 */
class KubernetesGatesInContainersIT {
  static final String TOKEN = "gate-token-in-a-container";

  @TempDir Path tmp;
  FakeApiServer server;

  @BeforeAll
  static void images() throws Exception {
    Podman.setUp();
    Proc.Outcome build =
        Proc.run(Path.of("."), null, 900, Map.of(), List.of("sh", ".ci/gate-images"));
    assertEquals(0, build.code(), ".ci/gate-images: " + build.out() + build.err());
  }

  @BeforeEach
  void start() throws Exception {
    server = new FakeApiServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private PodRunner runner() {
    URI url = URI.create(server.url());
    return new PodRunner(
        tmp, new PodRunner.Cluster(url.getHost(), url.getPort(), TOKEN, server.certificateFile()));
  }

  private static JsonNode gatedJob(String timeout) throws Exception {
    return gatedJob("deployment/api", timeout);
  }

  private static JsonNode gatedJob(String target, String timeout) throws Exception {
    String job =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: smoke
          namespace: shop
          annotations:
            startgate.dev/wait-for: "%s"
            startgate.dev/timeout: %s
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: smoke
                image: smoke:1
        """
            .formatted(target, timeout);
    InProcess.Run run = InProcess.run(List.of(), job.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, run.code(), run.err());
    JsonNode spec = PodRunner.podSpec(run.out(), "Job", "smoke");
    assertFalse(spec.path("initContainers").isEmpty(), run.out());
    return spec;
  }

  /** A target of each kind, its object in the server and the status that makes it ready. */
  static Stream<Arguments> readyTargets() {
    return Stream.of(
        Arguments.of(
            "deployment/api", Fixtures.deployment("api", "shop"), Fixtures.DEPLOYMENT_READY),
        Arguments.of(
            "statefulset/api", Fixtures.statefulSet("api", "shop"), Fixtures.STATEFULSET_READY),
        Arguments.of("job/api", Fixtures.job("api", "shop"), Fixtures.JOB_COMPLETE),
        Arguments.of("pods/app=api", Fixtures.pod("api", "shop", "api"), Fixtures.POD_READY),
        Arguments.of("daemonset/api", DAEMONSET, DAEMONSET_READY));
  }

  /** A DaemonSet with the defaults the in-memory store does not apply written out. */
  static final String DAEMONSET =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: api, namespace: shop, generation: 1}
      spec:
        selector: {matchLabels: {app: api}}
        updateStrategy: {type: RollingUpdate}
        template:
          metadata: {labels: {app: api}}
          spec: {containers: [{name: app, image: app}]}
      """;

  static final String DAEMONSET_READY =
      "{\"status\":{\"observedGeneration\":1,\"desiredNumberScheduled\":2,"
          + "\"currentNumberScheduled\":2,\"updatedNumberScheduled\":2,\"numberAvailable\":2,"
          + "\"numberReady\":2}}";

  /** A failed Job fails its gate at once, long before the gate's deadline. */
  @Test
  void aFailedJobFailsTheGateAtOnce() throws Exception {
    ApiObject job = ApiObject.of(Fixtures.job("api", "shop"));
    server.apply("POST", job.collection(), "application/json", job.json());
    server.apply(
        "PATCH",
        job.collection() + "/api/status",
        "application/merge-patch+json",
        Fixtures.JOB_FAILED);
    JsonNode spec = gatedJob("job/api", "120s");
    List<PodRunner.Ran> ran = runner().runInitContainers(spec, "shop", Duration.ofSeconds(150));
    PodRunner.Ran last = ran.get(ran.size() - 1);
    assertTrue(last.exit() != 0, last.toString());
    assertTrue(last.took().compareTo(Duration.ofSeconds(60)) < 0, last.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readyTargets")
  void aReadyTargetPassesWithTheProjectedTokenAndAWritableHome(
      String target, String yaml, String readyStatus) throws Exception {
    ApiObject api = ApiObject.of(yaml);
    server.apply("POST", api.collection(), "application/json", api.json());
    server.apply(
        "PATCH", api.collection() + "/api/status", "application/merge-patch+json", readyStatus);
    JsonNode spec = gatedJob(target, "60s");
    List<PodRunner.Ran> ran = runner().runInitContainers(spec, "shop", Duration.ofSeconds(120));
    assertEquals(spec.path("initContainers").size(), ran.size(), ran.toString());
    for (PodRunner.Ran r : ran) {
      assertEquals(0, r.exit(), r.toString());
      assertFalse(r.output().contains("Read-only file system"), r.toString());
      assertFalse(r.output().toLowerCase().contains("permission denied"), r.toString());
    }
    // kubectl found the token file of the projected volume (it is sent with every request), and
    // the generated commands asked about the target in shop.
    List<FakeApiServer.Request> asked = server.requests(TOKEN);
    assertFalse(asked.isEmpty(), "no request carried the mounted token: " + server.requests());
    assertTrue(asked.stream().anyMatch(api::lookedFor), asked.toString());
  }

  /**
   * Custom resources (#13) in the kubectl image: a namespaced cert-manager Certificate and a
   * cluster-scoped ClusterIssuer (no namespace flag), both Ready, pass; the server serves their
   * discovery as it would once the CRDs are installed.
   */
  @Test
  void customResourcesPassInTheKubectlImage() throws Exception {
    server.close();
    List<dev.startgate.intent.CrdFacts> crds =
        List.of(
            CustomResources.facts(CustomResources.CERTIFICATE),
            CustomResources.facts(CustomResources.CLUSTER_ISSUER));
    server = new FakeApiServer(CustomResources.discovery(Discovery.standard(), crds));
    String ready = "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}";
    CustomResources.create(server, crds.get(0), "shop", "web-tls", 1, ready);
    CustomResources.create(server, crds.get(1), null, "ca", 1, ready);
    JsonNode spec =
        gatedJob(
            "certificates.cert-manager.io/web-tls\\nclusterissuers.cert-manager.io/ca scope=Cluster",
            "60s");
    List<PodRunner.Ran> ran = runner().runInitContainers(spec, "shop", Duration.ofSeconds(120));
    assertEquals(spec.path("initContainers").size(), ran.size(), ran.toString());
    for (PodRunner.Ran r : ran) {
      assertEquals(0, r.exit(), r.toString());
    }
    String out = ran.toString();
    assertTrue(out.contains("certificates.cert-manager.io/shop/web-tls: ready"), out);
    assertTrue(out.contains("startgate: clusterissuers.cert-manager.io/ca: ready"), out);
    assertFalse(server.requests(TOKEN).isEmpty(), "no request carried the mounted token");
  }

  @Test
  void aMissingDeploymentFailsWithinItsTimeout() throws Exception {
    JsonNode spec = gatedJob("8s");
    List<PodRunner.Ran> ran = runner().runInitContainers(spec, "shop", Duration.ofSeconds(120));
    PodRunner.Ran last = ran.get(ran.size() - 1);
    assertTrue(last.exit() != 0, last.toString());
    // Today's kubectl wait --for=create says "timed out waiting for the condition", without the
    // target's name; the log lines of the gates v2 scripts will name it.
    assertTrue(last.took().compareTo(Duration.ofSeconds(7)) >= 0, last.toString());
    assertTrue(last.took().compareTo(Duration.ofSeconds(8 + 25)) <= 0, last.toString());
    assertFalse(server.requests(TOKEN).isEmpty(), "the gate reached the API server");
  }

  /**
   * The image's HOME is not writable (the root is read-only), so the gate's script makes the HOME
   * emptyDir its HOME (no env entry): the mount is what makes the passing test above write nowhere
   * else. The probe runs the script's own first two lines (with the gate's arguments), then
   * kubectl.
   */
  @Test
  void kubectlsCacheGoesToTheHomeEmptyDir() throws Exception {
    JsonNode spec = gatedJob("10s");
    ObjectNode gate = (ObjectNode) spec.path("initContainers").get(0).deepCopy();
    assertTrue(gate.path("env").isMissingNode(), "no HOME env entry: " + gate);
    String home = null;
    for (JsonNode m : gate.path("volumeMounts")) {
      if (m.path("name").asString().equals("startgate-kubectl-home")) {
        home = m.path("mountPath").asString();
      }
    }
    assertTrue(home != null, "the kubectl gate mounts its HOME emptyDir: " + gate);
    List<String> head = gate.path("command").get(2).asString().lines().limit(2).toList();
    String script =
        String.join("\n", head)
            + "\necho home=$HOME; kubectl version --client=false -o json >/dev/null 2>&1;"
            + " ls -A \"$HOME\"; touch \"$HOME/.probe\" && echo home-writable; touch /probe 2>&1;"
            + " true";
    gate.putArray("command").add("/bin/sh").add("-c").add(script).add("probe");
    Proc.Outcome probe =
        Proc.run(Path.of("."), null, 60, Map.of(), runner().command(spec, gate, "shop"));
    String out = probe.out() + probe.err();
    assertTrue(out.contains("home=" + home), "the script made the emptyDir HOME: " + out);
    assertTrue(out.contains(".kube"), "kubectl wrote its cache under HOME: " + out);
    assertTrue(out.contains("home-writable"), out);
    assertTrue(out.contains("Read-only file system"), out);
  }
}
