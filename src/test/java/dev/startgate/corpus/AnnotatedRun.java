package dev.startgate.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.GoldenOutputs;
import dev.startgate.testing.InProcess;
import dev.startgate.testing.PodSpecs;
import dev.startgate.testing.RestrictedChecker;
import dev.startgate.testing.StrictModels;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One corpus file with its workloads annotated ({@link Annotator}) through startgate, checked as
 * docs/corpus.md describes: exit 0, idempotent, other documents byte-identical, the output valid
 * (strict fabric8 models, Pod Security restricted for the gates), every workload gated.
 */
final class AnnotatedRun {
  private static final String RBAC_NONE =
      "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: corpus\n"
          + "rbac: none\n";

  private AnnotatedRun() {}

  static void check(CorpusFile f, Annotator.Result annotated) throws Exception {
    assertEquals(List.of(), annotated.skipped(), f.id() + ": workloads the annotator left alone");
    List<String> args = new ArrayList<>();
    if (annotated.kubeWithoutNamespace()) {
      // rbac: auto needs the workload's namespace for the RoleBinding (README, Security model).
      Path config = Files.createTempFile("corpus-config", ".yaml");
      Files.writeString(config, RBAC_NONE);
      config.toFile().deleteOnExit();
      args.addAll(List.of("--config", config.toString()));
    }
    String input = annotated.text();
    if (annotated.annotated().stream().anyMatch(w -> Annotator.legacy(w.apiVersion()))) {
      legacy(f, annotated, args);
      return;
    }
    InProcess.Run first = InProcess.run(args, input.getBytes(StandardCharsets.UTF_8));
    keep(f, input, first);
    assertEquals(0, first.code(), f.id() + " annotated: " + first.err());
    InProcess.Run second = InProcess.run(args, first.out().getBytes(StandardCharsets.UTF_8));
    assertEquals(0, second.code(), f.id() + " second run: " + second.err());
    assertEquals(first.out(), second.out(), f.id() + ": the second run changed the output");

    // Every document without a workload to gate comes through byte-identical.
    Set<Integer> gated = new HashSet<>();
    annotated.annotated().forEach(w -> gated.add(w.document()));
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(input)) {
      String doc = input.substring(d.start(), d.end()).strip();
      if (!gated.contains(d.index()) && !doc.isEmpty()) {
        assertTrue(first.out().contains(doc), f.id() + ": document " + d.index() + " was changed");
      }
    }

    List<Object> out = GoldenOutputs.load(first.out());
    Set<String> invalidInputs = new HashSet<>();
    for (Object doc : GoldenOutputs.load(input)) {
      if (doc instanceof Map<?, ?> m && !StrictModels.problems("", m).isEmpty()) {
        invalidInputs.add(identity(m));
      }
    }
    List<String> problems = new ArrayList<>();
    for (Object doc : out) {
      if (!(doc instanceof Map<?, ?> m)) {
        continue;
      }
      String where = f.id() + " " + identity(m);
      boolean generated = "startgate".equals(managedBy(m));
      if (generated && !StrictModels.hasModel(m)) {
        problems.add(where + ": startgate emitted a kind with no model here");
      }
      if (generated || !invalidInputs.contains(identity(m))) {
        problems.addAll(StrictModels.problems(where, m));
      }
      for (PodSpecs pod : PodSpecs.in(m)) {
        if (generated) {
          RestrictedChecker.checkPod(where, pod.spec(), pod.annotations()).stream()
              .map(Object::toString)
              .forEach(problems::add);
          continue;
        }
        for (Object c : list(pod.spec().get("initContainers"))) {
          if (c instanceof Map<?, ?> container
              && String.valueOf(container.get("name")).startsWith("startgate-")) {
            RestrictedChecker.checkContainer(
                    where + " " + pod.path() + " " + container.get("name"), container, pod.spec())
                .stream()
                .map(Object::toString)
                .forEach(problems::add);
          }
        }
      }
    }
    for (Annotator.Workload w : annotated.annotated()) {
      Map<?, ?> object =
          out.stream()
              .filter(Map.class::isInstance)
              .map(Map.class::cast)
              .filter(m -> m.get("kind").equals(w.kind()))
              .filter(m -> Objects.equals(CorpusTest.metadata(m).get("name"), w.name()))
              .filter(m -> Objects.equals(CorpusTest.metadata(m).get("namespace"), w.namespace()))
              .findFirst()
              .orElse(null);
      if (object == null) {
        problems.add(f.id() + " " + w.kind() + "/" + w.name() + ": not in the output");
        continue;
      }
      long gates =
          PodSpecs.in(object).stream()
              .flatMap(p -> list(p.spec().get("initContainers")).stream())
              .filter(
                  c ->
                      c instanceof Map<?, ?> m
                          && String.valueOf(m.get("name")).startsWith("startgate-"))
              .count();
      // tcp:// and http:// share startgate-network; the Kubernetes target has startgate-kubernetes.
      if (gates != 2) {
        problems.add(f.id() + " " + w.kind() + "/" + w.name() + ": " + gates + " gate containers");
      }
    }
    assertEquals(List.of(), problems, f.id());
  }

  /**
   * A workload of an API version no longer served (extensions/v1beta1, apps/v1beta1 and
   * apps/v1beta2, gone since Kubernetes 1.16) gets no gates, and a message that names its version
   * and apps/v1; a warning with the file unchanged, or an error with no output.
   */
  private static void legacy(CorpusFile f, Annotator.Result annotated, List<String> args) {
    InProcess.Run run = InProcess.run(args, annotated.text().getBytes(StandardCharsets.UTF_8));
    assertTrue(run.code() == 0 || run.code() == 1, f.id() + ": exit " + run.code() + run.err());
    assertEquals(run.code() == 0 ? annotated.text() : "", run.out(), f.id());
    for (Annotator.Workload w : annotated.annotated()) {
      if (Annotator.legacy(w.apiVersion())) {
        assertTrue(
            run.err().contains(w.apiVersion()) && run.err().contains("apps/v1"),
            f.id() + ": no message names " + w.apiVersion() + " and apps/v1: " + run.err());
      }
    }
  }

  /** Leaves the annotated input and its output under target/corpus/annotated/ to read. */
  private static void keep(CorpusFile f, String input, InProcess.Run run) throws IOException {
    Path dir = Corpus.TARGET.resolve("annotated");
    Path in = dir.resolve(f.id());
    Files.createDirectories(in.getParent());
    Files.writeString(in, input);
    Files.writeString(dir.resolve(f.id() + ".out"), run.out() + run.err());
  }

  private static Object managedBy(Map<?, ?> m) {
    return CorpusTest.metadata(m).get("labels") instanceof Map<?, ?> l
        ? l.get("app.kubernetes.io/managed-by")
        : null;
  }

  private static String identity(Map<?, ?> m) {
    return StrictModels.kind(m)
        + "/"
        + CorpusTest.metadata(m).get("namespace")
        + "/"
        + CorpusTest.metadata(m).get("name");
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
