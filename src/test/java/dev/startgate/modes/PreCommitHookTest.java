package dev.startgate.modes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Manifests;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code .pre-commit-hooks.yaml} run by the real pre-commit in a scratch git
 * repository, the way a user's repository would use it.
 */
class PreCommitHookTest {
  static final String JOB = Manifests.MIGRATE_JOB;
  static final String SERVICE = Manifests.POSTGRES_SERVICE;

  @TempDir Path tmp;
  Path repo;
  Map<String, String> env = new LinkedHashMap<>();

  @BeforeEach
  void repositories() throws Exception {
    Exec.require("pre-commit");
    Exec.require("git");
    Path bin = tmp.resolve("bin");
    Exec.launcher(bin);
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("HOME", tmp.toString());
    env.put("PRE_COMMIT_HOME", tmp.resolve("cache").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
    env.put("GIT_COMMITTER_NAME", "test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");

    // The hooks repository: this project's .pre-commit-hooks.yaml, committed.
    Path hooks = Files.createDirectories(tmp.resolve("hooks"));
    Files.copy(Path.of(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
    git(hooks, "init", "-q");
    git(hooks, "add", ".");
    git(hooks, "commit", "-q", "-m", "hooks");
    String rev = git(hooks, "rev-parse", "HEAD").out().strip();

    repo = Files.createDirectories(tmp.resolve("repo"));
    git(repo, "init", "-q");
    Files.writeString(
        repo.resolve(".pre-commit-config.yaml"),
        "repos:\n- repo: "
            + hooks
            + "\n  rev: "
            + rev
            + "\n  hooks:\n  - id: startgate\n  - id: startgate-check\n");
    Files.createDirectories(repo.resolve("deploy"));
    Files.writeString(repo.resolve("deploy/job.yaml"), JOB);
    Files.writeString(repo.resolve("deploy/db.yml"), SERVICE);
    Files.writeString(repo.resolve("README.txt"), "not yaml: [\n");
    git(repo, "add", "-A");
  }

  @Test
  void firstRunRewritesAndFailsSecondRunPasses() throws Exception {
    Proc.Outcome check = preCommit("startgate-check");
    assertEquals(1, check.code(), all(check));
    assertTrue(all(check).contains("+++ b/deploy/job.yaml"), all(check));
    assertEquals(JOB, Files.readString(repo.resolve("deploy/job.yaml")), "--check writes nothing");

    Proc.Outcome first = preCommit(null);
    assertEquals(1, first.code(), all(first));
    assertTrue(all(first).contains("files were modified by this hook"), all(first));
    assertTrue(all(first).contains("[info] rewrote deploy/job.yaml"), all(first));
    String rewritten = Files.readString(repo.resolve("deploy/job.yaml"));
    assertTrue(rewritten.contains("- name: startgate-network\n"), rewritten);
    assertEquals(SERVICE, Files.readString(repo.resolve("deploy/db.yml")));

    git(repo, "add", "-A");
    Proc.Outcome second = preCommit(null);
    assertEquals(0, second.code(), all(second));
    assertEquals(rewritten, Files.readString(repo.resolve("deploy/job.yaml")));
  }

  /**
   * A commit that changes only the Service: pre-commit passes db.yml alone, and the gated Job
   * beside it, which waits on the Service's port, is checked and rewritten with it.
   */
  @Test
  void aCommitOfOnlyTheServiceUpdatesTheJobThatWaitsForIt() throws Exception {
    preCommit("startgate");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "gated");
    String gated = Files.readString(repo.resolve("deploy/job.yaml"));
    assertTrue(gated.contains("tcp://postgres:5432"), gated);
    Files.writeString(repo.resolve("deploy/db.yml"), SERVICE.replace("5432", "6432"));
    git(repo, "add", "deploy/db.yml");
    Proc.Outcome check =
        Exec.run(repo, env, "pre-commit", "run", "startgate-check", "--color=never");
    assertEquals(1, check.code(), all(check));
    assertTrue(all(check).contains("+++ b/deploy/job.yaml"), all(check));
    assertEquals(
        gated, Files.readString(repo.resolve("deploy/job.yaml")), "--check writes nothing");
    Proc.Outcome rewrite = Exec.run(repo, env, "pre-commit", "run", "startgate", "--color=never");
    assertEquals(1, rewrite.code(), all(rewrite));
    assertTrue(all(rewrite).contains("files were modified by this hook"), all(rewrite));
    assertEquals(
        gated.replace("tcp://postgres:5432", "tcp://postgres:6432"),
        Files.readString(repo.resolve("deploy/job.yaml")));
    git(repo, "add", "-A");
    Proc.Outcome again = Exec.run(repo, env, "pre-commit", "run", "--color=never");
    assertEquals(0, again.code(), all(again));
  }

  /**
   * pre-commit puts a hook's args before the file names: a top-level file named -db.yaml is read as
   * an option unless the args end with --, as the README says to write them.
   */
  @Test
  void aFileNamedLikeAnOptionNeedsArgsEndingWithDoubleDash() throws Exception {
    Files.writeString(repo.resolve("-jobs.yaml"), JOB);
    Files.writeString(repo.resolve("db.yml"), SERVICE); // the Service its target names
    git(repo, "add", "-A");
    Proc.Outcome without = preCommit("startgate");
    assertEquals(1, without.code(), all(without));
    assertTrue(all(without).contains("unknown option: -jobs.yaml"), all(without));
    assertEquals(JOB, Files.readString(repo.resolve("-jobs.yaml")));

    Path config = repo.resolve(".pre-commit-config.yaml");
    Files.writeString(
        config,
        Files.readString(config)
            .replace("  - id: startgate\n", "  - id: startgate\n    args: [--]\n"));
    git(repo, "add", "-A");
    Proc.Outcome with = preCommit("startgate");
    assertEquals(1, with.code(), all(with));
    assertTrue(all(with).contains("[info] rewrote -jobs.yaml"), all(with));
    assertTrue(
        Files.readString(repo.resolve("-jobs.yaml")).contains("- name: startgate-network\n"));
  }

  @Test
  void unparsableFileFailsAndLeavesEveryFileIntact() throws Exception {
    Files.writeString(repo.resolve("deploy/broken.yaml"), "kind: Job\nmetadata: {name: [\n");
    git(repo, "add", "-A");
    Map<Path, byte[]> before = snapshot();
    Proc.Outcome run = preCommit("startgate");
    assertEquals(1, run.code(), all(run));
    assertTrue(all(run).contains("[error] deploy/broken.yaml: input is not valid YAML"), all(run));
    assertTrue(all(run).contains("[info] no file was written"), all(run));
    assertSame(before, snapshot());
  }

  @Test
  void readOnlyFileFailsAndLeavesEveryFileIntact() throws Exception {
    Files.setPosixFilePermissions(
        repo.resolve("deploy/job.yaml"), PosixFilePermissions.fromString("r--r--r--"));
    Map<Path, byte[]> before = snapshot();
    Proc.Outcome run = preCommit("startgate");
    assertEquals(1, run.code(), all(run));
    assertTrue(all(run).contains("deploy/job.yaml: the file is read-only"), all(run));
    assertSame(before, snapshot());
  }

  @Test
  void checkDiffAppliesWithPlainGitApply() throws Exception {
    Files.createDirectories(repo.resolve("deploy/sub"));
    Files.writeString(repo.resolve("deploy/sub/other.yaml"), JOB.replace("migrate", "other"));
    Files.writeString(repo.resolve("deploy/sub/db.yaml"), SERVICE);
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "manifests");
    Proc.Outcome check =
        Exec.run(
            repo,
            env,
            tmp.resolve("bin/startgate").toString(),
            "rewrite",
            "--check",
            "deploy/job.yaml",
            "./deploy/sub/other.yaml");
    assertEquals(1, check.code(), all(check));
    assertTrue(
        check.out().startsWith("--- a/deploy/job.yaml\n+++ b/deploy/job.yaml\n"), check.out());
    assertTrue(
        check.out().contains("\n--- a/deploy/sub/other.yaml\n+++ b/deploy/sub/other.yaml\n"),
        check.out());
    Files.writeString(tmp.resolve("check.diff"), check.out());
    git(repo, "apply", "--check", tmp.resolve("check.diff").toString());
    git(repo, "apply", tmp.resolve("check.diff").toString());
    Proc.Outcome again =
        Exec.run(
            repo,
            env,
            tmp.resolve("bin/startgate").toString(),
            "rewrite",
            "--check",
            "deploy/job.yaml",
            "deploy/sub/other.yaml");
    assertEquals(0, again.code(), "the applied diff is what rewrite writes: " + all(again));
  }

  @Test
  void manyFilesAreOneRunAllOrNothing() throws Exception {
    // More files than pre-commit puts in one batch: without require_serial it runs one startgate
    // per batch at once, and a batch without the bad file writes its files.
    for (int i = 0; i < 12; i++) {
      Files.writeString(
          repo.resolve(String.format("deploy/job-%02d.yaml", i)), job(i, "tcp://db:5432"));
    }
    Files.writeString(
        repo.resolve("deploy/job-05.yaml"),
        job(5, "tcp://db:5432").replace("wait-for:", "timout: 90s\n    startgate.dev/wait-for:"));
    git(repo, "add", "-A");
    Path log = invocations();
    Map<Path, byte[]> before = snapshot();
    Proc.Outcome run = preCommit("startgate");
    assertEquals(1, run.code(), all(run));
    assertTrue(all(run).contains("startgate.dev/timout"), all(run));
    assertTrue(all(run).contains("[info] no file was written"), all(run));
    assertTrue(!all(run).contains("[info] rewrote"), all(run));
    assertSame(before, snapshot());
    assertEquals(1, Files.readAllLines(log).size(), "one startgate for all files: " + all(run));
  }

  @Test
  void cycleSplitAcrossManyFilesIsReported() throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.writeString(
          repo.resolve(String.format("deploy/job-%02d.yaml", i)),
          job(i, String.format("job/job-%02d", (i + 1) % 12)));
    }
    git(repo, "add", "-A");
    Path log = invocations();
    Map<Path, byte[]> before = snapshot();
    for (String hook : new String[] {"startgate-check", "startgate"}) {
      Files.deleteIfExists(log);
      Proc.Outcome run = preCommit(hook);
      assertEquals(1, run.code(), all(run));
      assertTrue(all(run).contains(": dependency cycle: Job job-"), all(run));
      assertTrue(all(run).contains("[info] no file was written"), all(run));
      assertSame(before, snapshot());
      assertEquals(1, Files.readAllLines(log).size(), hook + ": " + all(run));
    }
  }

  private static String job(int i, String target) {
    return String.format(
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: job-%02d
          namespace: shop
          annotations:
            startgate.dev/wait-for: %s
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: main, image: main}]
        """,
        i, target);
  }

  /** Wraps the launcher so each startgate process adds a line to the returned log. */
  private Path invocations() throws IOException {
    Path bin = tmp.resolve("bin");
    Path log = tmp.resolve("invocations.log");
    Files.move(bin.resolve("startgate"), bin.resolve("startgate-real"));
    Files.writeString(
        bin.resolve("startgate"),
        "#!/bin/sh\necho \"$$\" >>'"
            + log
            + "'\nexec '"
            + bin.resolve("startgate-real")
            + "' \"$@\"\n");
    Files.setPosixFilePermissions(
        bin.resolve("startgate"), PosixFilePermissions.fromString("rwxr-xr-x"));
    return log;
  }

  private Proc.Outcome preCommit(String hook) throws Exception {
    return hook == null
        ? Exec.run(repo, env, "pre-commit", "run", "--all-files", "--color=never")
        : Exec.run(repo, env, "pre-commit", "run", hook, "--all-files", "--color=never");
  }

  private Proc.Outcome git(Path dir, String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Proc.Outcome done = Exec.run(dir, env, command);
    assertEquals(0, done.code(), String.join(" ", command) + ": " + all(done));
    return done;
  }

  private Map<Path, byte[]> snapshot() throws IOException {
    Map<Path, byte[]> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(repo)) {
      for (Path p :
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains("/.git/"))
              .sorted()
              .toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static void assertSame(Map<Path, byte[]> before, Map<Path, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((p, bytes) -> assertArrayEquals(bytes, after.get(p), p + " changed"));
  }

  private static String all(Proc.Outcome run) {
    return run.out() + run.err();
  }
}
