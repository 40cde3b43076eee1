package dev.startgate.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.startgate.testing.GoldenOutputs;
import dev.startgate.testing.InProcess;
import dev.startgate.testing.StrictModels;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The real-world corpus (docs/corpus.md) through startgate in stream mode: every file comes back
 * byte-identical; then with every workload annotated ({@link Annotator}) it comes back valid (it
 * loads; every object a fabric8 model covers reads strictly into it unless the input object already
 * did not; every gate container is Pod Security restricted-clean; every annotated workload got its
 * gates), idempotent (a second run is byte-identical), with every other document byte-identical.
 */
class CorpusTest {
  /**
   * Files that fail for a known defect another branch fixes, as {@code "untouched:ID"}, {@code
   * "krm:ID"} or {@code "annotated:ID"} to the defect. Such a file must still fail here, so that an
   * entry is removed (and the file checked in full) as soon as its fix is merged.
   */
  static final Map<String, String> KNOWN_FAILURES = Map.of();

  /** Recorded in docs/corpus.md; a change to the corpus must update both. */
  static final int FILES = 37;

  static final int DOCUMENTS = 69;

  static final int WORKLOADS = 16;

  private static List<CorpusFile> corpus;

  @BeforeAll
  static void load() throws Exception {
    corpus = Corpus.load();
  }

  @Test
  void theCorpusIsTheOneDocsCorpusMdRecords() throws Exception {
    Map<String, Integer> kinds = new TreeMap<>();
    int documents = 0;
    int workloads = 0;
    for (CorpusFile f : corpus) {
      for (Object doc : GoldenOutputs.load(text(f))) {
        if (doc instanceof Map<?, ?> m) {
          documents++;
          kinds.merge(String.valueOf(m.get("kind")), 1, Integer::sum);
          workloads += Annotator.WORKLOADS.contains(StrictModels.kind(m)) ? 1 : 0;
        }
      }
    }
    StringBuilder manifest = new StringBuilder();
    for (CorpusFile f : corpus) {
      manifest.append(Corpus.sha256(f.bytes())).append("  ").append(f.id()).append('\n');
    }
    Files.writeString(Corpus.TARGET.resolve("SHA256SUMS"), manifest);
    String summary =
        corpus.size()
            + " files, "
            + documents
            + " documents, "
            + workloads
            + " workloads, "
            + kinds;
    assertEquals(FILES, corpus.size(), summary);
    assertEquals(DOCUMENTS, documents, summary);
    assertEquals(WORKLOADS, workloads, summary);
  }

  /**
   * Why the corpus has no Helm hooks: helm-java 0.0.21's {@code template()} prints the release
   * manifest only, without hooks (Helm's {@code helm template} prints both). The scaffold plus a
   * pre-install Job ({@link HelmCharts#main}) renders without it, and without the test Pod.
   */
  @Test
  void helmJavaRendersNoHooks() throws Exception {
    String out = Files.readString(Corpus.TARGET.resolve("helm").resolve(HelmCharts.HOOKED));
    assertTrue(out.contains("kind: Deployment"), out);
    assertFalse(out.contains("kind: Job"), out);
    assertFalse(out.contains("test-connection"), out);
  }

  @TestFactory
  Stream<DynamicTest> everyFileComesThroughByteIdentical() {
    return corpus.stream().map(f -> test("untouched:" + f.id(), () -> untouched(f)));
  }

  @TestFactory
  Stream<DynamicTest> everyFileAsAResourceListKeepsItsItemsByteIdentical() {
    return corpus.stream().map(f -> test("krm:" + f.id(), () -> resourceList(f)));
  }

