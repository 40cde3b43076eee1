package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.startgate.testing.FileTree;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged function under real kpt and behind real {@code kubectl kustomize}, and compares
 * the resulting files with {@code testdata/e2e/<case>/expected}. Each case runs twice; the second
 * run must change nothing. {@code -Dstartgate.update=true} rewrites the expected trees and fails.
 */
class KptEndToEndIT {
  private static final Path ROOT = Path.of("testdata/e2e");
  private static final Path BIN = Path.of("bin/startgate").toAbsolutePath();
  private static final String BIN_PLACEHOLDER = "${STARTGATE}";
  private static final boolean UPDATE = Boolean.getBoolean("startgate.update");

  @TempDir Path tmp;

  @Test
  void evalGatesTheBasicExampleAndASecondRunChangesNothing() throws Exception {
    Path pkg = copy(Path.of("examples/basic"));
    // The example's own expectations belong to ExamplesIT, its README to users; this case keeps
    // its tree of what kpt reads and writes.
    FileTree.write(pkg.resolve(".expected"), Map.of());
    Files.delete(pkg.resolve("README.md"));
    kptTwice(pkg, "eval-basic", "kpt", "fn", "eval", pkg.toString(), "--exec", BIN.toString());
  }

  @Test
  void evalTakesAStartGateConfigWithFnConfig() throws Exception {
    evalTheFnConfigCase("--exec", BIN.toString(), "--fn-config", fnConfig());
  }

  @Test
  void evalTakesTheSameConfigAsAConfigFileOfTheFunction() throws Exception {
    // kpt sends its empty function-input ConfigMap: the --config file takes its place, and the
    // files come out as with --fn-config.
    evalTheFnConfigCase("--exec", BIN + " --config " + fnConfig());
  }

  private static String fnConfig() {
    return ROOT.resolve("eval-fn-config/fn-config.yaml").toAbsolutePath().toString();
  }

  /** kpt fn eval of the eval-fn-config package with {@code function} (its --exec and config). */
  private void evalTheFnConfigCase(String... function) throws Exception {
    Path pkg = copy(ROOT.resolve("eval-fn-config/package"));
    List<String> command = new ArrayList<>(List.of("kpt", "fn", "eval", pkg.toString()));
    command.addAll(List.of(function));
    kptTwice(pkg, "eval-fn-config", command.toArray(String[]::new));
  }

  @Test
  void aConfigGivenBothWaysFailsAndChangesNoFile() throws Exception {
    Path pkg = copy(ROOT.resolve("eval-fn-config/package"));
    Map<String, String> before = FileTree.read(pkg);
    String config = fnConfig();
    Proc.Outcome run =
        Proc.run(
            tmp,
            "kpt",
            "fn",
            "eval",
            pkg.toString(),
            "--exec",
            BIN + " --config " + config,
            "--",
            "defaults.timeout=2m");
    assertNotEquals(0, run.code(), run.out() + run.err());
    assertTrue(
        (run.out() + run.err()).contains("the config is given twice"), run.out() + run.err());
    assertEquals(before, FileTree.read(pkg));
  }

  @Test
  void evalKeepsCommentsAboveUserInitContainersAndASecondRunChangesNothing() throws Exception {
    // kpt copies each list item's comments back by position, so a gate put in below a user
    // item's head comment got that comment too, and every run added one more copy.
    Path pkg = copy(ROOT.resolve("eval-comments/package"));
    kptTwice(pkg, "eval-comments", "kpt", "fn", "eval", pkg.toString(), "--exec", BIN.toString());
  }

  @Test
  void evalOfAFileThatStartsWithACommentGivesValidYamlAndASecondRunChangesNothing()
      throws Exception {
    // kpt writes the first object of such a file as "- # comment" with its keys below: new items
    // went in at the keys' column (invalid YAML, and kpt failed) when the dash was looked for on
    // the keys' line only.
    Path pkg = copy(ROOT.resolve("eval-comment-first/package"));
    kptTwice(
        pkg, "eval-comment-first", "kpt", "fn", "eval", pkg.toString(), "--exec", BIN.toString());
  }

  @Test
  void evalRemovesGatesWithTheCommentCopiesKptGaveThem() throws Exception {
    // The files as kpt left them after the case above, with the intents removed: each comment
    // ends up once, above its own item.
    Path pkg = copy(ROOT.resolve("eval-comments-removed/package"));
    kptTwice(
        pkg,
        "eval-comments-removed",
        "kpt",
        "fn",
        "eval",
        pkg.toString(),
        "--exec",
        BIN.toString());
  }

  @Test
  void evalTakesKeyValueConfig() throws Exception {
    Path pkg = copy(ROOT.resolve("eval-fn-config/package"));
    kptTwice(
        pkg,
        "eval-key-value",
        "kpt",
        "fn",
        "eval",
        pkg.toString(),
        "--exec",
        BIN.toString(),
        "--",
        "defaults.timeout=45s",
        "resources.memory=32Mi");
  }

  @Test
  void renderRunsTheKptfilePipeline() throws Exception {
    Path pkg = copy(ROOT.resolve("render-pipeline/package"));
    Path kptfile = pkg.resolve("Kptfile");
    Files.writeString(kptfile, Files.readString(kptfile).replace(BIN_PLACEHOLDER, BIN.toString()));
    kptTwice(pkg, "render-pipeline", "kpt", "fn", "render", pkg.toString(), "--allow-exec");
  }

