package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A config error names the field once, as written (under {@code data.} in a ConfigMap), carries the
 * bad value and shows a valid setting written as config.
 */
class ConfigMessagesTest {
  private static final String STARTGATE =
      "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: x}\n";
  private static final String CONFIG_MAP =
      "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rbac: [a, b]|rbac|[a, b]|rbac must be one value, not a list; write rbac: auto or rbac:"
            + " none",
        "rbac: {a: b}|rbac|{a: b}|rbac must be one value, not a mapping; write rbac: auto or rbac:"
            + " none",
        "whenReadyServer: {emitServer: yes}|whenReadyServer.emitServer|yes|\"yes\" is not true or"
            + " false; write emitServer: true",
        "whenReadyServer: {namespace: Tools_NS}|whenReadyServer.namespace|Tools_NS|\"Tools_NS\" is"
            + " not a valid namespace name (a DNS label: lowercase letters, digits and -); use one"
            + " like tools",
        "https: {caKey: a}|https.caKey|a|a key needs https.caConfigMap, the ConfigMap that holds"
            + " it; add caConfigMap: company-ca",
        "gates: [{match: {kind: Job}, phase: ''}]|gates[0].phase||phase is empty; write phase:"
            + " pre-deploy or phase: post-deploy",
        "gates: [{match: {labels: {app: [x]}}, retry: 3}]|gates[0].match.labels.app|[x]|app must"
            + " be one value, not a list; write app: migrate",
        // A number read from another form is shown as written, beside what it reads as.
        "securityContext: {runAsUser: 1e10}|securityContext.runAsUser|1e10|\"1e10\""
            + " (10000000000) is larger than 2147483647, the largest id Kubernetes accepts; use"
            + " one like 65532",
        "gates: [{match: {kind: Job}, retry: 1e5}]|gates[0].retry|1e5|\"1e5\" (100000) is not"
            + " a whole number from 0 to 9999; use a value like \"6\"",
        // Only what is missing is named; a field set but invalid has its own error alone.
        "whenReadyServer: {emitServer: true, namespace: tools}|whenReadyServer.emitServer|true"
            + "|emitServer: true needs whenReadyServer.image (pinned by digest, like"
            + " docker.io/jeffvalore/k8s-when-ready-server:0.2.0@sha256: and its digest)",
        // The example of an image is the default, pinned: it pastes.
        "images: {curl: Curl}|images.curl|Curl|\"Curl\" is not an image reference: its path has"
            + " upper-case letters; runtimes take image paths in lower case; use one like"
            + " docker.io/curlimages/curl:8.11.1@sha256:"
            + "c1fe1679c34d9784c1b0d1e5f62ac0a79fca01fb6377cdd33e90473c6f9f9a69",
      })
  void inAStartGate(String yaml, String field, String value, String message) throws Exception {
    assertResult(STARTGATE + yaml + "\n", field, value, message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kubernetesGates: when-ready-server|data.images.whenReady||kubernetesGates:"
            + " when-ready-server needs the k8s-when-ready client image, pinned by digest"
            + " (startgate ships no default: no digest of it could be verified); set"
            + " images.whenReady like docker.io/jeffvalore/k8s-when-ready:0.2.0@sha256:<digest>",
        "whenReadyServer.emitServer: 'true'|data.whenReadyServer.emitServer|true|emitServer: true"
            + " needs whenReadyServer.namespace (where the server runs, like tools) and"
            + " whenReadyServer.image (pinned by digest, like"
            + " docker.io/jeffvalore/k8s-when-ready-server:0.2.0@sha256: and its digest)",
        "whenReadyServer.port: [1]|data.whenReadyServer.port|[1]|port must be one value, not a"
            + " list; write whenReadyServer.port: \"3000\"",
        "resources.curl: 5|data.resources.curl|5|a ConfigMap holds the fields of resources.curl"
            + " (cpu, memory) by their full names; write resources.curl.cpu: 200m",
        "gates: '[x'|data.gates|[x|the rules are not valid YAML: expected ',' or ']', but got"
            + " the end of the input (in a list opened with [, which needs a closing ]) at line 1, column 3;"
            + " write the list as"
            + " YAML text, like gates: \"[{match: {kind: Job}, waitFor: tcp://postgres:5432}]\"",
        "gates: x|data.gates|x|gates must be a list of rules, not \"x\"; write gates: \"[{match:"
            + " {kind: Job}, waitFor: tcp://postgres:5432}]\"",
        // Acceptance CS: a value that is no string, as the schema and Kubernetes refuse it, with
        // the value it reads as quoted (a port's whole number); review CT: only where the field
        // takes that value, else the field's own error, which shows a valid value.
        "defaults.timeout: 30|data.defaults.timeout|30|\"30\" is not a duration: the unit is"
            + " missing; write 30s for seconds (units: s, m, h)",
        "whenReadyServer.emitServer: yes|data.whenReadyServer.emitServer|yes|\"yes\" is not true"
            + " or false; write whenReadyServer.emitServer: \"true\"",
      })
  void inAConfigMap(String yaml, String field, String value, String message) throws Exception {
    assertResult(CONFIG_MAP + "  " + yaml + "\n", field, value, message);
  }

  /**
   * Acceptance CS, review CT: a port written as a number is shown quoted as the number it reads.
   */
  @Test
  void aPortThatIsANumberIsShownQuoted() throws Exception {
    assertResult(
        CONFIG_MAP
            + "  kubernetesGates: when-ready-server\n  images.whenReady:"
            + " registry.example/k8s-when-ready:0.2.0@sha256:"
            + "0".repeat(64)
            + "\n  whenReadyServer.port: 0x0bb8\n",
        "data.whenReadyServer.port",
        "0x0bb8",
        "\"0x0bb8\" is a number, and a ConfigMap's data values are strings (Kubernetes refuses"
            + " this ConfigMap); quote it: whenReadyServer.port: \"3000\"");
  }

  /** Acceptance CS: Kubernetes refuses . and .. as ConfigMap keys, and keys starting with .. */
  @Test
  void aCaKeyOfDots() throws Exception {
    for (String key : List.of(".", "..", "..data")) {
      assertResult(
          CONFIG_MAP + "  https.caConfigMap: ca\n  https.caKey: \"" + key + "\"\n",
          "data.https.caKey",
          key,
          Result.quoted(key)
              + " is not a valid ConfigMap key (Kubernetes refuses . and .. and a key starting"
              + " with ..); use one like ca.crt");
    }
  }

  /** A client image set but invalid has its own error alone, not "needs the client image" too. */
  @Test
  void anInvalidClientImageIsNotAlsoMissing() throws Exception {
    assertResult(
        STARTGATE + "kubernetesGates: when-ready-server\nimages: {whenReady: Bad}\n",
        "images.whenReady",
        "Bad",
        "\"Bad\" is not an image reference: its path has upper-case letters; runtimes take image"
            + " paths in lower case; use one like docker.io/jeffvalore/k8s-when-ready:0.2.0");
  }

  private static void assertResult(String yaml, String field, String value, String message)
      throws Exception {
    YMapping node = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root();
    List<Result> results = new ConfigReader().read(Resource.of(node)).results();
    assertEquals(1, results.size(), results.toString());
    assertEquals(field, results.get(0).field());
    assertEquals(value, results.get(0).value());
    assertEquals(message, results.get(0).message());
  }
}
