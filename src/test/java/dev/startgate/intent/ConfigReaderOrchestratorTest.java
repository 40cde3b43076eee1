package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code orchestrator} and {@code flux.*} fields of {@link ConfigReader}. */
class ConfigReaderOrchestratorTest {
  private static final String HEAD =
      "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: startgate\n";

  @Test
  void defaultsToNoOrchestratorAndNoLayout() throws Exception {
    Config c = read(HEAD).config();
    assertEquals(Orchestrator.NONE, c.orchestrator());
    assertEquals(FluxSettings.DEFAULT, c.flux());
    assertFalse(c.flux().layout());
    assertNull(c.flux().name());
  }

  @Test
  void readsEveryFluxField() throws Exception {
    ConfigReader.Reading reading =
        read(
            HEAD
                + "orchestrator: flux\n"
                + "flux:\n"
                + "  layout: true\n"
                + "  name: shop\n"
                + "  namespace: gitops\n"
                + "  path: ./apps/shop/\n"
                + "  sourceRef:\n"
                + "    kind: OCIRepository\n"
                + "    name: shop-repo\n"
                + "    namespace: flux-system\n"
                + "  interval: 1h\n"
                + "  timeout: 90s\n");
    assertEquals(List.of(), reading.results());
    assertEquals(
        new FluxSettings(
            true,
            "shop",
            "gitops",
            "./apps/shop",
            "OCIRepository",
            "shop-repo",
            "flux-system",
            "1h",
            "90s"),
        reading.config().flux());
  }

  @Test
  void readsTheFlattenedConfigMapForm() throws Exception {
    ConfigReader.Reading reading =
        read(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: function-input\ndata:\n"
                + "  orchestrator: argocd\n");
    assertEquals(Orchestrator.ARGOCD, reading.config().orchestrator());
    reading =
        read(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: function-input\ndata:\n"
                + "  orchestrator: flux\n  flux.layout: \"true\"\n  flux.path: apps\n");
    assertEquals(List.of(), reading.results());
    assertTrue(reading.config().flux().layout());
    assertEquals("./apps", reading.config().flux().path());
  }

  @Test
  void fluxFieldsWithoutTheFluxOrchestratorAreAnError() throws Exception {
    List<Result> results = read(HEAD + "orchestrator: helm\nflux:\n  layout: true\n").results();
    assertEquals(1, results.size(), results.toString());
    assertTrue(results.get(0).message().contains("need orchestrator: flux"), results.toString());
    assertEquals("flux.layout", results.get(0).field());
  }

  @Test
  void reportsEveryBadValueTogether() throws Exception {
    List<Result> results =
        read(HEAD
                + "orchestrator: flux\n"
                + "flux:\n"
                + "  layout: yes please\n"
                + "  name: Shop_1\n"
                + "  path: ../elsewhere\n"
                + "  sourceRef:\n"
                + "    kind: HelmRepository\n"
                + "  interval: 0s\n"
                + "  timeout: soon\n")
            .results();
    assertEquals(
        List.of(
            "flux.layout",
            "flux.name",
            "flux.path",
            "flux.sourceRef.kind",
            "flux.interval",
            "flux.timeout"),
        results.stream().map(Result::field).toList(),
        results.toString());
  }

  @Test
  void namesAreDnsLabelsAndSubdomainsAsKubernetesChecksThem() throws Exception {
    String ok =
        HEAD
            + "orchestrator: flux\n"
            + "flux:\n"
            + "  name: "
            + "a".repeat(50)
            + "\n"
            + "  namespace: flux-system\n"
            + "  sourceRef:\n"
            + "    name: shop.example-1\n"
            + "    namespace: flux-system\n";
    assertEquals(List.of(), read(ok).results());
    List<Result> bad =
        read(HEAD
                + "orchestrator: flux\n"
                + "flux:\n"
                + "  name: "
                + "a".repeat(51)
                + "\n"
                + "  namespace: -flux\n"
                + "  sourceRef:\n"
                + "    name: shop..example\n"
                + "    namespace: Flux\n")
            .results();
    assertEquals(
        List.of("flux.name", "flux.namespace", "flux.sourceRef.name", "flux.sourceRef.namespace"),
        bad.stream().map(Result::field).toList(),
        bad.toString());
  }

  @Test
  void anUnknownOrchestratorNamesTheChoices() throws Exception {
    List<Result> results = read(HEAD + "orchestrator: argo\n").results();
    assertEquals(1, results.size());
    assertTrue(results.get(0).message().contains("none, helm, argocd, flux"), results.toString());
  }

  @Test
  void stagePathsFollowTheSourcePath() {
    assertEquals("./deploy", FluxSettings.DEFAULT.pathOf("deploy"));
    FluxSettings nested =
        new FluxSettings(true, null, "f", "./apps/shop", "GitRepository", "s", null, "1m", "1m");
    assertEquals("./apps/shop/pre-deploy", nested.pathOf("pre-deploy"));
  }

  private static ConfigReader.Reading read(String text) throws Exception {
    YMapping root = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(text).get(0).root();
    return new ConfigReader().read(Resource.of(root));
  }
}
