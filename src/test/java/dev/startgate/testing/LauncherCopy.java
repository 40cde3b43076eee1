package dev.startgate.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the launcher, the jar and its libraries, for tests that change or move them. */
public final class LauncherCopy {
  private LauncherCopy() {}

  /**
   * Copies {@code bin/startgate}, {@code target/startgate.jar} and {@code target/lib} to {@code
   * root}.
   */
  public static Path at(Path root) throws IOException {
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("target/lib"));
    Files.copy(Path.of("bin/startgate"), root.resolve("bin/startgate"));
    root.resolve("bin/startgate").toFile().setExecutable(true);
    Files.copy(Path.of("target/startgate.jar"), root.resolve("target/startgate.jar"));
    try (Stream<Path> libs = Files.list(Path.of("target/lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, root.resolve("target/lib").resolve(lib.getFileName()));
      }
    }
    return root;
  }
}
