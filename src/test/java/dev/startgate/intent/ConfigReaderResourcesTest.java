package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code resources}: per-image defaults, the generic fields, per-image overrides, bad values. */
class ConfigReaderResourcesTest {
  private static final String HEAD =
      "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n";

  private static ConfigReader.Reading read(String yaml) throws Exception {
    YMapping node = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root();
    return new ConfigReader().read(Resource.of(node));
  }

  private static Quantities of(ConfigReader.Reading r, GateImage image) {
    return r.config().gate().resources(image);
  }

  @Test
  void eachImageHasItsOwnDefault() throws Exception {
    ConfigReader.Reading r = read(HEAD);
    assertEquals(List.of(), r.results());
    assertEquals(new Quantities("50m", "32Mi"), of(r, GateImage.BUSYBOX));
    assertEquals(new Quantities("50m", "64Mi"), of(r, GateImage.CURL));
    assertEquals(new Quantities("200m", "128Mi"), of(r, GateImage.KUBECTL));
    assertEquals(new Quantities("50m", "64Mi"), of(r, GateImage.WHEN_READY));
    assertEquals(new Quantities("50m", "64Mi"), r.config().gate().server());
  }

  @Test
  void theGenericFieldsStillSetEveryGate() throws Exception {
    ConfigReader.Reading r = read(HEAD + "resources: {cpu: 20m, memory: 48Mi}\n");
    assertEquals(List.of(), r.results());
    for (GateImage image : GateImage.values()) {
      assertEquals(new Quantities("20m", "48Mi"), of(r, image), image.key());
    }
    assertEquals(new Quantities("20m", "48Mi"), r.config().gate().server());
  }

  @Test
  void anImageFieldBeatsTheGenericOneWhichBeatsTheDefault() throws Exception {
    ConfigReader.Reading r =
        read(HEAD + "resources:\n  cpu: 20m\n  kubectl: {memory: 256Mi}\n  curl: {cpu: 100m}\n");
    assertEquals(List.of(), r.results());
    assertEquals(new Quantities("20m", "256Mi"), of(r, GateImage.KUBECTL));
    assertEquals(new Quantities("100m", "64Mi"), of(r, GateImage.CURL));
    assertEquals(new Quantities("20m", "32Mi"), of(r, GateImage.BUSYBOX));
  }

