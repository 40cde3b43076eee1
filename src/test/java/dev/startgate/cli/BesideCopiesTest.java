package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rewrite writes a workload's generated objects into its own file: a copy of them in a file beside
 * it (moved there by hand) is a warning, as the folder would hold two; a user's object of the same
 * identity there is an error, as one in the file itself is.
 */
class BesideCopiesTest {
  static final String JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: smoke
        namespace: shop
        annotations:
          startgate.dev/wait-for: deployment/api
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: smoke
              image: smoke:1
      """;

  @TempDir Path dir;

  @Test
  void generatedObjectsMovedBesideAreSaidToBeTwice() throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"), JOB);
    assertEquals(0, CliRun.of("rewrite", job.toString()).code());
    String[] docs = Files.readString(job).split("\n---\n", 2);
    Files.writeString(job, docs[0] + "\n");
    Files.writeString(dir.resolve("rbac.yaml"), docs[1]);
    CliRun check = CliRun.of("rewrite", "--check", job.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(
        check
            .err()
            .contains(
                "[warning] "
                    + job
                    + ": batch/v1/Job/shop/smoke metadata.name: "
                    + dir.resolve("rbac.yaml")
                    + " beside this file holds startgate's ServiceAccount shop/smoke-startgate,"
                    + " Role shop/smoke-startgate, RoleBinding shop/smoke-startgate too, which this"
                    + " run writes into this file: the folder would hold two of each;"),
        check.err());
    // explain says so too, and not of the files it is given, which it joins.
    CliRun explain = CliRun.of("explain", job.toString());
    assertTrue(
        explain.out().contains(dir.resolve("rbac.yaml") + " beside this file"), explain.out());
    Path other = Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
    CliRun given = CliRun.of("explain", job.toString(), other.toString());
    assertTrue(given.out().contains(dir.resolve("rbac.yaml") + " beside this file"), given.out());
    assertTrue(!given.out().contains(job + " beside this file"), given.out());
    // Written, the copies are still two: said on every run, not on the first only.
    Path rbac = dir.resolve("rbac.yaml");
    String moved = Files.readString(rbac);
    assertEquals(0, CliRun.of("rewrite", job.toString()).code());
    CliRun again = CliRun.of("rewrite", "--check", job.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains(rbac + " beside this file holds"), again.err());
    Files.writeString(job, docs[0] + "\n");
    Files.writeString(rbac, "# RBAC for smoke\n---\n" + moved);
    // Both files given: the objects go back into the workload's file, and nothing is said. The
    // file they leave is kept with its comment (a kustomization.yaml may list it), not deleted.
    CliRun both = CliRun.of("rewrite", job.toString(), dir.resolve("rbac.yaml").toString());
    assertEquals(0, both.code(), both.err());
    assertTrue(!both.err().contains("beside this file"), both.err());
    assertTrue(Files.readString(job).contains("kind: RoleBinding"));
    assertEquals("# RBAC for smoke\n", Files.readString(rbac));
    assertEquals(0, CliRun.of("rewrite", "--check", job.toString()).code());
  }

  @Test
  void startgatesAccountInAFileOfItsOwnGoesBackIntoTheWorkloadsFile() throws IOException {
    // Review CP: the account in one file and its RoleBinding in the workload's read as the user's
    // account, and the run removed startgate's ServiceAccount from the folder.
    Path job = Files.writeString(dir.resolve("job.yaml"), JOB);
    assertEquals(0, CliRun.of("rewrite", job.toString()).code());
    String[] docs = Files.readString(job).split("\n---\n");
    assertTrue(docs[1].contains("kind: ServiceAccount"), docs[1]);
    Files.writeString(job, docs[0] + "\n---\n" + docs[2] + "\n---\n" + docs[3]);
    Path account = Files.writeString(dir.resolve("account.yaml"), docs[1] + "\n");
    CliRun both = CliRun.of("rewrite", job.toString(), account.toString());
    assertEquals(0, both.code(), both.err());
    assertTrue(!both.err().contains("the pod's own ServiceAccount"), both.err());
    assertTrue(Files.readString(job).contains("kind: ServiceAccount"), Files.readString(job));
    assertTrue(Files.readString(job).contains("serviceAccountName: smoke-startgate"));
  }

  @Test
  void usersAccountNamedLikeStartgatesStaysTheUsersWithItsBindingBeside() throws IOException {
    // Review CP: the pod names the user's smoke-startgate (not in the folder); startgate's Role and
    // RoleBinding for it, moved to a file of their own, must not make it read as startgate's.
    Path job =
        Files.writeString(
            dir.resolve("job.yaml"),
            JOB.replace(
                "restartPolicy: Never",
                "serviceAccountName: smoke-startgate\n      restartPolicy: Never"));
    assertEquals(0, CliRun.of("rewrite", job.toString()).code());
    String[] docs = Files.readString(job).split("\n---\n", 2);
    assertTrue(!docs[1].contains("\nkind: ServiceAccount"), docs[1]);
    Files.writeString(job, docs[0] + "\n");
    Path rbac = Files.writeString(dir.resolve("rbac.yaml"), docs[1]);
    for (CliRun run :
        new CliRun[] {
          CliRun.of("rewrite", job.toString(), rbac.toString()),
          CliRun.of("rewrite", job.toString())
        }) {
      assertEquals(0, run.code(), run.err());
      assertTrue(run.err().contains("the pod's own ServiceAccount \"smoke-startgate\""), run.err());
      assertTrue(!Files.readString(job).contains("\nkind: ServiceAccount"), Files.readString(job));
      assertTrue(
          !Files.readString(rbac).contains("\nkind: ServiceAccount"), Files.readString(rbac));
    }
  }

  @Test
  void aUsersObjectBesideClashes() throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"), JOB);
    Files.writeString(
        dir.resolve("accounts.yaml"),
        "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: smoke-startgate, namespace: shop}\n");
    CliRun run = CliRun.of("rewrite", job.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                "metadata.name: startgate needs to generate ServiceAccount shop/smoke-startgate,"
                    + " but "
                    + dir.resolve("accounts.yaml")
                    + " in this folder already has one that startgate did not generate; rename"
                    + " yours, or set rbac: none and grant the rights yourself"),
        run.err());
    assertEquals(JOB, Files.readString(job));
    // Given too, the user's object is still the user's: the same error.
    CliRun both = CliRun.of("rewrite", job.toString(), dir.resolve("accounts.yaml").toString());
    assertEquals(1, both.code(), both.err());
    assertTrue(both.err().contains("that startgate did not generate"), both.err());
    assertEquals(JOB, Files.readString(job));
  }
}
