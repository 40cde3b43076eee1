package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.startgate.testing.FileTree;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code flux.layout} under a real {@code kpt fn render --allow-exec}, with the packaged function
 * as the Kptfile's exec mutator: the rendered tree must equal {@code
 * testdata/e2e/kpt-flux-layout/expected} (directories, files, bytes; the Kustomizations' fields are
 * checked one by one too), and a second render must change nothing. {@code -Dstartgate.update=true}
 * rewrites the expected tree and fails.
 */
class KptFluxLayoutIT {
  private static final Path CASE = Path.of("testdata/e2e/kpt-flux-layout");
  private static final Path BIN = Path.of("bin/startgate").toAbsolutePath();
  private static final String BIN_PLACEHOLDER = "${STARTGATE}";
  private static final boolean UPDATE = Boolean.getBoolean("startgate.update");

  @TempDir Path tmp;

  @Test
  void rendersTheStagesAndTheKustomizationsThenChangesNothing() throws Exception {
    Path pkg = copy(CASE.resolve("package"));

    render(pkg);
    Map<String, String> once = normalized(pkg);
    Path expected = CASE.resolve("expected");
    if (UPDATE) {
      FileTree.write(expected, once);
      fail("updated " + expected + "; read the diff, then run again");
    }
    assertEquals(FileTree.read(expected).keySet(), once.keySet(), "files after the first render");
    assertEquals(FileTree.read(expected), once, "contents after the first render");
    checkKustomizations(once.get("flux/kustomizations.yaml"));

    render(pkg);
    assertEquals(once, normalized(pkg), "a second render must change nothing");
  }

  /**
   * kpt fn render writes a nested package's paths from its own directory: the nested package stays
   * where it is (with a warning), the RBAC of its Job goes next to the Job, the Kustomization is
   * named after the root Kptfile, and a second render changes nothing.
   */
  @Test
  void aNestedPackageStaysWhereItIsAndItsObjectsGoNextToTheirWorkload() throws Exception {
    Path nested = Path.of("testdata/e2e/kpt-nested-package");
    Path pkg = copy(nested.resolve("package"));

    String log = render(pkg);
    assertTrue(log.contains("flux.layout leaves the nested kpt package sub/ where it is"), log);
    Map<String, String> once = normalized(pkg);
    Path expected = nested.resolve("expected");
    if (UPDATE) {
      FileTree.write(expected, once);
      fail("updated " + expected + "; read the diff, then run again");
    }
    assertEquals(FileTree.read(expected), once, "the tree after the first render");
    assertTrue(once.containsKey("sub/job-smoke.startgate.yaml"), once.keySet().toString());
    assertTrue(once.get("flux/kustomizations.yaml").contains("name: shop-deploy"), once.toString());

    render(pkg);
    assertEquals(once, normalized(pkg), "a second render must change nothing");
  }

  /**
   * A nested package laid out by a pipeline of its own keeps its Kustomizations when the root's
   * render runs over it (the root's run treated them as stale and removed them), and the root no
   * longer warns that nothing applies it.
   */
  @Test
  void aNestedPackageWithItsOwnLayoutKeepsItsKustomizations() throws Exception {
    Path pkg = copy(Path.of("testdata/e2e/kpt-nested-package/package"));
    Files.writeString(
        pkg.resolve("sub/Kptfile"),
        """
        apiVersion: kpt.dev/v1
        kind: Kptfile
        metadata:
          name: jobs
        pipeline:
          mutators:
          - exec: %s
            configPath: fn-config.yaml
        """
            .formatted(BIN));
    Files.writeString(
        pkg.resolve("sub/fn-config.yaml"),
        """
        apiVersion: fn.startgate.dev/v1alpha1
        kind: StartGate
        metadata:
          name: startgate-jobs
        orchestrator: flux
        flux:
          layout: true
          path: ./apps/shop/sub
        """);

    String log = render(pkg);
    assertFalse(log.contains("leaves the nested kpt package"), log);
    Map<String, String> once = normalized(pkg);
    String nested = once.get("sub/flux/kustomizations.yaml");
    assertTrue(
        nested != null && nested.contains("name: jobs-pre-deploy"), once.keySet().toString());
    assertTrue(once.containsKey("sub/pre-deploy/jobs.yaml"), once.keySet().toString());
    assertTrue(once.get("flux/kustomizations.yaml").contains("name: shop-deploy"), once.toString());

    render(pkg);
    assertEquals(once, normalized(pkg), "a second render must change nothing");
  }

  @SuppressWarnings("unchecked")
  private static void checkKustomizations(String text) {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
      docs.add((Map<String, Object>) doc);
    }
    String[] stages = {"pre-deploy", "deploy", "post-deploy"};
    assertEquals(stages.length, docs.size(), text);
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

  /** {@code source} copied to {@code shop/}, its Kptfile running the packaged function. */
  private Path copy(Path source) throws IOException {
    Path pkg = tmp.resolve("shop");
    FileTree.copy(source, pkg);
    Path kptfile = pkg.resolve("Kptfile");
    Files.writeString(kptfile, Files.readString(kptfile).replace(BIN_PLACEHOLDER, BIN.toString()));
    return pkg;
  }

  private String render(Path pkg) throws IOException, InterruptedException {
    Proc.Outcome run =
        Proc.run(
            tmp, "kpt", "fn", "render", pkg.toString(), "--allow-exec", "--truncate-output=false");
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue((run.out() + run.err()).contains("[PASS]"), run.out() + run.err());
    return run.out() + run.err();
  }

  private static Map<String, String> normalized(Path pkg) throws IOException {
    Map<String, String> files = new TreeMap<>();
    FileTree.read(pkg).forEach((k, v) -> files.put(k, v.replace(BIN.toString(), BIN_PLACEHOLDER)));
    return files;
  }
}
