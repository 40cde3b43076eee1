package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.plan.OrderingPlanner;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlEditor;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Ordering} with a fake generated object standing in for a Job's RBAC: whatever generator
 * adds objects for a hook Job, they come out as hooks of the same phase that run first.
 */
class OrderingTest {
  private static final String JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        annotations:
          startgate.dev/phase: pre-deploy
      %s
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: migrate
              image: migrate:1
      """;

  @Test
  void helmMakesTheJobsGeneratedObjectsEarlierHooksOfTheSamePhase() throws Exception {
    String out = run(Orchestrator.HELM, JOB.formatted(""));
    String account = out.substring(out.indexOf("kind: ServiceAccount"));
    assertTrue(
        account.contains(
            "  annotations:\n"
                + "    helm.sh/hook: \"pre-install,pre-upgrade\"\n"
                + "    helm.sh/hook-weight: \"-1\"\n"
                + "    helm.sh/hook-delete-policy: before-hook-creation\n"),
        out);
  }

  @Test
  void argoCdOrdersThemOneSyncWaveBeforeTheJob() throws Exception {
    String out = run(Orchestrator.ARGOCD, JOB.formatted("    argocd.argoproj.io/sync-wave: \"3\""));
    String account = out.substring(out.indexOf("kind: ServiceAccount"));
    assertTrue(
        account.contains(
            "    argocd.argoproj.io/hook: PreSync\n"
                + "    argocd.argoproj.io/hook-delete-policy: BeforeHookCreation\n"
                + "    argocd.argoproj.io/sync-wave: \"2\"\n"),
        out);
  }

  @Test
  void aHookTheUserWroteIsFollowedWhateverTheOrchestrator() throws Exception {
    String job =
        JOB.formatted("    helm.sh/hook: post-install")
            .replace("    startgate.dev/phase: pre-deploy\n", "");
    String out = run(Orchestrator.NONE, job);
    String account = out.substring(out.indexOf("kind: ServiceAccount"));
    assertTrue(account.contains("    helm.sh/hook: post-install\n"), out);
  }

  @Test
  void withoutAHookTheGeneratedObjectsAreLeftPlain() throws Exception {
    String out = run(Orchestrator.FLUX, JOB.formatted(""));
    String account = out.substring(out.indexOf("kind: ServiceAccount"));
    assertTrue(!account.contains("annotations"), out);
  }

  private static String run(Orchestrator orchestrator, String text) throws Exception {
    List<YDocument> docs = new YamlParser(YamlLimits.DEFAULT).parse(text);
    Resource job = Resource.of((YMapping) docs.get(0).root());
    Config d = Config.DEFAULT;
    Config config =
        new Config(
            d.defaults(),
            d.images(),
            d.gate(),
            d.rbac(),
            orchestrator,
            d.flux(),
            d.gates(),
            d.kubernetes(),
            d.https());
    IntentReader.Reading reading = new IntentReader().read(job, config);
    List<Intent> intents = new ArrayList<>();
    if (reading.intent() != null) {
      intents.add(reading.intent());
    }
    GeneratedObjects generated = new GeneratedObjects();
    generated.add(job, serviceAccount());
    TextEdits edits = new TextEdits(text);
    YamlEditor editor = new YamlEditor(edits);
    List<Result> results =
        new Ordering(config)
            .apply(
                editor,
                OrderingPlanner.plan(
                    config,
                    new OrderingPlanner.Scope(
                        false,
                        List.of(job),
                        null,
                        OrderingPlanner.looksLikeHelm3(text, List.of(job))),
                    List.of(job),
                    intents.isEmpty() || intents.get(0).phase() == null
                        ? Map.of()
                        : Map.of(job, intents.get(0).phase())),
                List.of(job),
                generated);
    assertEquals(
        List.of(),
        results.stream().filter(r -> r.severity() == dev.startgate.model.Severity.ERROR).toList());
    generated.writeDocuments(editor, docs, List.of(job), editor.writerFor(job.node()));
    return edits.apply();
  }

  private static Map<String, Object> serviceAccount() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", "migrate-startgate");
    metadata.put("labels", Map.of(GeneratedObjects.MANAGED_BY, GeneratedObjects.STARTGATE));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "v1");
    object.put("kind", "ServiceAccount");
    object.put("metadata", metadata);
    return object;
  }
}
