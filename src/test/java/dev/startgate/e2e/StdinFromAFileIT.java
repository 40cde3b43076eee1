package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startgate.testing.Proc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stdin redirected from a file ({@code startgate < jobs.yaml}) is read by the file's name, in one
 * piece: the same output as the same bytes through a pipe, only the part after what the shell read
 * before startgate started, and the same error for bytes that are not UTF-8.
 */
class StdinFromAFileIT {
  private static final String JOB =
      "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n"
          + "    startgate.dev/wait-for: tcp://db:5432\n    note: Gr\u00f6\u00dfe \u2713\n"
          + "spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
          + "      - name: c\n        image: c\n";

  /**
   * Comment lines after the Job that make a file larger than the 1 MiB from which stdin is read by
   * its name (a smaller one is read as a stream, as before).
   */
  private static final String PADDING = ("# " + "x".repeat(78) + "\n").repeat(14_000);

  /** The Job in a file read by its name. */
  private static final String JOBS = JOB + PADDING;

  @TempDir Path tmp;

  @Test
  void aFileOnStdinGivesWhatAPipeOfItGives() throws Exception {
    Path file = Files.writeString(tmp.resolve("jobs.yaml"), "# first\n---\n" + JOBS);
    Proc.Outcome piped = sh("cat \"$1\" | \"$0\"", file);
    Proc.Outcome redirected = sh("exec \"$0\" < \"$1\"", file);
    assertEquals(0, piped.code(), piped.err());
    assertEquals(piped, redirected);
    assertTrue(redirected.out().startsWith("# first\n---\n"), redirected.out());
    assertTrue(redirected.out().contains("startgate-network"), redirected.out());
  }

  @Test
  void whatTheShellReadBeforeIsNotReadAgain() throws Exception {
    // dash's read takes one byte at a time: the file is at the start of the second line.
    Path file = Files.writeString(tmp.resolve("jobs.yaml"), "# not read by startgate\n" + JOBS);
    Proc.Outcome run = sh("{ IFS= read -r first; exec \"$0\"; } < \"$1\"", file);
    assertEquals(0, run.code(), run.err());
    assertFalse(run.out().contains("not read by startgate"), run.out());
    assertTrue(run.out().startsWith("apiVersion: batch/v1\n"), run.out());
  }

  @Test
  void stdinIsLeftAtTheEndAsAReadOfTheStreamLeavesIt() throws Exception {
    Path file = Files.writeString(tmp.resolve("jobs.yaml"), JOBS);
    // What reads stdin after startgate finds nothing left, as after a read of the stream.
    Proc.Outcome after = sh("{ \"$0\" >/dev/null 2>&1; wc -c; } < \"$1\"", file);
    assertEquals("0", after.out().strip(), after.err());
    Proc.Outcome twice = sh("{ \"$0\" | wc -c; \"$0\" | wc -c; } < \"$1\" 2>/dev/null", file);
    assertEquals("0", twice.out().strip().lines().toList().get(1).strip(), twice.out());
  }

  @Test
  void aCommandThatDoesNotReadStdinLeavesItAsItWas() throws Exception {
    Path jobs = Files.writeString(tmp.resolve("jobs.yaml"), JOB);
    Path list = Files.writeString(tmp.resolve("list.txt"), "a\nb\nc\n".repeat(3000));
    // A loop over a list on stdin, as in: while read f; do startgate rewrite "$f"; done < list.
    for (String command : List.of("--version", "explain \"$2\"", "rewrite --check \"$2\"")) {
      Proc.Outcome run =
          sh("{ \"$0\" " + command + " >/dev/null 2>&1; wc -c; } < \"$1\"", list, jobs);
      assertEquals(String.valueOf(Files.size(list)), run.out().strip(), command + ": " + run.err());
    }
  }

  @Test
  void stdinOpenForWritingOnlyIsStillAnError() throws Exception {
    Path file = Files.writeString(tmp.resolve("jobs.yaml"), JOBS);
    Proc.Outcome run = sh("exec \"$0\" 0>>\"$1\"", file);
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("cannot read stdin"), run.err());
    assertEquals("", run.out());
    assertEquals(JOBS, Files.readString(file));
  }

  @Test
  void bytesThatAreNotUtf8AreTheSameErrorAsThroughAPipe() throws Exception {
    byte[] bad = ("# ok\n" + JOBS).getBytes(StandardCharsets.UTF_8);
    bad[("# ok\n" + JOB).getBytes(StandardCharsets.UTF_8).length - 3] = (byte) 0xC3;
    Path file = Files.write(tmp.resolve("bad.yaml"), bad);
    Proc.Outcome piped = sh("cat \"$1\" | \"$0\"", file);
    Proc.Outcome redirected = sh("exec \"$0\" < \"$1\"", file);
    assertEquals(1, redirected.code(), redirected.err());
    assertEquals(piped, redirected);
    assertTrue(redirected.err().contains("not valid UTF-8 at line 15"), redirected.err());
  }

  /**
   * A file the process may not open by its name (the shell opened it as root, startgate runs as
   * nobody: sudo -u) is read from the stream, as before. Runs where the tests run as root.
   */
  @Test
  void aFileOnlyTheShellMayOpenIsReadFromTheStream() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "needs root to change user");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv (util-linux)");
    Path install = tmp.resolve("install");
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("target/lib"));
    Files.copy(Path.of("bin/startgate"), install.resolve("bin/startgate"));
    Files.copy(Path.of("target/startgate.jar"), install.resolve("target/startgate.jar"));
    try (var libs = Files.list(Path.of("target/lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, install.resolve("target/lib").resolve(lib.getFileName()));
      }
    }
    Proc.run(tmp, "chmod", "-R", "a+rX", tmp.toString());
    Path file = Files.writeString(tmp.resolve("secret.yaml"), JOBS);
    Proc.run(tmp, "chmod", "600", file.toString());
    String launcher = install.resolve("bin/startgate").toString();
    Proc.Outcome asNobody =
        Proc.run(
            tmp,
            null,
            60,
            Map.of("STARTGATE_CACHE", "off", "HOME", tmp.toString()),
            List.of(
                "sh",
                "-c",
                "exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$0\" < \"$1\"",
                launcher,
                file.toString()));
    Proc.Outcome piped = sh("cat \"$1\" | \"$0\"", file);
    assertEquals(0, asNobody.code(), asNobody.err());
    assertEquals(piped.out(), asNobody.out());
  }

  /** {@code sh -c script} with the launcher as $0 and {@code files} as $1, $2, ... */
  private Proc.Outcome sh(String script, Path... files) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", "-c", script));
    command.add(Path.of("bin/startgate").toAbsolutePath().toString());
    for (Path f : files) {
      command.add(f.toString());
    }
    return Proc.run(tmp, null, 60, Map.of(), command);
  }
}
