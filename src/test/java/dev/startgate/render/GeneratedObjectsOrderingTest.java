package dev.startgate.render;

import static dev.startgate.render.GeneratedItems.fake;
import static dev.startgate.render.GeneratedItems.writeItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlEditor;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ordering hooks of {@link GeneratedObjects}: per-owner decorations (hook annotations),
 * relocation next to a moved owner, objects at a fixed file, and free kpt indexes. The generated
 * objects here are fakes, so the hooks hold for whatever generator adds objects.
 */
class GeneratedObjectsOrderingTest {
  private static final String LIST =
      """
      apiVersion: config.kubernetes.io/v1
      kind: ResourceList
      items:
      - apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
          annotations:
            internal.config.kubernetes.io/path: jobs.yaml
            internal.config.kubernetes.io/index: "0"
      """;

  @Test
  void decorationsReachEveryObjectOfTheirOwnerAddedBeforeOrAfter() throws Exception {
    String out =
        writeItems(
            LIST,
            (g, owner) -> {
              g.add(owner, fake("ServiceAccount", "early"));
              g.decorate(owner, Map.of("helm.sh/hook", "pre-install,pre-upgrade"));
              g.add(owner, fake("Role", "late"));
            });
    assertEquals(2, count(out, "helm.sh/hook: \"pre-install,pre-upgrade\""), out);
    assertTrue(
        out.contains(
            "    annotations:\n      helm.sh/hook: \"pre-install,pre-upgrade\"\n"
                + "      internal.config.kubernetes.io/path: job-migrate.startgate.yaml\n"),
        out);
  }

  @Test
  void decorationsAreRecomputedSoARemovedOneLeavesNothing() throws Exception {
    String hooked =
        writeItems(
            LIST,
            (g, owner) -> {
              g.add(owner, fake("ServiceAccount", "sa"));
              g.decorate(owner, Map.of("argocd.argoproj.io/hook", "PreSync"));
            });
    String plain = writeItems(hooked, (g, owner) -> g.add(owner, fake("ServiceAccount", "sa")));
    assertTrue(!plain.contains("argocd") && plain.contains("name: sa"), plain);
    assertEquals(plain, writeItems(LIST, (g, owner) -> g.add(owner, fake("ServiceAccount", "sa"))));
  }

  @Test
  void decorationsApplyToStreamsToo() throws Exception {
    String stream = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n";
    List<YDocument> docs = new YamlParser(YamlLimits.DEFAULT).parse(stream);
    Resource owner = Resource.of((YMapping) docs.get(0).root());
    GeneratedObjects g = new GeneratedObjects();
    g.decorate(owner, Map.of("helm.sh/hook-weight", "-1"));
    g.add(owner, fake("ServiceAccount", "sa"));
    TextEdits edits = new TextEdits(stream);
    YamlEditor editor = new YamlEditor(edits);
    g.writeDocuments(editor, docs, List.of(owner), editor.writerFor(owner.node()));
    assertTrue(
        edits.apply().contains("  annotations:\n    helm.sh/hook-weight: \"-1\"\n"), edits.apply());
  }

  @Test
  void relocatedOwnersTakeTheirObjectsAlongKeepingKptIds() throws Exception {
    String once = writeItems(LIST, (g, owner) -> g.add(owner, fake("ServiceAccount", "sa")));
    String withIds =
        once.replace(
            "startgate.yaml\n      internal.config.kubernetes.io/index: \"0\"\n",
            "startgate.yaml\n"
                + "      internal.config.kubernetes.io/index: \"0\"\n"
                + "      config.kubernetes.io/path: job-migrate.startgate.yaml\n"
                + "      config.kubernetes.io/index: \"0\"\n"
                + "      internal.config.kubernetes.io/id: \"9\"\n");
    String moved =
        writeItems(
            withIds,
            (g, owner) -> {
              g.add(owner, fake("ServiceAccount", "sa"));
              g.place(List.of("pre-deploy/job-migrate.startgate.yaml"));
            });
    assertTrue(
        moved.contains(
            "      internal.config.kubernetes.io/path: pre-deploy/job-migrate.startgate.yaml\n"
                + "      internal.config.kubernetes.io/index: \"0\"\n"
                + "      config.kubernetes.io/path: pre-deploy/job-migrate.startgate.yaml\n"
                + "      config.kubernetes.io/index: \"0\"\n"
                + "      internal.config.kubernetes.io/id: \"9\"\n"),
        moved);
    String again =
        writeItems(
            moved,
            (g, owner) -> {
              g.add(owner, fake("ServiceAccount", "sa"));
              g.place(List.of("pre-deploy/job-migrate.startgate.yaml"));
            });
    assertEquals(moved, again);
  }

  @Test
  void objectsAtAFixedFileGetFreeIndexesThere() throws Exception {
    String out =
        writeItems(
            LIST,
            (g, owner) -> {
              g.add(owner, fake("ConfigMap", "a"));
              g.add(owner, fake("ConfigMap", "b"));
              g.place(List.of("flux/kustomizations.yaml", "flux/kustomizations.yaml"));
            });
    assertTrue(
        out.contains(
            "path: flux/kustomizations.yaml\n      internal.config.kubernetes.io/index: \"0\""),
        out);
    assertTrue(
        out.contains(
            "path: flux/kustomizations.yaml\n      internal.config.kubernetes.io/index: \"1\""),
        out);
  }

  @Test
  void aNewObjectNeverReusesTheIndexOfAKeptOne() throws Exception {
    String once = writeItems(LIST, (g, owner) -> g.add(owner, fake("ServiceAccount", "first")));
    String twice =
        writeItems(
            once,
            (g, owner) -> {
              g.add(owner, fake("Role", "second"));
              g.add(owner, fake("ServiceAccount", "first"));
            });
    String first = "path: job-migrate.startgate.yaml\n      internal.config.kubernetes.io/index: ";
    assertEquals(1, count(twice, first + "\"0\""), twice);
    assertEquals(1, count(twice, first + "\"1\""), twice);
    assertTrue(twice.indexOf("name: first") < twice.indexOf("name: second"), twice);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
