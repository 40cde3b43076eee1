package dev.startgate.testing;

import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Every object startgate emitted in the golden cases: each {@code testdata/<case>/expected.yaml}
 * loaded with snakeyaml-engine into plain maps (never Jackson YAML on user documents), a
 * ResourceList's items taken one by one.
 */
public final class GoldenOutputs {
  /** One emitted object and the case it comes from. */
  public record Emitted(String testCase, int index, Map<?, ?> object) {
    /** {@code case#index apiVersion/kind/name}, for messages. */
    public String where() {
      Object name = object.get("metadata") instanceof Map<?, ?> m ? m.get("name") : null;
      return testCase
          + "#"
          + index
          + " "
          + object.get("apiVersion")
          + "/"
          + object.get("kind")
          + "/"
          + name;
    }

    /** {@code case apiVersion/kind/namespace/name}: the same object in input and output. */
    public String identity() {
      Map<?, ?> m = object.get("metadata") instanceof Map<?, ?> x ? x : Map.of();
      return testCase
          + " "
          + object.get("apiVersion")
          + "/"
          + object.get("kind")
          + "/"
          + m.get("namespace")
          + "/"
          + m.get("name");
    }

    /** The value of label {@code app.kubernetes.io/managed-by}, or null. */
    public Object managedBy() {
      Object metadata = object.get("metadata");
      Object labels = metadata instanceof Map<?, ?> m ? m.get("labels") : null;
      return labels instanceof Map<?, ?> l ? l.get("app.kubernetes.io/managed-by") : null;
    }
  }

  private GoldenOutputs() {}

  /**
   * Every emitted object of every golden case under {@code root}. A document that cannot become
   * Java maps (recursive aliases, or an alias to an anchor of an earlier document, which YAML does
   * not allow but startgate passes through) is skipped when its case is in {@code unloadable};
   * anywhere else it fails.
   */
  public static List<Emitted> under(Path root, Set<String> unloadable) throws IOException {
    return under(root, "expected.yaml", unloadable);
  }

  /** The objects of file {@code fileName} of every case, as {@link #under(Path, Set)}. */
  public static List<Emitted> under(Path root, String fileName, Set<String> unloadable)
      throws IOException {
    List<Emitted> out = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.map(d -> d.resolve(fileName)).filter(Files::exists).sorted().forEach(files::add);
    }
    for (Path file : files) {
      String name = file.getParent().getFileName().toString();
      String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      for (String docText : documents(text, fileName)) {
        List<Object> docs;
        try {
          docs = loadEscapes(docText);
        } catch (RuntimeException | StackOverflowError e) {
          if (unloadable.contains(name)) {
            continue;
          }
          throw new AssertionError(name + ": cannot load a document of expected.yaml: " + e, e);
        }
        for (Object doc : docs) {
          add(name, doc, out);
        }
      }
    }
    return out;
  }

  /**
   * {@link #load} of {@code text}; where the loader (snakeyaml-engine 3) rejects YAML 1.2's {@code
   * \\L} and {@code \\P} escapes, and go-yaml's {@code \\'}, which startgate reads (golden cases
   * krm-escapes-kpt-writes, quote-escape-go-yaml-reads), the text with each written as what it
   * stands for.
   */
  private static List<Object> loadEscapes(String text) {
    try {
      return load(text);
    } catch (RuntimeException e) {
      if (!text.contains("\\L") && !text.contains("\\P") && !text.contains("\\'")) {
        throw e;
      }
      // go-yaml's \' (quote-escape-go-yaml-reads) as the quote it stands for.
      return load(text.replace("\\L", "\\u2028").replace("\\P", "\\u2029").replace("\\'", "'"));
    }
  }

  private static void add(String name, Object doc, List<Emitted> out) {
    List<?> objects = Collections.singletonList(doc);
    if (doc instanceof Map<?, ?> m && "ResourceList".equals(m.get("kind"))) {
      objects = m.get("items") instanceof List<?> items ? items : List.of();
    }
    for (Object o : objects) {
      if (o instanceof Map<?, ?> object && object.get("kind") != null) {
        out.add(new Emitted(name, out.size(), object));
      }
    }
  }

  private static List<String> documents(String text, String fileName) {
    // A ResourceList's root and items do not count towards the nesting limit, as startgate reads.
    YamlLimits limits =
        text.contains("\nkind: ResourceList") ? YamlLimits.DEFAULT.below(2) : YamlLimits.DEFAULT;
    try {
      List<String> out = new ArrayList<>();
      for (YDocument d : new YamlParser(limits).parse(text)) {
        out.add(text.substring(d.start(), d.end()));
      }
      return out;
    } catch (YamlInputException e) {
      if (fileName.equals("input.yaml")
          || e.limit() && text.contains("message: \"input is beyond startgate's limits")) {
        return List.of(); // a ResourceList answered unchanged, with the limit's error
      }
      throw new AssertionError("a golden output startgate cannot read: " + e.getMessage(), e);
    }
  }

  /** Loads every document; a tag snakeyaml-engine cannot construct reads as its plain value. */
  public static List<Object> load(String text) {
    LoadSettings settings =
        LoadSettings.builder().setAllowRecursiveKeys(true).setAllowNonScalarKeys(true).build();
    List<Object> docs = new ArrayList<>();
    new Load(settings, new Lenient(settings)).loadAllFromString(text).forEach(docs::add);
    return docs;
  }

  /** Constructs user tags such as {@code !!java.lang.Runtime} as plain maps, lists or strings. */
  private static final class Lenient extends StandardConstructor {
    Lenient(LoadSettings settings) {
      super(settings);
    }

    @Override
    protected Optional<ConstructNode> findConstructorFor(Node node) {
      Optional<ConstructNode> found = super.findConstructorFor(node);
      if (found.isPresent()) {
        return found;
      }
      switch (node.getNodeType()) {
        case MAPPING -> node.setTag(Tag.MAP);
        case SEQUENCE -> node.setTag(Tag.SEQ);
        default -> node.setTag(Tag.STR);
      }
      return super.findConstructorFor(node);
    }
  }
}
