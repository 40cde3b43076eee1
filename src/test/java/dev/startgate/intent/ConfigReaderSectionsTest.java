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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The config's sections: one written empty is no settings; one written as a value or a list is an
 * error that says it must be a mapping, lists its fields and shows an example, in the StartGate
 * form and in a ConfigMap's; an empty field is still an error.
 */
class ConfigReaderSectionsTest {
  private static final String STARTGATE =
      "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n";
  private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n";

  private static List<Result> results(String yaml) throws Exception {
    YMapping node = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root();
    return new ConfigReader().read(Resource.of(node)).results();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "defaults:",
        "images: null",
        "flux: ~",
        "https:\n#  caConfigMap: ca\n",
        "resources:"
      })
  void aSectionWrittenEmptyIsNoSettings(String section) throws Exception {
    assertEquals(List.of(), results(STARTGATE + section + "\n"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "defaults: 5m|defaults|defaults must be a mapping of its fields (timeout, interval, uptime),"
            + " not \"5m\", like defaults: {timeout: 5m}",
        "images: []|images|images must be a mapping of its fields (busybox, curl, kubectl,"
            + " whenReady), not a list, like images: {busybox: docker.io/library/busybox:1.37.0}",
        "flux: {sourceRef: }|flux.sourceRef|flux.sourceRef must be a mapping of its fields (kind,"
            + " name, namespace), not empty, like flux: {sourceRef: {name: flux-system}}",
        "https: 'a\"b'|https|https must be a mapping of its fields (caConfigMap, caKey), not"
            + " \"a\\\"b\", like https: {caConfigMap: corp-ca}"
      })
  void aSectionWrittenAsAValueSaysWhatItTakes(String yaml, String field, String message)
      throws Exception {
    List<Result> results = results(STARTGATE + yaml + "\n");
    assertEquals(1, results.size(), results.toString());
    assertEquals(field, results.get(0).field());
    assertEquals(message, results.get(0).message());
  }

  @Test
  void aConfigMapHoldsFieldsByTheirFullNames() throws Exception {
    List<Result> results = results(CONFIG_MAP + "data:\n  defaults: 5m\n");
    assertEquals(1, results.size(), results.toString());
    assertEquals("data.defaults", results.get(0).field());
    assertEquals(
        "a ConfigMap holds the fields of defaults by their full names, not \"5m\" under defaults"
            + " (timeout, interval, uptime), like defaults.timeout: 5m",
        results.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"resources: {cpu: }", "resources: {cpuu: }", "resources: {kubectl: }"})
  void anEmptyFieldIsStillAnError(String yaml) throws Exception {
    List<Result> results = results(STARTGATE + yaml + "\n");
    assertEquals(1, results.size(), results.toString());
  }

  /** A Flux duration that is not one says why, as a defaults.* duration does. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "interval: '10'|\"10\": the unit is missing; write 10s for seconds (units: s, m, h)",
        "timeout: 1.5m|\"1.5m\": fractions are not supported; write 90s instead of 1.5m",
        "timeout: 0s|\"0s\" is not a duration above zero; use a value like 10m or 1h"
      })
  void aFluxDurationSaysWhatIsWrong(String yaml, String message) throws Exception {
    List<Result> results = results(STARTGATE + "orchestrator: flux\nflux: {" + yaml + "}\n");
    assertEquals(1, results.size(), results.toString());
    assertEquals(message, results.get(0).message());
  }

  /**
   * A dotted name in a StartGate is told its nested form; one already written nested too is told to
   * go (writing the nested form would give the field twice).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "defaults.timeout: 60s|defaults.timeout|a StartGate nests its fields; write defaults:"
            + " {timeout: 60s} (dotted names are the ConfigMap form's)",
        "defaults: {timeout: 45s}\\ndefaults.timeout: 60s|defaults.timeout|defaults.timeout is"
            + " written twice, nested (\"45s\") and dotted; a StartGate nests its fields: delete"
            + " the dotted one",
        "resources: {kubectl: {cpu: 100m}, kubectl.cpu: 200m}|resources.kubectl.cpu"
            + "|resources.kubectl.cpu is written twice, nested (\"100m\") and dotted; a StartGate"
            + " nests its fields: delete the dotted one"
      })
  void aDottedNameInAStartGateIsToldWhatToWrite(String yaml, String field, String message)
      throws Exception {
    List<Result> results = results(STARTGATE + yaml.replace("\\n", "\n") + "\n");
    assertEquals(1, results.size(), results.toString());
    assertEquals(field, results.get(0).field());
    assertEquals(message, results.get(0).message());
  }

  /** Defaults that bound each other say so in the words a workload's own settings get. */
  /** Rules text beyond a limit is valid YAML: said so, without the advice for an input file. */
  @Test
  void rulesTextBeyondALimitIsNotCalledInvalid() throws Exception {
    List<Result> results =
        results(CONFIG_MAP + "data:\n  gates: \"" + "[".repeat(150) + "]".repeat(150) + "\"\n");
    assertEquals(1, results.size(), results.toString());
    assertEquals(
        "the rules are beyond startgate's limits: nesting deeper than 100 levels; write the list"
            + " out plainly, like gates: \"[{match: {kind: Job}, waitFor: tcp://postgres:5432}]\"",
        results.get(0).message());
  }

  @Test
  void defaultsThatBoundEachOtherSaySo() throws Exception {
    List<Result> results = results(STARTGATE + "defaults: {timeout: 30s, uptime: 30s}\n");
    assertEquals(1, results.size(), results.toString());
    assertEquals("defaults.uptime", results.get(0).field());
    assertEquals(
        "the uptime (30s) must be shorter than the timeout (30s): the target must stay ready that"
            + " long before the gate gives up, so it could never pass; raise defaults.timeout or"
            + " lower defaults.uptime: a timeout like 60s (twice the uptime) leaves the target time"
            + " to come up and stay",
        results.get(0).message());
  }

  /**
   * An unknown field's value is shown even when it is the end of the field's name (busybx: x), and
   * flux fields beside an orchestrator startgate refused say what was written.
   */
  @Test
  void valuesAndRefusedOrchestratorsAreShown() throws Exception {
    List<Result> unknown = results(STARTGATE + "images: {busybx: x}\n");
    assertEquals(1, unknown.size(), unknown.toString());
    assertEquals(
        "unknown field; did you mean images.busybox? (value \"x\")", unknown.get(0).shownMessage());
    List<Result> flux = results(STARTGATE + "orchestrator: Helm\nflux: {layout: true}\n");
    assertEquals(2, flux.size(), flux.toString());
    assertEquals(
        "flux settings need orchestrator: flux (\"Helm\" is no orchestrator startgate knows);"
            + " set orchestrator: flux or remove the flux fields",
        flux.get(1).message());
  }

  /**
   * An unknown name written as an empty mapping is an unknown field, at the top and in a section,
   * as the schema says; a known section or per-image section written empty is no settings.
   */
  @Test
  void anUnknownFieldWrittenEmptyIsStillUnknown() throws Exception {
    for (String bad :
        List.of(
            "secuirtyContext: {}\n",
            "status: {}\n",
            "images: {foo: {}}\n",
            "defaults: {timeout: 5m, foo: {}}\n",
            "resources: {kubectl: {cpu: 300m, foo: {}}}\n")) {
      List<Result> results = results(STARTGATE + bad);
      assertEquals(1, results.size(), bad + results);
      assertTrue(results.get(0).message().startsWith("unknown field"), bad + results);
    }
    for (String empty :
        List.of(
            "defaults: {}\n",
            "securityContext: {}\n",
            "resources: {kubectl: {}}\n",
            "flux: {sourceRef: {}}\n",
            "https: {}\n")) {
      assertEquals(List.of(), results(STARTGATE + empty), empty);
    }
  }
}
