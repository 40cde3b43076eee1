package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.Target;
import dev.startgate.intent.TargetParser;
import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRulesTest {
  private static final Timing T = Timing.DEFAULT;

  @Test
  void oneRulePerResourceWithEveryNameAndNamespacesInOrder() {
    List<Gate> gates =
        List.of(
            new Gate.Rollout("deployment/api", WorkloadKind.DEPLOYMENT, "shop", "api", T),
            new Gate.Tcp("tcp://db:5432", "tcp", "db", 5432, T),
            new Gate.Rollout("statefulset/data/pg", WorkloadKind.STATEFULSET, "data", "pg", T),
            new Gate.Rollout("deployment/web", WorkloadKind.DEPLOYMENT, "shop", "web", T),
            new Gate.PodsReady("pods/app=db", "shop", "app=db", T));
    List<String> named = List.of("get", "list", "watch");
    assertEquals(
        List.of(
            new AccessRules.Namespaced(
                "shop",
                List.of(
                    new AccessRules.Rule("apps", "deployments", List.of("api", "web"), named),
                    new AccessRules.Rule("", "pods", List.of(), List.of("list", "watch")))),
            new AccessRules.Namespaced(
                "data",
                List.of(new AccessRules.Rule("apps", "statefulsets", List.of("pg"), named)))),
        AccessRules.of(gates));
  }

  /**
   * Custom resources (#13): one rule per resource and group, scoped by name; the cluster-scoped
   * ones last, apart, for a ClusterRole.
   */
  @Test
  void customResourcesAndClusterScopedOnesApart() {
    TargetParser parser = new TargetParser();
    List<Gate> gates = new ArrayList<>();
    for (String text :
        List.of(
            "clusterissuers.cert-manager.io/letsencrypt scope=Cluster",
            "certificates.cert-manager.io/web-tls",
            "clusters.postgresql.cnpg.io/data/db")) {
      ResourceTarget r = ((Target.Custom) parser.parse(text).target()).resource();
      String ns = r.clusterScoped() ? null : r.namespace() == null ? "shop" : r.namespace();
      gates.add(new Gate.CustomResource(text, r, null, ns, T));
    }
    List<String> named = List.of("get", "list", "watch");
    assertEquals(
        List.of(
            new AccessRules.Namespaced(
                "shop",
                List.of(
                    new AccessRules.Rule(
                        "cert-manager.io", "certificates", List.of("web-tls"), named))),
            new AccessRules.Namespaced(
                "data",
                List.of(
                    new AccessRules.Rule("postgresql.cnpg.io", "clusters", List.of("db"), named))),
            new AccessRules.Namespaced(
                null,
                List.of(
                    new AccessRules.Rule(
                        "cert-manager.io", "clusterissuers", List.of("letsencrypt"), named)),
                true)),
        AccessRules.of(gates));
  }

  @Test
  void networkGatesNeedNoAccess() {
    assertEquals(
        List.of(), AccessRules.of(List.of(new Gate.Http("http://a/", "http://a/", "a", T))));
  }
}
