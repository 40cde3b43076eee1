package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jq verdict of each kind in the Kubernetes gate's script, run by Debian's dash and jq on one
 * object each (what {@code kubectl get -o json} prints), for the rules the in-cluster tests do not
 * reach: kubectl's {@code rollout status} rules for DaemonSets, a Deployment's progress deadline,
 * old replicas, {@code OnDelete}, a StatefulSet without {@code rollingUpdate}, kstatus'
 * Reconciling.
 */
class KubernetesVerdictsIT {
  private static final String DEFINITIONS = definitions();

  private static String definitions() {
    String script =
        KubernetesGateScript.forTargets(
            List.of(
                "deployment/a/b",
                "statefulset/a/b",
                "daemonset/a/b",
                "job/a/b",
                "pods/a/b",
                "x.example.io/a/b"));
    return script.substring(script.indexOf("JQ='"), script.indexOf("# look "));
  }

  /** The verdict line jq prints for {@code json} as an object of {@code kind}. */
  private static String verdict(String kind, String json) throws Exception {
    return verdict(kind, json, "{\"checks\":[{\"condition\":\"Ready\",\"status\":\"True\"}]}");
  }

  /** The verdict for {@code json} under a custom resource's {@code rule}. */
  private static String verdict(String kind, String json, String rule) throws Exception {
    Process p =
        new ProcessBuilder(
                "/usr/bin/dash",
                "-c",
                DEFINITIONS + "eval \"v=\\$JQ_$1\"; jq -rn --arg rule \"$2\" \"$JQ$v$MAIN\"",
                "verdicts",
                kind,
                rule)
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return out;
  }

  private static String object(String kind, String spec, String status) {
    return "{\"kind\":\""
        + kind
        + "\",\"metadata\":{\"name\":\"x\",\"generation\":1},\"spec\":"
        + spec
        + ",\"status\":"
        + status
        + "}";
  }

  @Test
  void deployments() throws Exception {
    String spec = "{\"replicas\":2}";
    assertEquals(
        "failed deployment exceeded its progress deadline",
        verdict(
            "deployment",
            object(
                "Deployment",
                spec,
                "{\"observedGeneration\":1,\"conditions\":[{\"type\":\"Progressing\","
                    + "\"status\":\"False\",\"reason\":\"ProgressDeadlineExceeded\"}]}")));
    assertEquals(
        "wait Waiting for deployment spec update to be observed",
        verdict("deployment", object("Deployment", spec, "{\"observedGeneration\":0}")));
    assertEquals(
        "wait 1 old replicas are pending termination",
        verdict(
            "deployment",
            object(
                "Deployment",
                spec,
                "{\"observedGeneration\":1,\"replicas\":3,\"updatedReplicas\":2,"
                    + "\"availableReplicas\":2}")));
    assertEquals(
        "wait 1 of 2 updated replicas are available",
        verdict(
            "deployment",
            object(
                "Deployment",
                spec,
                "{\"observedGeneration\":1,\"replicas\":2,\"updatedReplicas\":2,"
                    + "\"availableReplicas\":1}")));
  }

  @Test
  void daemonSets() throws Exception {
    String rolling = "{\"updateStrategy\":{\"type\":\"RollingUpdate\"}}";
    assertEquals(
        "wait 2 out of 3 new pods have been updated",
        verdict(
            "daemonset",
            object(
                "DaemonSet",
                rolling,
                "{\"observedGeneration\":1,\"desiredNumberScheduled\":3,"
                    + "\"updatedNumberScheduled\":2,\"numberAvailable\":3}")));
    assertEquals(
        "wait 2 of 3 updated pods are available",
        verdict(
            "daemonset",
            object(
                "DaemonSet",
                rolling,
                "{\"observedGeneration\":1,\"desiredNumberScheduled\":3,"
                    + "\"updatedNumberScheduled\":3,\"numberAvailable\":2}")));
    assertEquals(
        "ready",
        verdict(
            "daemonset",
            object(
                "DaemonSet",
                rolling,
                "{\"observedGeneration\":1,\"desiredNumberScheduled\":3,"
                    + "\"updatedNumberScheduled\":3,\"numberAvailable\":3}")));
    assertEquals(
        "failed rollout status is only available for RollingUpdate strategy type",
        verdict(
            "daemonset",
            object("DaemonSet", "{\"updateStrategy\":{\"type\":\"OnDelete\"}}", "{}")));
  }

  @Test
  void statefulSetsWithoutAPartition() throws Exception {
    String rolling = "{\"replicas\":2,\"updateStrategy\":{\"type\":\"RollingUpdate\"}}";
    assertEquals(
        "wait waiting for statefulset rolling update to complete 1 pods at revision r2",
        verdict(
            "statefulset",
            object(
                "StatefulSet",
                rolling,
                "{\"observedGeneration\":1,\"readyReplicas\":2,\"updatedReplicas\":1,"
                    + "\"currentRevision\":\"r1\",\"updateRevision\":\"r2\"}")));
    assertEquals(
        "wait Waiting for 1 pods to be ready",
        verdict(
            "statefulset",
            object("StatefulSet", rolling, "{\"observedGeneration\":1,\"readyReplicas\":1}")));
    assertEquals(
        "failed rollout status is only available for RollingUpdate strategy type",
        verdict(
            "statefulset",
            object("StatefulSet", "{\"updateStrategy\":{\"type\":\"OnDelete\"}}", "{}")));
  }

  @Test
  void jobsPodsAndCustomResources() throws Exception {
    assertEquals(
        "wait neither Complete nor Failed", verdict("job", object("Job", "{}", "{\"active\":1}")));
    assertEquals("wait no pod matches", verdict("pods", "{\"kind\":\"List\",\"items\":[]}"));
    assertEquals(
        "wait Reconciling: Progressing: applying",
        verdict(
            "custom",
            object(
                "Widget",
                "{}",
                "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"},{\"type\":"
                    + "\"Reconciling\",\"status\":\"True\",\"reason\":\"Progressing\","
                    + "\"message\":\"applying\"}]}")));
  }

  @Test
  void conditionsAreComparedIgnoringCaseAsKubectlDoes() throws Exception {
    String readyLower = "{\"checks\":[{\"condition\":\"ready\",\"status\":\"True\"}]}";
    String ready = "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"true\"}]}";
    assertEquals("ready", verdict("custom", object("Widget", "{}", ready), readyLower));
    String notReady = "{\"conditions\":[{\"type\":\"READY\",\"status\":\"False\"}]}";
    assertEquals(
        "wait ready=False", verdict("custom", object("Widget", "{}", notReady), readyLower));
    // kubectl reads a condition's status as a string: a JSON true is not "True".
    String bool = "{\"conditions\":[{\"type\":\"Ready\",\"status\":true}]}";
    assertEquals("wait ready=true", verdict("custom", object("Widget", "{}", bool), readyLower));
  }
}
