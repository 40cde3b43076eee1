package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The access plan is decided before anything is rendered: accounts, Roles and their results. */
class AccessPlannerTest {
  private static AccessPlan plan(String yaml) throws Exception {
    List<Resource> resources = new ArrayList<>();
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(yaml)) {
      resources.add(Resource.of((YMapping) d.root()));
    }
    List<Intent> intents = new ArrayList<>();
    for (Resource r : resources) {
      Intent i = new IntentReader().read(r, Config.DEFAULT).intent();
      if (i != null) {
        intents.add(i);
      }
    }
    Plan plan = new Planner().plan(intents, new Inventory(resources));
    return AccessPlanner.plan(Config.DEFAULT, plan.workloads());
  }

  private static String job(String name, String namespace, String extra) {
    return "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: "
        + name
        + (namespace == null ? "" : "\n  namespace: " + namespace)
        + "\n  annotations: {startgate.dev/wait-for: deployment/shop/api}\n"
        + "spec: {template: {spec: {"
        + extra
        + "containers: [{name: m, image: m}]}}}\n";
  }

  /**
   * Custom resources (#13): a cluster-scoped one gets the one ClusterRole (with an info saying so);
   * uptime applies to the Kubernetes script (README "How a Kubernetes gate behaves"), so no warning
   * says it does not (this warning predates the gates v2 script).
   */
  @Test
  void aClusterScopedCustomResourceGetsAClusterRoleAndUptimeApplies() throws Exception {
    String yaml =
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: m\n  namespace: shop\n"
            + "  annotations:\n    startgate.dev/uptime: 10s\n    startgate.dev/wait-for: |\n"
            + "      clusterissuers.cert-manager.io/ca scope=Cluster\n"
            + "      certificates.cert-manager.io/web-tls\n"
            + "spec: {template: {spec: {containers: [{name: m, image: m}]}}}\n";
    AccessPlan.WorkloadAccess a = plan(yaml).workloads().get(0);
    assertEquals(2, a.grants().size());
    AccessPlan.Grant role = a.grants().get(0);
    AccessPlan.Grant cluster = a.grants().get(1);
    assertEquals(false, role.cluster());
    assertEquals("shop", role.namespace());
    assertEquals(true, cluster.cluster());
    assertEquals(null, cluster.namespace());
    assertEquals("shop.m-startgate", cluster.name());
    assertEquals(
        List.of(
            new AccessRules.Rule(
                "cert-manager.io",
                "clusterissuers",
                List.of("ca"),
                List.of("get", "list", "watch"))),
        cluster.rules());
    assertEquals(List.of(Severity.INFO), a.results().stream().map(Result::severity).toList());
    assertTrue(
        a.results().get(0).message().contains("the only ClusterRole"), a.results().toString());
  }

  @Test
  void aJobWithoutNamespaceIsBlockedWithAnErrorBeforeRendering() throws Exception {
    AccessPlan.WorkloadAccess a = plan(job("m", null, "")).workloads().get(0);
    assertEquals(AccessPlan.AccountUse.BLOCKED, a.use());
    assertEquals(List.of(), a.grants());
    assertEquals(Severity.ERROR, a.results().get(0).severity());
    assertEquals("metadata.namespace", a.results().get(0).field());
  }

  @Test
  void aPodOnTheDefaultAccountGetsItsOwnAndARoleWhereTheTargetLives() throws Exception {
    AccessPlan.WorkloadAccess a = plan(job("m", "jobs", "")).workloads().get(0);
    assertEquals(AccessPlan.AccountUse.OWN, a.use());
    assertEquals("m-startgate", a.account());
    AccessPlan.Grant g = a.grants().get(0);
    assertEquals("shop", g.namespace());
    assertEquals("jobs.m-startgate", g.name());
    assertEquals("jobs", g.accountNamespace());
    assertEquals(
        List.of(
            new AccessRules.Rule(
                "apps", "deployments", List.of("api"), List.of("get", "list", "watch"))),
        g.rules());
    assertEquals(List.of(), a.results());
  }

  @Test
  void aPodWithItsOwnAccountIsBoundWithAWarningAndTwoWorkloadsCannotShareAName() throws Exception {
    AccessPlan access =
        plan(job("m", "shop", "serviceAccountName: app, ") + "---\n" + job("m", "shop", ""));
    AccessPlan.WorkloadAccess own = access.workloads().get(0);
    assertEquals(AccessPlan.AccountUse.POD, own.use());
    assertEquals("app", own.grants().get(0).account());
    assertTrue(own.results().get(0).message().contains("own ServiceAccount \"app\""));
    AccessPlan.WorkloadAccess second = access.workloads().get(1);
    assertEquals(AccessPlan.AccountUse.BLOCKED, second.use());
    Result clash = second.results().get(0);
    assertEquals("metadata.name", clash.field());
  }

  /** The own-account warning names what is bound: a ClusterRole for a cluster-scoped target. */
  @Test
  void theOwnAccountWarningNamesTheRolesItBinds() {
    AccessRules.Namespaced shop = new AccessRules.Namespaced("shop", List.of());
    AccessRules.Namespaced data = new AccessRules.Namespaced("data", List.of());
    AccessRules.Namespaced cluster = new AccessRules.Namespaced(null, List.of(), true);
    assertEquals("Role is", AccessPlanner.roles(List.of(shop)));
    assertEquals("Roles are", AccessPlanner.roles(List.of(shop, data)));
    assertEquals("ClusterRole is", AccessPlanner.roles(List.of(cluster)));
    assertEquals("Role and ClusterRole are", AccessPlanner.roles(List.of(shop, cluster)));
    assertEquals("Roles and ClusterRole are", AccessPlanner.roles(List.of(shop, data, cluster)));
  }

  /**
   * A Job and a CronJob of one name (names are unique per kind): the Job keeps NAME-startgate, the
   * CronJob gets NAME-cronjob-startgate, in either order of the documents; a Job of another name
   * beside them keeps its plain name.
   */
  @Test
  void workloadsOfOneNameAndTwoKindsGetAccountsByKindNotByOrder() throws Exception {
    String cron =
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: api\n  namespace: shop\n"
            + "  annotations: {startgate.dev/wait-for: deployment/shop/db}\n"
            + "spec: {schedule: '0 * * * *', jobTemplate: {spec: {template: {spec:"
            + " {containers: [{name: m, image: m}]}}}}}\n";
    String job = job("api", "shop", "");
    String other = job("seed", "shop", "");
    for (String yaml :
        List.of(cron + "---\n" + job + "---\n" + other, other + "---\n" + job + "---\n" + cron)) {
      List<String> accounts = new ArrayList<>();
      for (AccessPlan.WorkloadAccess a : plan(yaml).workloads()) {
        Resource w = a.plan().intent().workload();
        accounts.add(
            w.kind() + " " + w.name() + " " + a.account() + " " + a.grants().get(0).name());
        assertEquals(List.of(), a.results(), yaml);
      }
      accounts.sort(null);
      assertEquals(
          List.of(
              "CronJob api api-cronjob-startgate api-cronjob-startgate",
              "Job api api-startgate api-startgate",
              "Job seed seed-startgate seed-startgate"),
          accounts);
    }
  }
}
