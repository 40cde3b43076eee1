package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlEditor;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedObjectsTest {
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
            internal.config.kubernetes.io/path: jobs/migrate.yaml
      """;

  @Test
  void appendsToItemsWithPathAndIndexNextToTheOwner() throws Exception {
    String out = writeItems(LIST, List.of("a", "b"));
    assertTrue(
        out.contains("internal.config.kubernetes.io/path: jobs/job-migrate.startgate.yaml"), out);
    assertTrue(out.contains("internal.config.kubernetes.io/index: \"1\""), out);
    assertTrue(out.contains("app.kubernetes.io/managed-by: startgate"), out);
  }

  @Test
  void secondRunIsANoOpAndKeepsKptAnnotations() throws Exception {
    String once = writeItems(LIST, List.of("a"));
    String withId =
        once.replace(
            "index: \"0\"\n", "index: \"0\"\n      internal.config.kubernetes.io/id: \"7\"\n");
    assertTrue(withId.contains("internal.config.kubernetes.io/id: \"7\""), withId);
    assertEquals(withId, writeItems(withId, List.of("a")));
  }

  @Test
  void removesGeneratedObjectsNoLongerWanted() throws Exception {
    String once = writeItems(LIST, List.of("a", "b"));
    String twice = writeItems(once, List.of("b"));
    assertTrue(!twice.contains("name: a\n") && twice.contains("name: b\n"), twice);
    assertEquals(LIST, writeItems(once, List.of()));
  }

  @Test
  void streamsGetDocumentsReplacedInPlaceOrRemoved() throws Exception {
    String stream = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n";
    String once = writeStream(stream, List.of("a"));
    assertTrue(once.startsWith(stream + "---\napiVersion: v1\nkind: ServiceAccount\n"), once);
    assertEquals(once, writeStream(once, List.of("a")));
    assertEquals(stream, writeStream(once, List.of()));
  }

  private static String writeItems(String text, List<String> names) throws Exception {
    return GeneratedItems.writeItems(text, (g, owner) -> add(g, owner, names));
  }

  private static String writeStream(String text, List<String> names) throws Exception {
    List<YDocument> docs = new YamlParser(YamlLimits.DEFAULT).parse(text);
    List<Resource> resources = resources(docs);
    GeneratedObjects g = objects(resources.get(0), names);
    TextEdits edits = new TextEdits(text);
    YamlEditor editor = new YamlEditor(edits);
    g.writeDocuments(editor, docs, resources, editor.writerFor(resources.get(0).node()));
    return edits.apply();
  }

  private static List<Resource> resources(List<YDocument> docs) {
    List<Resource> out = new ArrayList<>();
    for (YDocument d : docs) {
      out.add(Resource.of((YMapping) d.root()));
    }
    return out;
  }

  private static GeneratedObjects objects(Resource owner, List<String> names) {
    GeneratedObjects g = new GeneratedObjects();
    add(g, owner, names);
    return g;
  }

  private static void add(GeneratedObjects g, Resource owner, List<String> names) {
    for (String name : names) {
      g.add(owner, GeneratedItems.fake("ServiceAccount", name));
    }
  }
}
