package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file named on the command line that the user cannot read is a usage error (exit 2), whichever
 * option names it: a {@code --config} file already was, an input file of {@code rewrite} or {@code
 * explain} was exit 1. Run as an unprivileged user ({@code setpriv}), since root reads any file.
 */
class UnreadableFilesIT {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(
      strings = {"rewrite FILE", "explain FILE", "rewrite --config FILE OK", "--config FILE"})
  void aFileTheUserCannotReadIsAUsageError(String args) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is missing");
    assumeTrue(
        "root".equals(System.getProperty("user.name")), "setpriv needs root to switch users");
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jar = Files.copy(Path.of("target/startgate.jar"), tmp.resolve("startgate.jar"));
    Files.createDirectory(tmp.resolve("lib"));
    try (var libs = Files.list(Path.of("target/lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, tmp.resolve("lib").resolve(lib.getFileName()));
      }
    }
    Path ok = Files.copy(Path.of("testdata/changed-intent/input.yaml"), tmp.resolve("ok.yaml"));
    Files.setPosixFilePermissions(ok, PosixFilePermissions.fromString("rw-rw-rw-"));
    Path secret = Files.writeString(tmp.resolve("secret.yaml"), "kind: StartGate\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    for (String a : args.split(" ")) {
      command.add(a.equals("FILE") ? secret.toString() : a.equals("OK") ? ok.toString() : a);
    }
    Proc.Outcome run = Proc.run(tmp, "", 120, Map.of("HOME", tmp.toString()), command);
    assertEquals(2, run.code(), run.toString());
    assertEquals("", run.out(), run.toString());
    assertTrue(
        run.err().contains(secret + ": permission denied")
            || run.err().contains(secret + ": cannot read: permission denied"),
        run.err());
  }
}