  @TestFactory
  Stream<DynamicTest> everyFileWithItsWorkloadsAnnotatedIsValidAndIdempotent() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (CorpusFile f : corpus) {
      Annotator.Result annotated = Annotator.annotate(text(f));
      if (!annotated.annotated().isEmpty() || !annotated.skipped().isEmpty()) {
        tests.add(test("annotated:" + f.id(), () -> AnnotatedRun.check(f, annotated)));
      }
    }
    return tests.stream();
  }

  /** What {@link Annotator} may insert, and nothing else. */
  private static final Pattern INSERTED =
      Pattern.compile(
          "annotations:\\r?\\n( *)  startgate\\.dev/wait-for: \"[^\"]*\"\\r?\\n\\1(?! )"
              + "|startgate\\.dev/wait-for: \"[^\"]*\"\\r?\\n *"
              + "|\"annotations\": \\{\"startgate\\.dev/wait-for\": \"[^\"]*\"\\}(, )?"
              + "|\"startgate\\.dev/wait-for\": \"[^\"]*\"(, )?");

  @Test
  void theAnnotationIsATextInsertionOnly() throws Exception {
    int annotated = 0;
    for (CorpusFile f : corpus) {
      String original = text(f);
      assertTrue(!original.contains(Annotator.KEY), f.id() + " already has " + Annotator.KEY);
      Annotator.Result r = Annotator.annotate(original);
      assertEquals(List.of(), r.skipped(), f.id());
      annotated += r.annotated().size();
      // Taking the inserted text back out gives the file again, byte for byte.
      assertEquals(r.annotated().size(), INSERTED.matcher(r.text()).results().count(), f.id());
      assertEquals(original, INSERTED.matcher(r.text()).replaceAll(""), f.id());
      for (Object doc : GoldenOutputs.load(r.text())) {
        if (doc instanceof Map<?, ?> m && Annotator.WORKLOADS.contains(StrictModels.kind(m))) {
          assertTrue(annotations(m).containsKey(Annotator.KEY), f.id() + ": " + m.get("kind"));
        }
      }
    }
    assertEquals(WORKLOADS, annotated);
  }

  private static DynamicTest test(String name, Executable check) {
    String known = KNOWN_FAILURES.get(name);
    if (known == null) {
      return DynamicTest.dynamicTest(name, check);
    }
    return DynamicTest.dynamicTest(
        name + " (known failure: " + known + ")",
        () -> {
          try {
            check.execute();
          } catch (AssertionError expected) {
            return;
          }
          fail(name + " passes now: remove it from CorpusTest.KNOWN_FAILURES (" + known + ")");
        });
  }

  private static void untouched(CorpusFile f) {
    InProcess.Run run = InProcess.run(List.of(), f.bytes());
    assertEquals(0, run.code(), f.id() + ": " + run.err());
    assertEquals(text(f), run.out(), f.id() + " was changed");
  }

  /**
   * The file's documents as the items of a KRM ResourceList, each one's text indented under {@code
   * items:} (comments before a document stay outside); the answer must be that text unchanged with
   * only {@code results:} after it.
   */
  private static void resourceList(CorpusFile f) throws Exception {
    String text = text(f);
    StringBuilder list =
        new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(text)) {
      if (d.root() == null) {
        continue;
      }
      String item = text.substring(d.root().start(), d.root().end()).stripTrailing();
      String prefix = "- ";
      for (String line : item.split("\n", -1)) {
        list.append(line.isEmpty() ? "" : prefix + line).append('\n');
        prefix = "  ";
      }
    }
    String input = list.toString();
    InProcess.Run run = InProcess.run(List.of(), input.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, run.code(), f.id() + " as a ResourceList: " + run.err() + run.out());
    assertTrue(
        run.out().startsWith(input) && run.out().substring(input.length()).startsWith("results:"),
        f.id() + ": the items were changed");
  }

  static String text(CorpusFile f) {
    return new String(f.bytes(), StandardCharsets.UTF_8);
  }

  static Map<?, ?> metadata(Map<?, ?> m) {
    return m.get("metadata") instanceof Map<?, ?> meta ? meta : Map.of();
  }

  private static Map<?, ?> annotations(Map<?, ?> m) {
    return metadata(m).get("annotations") instanceof Map<?, ?> a ? a : Map.of();
  }
}
