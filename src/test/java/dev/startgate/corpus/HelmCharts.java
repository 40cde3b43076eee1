package dev.startgate.corpus;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Helm part of the corpus: the chart {@code helm create} scaffolds (the Helm library inside
 * helm-java, test scope only), rendered by {@code helm template} with several sets of values, hooks
 * included, as Helm hands them to a post-renderer.
 */
final class HelmCharts {
  /** Value sets, by name: each renders the scaffold once. */
  static final Map<String, Map<String, Object>> VALUE_SETS = valueSets();

  private HelmCharts() {}

  private static Map<String, Map<String, Object>> valueSets() {
    Map<String, Map<String, Object>> sets = new LinkedHashMap<>();
    sets.put("defaults", Map.of());
    sets.put(
        "everything-on",
        Map.of(
            "ingress.enabled", true,
            "autoscaling.enabled", true,
            "httpRoute.enabled", true,
            "serviceAccount.automount", false,
            "podAnnotations.team", "shop",
            "replicaCount", 3));
    sets.put(
        "no-service-account",
        Map.of(
            "serviceAccount.create", false, "service.type", "NodePort", "fullnameOverride", "web"));
    return sets;
  }

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
    for (Map.Entry<String, Map<String, Object>> set : VALUE_SETS.entrySet()) {
      TemplateCommand template = new Helm(chart).template().withName("shop");
      set.getValue().forEach(template::set);
      String rendered = template.call();
      out.add(
          new CorpusFile(
              "helm-create/" + set.getKey() + ".yaml",
              "helm create webapp; helm template shop (" + helmVersion() + ")",
              rendered.getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }
}
