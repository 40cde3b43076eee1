package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {
  private static ConfigReader.Reading read(String yaml) throws Exception {
    YMapping node = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root();
    return new ConfigReader().read(Resource.of(node));
  }

  @Test
  void noConfigMeansEveryDefault() {
    assertEquals(Config.DEFAULT, new ConfigReader().read(null).config());
  }

  @Test
  void readsTheStartGateKind() throws Exception {
    ConfigReader.Reading r =
        read(
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n"
                + "defaults: {timeout: 1m, uptime: 5s}\nsecurityContext: {runAsUser: 1000}\nrbac: none\n");
    assertEquals(List.of(), r.results());
    assertEquals(new Timing(60, 2, 5), r.config().defaults());
    assertEquals(1000, r.config().gate().runAsUser());
    assertEquals(RbacMode.NONE, r.config().rbac());
  }

  @Test
  void readsTheConfigMapFormWithDottedKeys() throws Exception {
    ConfigReader.Reading r =
        read(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"
                + "data: {defaults.interval: 7s, images.curl: r/curl:1, resources.cpu: 10m}\n");
    // A tag without a digest is taken, with a warning.
    assertEquals(
        List.of("data.images.curl"),
        r.results().stream()
            .filter(x -> x.severity() == Severity.WARNING)
            .map(Result::field)
            .toList());
    assertEquals(1, r.results().size());
    assertEquals(7, r.config().defaults().intervalSeconds());
    assertEquals("r/curl:1", r.config().images().curl());
    assertEquals("10m", r.config().gate().resources(GateImage.KUBECTL).cpu());
  }

  /**
   * The k8s-when-ready fields change nothing while the Kubernetes gates run kubectl (the default):
   * a warning on the first one written, so a forgotten kubernetesGates line is not silent.
   */
  @Test
  void whenReadyFieldsWithKubectlGatesAreWarned() throws Exception {
    String head = "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n";
    ConfigReader.Reading r = read(head + "whenReadyServer: {port: 8080, host: wr.tools.svc}\n");
    assertEquals(1, r.results().size(), r.results().toString());
    Result w = r.results().get(0);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals("whenReadyServer.host", w.field());
    assertTrue(
        w.message().startsWith("read only with kubernetesGates: when-ready-server"), w.message());
    ConfigReader.Reading used =
        read(
            head
                + "kubernetesGates: when-ready-server\n"
                + "images: {whenReady: 'r.example/k8s-when-ready:0.2.0@sha256:"
                + "0".repeat(64)
                + "'}\nwhenReadyServer: {port: 8080}\n");
    assertEquals(List.of(), used.results());
    assertEquals(List.of(), read(head + "kubernetesGates: kubectl\n").results());
  }

  @Test
  void reportsEveryProblemWithFieldAndValue() throws Exception {
    ConfigReader.Reading r =
        read(
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n"
                + "defaults: {timeout: soon}\nresources: {memory: lots}\nextra: 1\n");
    List<String> fields = r.results().stream().map(Result::field).toList();
    assertEquals(List.of("defaults.timeout", "resources.memory", "extra"), fields);
    assertTrue(r.results().get(0).message().contains("like 90s"));
    assertEquals("soon", r.results().get(0).value());
  }

  /** The bounds of the defaults name the fields as the ConfigMap writes them, with their values. */
  @Test
  void aConfigMapsBoundsNameItsDataFields() throws Exception {
    String[][] cases = {
      {"{defaults.timeout: 0m}", "data.defaults.timeout", "0m"},
      {"{defaults.interval: 0s}", "data.defaults.interval", "0s"},
      {"{defaults.timeout: 1m, defaults.uptime: 2m}", "data.defaults.uptime", "2m"},
    };
    for (String[] c : cases) {
      ConfigReader.Reading r =
          read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: " + c[0] + "\n");
      assertEquals(1, r.results().size(), c[0] + ": " + r.results());
      assertEquals(c[1], r.results().get(0).field(), c[0]);
      assertEquals(c[2], r.results().get(0).value(), c[0]);
    }
  }

  @Test
  void rejectsOtherKinds() throws Exception {
    ConfigReader.Reading r = read("apiVersion: v1\nkind: Secret\nmetadata: {name: x}\n");
    assertEquals("kind", r.results().get(0).field());
  }

  /**
   * An alias or a merge key in the config is named as such: read as written, it was an unknown
   * field "<<" or a value "*r", which said nothing of the cause.
   */
  @Test
  void aliasesAndMergeKeysAreNamed() throws Exception {
    String head = "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n";
    ConfigReader.Reading alias =
        read(head + "resources: {busybox: &r {cpu: 50m, memory: 32Mi}, curl: *r}\n");
    assertEquals(1, alias.results().size(), alias.results().toString());
    Result a = alias.results().get(0);
    assertEquals(Severity.ERROR, a.severity());
    assertEquals("resources.curl", a.field());
    assertTrue(
        a.message().startsWith("resources.curl is the alias *r: startgate reads its config as"),
        a.message());
    ConfigReader.Reading merge =
        read(head + "defaults: &d {timeout: 90s}\n" + "gates:\n- match: {kind: Job}\n  <<: *d\n");
    assertEquals(1, merge.results().size(), merge.results().toString());
    assertEquals("gates[0].<<", merge.results().get(0).field());
    assertTrue(
        merge.results().get(0).message().contains("is the merge key <<:"),
        merge.results().get(0).message());
  }
}