  @Test
  void aMalformedIntentFailsAndChangesNoFile() throws Exception {
    Path pkg = copy(ROOT.resolve("eval-error/package"));
    Map<String, String> before = FileTree.read(pkg);
    Proc.Outcome run = Proc.run(tmp, "kpt", "fn", "eval", pkg.toString(), "--exec", BIN.toString());
    assertNotEquals(0, run.code(), run.out() + run.err());
    String all = run.out() + run.err();
    assertTrue(all.contains("startgate.dev/wait-for") && all.contains("99999"), all);
    assertEquals(before, FileTree.read(pkg));
  }

  @Test
  void kubectlKustomizeOutputPipesThroughStartgate() throws Exception {
    Path dir = ROOT.resolve("kustomize").toAbsolutePath();
    Proc.Outcome built = Proc.run(tmp, kubectl(), "kustomize", dir.resolve("overlay").toString());
    assertEquals(0, built.code(), built.err());
    Proc.Outcome first = Proc.run(tmp, built.out(), 60, Map.of(), List.of(BIN.toString()));
    assertEquals(0, first.code(), first.err());
    Path expected = dir.resolve("expected.yaml");
    if (UPDATE) {
      Files.writeString(expected, first.out());
      fail("updated " + expected + "; read the diff, then run again");
    }
    assertEquals(Files.readString(expected), first.out());
    Proc.Outcome second = Proc.run(tmp, first.out(), 60, Map.of(), List.of(BIN.toString()));
    assertEquals(first.out(), second.out(), "a second run must change nothing");
  }

  /**
   * A {@code kind: List} is not gated when piped in as it is (a warning says so), and its items are
   * once {@code kubectl kustomize} has written them as documents of their own (README,
   * "Guarantees").
   */
  @Test
  void aListIsGatedAfterKubectlKustomizeAndWarnedAboutBefore() throws Exception {
    Path dir = ROOT.resolve("kustomize-list").toAbsolutePath();
    String list = Files.readString(dir.resolve("list.yaml"));
    Proc.Outcome direct = Proc.run(tmp, list, 60, Map.of(), List.of(BIN.toString()));
    assertEquals(0, direct.code(), direct.err());
    assertEquals(list, direct.out());
    assertTrue(
        direct.err().startsWith("[warning] v1/List items: an object in this List")
            && direct.err().contains("batch/v1/Job/migrate"),
        direct.err());
    Proc.Outcome built = Proc.run(tmp, kubectl(), "kustomize", dir.toString());
    assertEquals(0, built.code(), built.err());
    assertTrue(built.out().startsWith("apiVersion: batch/v1\nkind: Job\n"), built.out());
    Proc.Outcome gated = Proc.run(tmp, built.out(), 60, Map.of(), List.of(BIN.toString()));
    assertEquals(0, gated.code(), gated.err());
    assertEquals("", gated.err());
    assertTrue(gated.out().contains("- name: startgate-network\n"), gated.out());
    assertTrue(
        gated.out().contains("args: [\"300\", \"2\", \"0\", \"tcp://postgres:5432\"]\n"),
        gated.out());
  }

  private void kptTwice(Path pkg, String expectedCase, String... command) throws Exception {
    Proc.Outcome first = Proc.run(tmp, null, 120, Map.of(), Arrays.asList(command));
    assertEquals(0, first.code(), first.out() + first.err());
    Map<String, String> once = normalized(pkg);
    Path expected = ROOT.resolve(expectedCase).resolve("expected");
    if (UPDATE) {
      FileTree.write(expected, once);
      fail("updated " + expected + "; read the diff, then run again");
    }
    assertEquals(FileTree.read(expected), once, "files after the first run");
    Proc.Outcome second = Proc.run(tmp, null, 120, Map.of(), Arrays.asList(command));
    assertEquals(0, second.code(), second.out() + second.err());
    assertEquals(once, normalized(pkg), "a second run must change nothing");
  }

  private Map<String, String> normalized(Path pkg) throws IOException {
    Map<String, String> files = new TreeMap<>();
    FileTree.read(pkg).forEach((k, v) -> files.put(k, v.replace(BIN.toString(), BIN_PLACEHOLDER)));
    return files;
  }

  private Path copy(Path from) throws IOException {
    Path to = tmp.resolve("pkg-" + from.getFileName() + "-" + System.nanoTime());
    FileTree.copy(from, to);
    return to;
  }

  /** The newest versioned kubectl: /usr/bin/kubectl is a dispatcher that first calls a server. */
  static String kubectl() throws IOException {
    Path dir = Path.of("/usr/lib/google-cloud-sdk/bin");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> versions = new ArrayList<>();
        files
            .filter(p -> p.getFileName().toString().matches("kubectl\\.1\\.\\d+"))
            .forEach(versions::add);
        versions.sort(
            Comparator.comparingInt(
                p -> Integer.parseInt(p.getFileName().toString().substring(10))));
        if (!versions.isEmpty()) {
          return versions.get(versions.size() - 1).toString();
        }
      }
    }
    return "kubectl";
  }
}
