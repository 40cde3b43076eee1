package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.Config;
import dev.startgate.intent.ConfigReader;
import dev.startgate.intent.Timing;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.plan.Gate;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What explain shows of each gate's rights: the access plan's API requests, never its own. */
class GateFactsTest {
  private static final Timing T = Timing.DEFAULT;

  private static Config whenReady() throws Exception {
    String yaml =
        "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n"
            + "kubernetesGates: when-ready-server\n";
    ConfigReader.Reading r =
        new ConfigReader()
            .read(
                Resource.of(
                    (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root()));
    assertTrue(r.config().kubernetes().whenReady(), r.results().toString());
    return r.config();
  }

  @Test
  void kubectlGatesShowTheRequestTheirRoleGrants() {
    GateFacts facts = new GateFacts(Config.DEFAULT);
    assertEquals(
        List.of("get,list,watch deployments.apps/api in shop"),
        new Gate.Rollout("deployment/shop/api", WorkloadKind.DEPLOYMENT, "shop", "api", T)
            .accept(facts)
            .rbac());
    assertEquals(
        List.of("get,list,watch jobs.batch/migrate"),
        new Gate.JobComplete("job/migrate", null, "migrate", T).accept(facts).rbac());
    assertEquals(
        List.of("list,watch pods in db"),
        new Gate.PodsReady("pods/db/app=pg", "db", "app=pg", T).accept(facts).rbac());
    assertEquals(
        List.of(), new Gate.Tcp("tcp://db:5432", "tcp", "db", 5432, T).accept(facts).rbac());
  }

  @Test
  void whenReadyGatesNeedNoRightsTheServerHoldsThem() throws Exception {
    GateFacts facts = new GateFacts(whenReady());
    assertEquals(
        List.of(), new Gate.JobComplete("job/shop/m", "shop", "m", T).accept(facts).rbac());
    assertEquals(
        List.of(),
        new Gate.ServiceReady("service/shop/api", "shop", "api", T).accept(facts).rbac());
  }
}
