package dev.startgate.corpus;

import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Gives every workload of a corpus file a {@code startgate.dev/wait-for} annotation by inserting
 * text, never by re-serializing, so everything else in the file keeps its bytes (docs/corpus.md
 * describes the procedure). The value is {@code tcp://db:5432,http://api:8080/healthz,KUBE}, where
 * KUBE is {@code deployment/NAME} or {@code job/NAME} of the first Deployment or Job of the file
 * (with its namespace when it differs), or {@code job/migrate}, a target not in the input, for that
 * first workload itself and in files with no Deployment or Job. Every Kubernetes target points at
 * the first one, so there is never a cycle.
 *
 * <p>Where the annotation goes: before the first key of a block {@code metadata.annotations}; after
 * the opening brace of a flow {@code metadata.annotations} or a flow {@code metadata} (JSON
 * included); else a new {@code annotations:} before the first key of a block {@code metadata}.
 */
final class Annotator {
  static final String KEY = "startgate.dev/wait-for";
  static final Set<String> WORKLOADS =
      Set.of(
          "apps/v1/Deployment",
          "apps/v1/StatefulSet",
          "apps/v1/DaemonSet",
          "batch/v1/Job",
          "batch/v1/CronJob",
          "v1/Pod",
          // Legacy API versions, not served since Kubernetes 1.16: annotated too, to see what
          // startgate says about them.
          "extensions/v1beta1/Deployment",
          "extensions/v1beta1/DaemonSet",
          "apps/v1beta1/Deployment",
          "apps/v1beta1/StatefulSet",
          "apps/v1beta2/Deployment",
          "apps/v1beta2/StatefulSet",
          "apps/v1beta2/DaemonSet");

  /** One annotated workload. */
  record Workload(
      int document, String apiVersion, String kind, String name, String namespace, String value) {}

  /**
   * The annotated text, the workloads annotated, the workloads left alone (with why), and whether a
   * Kubernetes target sits on a workload without a namespace (which needs {@code rbac: none}).
   */
  record Result(
      String text, List<Workload> annotated, List<String> skipped, boolean kubeWithoutNamespace) {}

  private record Edit(int offset, String text) {}

  private record Candidate(
      int document, String apiVersion, String kind, String name, String namespace, YMapping meta) {}

  private Annotator() {}

  /** Whether {@code apiVersion} is a workload API version no longer served. */
  static boolean legacy(String apiVersion) {
    return apiVersion.equals("extensions/v1beta1") || apiVersion.matches("apps/v1beta[12]");
  }

  static Result annotate(String text) throws YamlInputException {
    List<YDocument> docs = new YamlParser(YamlLimits.DEFAULT).parse(text);
    List<Candidate> candidates = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (YDocument d : docs) {
      if (!(d.root() instanceof YMapping root)) {
        continue;
      }
      String kind = root.text("apiVersion").orElse("") + "/" + root.text("kind").orElse("");
      if (!WORKLOADS.contains(kind)) {
        continue;
      }
      YMapping meta = root.mapping("metadata").orElse(null);
      String name = meta == null ? null : meta.text("name").orElse(null);
      if (meta == null || name == null) {
        skipped.add("document " + d.index() + " " + kind + ": no metadata.name");
        continue;
      }
      String namespace = meta.text("namespace").orElse(null);
      candidates.add(
          new Candidate(
              d.index(),
              root.text("apiVersion").orElse(""),
              root.text("kind").orElse(""),
              name,
              namespace,
              meta));
    }
    Candidate target =
        candidates.stream()
            .filter(c -> !legacy(c.apiVersion()))
            .filter(c -> c.kind().equals("Deployment") || c.kind().equals("Job"))
            .findFirst()
            .orElse(null);
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    List<Edit> edits = new ArrayList<>();
    List<Workload> annotated = new ArrayList<>();
    boolean kubeWithoutNamespace = false;
    for (Candidate c : candidates) {
      String kube = "job/migrate";
      if (target != null && target != c) {
        String ns =
            target.namespace() != null && !Objects.equals(target.namespace(), c.namespace())
                ? target.namespace() + "/"
                : "";
        kube = target.kind().toLowerCase(java.util.Locale.ROOT) + "/" + ns + target.name();
      }
      String value = "tcp://db:5432,http://api:8080/healthz," + kube;
      Edit edit = edit(text, c.meta(), value, nl);
      if (edit == null) {
        skipped.add(
            "document " + c.document() + " " + c.kind() + "/" + c.name() + ": annotations layout");
        continue;
      }
      edits.add(edit);
      annotated.add(
          new Workload(c.document(), c.apiVersion(), c.kind(), c.name(), c.namespace(), value));
      kubeWithoutNamespace |= c.namespace() == null;
    }
    StringBuilder out = new StringBuilder(text);
    edits.sort(Comparator.comparingInt(Edit::offset).reversed());
    for (Edit e : edits) {
      out.insert(e.offset(), e.text());
    }
    return new Result(out.toString(), annotated, skipped, kubeWithoutNamespace);
  }

  /** The insertion for one workload's metadata, or null when its layout is not one handled. */
  private static Edit edit(String text, YMapping meta, String value, String nl) {
    String quoted = "\"" + value + "\"";
    YNode annotations = meta.get("annotations").orElse(null);
    if (annotations instanceof YMapping a && a.flow()) {
      int brace = openingBrace(text, a);
      String sep = a.entries().isEmpty() ? "" : ", ";
      return brace < 0 ? null : new Edit(brace + 1, "\"" + KEY + "\": " + quoted + sep);
    }
    if (annotations instanceof YMapping a && !a.entries().isEmpty()) {
      YNode first = a.entries().get(0).key();
      return new Edit(first.start(), KEY + ": " + quoted + nl + " ".repeat(first.column()));
    }
    if (annotations != null && !(annotations instanceof YScalar)) {
      return null;
    }
    if (annotations != null) {
      return null; // "annotations:" with no value: leave such a document alone
    }
    if (meta.flow()) {
      int brace = openingBrace(text, meta);
      String sep = meta.entries().isEmpty() ? "" : ", ";
      return brace < 0
          ? null
          : new Edit(brace + 1, "\"annotations\": {\"" + KEY + "\": " + quoted + "}" + sep);
    }
    YNode first = meta.entries().get(0).key();
    int col = first.column();
    return new Edit(
        first.start(),
        "annotations:" + nl + " ".repeat(col + 2) + KEY + ": " + quoted + nl + " ".repeat(col));
  }

  private static int openingBrace(String text, YMapping flow) {
    int i = text.indexOf('{', flow.start());
    return i >= 0 && i < flow.end() ? i : -1;
  }
}
