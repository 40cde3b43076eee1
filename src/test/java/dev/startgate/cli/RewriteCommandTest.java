package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RewriteCommandTest {
  static final String GATED_JOB = "# keep this comment\n" + Manifests.MIGRATE_JOB;
  static final String SERVICE = Manifests.POSTGRES_SERVICE;

  @TempDir Path dir;
  Path job;
  Path service;

  @BeforeEach
  void files() throws IOException {
    job = Files.writeString(dir.resolve("job.yaml"), GATED_JOB);
    service = Files.writeString(dir.resolve("service.yaml"), SERVICE);
    Files.setPosixFilePermissions(job, PosixFilePermissions.fromString("rw-r-----"));
  }

  @Test
  void rewritesOnlyChangedFilesKeepingTheirMode() throws IOException {
    Files.setLastModifiedTime(service, FileTime.fromMillis(1_000_000));
    CliRun run = CliRun.of("rewrite", job.toString(), service.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals("[info] rewrote " + job + "\n", run.err());
    String text = Files.readString(job);
    assertTrue(text.startsWith("# keep this comment\n"), text);
    assertTrue(text.contains("- name: startgate-network\n"), text);
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(job)));
    assertEquals(SERVICE, Files.readString(service));
    assertEquals(FileTime.fromMillis(1_000_000), Files.getLastModifiedTime(service));
    assertEquals(Map.of(), leftovers());

    CliRun again = CliRun.of("rewrite", job.toString(), service.toString());
    assertEquals(0, again.code());
    assertEquals("", again.err(), "a second run changes nothing");
    assertEquals(text, Files.readString(job));
  }

  /** The setgid and sticky bits are kept as the others are, as sed -i keeps them (review DN). */
  @Test
  void keepsTheSetgidAndStickyBits() throws IOException {
    for (int mode : new int[] {02644, 01644, 03640}) {
      Files.writeString(job, GATED_JOB);
      Files.setAttribute(job, "unix:mode", mode);
      CliRun run = CliRun.of("rewrite", job.toString(), service.toString());
      assertEquals(0, run.code(), run.err());
      assertTrue(Files.readString(job).contains("startgate-network"));
      assertEquals(
          Integer.toOctalString(mode),
          Integer.toOctalString((Integer) Files.getAttribute(job, "unix:mode") & 07777));
    }
  }

  /**
   * A writer that is not root keeps what sed -i keeps: the kernel takes setuid, and setgid from a
   * group-executable file, when such a writer writes it (review DP, with GNU sed as nobody).
   */
  @Test
  void anotherWriterKeepsWhatSedKeeps() {
    assertEquals(0644, InPlaceFiles.kept(04644, false));
    assertEquals(0755, InPlaceFiles.kept(06755, false));
    assertEquals(0775, InPlaceFiles.kept(02775, false));
    assertEquals(02644, InPlaceFiles.kept(02644, false));
    assertEquals(01644, InPlaceFiles.kept(01644, false));
    assertEquals(06755, InPlaceFiles.kept(06755, true));
  }

  /**
   * Root (a pre-commit run in a container on a user's checkout) keeps the file's owner and group: a
   * file of mode 0640 handed to root would be unreadable to its owner. Runs where tests run as
   * root, as CI does.
   */
  @Test
  void rootKeepsTheFilesOwnerAndGroup() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "needs root");
    java.nio.file.attribute.UserPrincipalLookupService users =
        dir.getFileSystem().getUserPrincipalLookupService();
    java.nio.file.attribute.PosixFileAttributeView view =
        Files.getFileAttributeView(job, java.nio.file.attribute.PosixFileAttributeView.class);
    view.setOwner(users.lookupPrincipalByName("65534"));
    view.setGroup(users.lookupPrincipalByGroupName("65534"));
    java.nio.file.attribute.PosixFileAttributes before = view.readAttributes();
    CliRun run = CliRun.of("rewrite", job.toString(), service.toString());
    assertEquals(0, run.code(), run.err());
    java.nio.file.attribute.PosixFileAttributes after =
        Files.readAttributes(job, java.nio.file.attribute.PosixFileAttributes.class);
    assertTrue(Files.readString(job).contains("- name: startgate-network\n"));
    assertEquals(before.owner(), after.owner());
    assertEquals(before.group(), after.group());
    assertEquals("rw-r-----", PosixFilePermissions.toString(after.permissions()));
  }

  /**
   * An object of a file that an earlier file given holds too is warned about as explain warns
   * (planning them as one stream), on the later file; not when only one of the files is given.
   */
  @Test
  void anObjectInTwoFilesGivenIsWarnedAsExplainWarns() throws IOException {
    Path copy = Files.writeString(dir.resolve("z-copy.yaml"), SERVICE);
    CliRun check = CliRun.of("rewrite", "--check", service.toString(), copy.toString());
    CliRun explain = CliRun.of("explain", service.toString(), copy.toString());
    String warning =
        "[warning] "
            + copy
            + ": v1/Service/postgres metadata.name: another Service named postgres comes"
            + " earlier in the input ("
            + service
            + "); Kubernetes keeps one object per name";
    assertTrue(check.err().startsWith(warning), check.err());
    assertEquals(0, check.code(), check.err());
    String line = check.err().lines().findFirst().orElseThrow();
    assertTrue(explain.out().contains("\n" + line + "\n"), explain.out());
    assertEquals("", CliRun.of("rewrite", "--check", copy.toString()).err());
    // A file given through a symlink beside it is that file.
    Path link = Files.createSymbolicLink(dir.resolve("a-link.yaml"), service.getFileName());
    CliRun linked = CliRun.of("rewrite", "--check", link.toString(), copy.toString());
    assertTrue(linked.err().startsWith(warning), linked.err());
  }

  @Test
  void serviceInAnotherFileOfTheFolderResolves() {
    // pre-commit passes only the files that changed: the Service's file is not named.
    CliRun run = CliRun.of("rewrite", job.toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void checkPrintsADiffWritesNothingAndFails() throws IOException {
    Map<Path, byte[]> before = snapshot();
    CliRun run = CliRun.of("rewrite", "--check", job.toString(), service.toString());
    assertEquals(1, run.code());
    assertTrue(
        run.out().startsWith("--- a/" + job + "\n+++ b/" + job + "\n@@ -9,6 +9,"), run.out());
    assertTrue(run.out().contains("\n+      initContainers:\n"), run.out());
    assertEquals("[info] would rewrite " + job + "\n", run.err());
    assertSame(before, snapshot());
  }

  /** A file named twice, through another path, is one file: one patch, which git apply takes. */
  @Test
  void aFileNamedTwoWaysIsOneFile() throws IOException {
    Path again = dir.resolve("sub/../job.yaml");
    Files.createDirectory(dir.resolve("sub"));
    CliRun run = CliRun.of("rewrite", "--check", job.toString(), again.toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(1, run.out().split("\n\\+\\+\\+ b/", -1).length - 1, run.out());
    assertEquals("[info] would rewrite " + job + "\n", run.err());
  }

  /**
   * A symlink beside a gated Job is that Job, not a second file to re-plan; a symlink in another
   * folder is a file of that folder's package, whichever is named first.
   */
  @Test
  void symlinksAreTheFileInTheirFolderOnly() throws IOException {
    assertEquals(0, CliRun.of("rewrite", job.toString()).code());
    Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("job.yaml"));
    Files.writeString(service, SERVICE.replace("5432", "6432"));
    CliRun beside = CliRun.of("rewrite", "--check", service.toString());
    assertEquals(1, beside.code(), beside.err());
    assertEquals(1, beside.out().split("\n\\+\\+\\+ b/", -1).length - 1, beside.out());
    // Named before the file it links to, the link is still not the name: git keeps it as a link,
    // so a diff of it would not apply.
    Files.createSymbolicLink(dir.resolve("a-link.yaml"), Path.of("job.yaml"));
    CliRun first = CliRun.of("rewrite", "--check", service.toString());
    assertTrue(first.err().contains("would rewrite " + job + " "), first.err());
    assertFalse(first.out().contains("link.yaml"), first.out());
    CliRun given = CliRun.of("rewrite", "--check", dir.resolve("a-link.yaml").toString());
    assertFalse(given.out().contains("link.yaml"), given.out());
    // Its messages name the file it links to, as its diff does.
    assertTrue(given.err().contains("would rewrite "), given.err());
    assertFalse(given.err().contains("link.yaml"), given.err());
    Path other = Files.createDirectory(dir.resolve("other"));
    Files.writeString(other.resolve("job.yaml"), Files.readString(job));
    Path otherService = Files.createSymbolicLink(other.resolve("service.yaml"), service);
    for (List<String> order :
        List.of(
            List.of(service.toString(), otherService.toString()),
            List.of(otherService.toString(), service.toString()))) {
      List<String> args = new java.util.ArrayList<>(List.of("rewrite", "--check"));
      args.addAll(order);
      CliRun both = CliRun.of(args.toArray(String[]::new));
      assertEquals(1, both.code(), both.err());
      assertTrue(both.err().contains("would rewrite " + other.resolve("job.yaml")), both.err());
      assertTrue(both.err().contains("would rewrite " + job + " "), both.err());
    }
  }

  /**
   * One file linked into two folders whose Services differ is planned two ways: which one won
   * depended on the order of the files given. Now an error, and nothing is written; planned alike,
   * it is written once.
   */
  @Test
  void aFileLinkedIntoTwoFoldersThatPlanItDifferentlyIsAnError() throws IOException {
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Path file = Files.writeString(shared.resolve("job.yaml"), GATED_JOB);
    Path dev = Files.createDirectory(dir.resolve("dev"));
    Path prod = Files.createDirectory(dir.resolve("prod"));
    Files.writeString(dev.resolve("service.yaml"), SERVICE);
    Files.writeString(prod.resolve("service.yaml"), SERVICE.replace("5432", "6432"));
    Path devJob = Files.createSymbolicLink(dev.resolve("job.yaml"), file);
    Path prodJob = Files.createSymbolicLink(prod.resolve("job.yaml"), file);
    for (List<Path> order : List.of(List.of(devJob, prodJob), List.of(prodJob, devJob))) {
      CliRun run = CliRun.of("rewrite", order.get(0).toString(), order.get(1).toString());
      assertEquals(1, run.code(), run.err());
      assertTrue(run.err().contains("it would be written otherwise than"), run.err());
      assertEquals(GATED_JOB, Files.readString(file), "nothing written");
    }
    Files.writeString(prod.resolve("service.yaml"), SERVICE);
    CliRun alike = CliRun.of("rewrite", devJob.toString(), prodJob.toString());
    assertEquals(0, alike.code(), alike.err());
    assertEquals(1, alike.err().split("rewrote ", -1).length - 1, alike.err());
  }

  /** A sibling left out of the context is named when the run fails, not when it passes. */
  @Test
  void aSiblingLeftOutIsNamedWhenTheRunFails() throws IOException {
    Path templated = Files.writeString(dir.resolve("values.yaml"), "a: [{{ .Values.a }\n");
    assertEquals("", CliRun.of("rewrite", "--check", service.toString()).err());
    Files.delete(service);
    CliRun failed = CliRun.of("rewrite", "--check", job.toString());
    assertEquals(1, failed.code(), failed.err());
    assertTrue(
        failed.err().contains(templated + ", beside the input, is left out of its context"),
        failed.err());
  }

  /**
   * Review DF: explain of a ResourceList file, which is context of its own folder too, said that
   * file was left out "beside the input" when the run failed; a ResourceList beside it still is.
   */
  @Test
  void aResourceListExplainedIsNoFileBesideItself() throws IOException {
    Files.delete(service);
    Files.delete(job);
    String list =
        "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n"
            + Manifests.MIGRATE_JOB.replaceAll("(?m)^(?=.)", "  ").replaceFirst("  ", "- ");
    Path input = Files.writeString(dir.resolve("rl.yaml"), list);
    CliRun alone = CliRun.of("explain", input.toString());
    assertEquals(1, alone.code(), alone.out() + alone.err());
    // Named another way (with ./ in its path) alike.
    CliRun dotted = CliRun.of("explain", dir + "/./rl.yaml");
    assertEquals(1, dotted.code(), dotted.out() + dotted.err());
    assertFalse((dotted.out() + dotted.err()).contains("beside the input"), dotted.out());
    assertTrue((alone.out() + alone.err()).contains("no Service \"postgres\""), alone.out());
    assertFalse((alone.out() + alone.err()).contains("beside the input"), alone.out());
    Path other = Files.writeString(dir.resolve("other.yaml"), "# another\n" + list);
    CliRun beside = CliRun.of("explain", input.toString());
    assertTrue(
        (beside.out() + beside.err())
            .contains(other + ", beside the input, is left out of its context (a ResourceList"),
        beside.out() + beside.err());
    assertFalse((beside.out() + beside.err()).contains(input + ", beside the input"));
    // Review DG: a byte-copy of the file explained is still a file beside it.
    Path copy = Files.writeString(dir.resolve("copy.yaml"), list);
    CliRun twin = CliRun.of("explain", input.toString());
    assertTrue(
        (twin.out() + twin.err()).contains(copy + ", beside the input, is left out of its context"),
        twin.out() + twin.err());
    assertFalse((twin.out() + twin.err()).contains(input + ", beside the input"));
  }

  /**
   * A sibling that cannot be read (here larger than the input limit; mode 000 for a user other than
   * root) is left out of the context, and named, with why, when the run fails.
   */
  @Test
  void aSiblingThatCannotBeReadIsNamedWhenTheRunFails() throws IOException {
    Files.delete(service);
    Path large = dir.resolve("large.yaml");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      f.setLength((64L << 20) + 1); // sparse: no disk
    }
    Path notUtf8 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xe9});
    CliRun run = CliRun.of("rewrite", "--check", job.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("no Service \"postgres\""), run.err());
    assertLeftOut(run, large, "it is larger than 64 MiB");
    assertLeftOut(run, notUtf8, "it is not valid UTF-8 at line 1 (byte offset 3)");
    // In the folder's order, and each file once: symlinks beside it are that file.
    assertTrue(run.err().indexOf(large.toString()) < run.err().indexOf(notUtf8.toString()));
    Files.createSymbolicLink(dir.resolve("a-link.yaml"), notUtf8.getFileName());
    Files.createSymbolicLink(dir.resolve("z-link.yaml"), notUtf8.getFileName());
    CliRun linked = CliRun.of("rewrite", "--check", job.toString());
    assertEquals(run.err(), linked.err());
    // A given file that cannot be read reports its own error, and is no sibling left out.
    CliRun given = CliRun.of("rewrite", "--check", job.toString(), notUtf8.toString());
    assertEquals(1, given.code(), given.err());
    assertTrue(given.err().contains(notUtf8 + ": not valid UTF-8"), given.err());
    assertFalse(given.err().contains(notUtf8 + ", beside the input"), given.err());
    assertLeftOut(given, large, "it is larger than 64 MiB");
    CliRun explain = CliRun.of("explain", job.toString());
    assertTrue(explain.out().contains(large + ", beside the input, is left out"), explain.out());
    if (!"root".equals(System.getProperty("user.name"))) {
      Files.delete(large);
      Path locked = Files.writeString(dir.resolve("locked.yaml"), SERVICE);
      Files.setPosixFilePermissions(locked, java.util.Set.of());
      CliRun denied = CliRun.of("rewrite", "--check", job.toString());
      assertEquals(1, denied.code(), denied.err());
      assertLeftOut(denied, locked, "it cannot be read: permission denied");
    }
  }

  /** {@code run} failed and named {@code file} as left out of its context, and why. */
  private static void assertLeftOut(CliRun run, Path file, String why) {
    String said =
        file
            + ", beside the input, is left out of its context ("
            + why
            + "), so a target it"
            + " holds is not seen";
    assertTrue(run.err().contains(said), run.err());
  }

  /**
   * A ResourceList beside the input is a function's input, not a manifest (rewrite refuses it as
   * one): its items are no targets, and a run that fails says it was left out.
   */
  @Test
  void aResourceListBesideTheInputHoldsNoTargets() throws IOException {
    Files.delete(service);
    Path list =
        Files.writeString(
            dir.resolve("rl.yaml"),
            "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n"
                + SERVICE.indent(2).replaceFirst("^  ", "- ").replace("\n  ---\n", "\n"));
    CliRun run = CliRun.of("rewrite", "--check", job.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("no Service \"postgres\""), run.err());
    assertLeftOut(run, list, "a ResourceList is KRM function input, not a manifest");
  }

  @Test
  void checkPassesWhenNothingWouldChange() {
    CliRun run = CliRun.of("rewrite", "--check", service.toString());
    assertEquals(0, run.code());
    assertEquals("", run.out() + run.err());
  }

  @Test
  void anErrorInOneFileWritesNoFile() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "a: [unclosed\n");
    Map<Path, byte[]> before = snapshot();
    CliRun run = CliRun.of("rewrite", job.toString(), broken.toString());
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().contains("[error] " + broken + ": input is not valid YAML"), run.err());
    assertTrue(run.err().endsWith("[info] no file was written\n"), run.err());
    assertSame(before, snapshot());
  }

  @Test
  void aReadOnlyFileThatWouldChangeIsAnError() throws IOException {
    Files.setPosixFilePermissions(job, PosixFilePermissions.fromString("r--r--r--"));
    Map<Path, byte[]> before = snapshot();
    CliRun run = CliRun.of("rewrite", job.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains(job + ": the file is read-only"), run.err());
    assertSame(before, snapshot());
  }

  @Test
  void aResourceListIsNotAManifest() throws IOException {
    Path list =
        Files.writeString(
            dir.resolve("list.yaml"),
            "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n");
    CliRun run = CliRun.of("rewrite", list.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("a ResourceList is KRM function input"), run.err());
    // Its functionConfig's gates rule that matches nothing is no --config's result (it was
    // reported under the --config file's name, which is null: an internal error).
    Files.writeString(
        list,
        "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\nfunctionConfig:\n"
            + "  apiVersion: fn.startgate.dev/v1alpha1\n  kind: StartGate\n"
            + "  metadata: {name: startgate}\n"
            + "  gates: [{match: {kind: Job, name: none}, waitFor: tcp://x:1}]\n");
    for (List<String> args : List.of(List.of("rewrite"), List.of("rewrite", "--check"))) {
      CliRun ruled =
          CliRun.of(
              Stream.concat(args.stream(), Stream.of(list.toString())).toArray(String[]::new));
      assertEquals(1, ruled.code(), ruled.err());
      assertTrue(ruled.err().contains("a ResourceList is KRM function input"), ruled.err());
      assertFalse(ruled.err().contains("internal error"), ruled.err());
      assertTrue(ruled.err().contains("no file was written"), ruled.err());
    }
    // The file is no manifest at all: said first, before an item's error.
    Files.writeString(
        list,
        "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: batch/v1\n"
            + "  kind: Job\n  metadata:\n    name: j\n"
            + "    annotations: {startgate.dev/wait-for: 'tcp://postgres:0'}\n"
            + "  spec: {template: {spec: {containers: [{name: m, image: m}]}}}\n");
    CliRun bad = CliRun.of("rewrite", list.toString());
    assertEquals(1, bad.code(), bad.err());
    assertTrue(bad.err().startsWith("[error] " + list + ": a ResourceList is KRM"), bad.err());
    assertTrue(bad.err().contains("port \"0\""), bad.err());
  }

  @Test
  void usageErrors() {
    CliRun missing = CliRun.of("rewrite", dir.resolve("nope.yaml").toString());
    assertEquals(2, missing.code());
    assertEquals("[error] " + dir.resolve("nope.yaml") + ": no such file\n", missing.err());
    CliRun folder = CliRun.of("rewrite", dir.toString());
    assertEquals(2, folder.code());
    assertEquals(
        "[error] " + dir + ": is a folder; pass the YAML files in it, like " + dir + "/*.yaml\n",
        folder.err());
    CliRun slash = CliRun.of("explain", dir + "/");
    assertEquals(2, slash.code());
    assertTrue(slash.err().endsWith("like " + dir + "/*.yaml\n"), slash.err());
    for (String command : List.of("rewrite", "explain")) {
      // Only explain reads stdin: rewrite's hint does not offer it.
      String pass =
          command.equals("explain") ? "pass YAML files, or - for stdin" : "pass YAML files";
      CliRun device = CliRun.of(command, "/dev/null");
      assertEquals(2, device.code());
      assertEquals("[error] /dev/null: is not a regular file; " + pass + "\n", device.err());
      CliRun empty = CliRun.of(command, "");
      assertEquals(2, empty.code());
      assertEquals("[error] a file name is empty; " + pass + "\n", empty.err());
    }
    CliRun none = CliRun.of("rewrite");
    assertEquals(2, none.code());
    assertEquals("", none.out());
    assertTrue(none.err().startsWith("startgate: missing required parameter"), none.err());
    assertEquals(2, CliRun.of("rewrite", "-").code());
  }

  @Test
  void configApplies() throws IOException {
    Path config =
        Files.writeString(
            dir.resolve("startgate.yml"),
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: c\n"
                + "defaults:\n  timeout: 42s\n");
    CliRun run = CliRun.of("rewrite", "--config", config.toString(), job.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.readString(job).contains("args: [\"42\", \"2\", \"0\", "));
    // The config file among the files given (deploy/*.yaml) is that config, not a manifest: no
    // stray-config warning, in rewrite or explain; without --config it draws one.
    CliRun both =
        CliRun.of("rewrite", "--config", config.toString(), config.toString(), job.toString());
    assertEquals(0, both.code(), both.err());
    assertFalse(both.err().contains("StartGate among the objects"), both.err());
    CliRun explained =
        CliRun.of("explain", "--config", config.toString(), config.toString(), job.toString());
    assertEquals(0, explained.code(), explained.err());
    assertFalse(explained.out().contains("StartGate among the objects"), explained.out());
    CliRun alone = CliRun.of("rewrite", config.toString());
    assertTrue(alone.err().contains("StartGate among the objects"), alone.err());
  }

  /** A folder is one package: another folder's Service or Job never counts, in either order. */
  /**
   * A Job of another file of the folder, made a PostSync hook by an earlier run (through a gates
   * rule, so it carries no phase annotation), is placed by the hook it carries: a Deployment that
   * waits for it deadlocks, whichever files are given.
   */
  @Test
  void aSiblingJobIsPlacedByTheHookAnEarlierRunWrote() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("pkg"));
    Path config =
        Files.writeString(
            dir.resolve("startgate.yaml"),
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: sg}\n"
                + "orchestrator: argocd\ngates:\n- match: {kind: Job, name: seed}\n"
                + "  phase: post-deploy\n");
    Files.writeString(
        sub.resolve("seed.yaml"),
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: seed
          namespace: shop
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: seed, image: seed:1}]
        """);
    Path api =
        Files.writeString(
            sub.resolve("api.yaml"),
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: shop
              annotations:
                startgate.dev/wait-for: job/seed
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec: {containers: [{name: api, image: api:1}]}
            """);
    CliRun first =
        CliRun.of("rewrite", "--config", config.toString(), sub.resolve("seed.yaml").toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(Files.readString(sub.resolve("seed.yaml")).contains("hook: PostSync"));
    CliRun check = CliRun.of("rewrite", "--check", "--config", config.toString(), api.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(
        check.err().contains("phase deadlock: Deployment api (Sync phase) -> Job seed (PostSync"),
        check.err());
  }

  /**
   * pre-commit passes only the changed files: when a commit changes only a Service, the gated Job
   * beside it that resolves its port is rewritten (or checked) with it; a sibling startgate never
   * gated is left alone, and a sibling whose target goes away fails the run.
   */
  @Test
  void aGatedSiblingIsUpdatedWithTheServiceItWaitsFor() throws IOException {
    Path other =
        Files.writeString(dir.resolve("other.yaml"), GATED_JOB.replace("migrate", "other"));
    assertEquals(0, CliRun.of("rewrite", job.toString()).code());
    String gated = Files.readString(job);
    assertTrue(gated.contains("tcp://postgres:5432"), gated);
    // A file whose gates do not depend on the given files is not theirs to change, also when a
    // run would change it (it was written with another config).
    Path config =
        Files.writeString(
            dir.resolve("sg.yaml"),
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: s}\n"
                + "defaults: {timeout: 1m}\n");
    Path configured =
        Files.writeString(
            dir.resolve("configured.yaml"),
            GATED_JOB
                .replace("migrate", "configured")
                .replace("service/postgres", "tcp://db:5432"));
    assertEquals(
        0, CliRun.of("rewrite", "--config", config.toString(), configured.toString()).code());
    String withConfig = Files.readString(configured);
    assertEquals(0, CliRun.of("rewrite", "--check", service.toString()).code());
    Files.writeString(service, SERVICE.replace("5432", "6432"));
    Files.delete(configured);
    Map<Path, byte[]> before = snapshot();
    CliRun check = CliRun.of("rewrite", "--check", service.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(check.out().contains("\n+++ b/" + job + "\n"), check.out());
    assertTrue(
        check.out().contains("\n+        args: [\"300\", \"2\", \"0\", \"tcp://postgres:6432\"]\n"),
        check.out());
    assertEquals(
        "[info] would rewrite " + job + " (not given: its gates depend on the files given)\n",
        check.err());
    assertSame(before, snapshot());
    CliRun rewrite = CliRun.of("rewrite", service.toString());
    assertEquals(0, rewrite.code(), rewrite.err());
    assertEquals(
        gated.replace("tcp://postgres:5432", "tcp://postgres:6432"), Files.readString(job));
    assertEquals(GATED_JOB.replace("migrate", "other"), Files.readString(other));
    assertEquals(0, CliRun.of("rewrite", "--check", service.toString()).code());
    assertTrue(withConfig.contains("args: [\"60\","), withConfig);
    // In a kpt package kpt fn render re-plans the whole package: only the files given here.
    Path kptfile =
        Files.writeString(dir.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\n");
    Files.writeString(service, SERVICE.replace("6432", "7432"));
    assertEquals(0, CliRun.of("rewrite", "--check", service.toString()).code());
    Files.delete(kptfile);
    // A port the given Service no longer has: the Job that names it fails with it.
    Path named =
        Files.writeString(
            dir.resolve("named.yaml"),
            GATED_JOB
                .replace("migrate", "named")
                .replace("service/postgres", "service/postgres:pg"));
    Files.writeString(service, SERVICE.replace("- port: 5432", "- {name: pg, port: 5432}"));
    assertEquals(0, CliRun.of("rewrite", named.toString(), service.toString()).code());
    Files.writeString(service, SERVICE.replace("- port: 5432", "- {name: db, port: 5432}"));
    CliRun gone = CliRun.of("rewrite", service.toString());
    assertEquals(1, gone.code(), gone.err());
    assertTrue(gone.err().contains("[error] " + named + ": "), gone.err());
    assertFalse(gone.err().contains("[error] " + job + ": "), gone.err());
    assertTrue(gone.err().endsWith("[info] no file was written\n"), gone.err());
    // An error a file has without the given files too is its own: it fails no commit of them,
    // also when the file depends on them (another Job of it waits for the Service).
    Files.writeString(service, SERVICE.replace("- port: 5432", "- {name: pg, port: 5432}"));
    assertEquals(0, CliRun.of("rewrite", named.toString()).code());
    Files.writeString(
        named,
        Files.readString(named)
            + "---\n"
            + GATED_JOB
                .replace("migrate", "seed")
                .replace("service/postgres", "tcp://db:5432")
                .replace(
                    "wait-for: tcp://db:5432",
                    "wait-for: tcp://db:5432\n    startgate.dev/timeout: \"5\""));
    assertTrue(Files.readString(named).contains("timeout: \"5\""), Files.readString(named));
    Files.writeString(
        service,
        SERVICE
            .replace("- port: 5432", "- {name: pg, port: 5432}")
            .replace("metadata:", "metadata:\n  labels: {a: b}"));
    CliRun own = CliRun.of("rewrite", "--check", service.toString());
    assertEquals(0, own.code(), own.err());
    Files.writeString(named, Files.readString(named).replace("service/postgres:pg", "bogus://x"));
    assertEquals(0, CliRun.of("rewrite", "--check", service.toString()).code());
  }

  /**
   * YAML beside the given files that is not Kubernetes objects but names startgate (the
   * repository's .pre-commit-config.yaml with the startgate hook, a values.yaml) is context only: a
   * check of whether an earlier run gated it once failed on such a document (no apiVersion or kind)
   * with an internal error.
   */
  @Test
  void yamlBesideThatIsNotObjectsButNamesStartgateIsOnlyContext() throws IOException {
    Files.writeString(
        dir.resolve(".pre-commit-config.yaml"),
        "repos:\n- repo: https://github.com/OWNER/startgate\n  rev: v0.1.0\n  hooks:\n"
            + "  - id: startgate\n");
    Files.writeString(dir.resolve("values.yaml"), "image: startgate\n---\n- a list\n");
    CliRun check = CliRun.of("rewrite", "--check", job.toString());
    assertEquals(1, check.code(), check.err());
    assertFalse(check.err().contains("internal error"), check.err());
    CliRun rewrite = CliRun.of("rewrite", job.toString());
    assertEquals(0, rewrite.code(), rewrite.err());
    assertEquals("[info] rewrote " + job + "\n", rewrite.err());
    CliRun explain = CliRun.of("explain", job.toString());
    assertEquals(0, explain.code(), explain.err());
    // The same once the service's file is given too (the job is then a sibling).
    assertEquals(0, CliRun.of("rewrite", service.toString()).code());
  }

  /** A config error of a file's own (a ResourceList's functionConfig) is printed with the file. */
  @Test
  void aFilesOwnConfigErrorIsPrinted() throws IOException {
    Path list =
        Files.writeString(
            dir.resolve("rl.yaml"),
            """
            apiVersion: config.kubernetes.io/v1
            kind: ResourceList
            functionConfig:
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: function-input}
              data: {defaults.timeout: banana}
            items: []
            """);
    CliRun check = CliRun.of("rewrite", "--check", list.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(
        check
            .err()
            .contains("[error] " + list + ": v1/ConfigMap/function-input data.defaults.timeout:"),
        check.err());
  }

  @Test
  void eachFileIsPlannedWithItsOwnFolderOnly() throws IOException {
    Path dev = Files.createDirectories(dir.resolve("dev"));
    Path prod = Files.createDirectories(dir.resolve("prod"));
    Path a = Files.writeString(dev.resolve("a.yaml"), waiting("a", "service/db"));
    Files.writeString(dev.resolve("svc.yaml"), service(1111));
    Path b = Files.writeString(prod.resolve("b.yaml"), service(2222));
    for (String[] args :
        new String[][] {
          {"rewrite", "--check", a.toString(), b.toString()},
          {"rewrite", "--check", b.toString(), a.toString()}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.code(), run.err());
      assertTrue(run.out().contains("tcp://db.shop.svc:1111"), run.out());
      assertTrue(!run.out().contains(":2222"), run.out());
    }
    Files.delete(dev.resolve("svc.yaml"));
    CliRun alone = CliRun.of("rewrite", "--check", a.toString(), b.toString());
    assertEquals(1, alone.code(), alone.err());
    assertTrue(alone.err().contains("no Service \"db\" in namespace \"shop\""), alone.err());

    // dev's Job a waits for Job b, prod's Job b for Job a: two packages, no cycle.
    Files.writeString(a, waiting("a", "job/b"));
    Files.writeString(b, waiting("b", "job/a"));
    CliRun apart = CliRun.of("rewrite", a.toString(), b.toString());
    assertEquals(0, apart.code(), apart.err());
    assertTrue(!apart.err().contains("cycle"), apart.err());
  }

  private static String service(int port) {
    return "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: shop\n"
        + "spec:\n  ports:\n  - port: "
        + port
        + "\n";
  }

  @Test
  void theConfigsResultsAreReportedOnceForAllFiles() throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"), waiting("a", "tcp://db:5432"));
    Path b = Files.writeString(dir.resolve("b.yaml"), waiting("b", "tcp://db:5432"));
    Path config =
        Files.writeString(
            dir.resolve("startgate.yml"),
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: c\n"
                + "images:\n  busybox: busybox:1.37\n"
                + "gates:\n"
                + "- match: {kind: Job, name: a}\n  timeout: 42s\n"
                + "- match: {kind: Job, name: nothing}\n  timeout: 42s\n");
    CliRun run =
        CliRun.of("rewrite", "--check", "--config", config.toString(), a.toString(), b.toString());
    assertEquals(1, run.code(), run.err());
    // The digest warning once, under the config's name; rule 0 matched a Job in a.yaml, so only
    // rule 1 matched nothing, and it too is reported once.
    assertEquals(
        "[warning] "
            + config
            + ": fn.startgate.dev/v1alpha1/StartGate/c images.busybox: \"busybox:1.37\" is not"
            + " pinned by a digest, so the image can change under the same tag, and with it what"
            + " runs; pin it by the digest your registry shows for it: busybox:1.37@sha256: and"
            + " its 64 hex digits\n"
            + "[warning] "
            + config
            + ": fn.startgate.dev/v1alpha1/StartGate/c gates[1].match: this gates rule matches no workload in the input (match:"
            + " kind=Job, name=nothing); check its kind, name, namespace and labels\n"
            + "[info] would rewrite "
            + a
            + "\n[info] would rewrite "
            + b
            + "\n",
        run.err());

    Files.writeString(config, "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nspec: {}\n");
    CliRun bad = CliRun.of("rewrite", "--config", config.toString(), a.toString(), b.toString());
    assertEquals(1, bad.code(), bad.err());
    assertEquals(
        2, bad.err().split("\n").length, "one error, then no file was written: " + bad.err());
    assertTrue(bad.err().startsWith("[error] " + config + ": "), bad.err());
    assertEquals(waiting("a", "tcp://db:5432"), Files.readString(a));
  }

  private void assertSame(Map<Path, byte[]> before, Map<Path, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    for (Path p : before.keySet()) {
      assertArrayEquals(before.get(p), after.get(p), p + " changed");
    }
  }

  private Map<Path, byte[]> snapshot() throws IOException {
    Map<Path, byte[]> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }

  private Map<Path, String> leftovers() throws IOException {
    Map<Path, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(p -> p.getFileName().toString().startsWith("."))
          .forEach(p -> out.put(p, "temporary file left behind"));
    }
    return out;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static String waiting(String name, String target) {
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: NAME
          namespace: shop
          annotations:
            startgate.dev/wait-for: TARGET
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: NAME, image: NAME}]
        """
        .replace("NAME", name)
        .replace("TARGET", target);
  }

  @Test
  void cycleSplitAcrossFilesIsFoundWhicheverFilesAreNamed() throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"), waiting("a", "job/b"));
    Path b = Files.writeString(dir.resolve("b.yaml"), waiting("b", "job/c"));
    Path c = Files.writeString(dir.resolve("c.yaml"), waiting("c", "job/a"));
    for (String[] args :
        new String[][] {
          {"rewrite", a.toString(), b.toString(), c.toString()},
          {"rewrite", "--check", a.toString(), c.toString()},
          {"rewrite", b.toString()}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.code(), String.join(" ", args) + "\n" + run.err());
      assertEquals("", run.out());
      assertTrue(
          run.err().contains(": dependency cycle: Job "), String.join(" ", args) + run.err());
      assertTrue(run.err().endsWith("[info] no file was written\n"), run.err());
    }
    CliRun one = CliRun.of("rewrite", b.toString());
    assertEquals(
        "[error] "
            + b
            + ": batch/v1/Job/shop/b metadata.annotations.startgate.dev/wait-for:"
            + " dependency cycle: Job b -> Job c -> Job a -> Job b; each waits for the next, so"
            + " none ever starts; remove one of these targets (value \"job/c\")\n"
            + "[info] no file was written\n",
        one.err());
    assertEquals(waiting("b", "job/c"), Files.readString(b));

    Files.writeString(c, waiting("c", "tcp://db:5432"));
    CliRun fixed = CliRun.of("rewrite", a.toString(), b.toString(), c.toString());
    assertEquals(0, fixed.code(), fixed.err());
  }
}
