package dev.startgate.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The JDKs installed under /usr/lib/jvm, by the major version in their release files. */
public final class Jdks {
  private Jdks() {}

  /**
   * The {@code bin/java} of the newest JDK under /usr/lib/jvm whose major version is above {@code
   * above}, or null if there is none (Temurin 25 on the build machines).
   */
  public static Path newestAbove(int above) throws IOException {
    Path best = null;
    int bestMajor = above;
    Path jvm = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvm)) {
      try (Stream<Path> homes = Files.list(jvm)) {
        for (Path home : homes.sorted().toList()) {
          int major = major(home.resolve("release"));
          if (major > bestMajor && Files.isExecutable(home.resolve("bin/java"))) {
            best = home.resolve("bin/java");
            bestMajor = major;
          }
        }
      }
    }
    return best;
  }

  /** The major version in a JDK's {@code release} file; 0 if it has none. */
  public static int major(Path release) throws IOException {
    if (!Files.isReadable(release)) {
      return 0;
    }
    for (String line : Files.readAllLines(release)) {
      if (line.startsWith("JAVA_VERSION=\"")) {
        String v = line.substring("JAVA_VERSION=\"".length());
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
          end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
      }
    }
    return 0;
  }
}
