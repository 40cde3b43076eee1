package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes gate's script is tailored to its targets' kinds: the jq verdict of each kind
 * present and nothing of the others. (That it works is proven in-cluster by {@code
 * KubernetesGateScriptIT} and {@code KubernetesGateScriptCustomResourcesIT}.)
 */
class KubernetesGateScriptTest {
  private static final List<String> REFERENCE = List.of("deployment/shop/api", "job/shop/migrate");

  @Test
  void theReferenceJobsScriptHoldsOnlyWhatADeploymentAndAJobNeed() {
    String script = KubernetesGateScript.forTargets(REFERENCE);
    assertTrue(script.contains("JQ_deployment="), script);
    assertTrue(script.contains("JQ_job="), script);
    for (String other : List.of("JQ_statefulset", "JQ_daemonset", "JQ_pods", "JQ_custom", " -l ")) {
      assertFalse(script.contains(other), other + " in " + script);
    }
    assertTrue(script.lines().count() <= 63, script.lines().count() + " lines:\n" + script);
  }

  /**
   * A pods target is watched from a list of the gate's own: jq reads that list before the watch
   * (every tailoring of the script took place: none of the hooks is left, and the list is read).
   */
  @Test
  void aPodsWatchReadsItsOwnListFirst() {
    String script = KubernetesGateScript.forTargets(List.of("pods/shop/app=db", "job/shop/seed"));
    assertTrue(script.contains("$MAIN\" ${l:+\"$f\"} \"$src\""), script);
    assertTrue(script.contains(" e= k= l=;"), script);
    assertTrue(
        script.contains("kubectl get --raw \"/api/v1/namespaces/$ns/pods?$q&watch=true\""), script);
    // kubectl get -o json makes a List of its own, whose resourceVersion is empty: the list is raw.
    assertTrue(
        script.contains("kubectl get --raw \"/api/v1/namespaces/$ns/pods?$q\" >\"$f\""), script);
    for (String hook : List.of("@PODS@", "@CUSTOM@", "@FETCH@", "@HOME@")) {
      assertFalse(script.contains(hook), hook + " left: " + script);
    }
    String without = KubernetesGateScript.forTargets(REFERENCE);
    assertFalse(without.contains("{l:+") || without.contains("--raw"), without);
  }

  @Test
  void theFirstLineNamesStartgateAndTheReadmeSection() {
    for (List<String> targets :
        List.of(
            REFERENCE, List.of("pods/shop/app=db"), List.of("clusters.postgresql.cnpg.io/-/db"))) {
      String first = KubernetesGateScript.forTargets(targets).lines().findFirst().orElseThrow();
      assertTrue(
          first.startsWith("# startgate Kubernetes gate")
              && first.contains("README \"How a Kubernetes gate behaves\""),
          first);
    }
  }

  @Test
  void eachKindBringsItsVerdictOnce() {
    String all =
        KubernetesGateScript.forTargets(
            List.of(
                "job/shop/a",
                "deployment/shop/b",
                "statefulset/shop/c",
                "daemonset/shop/d",
                "pods/shop/tier in (a,b)",
                "certificates.cert-manager.io/shop/web {\"checks\":[]}",
                "job/shop/e"));
    for (String kind : List.of("deployment", "statefulset", "daemonset", "job", "pods", "custom")) {
      assertEquals(1, all.split("JQ_" + kind + "='", -1).length - 1, kind);
    }
    assertTrue(all.contains("pods -l \"$name\""), all);
    assertTrue(all.contains("[ \"$ns\" != - ] || nsa="), "cluster-scoped: no namespace: " + all);
  }

  @Test
  void aCustomResourceTypeIsTheCustomKind() {
    assertEquals(
        KubernetesGateScript.Kind.CUSTOM,
        KubernetesGateScript.Kind.of("kafkas.v1beta2.kafka.strimzi.io/shop/events"));
    assertEquals(
        KubernetesGateScript.Kind.PODS,
        KubernetesGateScript.Kind.of("pods/shop/app.kubernetes.io/name=db"));
  }
}
