package dev.startgate.corpus;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Helm part of the corpus: the chart {@code helm create} scaffolds (the Helm library inside
 * helm-java, test scope only), rendered by {@code helm template} with several sets of values.
 * helm-java prints no hooks (see CorpusTest#helmJavaRendersNoHooks), so the scaffold's test Pod is
 * not here.
 */
final class HelmCharts {
  /** One rendering: a name, the {@code --set} values, and the SHA-256 of what Helm renders. */
  record ValueSet(String name, Map<String, Object> values, String sha256) {}

  /** The Helm version inside helm-java 0.0.21, which renders the corpus. */
  static final String HELM = "v3.21.0";

  static final List<ValueSet> VALUE_SETS =
      List.of(
          new ValueSet(
              "defaults",
              Map.of(),
              "acae88adfbe8b7eba60bcfc279d8e5d832c07151c08c78b3f8a37498d0b6c269"),
          new ValueSet(
              "everything-on",
              Map.of(
                  "ingress.enabled", true,
                  "autoscaling.enabled", true,
                  "httpRoute.enabled", true,
                  "serviceAccount.automount", false,
                  "podAnnotations.team", "shop",
                  "replicaCount", 3),
              "179dbd140c37f6f486ed8dfac911ecd39ac0199c19db3f546d80c7145f104c2d"),
          new ValueSet(
              "no-service-account",
              Map.of(
                  "serviceAccount.create",
                  false,
                  "service.type",
                  "NodePort",
                  "fullnameOverride",
                  "web"),
              "029327c31c710a308880d752be1cfef8fd146deee1ed757e491dbbe7cbe4b45e"));

  private HelmCharts() {}

  /** Where the child JVM leaves the chart that has a hook, rendered. */
  static final String HOOKED = "hooked.yaml";

  /**
   * Renders the corpus charts into {@code dir} in a child JVM: helm-java loads Helm as a Go shared
   * library, whose runtime stays in the JVM and breaks Jazzer's agent in the fuzz tests that share
   * Surefire's JVM. Returns the renderings, checked against their pinned SHA-256.
   */
  static List<CorpusFile> render(Path dir) throws IOException, InterruptedException {
    if (Files.exists(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    Path log = dir.resolve("helm.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HelmCharts.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!child.waitFor(180, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("rendering the Helm charts took more than 180 s");
    }
    if (child.exitValue() != 0) {
      throw new AssertionError("rendering the Helm charts failed: " + Files.readString(log));
    }
    String version = Files.readString(dir.resolve("helm-version.txt")).trim();
    if (!version.startsWith(HELM + "+") && !version.equals(HELM)) {
      throw new AssertionError(
          "helm-java embeds Helm " + version + ", docs/corpus.md says " + HELM);
    }
    List<CorpusFile> out = new ArrayList<>();
    for (ValueSet set : VALUE_SETS) {
      byte[] rendered = Files.readAllBytes(dir.resolve(set.name() + ".yaml"));
      if (!Corpus.sha256(rendered).equals(set.sha256())) {
        throw new AssertionError(
            "helm template of value set " + set.name() + " changed: update docs/corpus.md");
      }
      out.add(
          new CorpusFile(
              "helm-create/" + set.name() + ".yaml",
              "helm create webapp; helm template shop (Helm " + HELM + " in helm-java)",
              rendered));
    }
    return out;
  }

  /**
   * The child JVM: scaffolds {@code webapp} in {@code args[0]}, renders each value set to {@code
   * NAME.yaml}, writes the Helm version to {@code helm-version.txt}, and renders the scaffold plus
   * a pre-install hook Job to {@link #HOOKED}.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Helm.create().withName("webapp").withDir(dir).call();
    Path chart = dir.resolve("webapp");
    for (ValueSet set : VALUE_SETS) {
      TemplateCommand template = new Helm(chart).template().withName("shop");
      set.values().forEach(template::set);
      Files.writeString(dir.resolve(set.name() + ".yaml"), template.call());
    }
    Files.writeString(dir.resolve("helm-version.txt"), Helm.version().call().trim());
    Path hooks = dir.resolve("hooks");
    Files.createDirectories(hooks);
    Helm.create().withName("hooked").withDir(hooks).call();
    Files.writeString(
        hooks.resolve("hooked/templates/hook-job.yaml"),
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pre\n  annotations:\n"
            + "    helm.sh/hook: pre-install\nspec:\n  template:\n    spec:\n"
            + "      restartPolicy: Never\n      containers:\n        - name: c\n"
            + "          image: busybox\n");
    Files.writeString(
        dir.resolve(HOOKED), new Helm(hooks.resolve("hooked")).template().withName("x").call());
  }
}
