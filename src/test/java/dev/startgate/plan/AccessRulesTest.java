package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;
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

  @Test
  void networkGatesNeedNoAccess() {
    assertEquals(List.of(), AccessRules.of(List.of(new Gate.Http("http://a/", "http://a/", T))));
  }
}
