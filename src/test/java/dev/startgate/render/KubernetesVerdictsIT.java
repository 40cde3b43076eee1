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
                DEFINITIONS
                    + "eval \"v=\\$JQ_$1\"; jq -rn --arg rule \"$2\" --arg name x \"$JQ$v$MAIN\"",
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
    // Why it does not progress, for the gate's log (review EJ): still waiting, as kubectl wait
    // does.
    assertEquals(
        "wait neither Complete nor Failed (suspended)",
        verdict(
            "job",
            object(
                "Job",
                "{\"suspend\":true}",
                "{\"conditions\":[{\"type\":\"Suspended\",\"status\":\"True\"}]}")));
    assertEquals(
        "wait neither Complete nor Failed (failing: BackoffLimitExceeded, failed pods: 3)",
        verdict(
            "job",
            object(
                "Job",
                "{}",
                "{\"failed\":3,\"conditions\":[{\"type\":\"FailureTarget\",\"status\":\"True\","
                    + "\"reason\":\"BackoffLimitExceeded\"}]}")));
    assertEquals(
        "wait neither Complete nor Failed (failed pods: 2)",
        verdict("job", object("Job", "{}", "{\"failed\":2,\"active\":1}")));
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

  /**
   * Only the object the target names (x) counts, whatever else a list or watch carries; a watch's
   * BOOKMARK events are no objects.
   */
  @Test
  void theNamedObjectDecidesAndWatchEventsThatAreNoObjectsAreNot() throws Exception {
    String other =
        "{\"kind\":\"Job\",\"metadata\":{\"name\":\"aaa\"},\"status\":{\"conditions\":"
            + "[{\"type\":\"Complete\",\"status\":\"True\"}]}}";
    String mine = object("Job", "{}", "{\"active\":1}");
    assertEquals(
        "wait neither Complete nor Failed",
        verdict("job", "{\"kind\":\"List\",\"items\":[" + other + "," + mine + "]}"));
    assertEquals("wait not found", verdict("job", "{\"kind\":\"List\",\"items\":[" + other + "]}"));
    // A bookmark carries no object, only its name: judged as one, an empty Deployment passed.
    String rolling =
        object(
            "Deployment",
            "{\"replicas\":2}",
            "{\"observedGeneration\":1,\"replicas\":2,\"updatedReplicas\":1,\"availableReplicas\":2}");
    String bookmark =
        "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Deployment\",\"metadata\":{\"name\":\"x\","
            + "\"resourceVersion\":\"12\"}}}";
    assertEquals(
        "wait 1 out of 2 new replicas have been updated\n"
            + "wait 1 out of 2 new replicas have been updated",
        verdict("deployment", "{\"type\":\"ADDED\",\"object\":" + rolling + "}\n" + bookmark));
  }

  /**
   * An object with a field named items is still one object (a List has no name): a custom
   * resource's items holding a ready entry of its own name passed it, whatever its own status said
   * (review DR).
   */
  @Test
  void anObjectWithItemsIsNoList() throws Exception {
    String readyEntry =
        "{\"metadata\":{\"name\":\"x\"},\"status\":{\"conditions\":[{\"type\":\"Ready\","
            + "\"status\":\"True\"}]}}";
    String pending =
        object(
                "Certificate",
                "{}",
                "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\",\"reason\":\"Pending\"}]}")
            .replace(",\"spec\":", ",\"items\":[" + readyEntry + "],\"spec\":");
    assertEquals("wait Ready=False: Pending", verdict("custom", pending));
    assertEquals(
        "wait Ready=False: Pending",
        verdict("custom", "{\"type\":\"MODIFIED\",\"object\":" + pending + "}"));
    // kubectl reads such an object as a List of its items (its own status gone): for a target
    // read by name, a List is no answer.
    assertEquals(
        "wait kubectl read it as a list: it has a field named items",
        verdict(
            "custom",
            "{\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"2\"},\"items\":["
                + readyEntry
                + "]}"));
    // A List without items (an empty answer that leaves the field out) holds no object.
    assertEquals("wait not found", verdict("job", "{\"kind\":\"List\",\"metadata\":{}}"));
  }

  @Test
  void podsBeingDeletedAreNotReadyAndSaidSo() throws Exception {
    String ready = "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}";
    String deleting =
        "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"b\",\"deletionTimestamp\":"
            + "\"2026-12-05T10:00:00Z\"},\"status\":"
            + ready
            + "}";
    String up = "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\"},\"status\":" + ready + "}";
    assertEquals(
        "wait 1 of 2 pods Ready, 1 being deleted",
        verdict("pods", "{\"kind\":\"List\",\"items\":[" + up + "," + deleting + "]}"));
  }

  @Test
  void conditionsAreComparedIgnoringCaseAsKubectlDoes() throws Exception {
    String readyLower = "{\"checks\":[{\"condition\":\"ready\",\"status\":\"True\"}]}";
    String ready = "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"true\"}]}";
    assertEquals("ready", verdict("custom", object("Widget", "{}", ready), readyLower));
    String notReady = "{\"conditions\":[{\"type\":\"READY\",\"status\":\"False\"}]}";
    assertEquals(
        "wait ready=False", verdict("custom", object("Widget", "{}", notReady), readyLower));
    // kubectl reads a condition's status as a string: a JSON true is not "True", and kstatus
    // cannot read such a status at all (Unknown).
    String bool = "{\"conditions\":[{\"type\":\"Ready\",\"status\":true}]}";
    assertEquals(
        "wait status.conditions[0] is no condition ({\"type\":\"Ready\",\"status\":true}),"
            + " which kstatus reads as Unknown",
        verdict("custom", object("Widget", "{}", bool), readyLower));
  }

  /**
   * Argo Rollouts writes {@code status.observedGeneration} as a string ("1"): the same number is
   * observed; a string that is no number cannot be compared and is left out, as a missing one.
   */
  @Test
  void anObservedGenerationWrittenAsAStringIsReadAsItsNumber() throws Exception {
    String phase =
        "{\"checks\":[{\"field\":\"{.status.phase}\",\"steps\":[{\"key\":\"status\"},"
            + "{\"key\":\"phase\"}],\"value\":\"Healthy\"}]}";
    assertEquals(
        "ready",
        verdict(
            "custom",
            object("Rollout", "{}", "{\"observedGeneration\":\"1\",\"phase\":\"Healthy\"}"),
            phase));
    assertEquals(
        "wait observedGeneration 0 of generation 1",
        verdict(
            "custom",
            object("Rollout", "{}", "{\"observedGeneration\":\"0\",\"phase\":\"Healthy\"}"),
            phase));
    assertEquals(
        "ready",
        verdict(
            "custom",
            object("Rollout", "{}", "{\"observedGeneration\":\"7d9f8c\",\"phase\":\"Healthy\"}"),
            phase));
  }

  /** kstatus reads every condition: one Reconciling=True among others of its type is enough. */
  @Test
  void anyReconcilingOrStalledConditionThatIsTrueCounts() throws Exception {
    assertEquals(
        "wait Reconciling",
        verdict(
            "custom",
            object(
                "Widget",
                "{}",
                "{\"conditions\":[{\"type\":\"reconciling\",\"status\":\"False\"},"
                    + "{\"type\":\"Reconciling\",\"status\":\"True\"},"
                    + "{\"type\":\"Ready\",\"status\":\"True\"}]}")));
    assertEquals(
        "failed Stalled: InvalidSpec",
        verdict(
            "custom",
            object(
                "Widget",
                "{}",
                "{\"conditions\":[{\"type\":\"Stalled\",\"status\":\"False\"},"
                    + "{\"type\":\"Stalled\",\"status\":\"True\",\"reason\":\"InvalidSpec\"}]}")));
  }

  /**
   * A Stalled condition about an older generation than the object's is the controller's verdict on
   * a spec that has since changed: the gate waits for the new one instead of failing on it.
   */
  @Test
  void aStalledConditionAboutAnOlderGenerationWaits() throws Exception {
    String stale =
        "{\"conditions\":[{\"type\":\"Stalled\",\"status\":\"True\",\"observedGeneration\":0,"
            + "\"reason\":\"InvalidSpec\",\"message\":\"spec.x bad\"}]}";
    assertEquals(
        "wait Stalled: InvalidSpec: spec.x bad, about generation 0, not 1",
        verdict("custom", object("Widget", "{}", stale)));
    String current = stale.replace("\"observedGeneration\":0", "\"observedGeneration\":1");
    assertEquals(
        "failed Stalled: InvalidSpec: spec.x bad",
        verdict("custom", object("Widget", "{}", current)));
  }

  /**
   * A Ready condition about an older generation (cert-manager right after a spec edit, without a
   * status.observedGeneration) says nothing of the spec the object has now: the gate waits.
   */
  @Test
  void aReadyConditionAboutAnOlderGenerationWaits() throws Exception {
    String stale =
        "{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\",\"observedGeneration\":0}]}";
    assertEquals(
        "wait Ready condition is about generation 0, not 1",
        verdict("custom", object("Certificate", "{}", stale)));
    assertEquals(
        "wait ready condition is about generation 0, not 1",
        verdict(
            "custom",
            object(
                "Certificate",
                "{}",
                stale.replace("Ready\",", "ready\",").replace(":0}", ":\"0\"}")),
            "{\"checks\":[{\"condition\":\"ready\",\"status\":\"True\"}]}"));
    assertEquals(
        "ready",
        verdict(
            "custom",
            object(
                "Certificate",
                "{}",
                stale.replace("\"observedGeneration\":0", "\"observedGeneration\":1"))));
  }
}
