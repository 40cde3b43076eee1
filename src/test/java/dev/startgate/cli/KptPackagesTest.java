package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rewrite leaves the files of a kpt package (a Kptfile in their folder or one above it, up to the
 * repository's root) to kpt fn render, which writes generated objects to files of their own: the
 * two would undo each other on every run.
 */
class KptPackagesTest {
  @TempDir Path dir;

  @Test
  void aKptPackagesFilesAreLeftToKptWithAWarning() throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("repo/deploy"));
    Files.createDirectories(dir.resolve("repo/.git"));
    Files.writeString(pkg.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\n");
    Path sub = Files.createDirectories(pkg.resolve("jobs"));
    Path inPackage = Files.writeString(sub.resolve("job.yaml"), Manifests.MIGRATE_JOB);
    Path plain = Files.createDirectories(dir.resolve("repo/plain"));
    Path outside = Files.writeString(plain.resolve("job.yaml"), Manifests.MIGRATE_JOB);
    Files.writeString(plain.resolve("db.yaml"), Manifests.POSTGRES_SERVICE);

    CliRun check = CliRun.of("rewrite", "--check", inPackage.toString());
    assertEquals(0, check.code(), check.err());
    assertEquals("", check.out());
    assertEquals(
        "[warning] "
            + inPackage
            + ": left as it is: it is in the kpt package "
            + pkg
            + " (a Kptfile), where kpt writes startgate's generated objects to files of their own;"
            + " render it with kpt fn render "
            + pkg
            + "\n",
        check.err());

    // Several files of one package: one line.
    Path other = Files.writeString(sub.resolve("db.yaml"), Manifests.POSTGRES_SERVICE);
    CliRun two = CliRun.of("rewrite", "--check", inPackage.toString(), other.toString());
    assertEquals(0, two.code(), two.err());
    assertEquals(
        "[warning] 2 files left as they are ("
            + inPackage
            + ", "
            + other
            + "): they are in the kpt package "
            + pkg
            + " (a Kptfile), where kpt writes startgate's generated objects to files of their own;"
            + " render it with kpt fn render "
            + pkg
            + "\n",
        two.err());

    CliRun run = CliRun.of("rewrite", inPackage.toString(), outside.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(Manifests.MIGRATE_JOB, Files.readString(inPackage));
    assertTrue(Files.readString(outside).contains("- name: startgate-network\n"));
    assertTrue(run.err().endsWith("[info] rewrote " + outside + "\n"), run.err());
  }

  /** explain of a kpt package's file: the objects kpt wrote beside it are no copies to warn of. */
  @Test
  void explainTakesKptsFilesOfGeneratedObjectsAsKpts() throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Path plain = Files.createDirectories(dir.resolve("plain"));
    String job = Manifests.MIGRATE_JOB.replace("service/postgres", "deployment/api");
    Files.writeString(plain.resolve("job.yaml"), job);
    CliRun first = CliRun.of("rewrite", "--namespace=shop", plain.resolve("job.yaml").toString());
    assertEquals(0, first.code(), first.err());
    String[] docs = Files.readString(plain.resolve("job.yaml")).split("\n---\n", 2);
    for (Path d : List.of(pkg, plain)) {
      Files.writeString(d.resolve("job.yaml"), docs[0] + "\n");
      Files.writeString(d.resolve("job-migrate.startgate.yaml"), docs[1]);
    }
    Files.writeString(pkg.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\n");
    CliRun inPackage = CliRun.of("explain", "--namespace=shop", pkg.resolve("job.yaml").toString());
    assertFalse(inPackage.out().contains("beside this file"), inPackage.out());
    CliRun outside = CliRun.of("explain", "--namespace=shop", plain.resolve("job.yaml").toString());
    assertTrue(outside.out().contains("beside this file"), outside.out());
  }

  /**
   * Nested packages: the outermost, which kpt fn render renders with its subpackages; a symlink
   * into a package is the package's file, however it is named.
   */
  @Test
  void theOutermostPackageAndSymlinksIntoOne() throws IOException {
    Path outer = Files.createDirectories(dir.resolve("repo/apps"));
    Files.createDirectories(dir.resolve("repo/.git"));
    Path inner = Files.createDirectories(outer.resolve("sub"));
    Files.writeString(outer.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\n");
    Files.writeString(inner.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\n");
    Path job = Files.writeString(inner.resolve("job.yaml"), Manifests.MIGRATE_JOB);
    assertEquals(outer, KptPackages.packageOf(job));
    Path other = Files.createDirectories(dir.resolve("repo/other"));
    Path link = Files.createSymbolicLink(other.resolve("job.yaml"), job);
    assertEquals(outer, KptPackages.packageOf(link));
    Path linkedFolder = Files.createSymbolicLink(dir.resolve("repo/linked"), inner);
    assertEquals(outer, KptPackages.packageOf(linkedFolder.resolve("job.yaml")));
    CliRun run = CliRun.of("rewrite", link.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(Manifests.MIGRATE_JOB, Files.readString(job));
    assertTrue(run.err().contains("render it with kpt fn render " + outer), run.err());
  }

  @Test
  void aKptfileAboveTheRepositoryIsNotItsPackage() throws IOException {
    Files.writeString(dir.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\n");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path job = Files.writeString(repo.resolve("job.yaml"), Manifests.MIGRATE_JOB);
    Files.writeString(repo.resolve("db.yaml"), Manifests.POSTGRES_SERVICE);
    assertEquals(null, KptPackages.packageOf(job));
    assertEquals(dir.toAbsolutePath(), KptPackages.packageOf(dir.resolve("job.yaml")));
    CliRun run = CliRun.of("rewrite", job.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("[info] rewrote " + job + "\n", run.err());
  }
}
