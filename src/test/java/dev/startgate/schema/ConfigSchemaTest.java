package dev.startgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.startgate.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code function-config/startgate.schema.json} and the config reader agree: every config in {@code
 * function-config/} (the ConfigMap form too) and every StartGate example shipped in the repository
 * validates and is accepted, and every config under {@code src/test/resources/config-invalid/} is
 * rejected by both.
 */
class ConfigSchemaTest {
  static final Path SCHEMA = Path.of("function-config/startgate.schema.json");

  private final Schema schema =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(read(SCHEMA), InputFormat.JSON);

  @TestFactory
  Stream<DynamicTest> shippedExamplesValidate() throws IOException {
    List<Path> examples = new ArrayList<>();
    for (Path root : List.of(Path.of("function-config"), Path.of("examples"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/.expected/"))
            .filter(p -> read(p).contains("kind: StartGate") || p.startsWith("function-config"))
            .sorted()
            .forEach(examples::add);
      }
    }
    assertTrue(examples.size() >= 2, "no StartGate example found: " + examples);
    return examples.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.toString(),
                    () -> {
                      assertEquals(List.of(), errors(p), p + " against the schema");
                      Run run = configure(p);
                      assertEquals(0, run.code(), p + " in startgate: " + run.err());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> badConfigsAreRejected() throws IOException {
    List<Path> bad;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/config-invalid"))) {
      bad = files.sorted().toList();
    }
    assertFalse(bad.isEmpty());
    return bad.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      assertFalse(errors(p).isEmpty(), p + " passes the schema");
                      Run run = configure(p);
                      assertEquals(1, run.code(), p + " is accepted by startgate");
                      assertTrue(run.err().startsWith("[error] "), run.err());
                    }));
  }

  /**
   * Custom-resource targets (#13) are targets of a rule's waitFor list, as startgate reads them.
   */
  @Test
  void customResourceTargetsInAWaitForList() throws IOException {
    String config =
        """
        apiVersion: fn.startgate.dev/v1alpha1
        kind: StartGate
        metadata:
          name: startgate
        gates:
        - match: {kind: Job}
          waitFor:
          - clusters.postgresql.cnpg.io/db
          - "clusters.v1.postgresql.cnpg.io/shop/db jsonpath={.status.phase}=Cluster in healthy state"
          - Certificate.cert-manager.io/web-tls
        """;
    JsonNode node = new YAMLMapper().readTree(config);
    assertEquals(List.of(), schema.validate(node).stream().map(Error::toString).toList());
    JsonNode bad =
        new YAMLMapper()
            .readTree(config.replace("- clusters.postgresql.cnpg.io/db", "- clusters/db"));
    assertFalse(schema.validate(bad).isEmpty(), "a resource without a group is no target");
  }

  /**
   * Booleans and a port quoted (as the ConfigMap form writes every value), and label values YAML
   * reads as numbers or booleans: both accept them, and both reject a boolean that is neither.
   */
  @Test
  void quotedFlagsAndPortsAndNonStringLabelValues(@TempDir Path dir) throws IOException {
    String head = "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: s\n";
    List<String> good =
        List.of(
            "kubernetesGates: when-ready-server\nimages:\n  whenReady: registry.example/k8s-when-ready:0.2.0@sha256:"
                + "1".repeat(64)
                + "\nwhenReadyServer:\n  emitServer: \"false\"\n  port: \"8080\"\n",
            "orchestrator: flux\nflux:\n  layout: \"true\"\n  name: shop\n",
            "gates:\n- match: {kind: Job, labels: {tier: 1, canary: true}}\n"
                + "  waitFor: tcp://db:5432\n",
            // White space around a list item's target, as around the targets of one text.
            "gates:\n- match: {kind: Job}\n  waitFor: ['  tcp://db:5432']\n",
            "gates:\n- match: {kind: Job, labels: {tier: 1.5}}\n  waitFor: tcp://db:5432\n");
    for (String body : good) {
      Path config = Files.writeString(dir.resolve("good.yaml"), head + body);
      assertEquals(List.of(), errors(config), body);
      Run run = configure(config);
      assertEquals(0, run.code(), body + ": " + run.err());
    }
    // YAML 1.2's booleans in other cases, plain (an editor's YAML 1.2 reads them so; this test's
    // loader reads them as strings).
    for (String flag : List.of("True", "FALSE", "!!bool True")) {
      Path config =
          Files.writeString(
              dir.resolve("good.yaml"), head + "orchestrator: flux\nflux:\n  layout: " + flag);
      assertEquals(0, configure(config).code(), flag + ": " + configure(config).err());
    }
    String server =
        "kubernetesGates: when-ready-server\nimages:\n  whenReady: registry.example/k8s-when-ready:0.2.0@sha256:"
            + "1".repeat(64)
            + "\nwhenReadyServer:\n  port: ";
    for (String body :
        List.of(
            "orchestrator: flux\nflux:\n  layout: \"yes\"\n",
            "orchestrator: flux\nflux:\n  layout: \"True\"\n",
            // Labels that name none (it would match every workload), or none a workload can have.
            "gates:\n- match: {kind: Job, labels: {}}\n  waitFor: tcp://db:5432\n",
            "gates:\n- match: {labels: {tier: -1}}\n  waitFor: tcp://db:5432\n",
            "gates:\n- match: {labels: {tier: " + "1".repeat(64) + "}}\n  waitFor: tcp://db:5432\n",
            "orchestrator: flux\nflux:\n  path: \"\"\n",
            "orchestrator: flux\nflux:\n  path: /\n",
            "immutable: true\n",
            "gates:\n- match: {labels: {" + "a".repeat(254) + "/x: y}}\n  waitFor: tcp://db:5432\n",
            server + "\"70000\"\n",
            server + "\"08080\"\n")) {
      Path bad = Files.writeString(dir.resolve("bad.yaml"), head + body);
      assertFalse(errors(bad).isEmpty(), body);
      assertEquals(1, configure(bad).code(), body);
    }
  }

  /** A rule's retry as a number or as the annotation's quoted text: both accept both. */
  @Test
  void aRuleRetryMayBeQuoted(@TempDir Path dir) throws IOException {
    for (String retry : List.of("3", "\"3\"")) {
      Path config =
          Files.writeString(
              dir.resolve("retry.yaml"),
              "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: s\n"
                  + "gates:\n- match: {kind: Job}\n  retry: "
                  + retry
                  + "\n");
      assertEquals(List.of(), errors(config), retry);
      assertEquals(0, configure(config).code(), retry);
    }
  }

  /** A numeric id as a number or quoted: both accept both, and both refuse root's. */
  @Test
  void anIdMayBeQuoted(@TempDir Path dir) throws IOException {
    for (String id : List.of("1000", "\"1000\"", "0", "\"0\"")) {
      Path config =
          Files.writeString(
              dir.resolve("id.yaml"),
              "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: s\n"
                  + "securityContext: {runAsUser: "
                  + id
                  + "}\n");
      boolean root = id.replace("\"", "").equals("0");
      assertEquals(root, !errors(config).isEmpty(), id);
      assertEquals(root ? 1 : 0, configure(config).code(), id);
    }
  }

  /**
   * A whole number written as a float or in hex is an integer to JSON Schema (1000.0 is one) and to
   * kubectl: startgate takes it too, as the decimal number (it refused 1000.0 the schema passed).
   */
  @Test
  void aWholeNumberWrittenAsAFloatOrInHexIsOne(@TempDir Path dir) throws IOException {
    for (String n : List.of("1000.0", "0x3e8")) {
      Path config =
          Files.writeString(
              dir.resolve("n.yaml"),
              "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: s\n"
                  + "securityContext: {runAsUser: "
                  + n
                  + ", runAsGroup: "
                  + n
                  + "}\ngates:\n- match: {kind: Job}\n  retry: "
                  + (n.equals("1000.0") ? "3.0" : "0x3")
                  + "\n");
      if (n.equals("1000.0")) {
        // This test's YAML reader takes 0x3e8 for a string; YAML 1.2 (an editor's) an integer.
        assertEquals(List.of(), errors(config), n);
      }
      Run run =
          configure(
              config,
              "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n"
                  + "    startgate.dev/wait-for: tcp://db:5432\nspec:\n  template:\n"
                  + "    spec:\n      containers: [{name: a, image: a}]\n");
      String written = run.out();
      assertEquals(0, run.code(), n + ": " + run.err());
      assertTrue(written.contains("runAsUser: 1000,"), written);
      assertTrue(written.contains("backoffLimit: 3\n"), written);
    }
    // Quoted, it is a string to both, and not a number.
    Path quoted =
        Files.writeString(
            dir.resolve("q.yaml"),
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: s\n"
                + "securityContext: {runAsUser: \"1000.0\"}\n");
    assertFalse(errors(quoted).isEmpty());
    assertEquals(1, configure(quoted).code());
  }

  /** A section written empty (every field commented out) is no settings: both accept it. */
  @Test
  void anEmptySectionIsNoSettings(@TempDir Path dir) throws IOException {
    for (String section :
        List.of("defaults", "images", "securityContext", "resources", "https", "whenReadyServer")) {
      Path config =
          Files.writeString(
              dir.resolve("empty.yaml"),
              "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: s\n"
                  + section
                  + ":\n#  timeout: 5m\n");
      assertEquals(List.of(), errors(config), section);
      Run run = configure(config);
      assertEquals(0, run.code(), section + ": " + run.err());
    }
  }

  /**
   * Image references as the runtimes parse them: a host with capitals and a port, a path of lower
   * case with its separators, a full digest of each algorithm; and the references the kubelet
   * cannot pull. Both the schema and startgate decide alike.
   */
  @Test
  void imageReferencesIdsAndEmptyResourcesAsKubernetesTakesThem(@TempDir Path dir)
      throws IOException {
    String head = "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: s\n";
    List<String> good =
        List.of(
            "images: {busybox: busybox}",
            "images: {busybox: Registry.Example:5000/team/busy_box__x.y-z:1.37.0_a}",
            "images: {busybox: localhost:5000/busybox@sha256:" + "a".repeat(64) + "}",
            "images: {busybox: 'r.example/busybox:1@sha384:" + "0".repeat(96) + "'}",
            "images: {busybox: '[::1]:5000/busybox:1.37.0'}",
            "images: {busybox: '[2001:db8::1]/team/app:v1'}",
            "images: {busybox: r.example/busybox@sha512:" + "f".repeat(128) + "}",
            "securityContext: {runAsUser: 2147483647, runAsGroup: '2147483647'}",
            "resources: {kubectl: {}}",
            "resources: {memory: 1.0, cpu: 1e-3, busybox: {memory: 0.5Ki, cpu: '.5'}}",
            "  annotations: {a: '1', b: x, config.kubernetes.io/local-config: 'true'}",
            // Scalars of every type, as kpt takes them (acceptance CJ: its docs write this).
            "  annotations: {config.kubernetes.io/local-config: true, n: 1, e: , s: &x hi, t: *x}",
            "  annotations:",
            "gates: [{match: {labels: {canary: ''}}, timeout: 1m}]",
            "gates:");
    List<String> bad =
        List.of(
            "images: {busybox: r.example/busybox:1.37.0@sha256:abc}",
            "images: {busybox: r.example/busybox@sha256:" + "A".repeat(64) + "}",
            "images: {busybox: r.example/busybox@md5:" + "0".repeat(32) + "}",
            "images: {busybox: r.example/BusyBox:1}",
            "images: {busybox: r.example/busybox:-1}",
            "images: {busybox: " + "0a".repeat(32) + ":1}",
            "images: {busybox: 'sha256:" + "0a".repeat(32) + "'}",
            "images: {busybox: \"r.example/busybox:1\\n\"}",
            "images: {busybox: r.example//busybox}",
            "images: {busybox: r.example/busybox-:1}",
            "securityContext: {runAsUser: 2147483648}",
            "defaults: {interval: 0h0s}",
            "securityContext: {runAsGroup: '3000000000'}",
            "resources: {memory: 100m}",
            "resources: {memory: 1000m}",
            "resources: {cpu: 100Mi}",
            "resources: {busybox: {cpu: 1k}}",
            "resources: {curl: {memory: 0.5}}",
            "resources: {kubectl: {memory: '1.5'}}",
            // Annotation values are scalars (acceptance CH: startgate took a list).
            "  annotations: {a: [x]}",
            "  annotations: {a: {b: c}}");
    for (String fields : good) {
      Path config = Files.writeString(dir.resolve("good.yaml"), head + fields + "\n");
      assertEquals(List.of(), errors(config), fields);
      Run run = configure(config);
      assertEquals(0, run.code(), fields + ": " + run.err());
    }
    for (String fields : bad) {
      Path config = Files.writeString(dir.resolve("bad.yaml"), head + fields + "\n");
      assertFalse(errors(config).isEmpty(), fields + " passes the schema");
      Run run = configure(config);
      assertEquals(1, run.code(), fields + " is accepted by startgate");
    }
  }

  private List<String> errors(Path yaml) throws IOException {
    JsonNode node = new YAMLMapper().readTree(read(yaml));
    return schema.validate(node).stream().map(Error::toString).toList();
  }

  record Run(int code, String err, String out) {}

  /**
   * The ConfigMap form: immutable may be set (both take it); its values are strings, so a YAML
   * boolean in another case is no flag there (both refuse it).
   */
  @Test
  void aConfigMapMayBeImmutableAndHoldsStrings(@TempDir Path dir) throws IOException {
    String head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s\n";
    Path immutable =
        Files.writeString(
            dir.resolve("good.yaml"), head + "immutable: true\ndata:\n  rbac: none\n");
    assertEquals(List.of(), errors(immutable));
    assertEquals(0, configure(immutable).code(), configure(immutable).err());
    Path bool =
        Files.writeString(
            dir.resolve("bad.yaml"), head + "data:\n  orchestrator: flux\n  flux.layout: True\n");
    assertFalse(errors(bool).isEmpty());
    assertEquals(1, configure(bool).code(), configure(bool).err());
  }

  /** The example the error about a config file of two objects gives is a config, pasted as is. */
  @Test
  void theExampleOfAConfigFileThatHoldsTwoIsOne(@TempDir Path dir) throws IOException {
    Path two = Files.writeString(dir.resolve("two.yaml"), "a: 1\n---\nb: 2\n");
    Run run = configure(two);
    assertEquals(1, run.code(), run.err());
    String example = run.err().strip().substring(run.err().indexOf("like ") + 5);
    Path pasted = Files.writeString(dir.resolve("pasted.yaml"), example + "\n");
    assertEquals(List.of(), errors(pasted), example);
    assertEquals(0, configure(pasted).code(), configure(pasted).err());
  }

  /** Runs startgate on an empty stream with {@code config}. */
  private static Run configure(Path config) {
    return configure(config, "");
  }

  /** A run with {@code config} on {@code stdin}. */
  private static Run configure(Path config, String stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"--config", config.toString()},
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