  @Test
  void theConfigMapFormTakesDottedKeys() throws Exception {
    ConfigReader.Reading r =
        read(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n"
                + "  resources.kubectl.cpu: 300m\n  resources.kubectl.memory: 192Mi\n"
                + "  resources.busybox.memory: 16Mi\n  resources.whenReady.cpu: 10m\n");
    assertEquals(List.of(), r.results());
    assertEquals(new Quantities("300m", "192Mi"), of(r, GateImage.KUBECTL));
    assertEquals(new Quantities("50m", "16Mi"), of(r, GateImage.BUSYBOX));
    assertEquals(new Quantities("10m", "64Mi"), of(r, GateImage.WHEN_READY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0.5", ".5", "1.", "250m", "2e3", "1E-3"})
  void acceptsEveryQuantityFormOfCores(String value) throws Exception {
    ConfigReader.Reading r = read(HEAD + "resources: {kubectl: {cpu: \"" + value + "\"}}\n");
    assertEquals(List.of(), r.results());
    assertEquals(value, of(r, GateImage.KUBECTL).cpu());
  }

  @ParameterizedTest
  @ValueSource(strings = {"128974848", "1Gi", "1k", "0.5Ki", "1.0", "1.5M", "2e6", "64Mi"})
  void acceptsEveryQuantityFormOfWholeBytes(String value) throws Exception {
    ConfigReader.Reading r = read(HEAD + "resources: {kubectl: {memory: \"" + value + "\"}}\n");
    assertEquals(List.of(), r.results());
    assertEquals(value, of(r, GateImage.KUBECTL).memory());
  }

  /**
   * m and Mi mixed up (acceptance CH): cpu in multiples of bytes or of thousands of cores, which no
   * node has, and memory in fractions of a byte, which the API server warns about and no container
   * starts with, are errors that say what the value means.
   */
  @Test
  void aValueInTheOtherResourcesUnitSaysWhatItMeans() throws Exception {
    ConfigReader.Reading r =
        read(HEAD + "resources:\n  kubectl: {memory: 100m, cpu: 100Mi}\n  curl: {cpu: 2k}\n");
    assertEquals(
        "\"100Mi\" for cpu is 104857600 cores (Mi counts bytes, for memory); cpu counts cores or"
            + " thousandths of one (m), like 200m or 0.5",
        find(r.results(), "resources.kubectl.cpu").message());
    assertEquals(
        "\"100m\" for memory is 0.1 bytes (m is a thousandth; a mebibyte is Mi); memory counts"
            + " whole bytes, like 128Mi or 1Gi",
        find(r.results(), "resources.kubectl.memory").message());
    assertEquals(
        "\"2k\" for cpu is 2000 cores (k means 10^3; a thousandth is m); cpu counts cores or"
            + " thousandths of one (m), like 200m or 0.5",
        find(r.results(), "resources.curl.cpu").message());
    assertEquals(3, r.results().size(), r.results().toString());
    for (String memory : List.of("0.5", "1500m", "0.0001k", "1000m", "2000000m")) {
      ConfigReader.Reading m = read(HEAD + "resources: {memory: \"" + memory + "\"}\n");
      assertEquals(1, m.results().size(), memory);
      assertTrue(m.results().get(0).message().contains("memory counts whole bytes"), memory);
    }
  }

  @Test
  void aBadValueNamesTheFieldTheValueAndAValidOne() throws Exception {
    ConfigReader.Reading r =
        read(HEAD + "resources:\n  kubectl: {memory: 128MB, cpu: 0m}\n  curl: {cpu: -1}\n");
    List<Result> errors = r.results();
    assertEquals(
        List.of("resources.kubectl.cpu", "resources.kubectl.memory", "resources.curl.cpu"),
        errors.stream().map(Result::field).sorted(ConfigReaderResourcesTest::byImage).toList());
    Result memory = find(errors, "resources.kubectl.memory");
    assertEquals("128MB", memory.value());
    assertEquals(
        "\"128MB\" is not a Kubernetes quantity for memory; use one like 128Mi or 1Gi",
        memory.message());
    assertEquals(
        "\"0m\" is no cpu at all; use one like 200m or 0.5",
        find(errors, "resources.kubectl.cpu").message());
    assertTrue(find(errors, "resources.curl.cpu").message().contains("\"-1\""));
  }

  @Test
  void anImageWithoutCpuAndMemoryIsNamed() throws Exception {
    ConfigReader.Reading r = read(HEAD + "resources: {kubectl: 200m}\n");
    assertEquals(1, r.results().size(), r.results().toString());
    Result e = r.results().get(0);
    assertEquals("resources.kubectl", e.field());
    assertEquals(
        "kubectl is a mapping of cpu and memory; write kubectl: {cpu: 200m, memory: 128Mi}",
        e.message());
    assertEquals("200m", e.value());
  }

  @Test
  void anUnknownResourceFieldIsUnknown() throws Exception {
    ConfigReader.Reading r = read(HEAD + "resources: {kubectl: {cpus: 1}}\n");
    assertEquals("resources.kubectl.cpus", r.results().get(0).field());
    assertTrue(
        r.results().get(0).message().contains("did you mean resources.kubectl.cpu?"),
        r.results().get(0).message());
  }

  private static int byImage(String a, String b) {
    return Integer.compare(rank(a), rank(b));
  }

  private static int rank(String field) {
    return List.of("resources.kubectl.cpu", "resources.kubectl.memory", "resources.curl.cpu")
        .indexOf(field);
  }

  private static Result find(List<Result> results, String field) {
    return results.stream().filter(x -> field.equals(x.field())).findFirst().orElseThrow();
  }
}
