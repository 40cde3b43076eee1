package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code flux.layout} under a real {@code kpt fn render --allow-exec}, with startgate as the
 * package's exec mutator (the packaged jar through {@code bin/startgate}): the rendered file tree
 * must equal {@code testdata/e2e/kpt-flux-layout/expected} (directories, files and bytes, the
 * Kustomizations' fields checked one by one as well), and a second render must change nothing.
 */
class KptFluxLayoutIT {
  private static final Path CASE = Path.of("testdata/e2e/kpt-flux-layout");
  private static final String PLACEHOLDER = "STARTGATE_BIN";

  @Test
  void rendersTheStagesAndTheKustomizationsThenChangesNothing(@TempDir Path tmp) throws Exception {
    Path pkg = tmp.resolve("shop");
    copyTree(CASE.resolve("package"), pkg);
    String launcher = Path.of("bin/startgate").toAbsolutePath().toString();
    Path kptfile = pkg.resolve("Kptfile");
    Files.writeString(kptfile, Files.readString(kptfile).replace(PLACEHOLDER, launcher));

    render(pkg);
    Map<String, String> once = tree(pkg, launcher);
    assertEquals(tree(CASE.resolve("expected"), launcher).keySet(), once.keySet(), "files");
    assertEquals(tree(CASE.resolve("expected"), launcher), once, "contents");
    checkKustomizations(once.get("flux/kustomizations.yaml"));

    render(pkg);
    assertEquals(once, tree(pkg, launcher), "a second render must change nothing");
  }

  @SuppressWarnings("unchecked")
  private static void checkKustomizations(String text) {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
      docs.add((Map<String, Object>) doc);
    }
    assertEquals(3, docs.size(), text);
    String[] stages = {"pre-deploy", "deploy", "post-deploy"};
    for (int i = 0; i < stages.length; i++) {
      Map<String, Object> k = docs.get(i);
      Map<String, Object> metadata = (Map<String, Object>) k.get("metadata");
      Map<String, Object> spec = (Map<String, Object>) k.get("spec");
      assertEquals("kustomize.toolkit.fluxcd.io/v1", k.get("apiVersion"));
      assertEquals("Kustomization", k.get("kind"));
      assertEquals("shop-" + stages[i], metadata.get("name"));
      assertEquals("flux-system", metadata.get("namespace"));
      assertEquals("./apps/shop/" + stages[i], spec.get("path"));
      assertEquals(Map.of("kind", "GitRepository", "name", "flux-system"), spec.get("sourceRef"));
      assertEquals("10m", spec.get("interval"));
      assertEquals("5m", spec.get("timeout"));
      assertEquals(true, spec.get("prune"));
      assertEquals(true, spec.get("wait"));
      assertEquals(i == 1 ? null : true, spec.get("force"), stages[i] + " force");
      assertEquals(
          i == 0 ? null : List.of(Map.of("name", "shop-" + stages[i - 1])),
          spec.get("dependsOn"),
          stages[i] + " dependsOn");
    }
  }

  private static void render(Path pkg) throws IOException, InterruptedException {
    Path log = pkg.getParent().resolve("kpt.log");
    Process p =
        new ProcessBuilder("kpt", "fn", "render", pkg.toString(), "--allow-exec")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "kpt fn render did not finish");
    String output = Files.readString(log);
    assertEquals(0, p.exitValue(), "kpt fn render failed:\n" + output);
    assertTrue(output.contains("[PASS]"), output);
  }

  /** Every file under {@code root} by relative path, with the launcher path put back. */
  private static Map<String, String> tree(Path root, String launcher) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.put(root.relativize(f).toString().replace('\\', '/'), text.replace(launcher, PLACEHOLDER));
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
