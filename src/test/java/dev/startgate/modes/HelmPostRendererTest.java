package dev.startgate.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Helm as a post-renderer caller. No Helm binary exists here, so the tests feed the plugin's
 * command the streams Helm writes: Helm 4 merges the chart's files (hooks included) into one stream
 * and stamps {@code postrenderer.helm.sh/postrender-filename} on each document, splits the output
 * back by that annotation, and treats empty output as an error; Helm 3 sends the non-hook
 * manifests, each after a {@code # Source:} comment.
 */
class HelmPostRendererTest {
  static final String HELM4_STREAM =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: shop-settings
        annotations:
          postrenderer.helm.sh/postrender-filename: 'shop/templates/configmap.yaml'
      data:
        mode: "on"
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: shop-migrate
        annotations:
          helm.sh/hook: pre-install,pre-upgrade
          startgate.dev/wait-for: tcp://shop-postgresql:5432
          postrenderer.helm.sh/postrender-filename: 'shop/templates/migrate-job.yaml'
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: migrate
              image: shop-migrate:1.0
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: shop-api
        annotations:
          postrenderer.helm.sh/postrender-filename: 'shop/templates/api.yaml'
      spec:
        template:
          spec:
            containers:
            - name: api
              image: shop-api:1.0
      """;
  static final String HELM3_STREAM =
      """
      ---
      # Source: shop/templates/configmap.yaml
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: shop-settings
      data:
        mode: "on"
      ---
      # Source: shop/templates/seed-job.yaml
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: shop-seed
        annotations:
          startgate.dev/wait-for: http://shop-api:8080/healthz
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: seed
              image: shop-seed:1.0
      """;

  @TempDir Path tmp;
  Path plugin = Path.of("helm-plugin").toAbsolutePath();
  Map<String, String> env;
  Path config;

  @BeforeEach
  void setUp() throws Exception {
    Path launcher = Exec.launcher(tmp.resolve("bin"));
    env = Map.of("HELM_PLUGIN_DIR", plugin.toString(), "STARTGATE", launcher.toString());
    config =
        Files.writeString(
            tmp.resolve("startgate.yaml"),
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: c\n"
                + "defaults:\n  timeout: 2m\n");
  }

  @Test
  void pluginManifestIsAHelm4SubprocessPostRenderer() throws Exception {
    JsonNode manifest = new YAMLMapper().readTree(Files.readString(plugin.resolve("plugin.yaml")));
    assertEquals("v1", manifest.get("apiVersion").asString());
    assertEquals("postrenderer/v1", manifest.get("type").asString());
    assertEquals("startgate", manifest.get("name").asString());
    assertEquals("subprocess", manifest.get("runtime").asString());
    String command =
        manifest.get("runtimeConfig").get("platformCommand").get(0).get("command").asString();
    assertEquals("${HELM_PLUGIN_DIR}/startgate-postrender.sh", command);
    assertTrue(Files.isExecutable(plugin.resolve("startgate-postrender.sh")));
  }

  @Test
  void helm4StreamKeepsFilenameAnnotationsAndGatesHooks() throws Exception {
    Proc.Outcome first = render(HELM4_STREAM, "--config=" + config);
    assertEquals(0, first.code(), first.err());
    assertEquals("", first.err());
    List<String> docs = List.of(first.out().split("(?m)^---\n"));
    assertEquals(3, docs.size(), first.out());
    for (String file : List.of("configmap.yaml", "migrate-job.yaml", "api.yaml")) {
      assertTrue(
          first
              .out()
              .contains(
                  "postrenderer.helm.sh/postrender-filename: 'shop/templates/" + file + "'\n"),
          file);
    }
    assertTrue(docs.get(1).contains("- name: startgate-network\n"), docs.get(1));
    assertTrue(docs.get(1).contains("args: [\"120\", "), "the --post-renderer-args config applies");
    assertEquals(
        HELM4_STREAM.split("(?m)^---\n")[0],
        docs.get(0),
        "untouched documents stay byte-identical");
    assertEquals(HELM4_STREAM.split("(?m)^---\n")[2], docs.get(2));

    Proc.Outcome second = render(first.out(), "--config=" + config);
    assertEquals(first.out(), second.out(), "a second run changes nothing");
  }

  @Test
  void nonEmptyInputNeverGivesEmptyOutput() throws Exception {
    for (String input :
        List.of(
            "# only a comment\n",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n",
            "---\n")) {
      Proc.Outcome run = render(input);
      assertEquals(0, run.code(), run.err());
      assertEquals(input, run.out());
    }
  }

  @Test
  void anErrorExitsNonZeroOnStderr() throws Exception {
    Proc.Outcome run = render(HELM4_STREAM.replace("shop-postgresql:5432", "shop-postgresql:0"));
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("[error] batch/v1/Job/shop-migrate"), run.err());
  }

  @Test
  void helm3StreamWithSourceComments() throws Exception {
    // helm install --post-renderer bin/startgate --post-renderer-args --config=FILE
    Proc.Outcome run =
        Exec.feed(tmp, Map.of(), HELM3_STREAM, env.get("STARTGATE"), "--config=" + config);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("---\n# Source: shop/templates/configmap.yaml\n"), run.out());
    assertTrue(run.out().contains("---\n# Source: shop/templates/seed-job.yaml\n"), run.out());
    assertTrue(run.out().contains("- name: startgate-network\n"), run.out());
  }

  @Test
  void configFromTheEnvironment() throws Exception {
    Map<String, String> withConfig = new java.util.HashMap<>(env);
    withConfig.put("STARTGATE_CONFIG", config.toString());
    Proc.Outcome run =
        Exec.feed(
            tmp, withConfig, HELM4_STREAM, plugin.resolve("startgate-postrender.sh").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("args: [\"120\", "));
    // Named twice, in the environment and in --post-renderer-args: a usage error that says so,
    // in STARTGATE_LOG too (Helm 4 drops the plugin's stderr).
    Path log = tmp.resolve("twice.log");
    withConfig.put("STARTGATE_LOG", log.toString());
    Proc.Outcome twice =
        Exec.feed(
            tmp,
            withConfig,
            HELM4_STREAM,
            plugin.resolve("startgate-postrender.sh").toString(),
            "--config=" + config);
    assertEquals(2, twice.code(), twice.err());
    assertEquals("", twice.out());
    assertTrue(twice.err().contains("by STARTGATE_CONFIG=" + config), twice.err());
    assertEquals(twice.err(), Files.readString(log));
  }

  /**
   * Helm 4 keeps a post-renderer plugin's stderr to itself: the plugin also writes startgate's
   * messages to STARTGATE_LOG, and still exits with startgate's code and nothing on stdout.
   */
  @Test
  void messagesAlsoGoToStartgateLog() throws Exception {
    Path log = tmp.resolve("startgate.log");
    Map<String, String> withLog = new java.util.HashMap<>(env);
    withLog.put("STARTGATE_LOG", log.toString());
    Proc.Outcome run =
        Exec.feed(
            tmp,
            withLog,
            HELM4_STREAM.replace("tcp://shop-postgresql:5432", "tcp://shop-postgresql:0"),
            plugin.resolve("startgate-postrender.sh").toString());
    assertEquals(1, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("[error] "), run.err());
    assertEquals(run.err(), Files.readString(log));
  }

  @Test
  void missingStartgateIsExplained() throws Exception {
    Proc.Outcome run =
        Exec.feed(
            tmp,
            Map.of("PATH", "/usr/bin:/bin", "HELM_PLUGIN_DIR", tmp.toString()),
            HELM4_STREAM,
            copyPluginScript().toString());
    assertEquals(127, run.code());
    assertFalse(run.err().isEmpty());
    assertTrue(run.err().contains("startgate not found"), run.err());
  }

  @Test
  void chartsWithoutNamespacesGetTheReleaseNamespace() throws Exception {
    // Charts rarely render metadata.namespace, and Helm tells a post-renderer nothing about the
    // release: the namespace comes from --post-renderer-args or STARTGATE_NAMESPACE.
    // The pre-install hook waits for a Deployment outside the release: deployment/shop-api, part
    // of the release, would be a phase deadlock (Helm creates it only after the hook is done).
    String stream =
        HELM4_STREAM.replace(
            "startgate.dev/wait-for: tcp://shop-postgresql:5432",
            "startgate.dev/wait-for: deployment/shop-cache, pods/app=db, job/shop-init");
    Proc.Outcome without = render(stream);
    assertEquals(1, without.code(), without.err());
    assertEquals("", without.out());
    assertTrue(
        without
            .err()
            .contains("metadata.namespace: Kubernetes gates need the workload's namespace"),
        without.err());
    assertTrue(without.err().contains("--namespace"), without.err());

    Proc.Outcome flag = render(stream, "--namespace=shop");
    assertEquals(0, flag.code(), flag.err());
    Map<String, String> withNamespace = new java.util.HashMap<>(env);
    withNamespace.put("STARTGATE_NAMESPACE", "shop");
    Proc.Outcome fromEnv =
        Exec.feed(tmp, withNamespace, stream, plugin.resolve("startgate-postrender.sh").toString());
    assertEquals(0, fromEnv.code(), fromEnv.err());
    assertEquals(flag.out(), fromEnv.out());
    // Named twice, in the environment and in --post-renderer-args: a usage error in those words.
    for (String arg : List.of("--namespace=other", "--namespace")) {
      Proc.Outcome twice =
          Exec.feed(
              tmp,
              withNamespace,
              stream,
              plugin.resolve("startgate-postrender.sh").toString(),
              arg,
              "shop");
      assertEquals(2, twice.code(), twice.err());
      assertEquals("", twice.out());
      assertTrue(
          twice
              .err()
              .contains(
                  "the namespace is named twice, by STARTGATE_NAMESPACE=shop and by "
                      + arg
                      + " in --post-renderer-args"),
          twice.err());
    }
    assertEquals(flag.out(), render(stream, "--namespace", "shop").out());

    List<String> docs = List.of(flag.out().split("(?m)^---\n"));
    assertEquals(
        stream.split("(?m)^---\n")[0], docs.get(0), "untouched documents stay as they were");
    assertEquals(stream.split("(?m)^---\n")[2], docs.get(2));
    String job = docs.get(1);
    assertFalse(
        job.contains("  namespace: shop\n  annotations:"), "the Job itself keeps no namespace");
    boolean role = false;
    for (String doc : docs) {
      if (doc.contains("kind: Role\n")) {
        role = true;
        assertTrue(doc.contains("  namespace: shop\n"), doc);
      }
    }
    assertTrue(role, flag.out());
    assertTrue(job.contains("shop"), job);
    assertEquals(
        flag.out(), render(flag.out(), "--namespace=shop").out(), "a second run changes nothing");

    Proc.Outcome bad = render(stream, "--namespace=Shop_1");
    assertEquals(2, bad.code(), bad.err());
    assertEquals("", bad.out());
    assertTrue(
        bad.err().startsWith("[error] --namespace \"Shop_1\" is not a namespace name"), bad.err());
  }

  private Path copyPluginScript() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("lonely/plugin"));
    Path script = dir.resolve("startgate-postrender.sh");
    Files.copy(plugin.resolve("startgate-postrender.sh"), script);
    return script;
  }

  private Proc.Outcome render(String stream, String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = plugin.resolve("startgate-postrender.sh").toString();
    System.arraycopy(args, 0, command, 1, args.length);
    return Exec.feed(tmp, env, stream, command);
  }

  private static String all(Proc.Outcome run) {
    return run.out() + run.err();
  }
}
