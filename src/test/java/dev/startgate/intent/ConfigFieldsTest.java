package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The table of config fields ({@link ConfigField}) is the one list: the JSON schema has exactly its
 * fields with its types, every field in it is read by its section reader, and the unknown-field
 * error lists it.
 */
class ConfigFieldsTest {
  private static final Path SCHEMA = Path.of("function-config/startgate.schema.json");

  @Test
  void theSchemaHasTheFieldsOfTheTableWithTheirTypes() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    leaves(schema, schema, "", leaves);
    // The envelope, and a ConfigMap's own immutable: no config fields.
    for (String envelope : List.of("apiVersion", "kind", "metadata", "data", "immutable")) {
      leaves.remove(envelope);
    }
    List<String> inSchema = new ArrayList<>(leaves.keySet());
    List<String> inTable = new ArrayList<>(ConfigField.keys());
    inSchema.sort(null);
    inTable.sort(null);
    assertEquals(inTable, inSchema, "fields of " + SCHEMA + " and of ConfigField");
    for (ConfigField f : ConfigField.values()) {
      JsonNode node = leaves.get(f.key());
      String schemaType = f.type().schema();
      if (schemaType.startsWith("#")) {
        assertEquals(
            "#/$defs/" + schemaType.substring(1), node.path("$ref").asString(), f.key() + " $ref");
      } else if (schemaType.equals("enum")) {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> values.add(v.asString()));
        assertEquals(f.type().choices(), values, f.key() + " enum");
      } else if (node.path("type").isArray()) {
        // A list may also be written empty (null): ["array", "null"].
        List<String> types = new ArrayList<>();
        node.path("type").forEach(v -> types.add(v.asString()));
        assertEquals(List.of(schemaType, "null"), types, f.key() + " type");
      } else {
        assertEquals(schemaType, node.path("type").asString(), f.key() + " type");
      }
    }
  }

  /** The ConfigMap form's data has exactly the table's fields, each a string. */
  @Test
  void theSchemasConfigMapDataHasTheFieldsOfTheTable() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
    JsonNode data = schema.path("$defs").path("data").path("properties");
    List<String> keys = new ArrayList<>(data.propertyNames());
    List<String> inTable = new ArrayList<>(ConfigField.keys());
    keys.sort(null);
    inTable.sort(null);
    assertEquals(inTable, keys, "data fields of " + SCHEMA + " and ConfigField");
    for (String key : keys) {
      JsonNode node = data.path(key);
      String ref = node.path("$ref").asString("");
      boolean text =
          node.path("type").asString("").equals("string")
              || node.has("enum")
              || List.of("#/$defs/duration", "#/$defs/interval", "#/$defs/image").contains(ref)
              || ref.endsWith("Text");
      assertTrue(text, key + " is a string in a ConfigMap: " + node);
    }
  }

  /** The fields below {@code node}, flattened with dots; a $ref with properties is walked too. */
  private static void leaves(
      JsonNode root, JsonNode node, String prefix, Map<String, JsonNode> out) {
    JsonNode walked = node;
    if (node.has("$ref") && node.path("$ref").asString().startsWith("#/$defs/")) {
      JsonNode def = root.path("$defs").path(node.path("$ref").asString().substring(8));
      if (def.has("properties")) {
        walked = def;
      }
    }
    if (!walked.has("properties") || prefix.equals("metadata.") || prefix.equals("data.")) {
      out.put(prefix.substring(0, prefix.length() - 1), node);
      return;
    }
    for (var e : walked.path("properties").properties()) {
      leaves(root, e.getValue(), prefix + e.getKey() + ".", out);
    }
  }

  @Test
  void everyFieldOfTheTableIsReadByItsReader() throws Exception {
    for (ConfigField f : ConfigField.values()) {
      String other = f == ConfigField.ORCHESTRATOR ? "" : "orchestrator: flux, ";
      List<Result> results = read("data: {" + other + f.key() + ": \"x\"}");
      for (Result r : results) {
        assertTrue(!r.message().startsWith("unknown field"), f.key() + ": " + r.message());
      }
    }
  }

  /**
   * The example of each field, which its errors show, is a valid setting of it, in a ConfigMap as
   * written there ({@code whenReadyServer.port: "3000"}); an image's {@code <digest>} stands for
   * one.
   */
  @Test
  void everyFieldsExampleIsValid() throws Exception {
    for (ConfigField f : ConfigField.values()) {
      String written = f.written(true).replace("<digest>", "0".repeat(64));
      // A choice: its first value.
      written = f.type().choices().isEmpty() ? written : written.split(", | or ")[0];
      String digest = "@sha256:" + "0".repeat(64);
      Map<String, String> data = new LinkedHashMap<>();
      switch (f.section()) {
        case FLUX -> data.put("orchestrator", "flux");
        case KUBERNETES -> {
          // The k8s-when-ready fields are read with that runtime only (warned with kubectl), the
          // server's namespace and image with emitServer only (warned without it).
          if (f != ConfigField.KUBERNETES_GATES) {
            data.put("kubernetesGates", "when-ready-server");
            data.put("images.whenReady", "w" + digest);
            data.put("whenReadyServer.emitServer", "\"true\"");
            data.put("whenReadyServer.namespace", "tools");
            data.put("whenReadyServer.image", "s" + digest);
          }
        }
        case HTTPS -> data.put("https.caConfigMap", "ca");
        default -> {}
      }
      data.put(f.key(), written.substring(f.key().length() + 2));
      StringBuilder yaml = new StringBuilder();
      data.forEach(
          (k, v) -> yaml.append(yaml.isEmpty() ? "" : ", ").append(k).append(": ").append(v));
      List<Result> results = read("data: {" + yaml + "}");
      assertEquals(List.of(), results, f.key() + ": " + written);
    }
    assertEquals("emitServer: true", ConfigField.SERVER_EMIT.written(false));
    assertEquals("rbac: auto or rbac: none", ConfigField.RBAC.written(true));
    assertEquals(
        "gates: \"[{match: {kind: Job}, waitFor: tcp://postgres:5432}]\"",
        ConfigField.GATES.written(true));
  }

  @Test
  void anUnknownFieldListsTheTable() throws Exception {
    List<Result> results = read("data: {qqqqqqqqqqqqqqqq: 1}");
    assertEquals(
        "unknown field; known fields: " + String.join(", ", ConfigField.keys()),
        results.get(0).message());
    assertEquals(39, ConfigField.values().length);
  }

  private static List<Result> read(String data) throws Exception {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n" + data + "\n";
    YMapping node = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root();
    return new ConfigReader().read(Resource.of(node)).results();
  }
}
