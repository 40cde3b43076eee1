package dev.startgate.render;

import dev.startgate.model.Resource;
import dev.startgate.plan.ObjectNames;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;
import dev.startgate.yaml.YamlEditor;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Runs {@link GeneratedObjects} over a ResourceList for its tests, with fake generated objects. */
final class GeneratedItems {
  private GeneratedItems() {}

  /**
   * {@code text} (a ResourceList) after {@code generate} added objects for its first item and they
   * were written into {@code items}.
   */
  static String writeItems(String text, BiConsumer<GeneratedObjects, Resource> generate)
      throws Exception {
    List<YDocument> docs = new YamlParser(YamlLimits.DEFAULT).parse(text);
    YMapping root = (YMapping) docs.get(0).root();
    YSequence items = root.sequence("items").orElseThrow();
    List<Resource> resources = new ArrayList<>();
    for (YNode item : items.items()) {
      resources.add(Resource.of((YMapping) item));
    }
    GeneratedObjects g = new GeneratedObjects();
    generate.accept(g, resources.get(0));
    if (!g.placed()) {
      // As the plan places them: beside the owner's file.
      Resource owner = resources.get(0);
      String file =
          owner.kptFile() == null
              ? null
              : ObjectNames.kptFile(owner.kptFile(), owner.kind(), owner.name());
      g.place(Collections.nCopies(g.identities().size(), file));
    }
    TextEdits edits = new TextEdits(text);
    YamlEditor editor = new YamlEditor(edits);
    g.writeItems(editor, items, resources, editor.writerFor(root));
    return edits.apply();
  }

  /** A generated object of {@code kind}: only its identity and startgate's managed-by label. */
  static Map<String, Object> fake(String kind, String name) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("labels", Map.of(GeneratedObjects.MANAGED_BY, GeneratedObjects.STARTGATE));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", kind.equals("Role") ? "rbac.authorization.k8s.io/v1" : "v1");
    object.put("kind", kind);
    object.put("metadata", metadata);
    return object;
  }
}
