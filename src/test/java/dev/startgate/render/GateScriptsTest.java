package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.startgate.intent.Timing;
import dev.startgate.plan.Gate;
import dev.startgate.plan.GateGroup;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateScriptsTest {
  private static final Gate TCP = new Gate.Tcp("tcp://db:5432", "tcp", "db", 5432, Timing.DEFAULT);
  private static final Gate HTTP =
      new Gate.Http("http://api:8080/healthz", "http://api:8080/healthz", "api", Timing.DEFAULT);

  @Test
  void eachScriptIsMadeOnceAndIsTheScriptOfItsKinds() {
    GateScripts scripts = new GateScripts();
    GateGroup tcp = new GateGroup(GateGroup.Kind.NETWORK, List.of(TCP));
    GateGroup both = new GateGroup(GateGroup.Kind.NETWORK, List.of(TCP, HTTP));
    assertEquals(GateScript.of(EnumSet.of(GateScript.Kind.TCP)), scripts.network(tcp).text());
    assertEquals(
        GateScript.of(EnumSet.of(GateScript.Kind.TCP, GateScript.Kind.HTTP)),
        scripts.network(both).text());
    assertSame(scripts.network(tcp), scripts.network(tcp));
    assertSame(
        scripts.network(both),
        scripts.network(new GateGroup(GateGroup.Kind.NETWORK, List.of(HTTP, TCP))));
    assertNotEquals(scripts.network(tcp), scripts.network(both));
  }

  @Test
  void kubernetesScriptsAreKeptApartFromNetworkScripts() {
    GateScripts scripts = new GateScripts();
    List<String> rollout = List.of("deployment//api");
    assertEquals(KubernetesGateScript.forTargets(rollout), scripts.kubernetes(rollout).text());
    assertSame(scripts.kubernetes(rollout), scripts.kubernetes(List.of("deployment/shop/web")));
    assertEquals(
        KubernetesGateScript.forTargets(List.of("job//seed", "deployment//api")),
        scripts.kubernetes(List.of("job//seed", "deployment//api")).text());
    GateGroup tcp = new GateGroup(GateGroup.Kind.NETWORK, List.of(TCP));
    assertEquals(GateScript.of(EnumSet.of(GateScript.Kind.TCP)), scripts.network(tcp).text());
  }
}
