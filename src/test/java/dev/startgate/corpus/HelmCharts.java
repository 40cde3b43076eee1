package dev.startgate.corpus;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /** The Helm version helm-java embeds. */
  static String helmVersion() {
    return Helm.version().call().trim();
  }

  /** Scaffolds the chart under {@code dir} and renders every value set. */
  static List<CorpusFile> render(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path chart = dir.resolve("webapp");
    if (!Files.exists(chart.resolve("Chart.yaml"))) {
      Helm.create().withName("webapp").withDir(dir).call();
    }
    List<CorpusFile> out = new ArrayList<>();
    String version = helmVersion();
    if (!version.startsWith(HELM + "+") && !version.equals(HELM)) {
      throw new AssertionError(
          "helm-java embeds Helm " + version + ", docs/corpus.md says " + HELM);
    }
    for (ValueSet set : VALUE_SETS) {
      TemplateCommand template = new Helm(chart).template().withName("shop");
      set.values().forEach(template::set);
      byte[] rendered = template.call().getBytes(StandardCharsets.UTF_8);
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
}
