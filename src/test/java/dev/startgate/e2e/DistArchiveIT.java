package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install archive {@code mvn package} makes (target/startgate-VERSION.tar.gz, README
 * "Install"): unpacked anywhere and linked from a folder on PATH, it runs from any folder with the
 * golden output, three times (the later runs with the class-data archive the first one made).
 */
class DistArchiveIT {
  private static final Path CASE = Path.of("testdata/krm-kpt-items");

  @TempDir Path tmp;

  @Test
  void unpackedAnywhereAndLinkedOnPathItRuns() throws Exception {
    String version = version();
    Path archive = Path.of("target/startgate-" + version + ".tar.gz").toAbsolutePath();
    assertTrue(Files.isRegularFile(archive), archive + ": run mvn package");
    Path opt = Files.createDirectories(tmp.resolve("opt"));
    Proc.Outcome list =
        Proc.run(opt, null, 60, Map.of(), List.of("tar", "-tzf", archive.toString()));
    assertEquals(0, list.code(), list.err());
    assertTrue(list.out().contains("startgate-" + version + "/bin/startgate\n"), list.out());
    Proc.Outcome untar =
        Proc.run(opt, null, 60, Map.of(), List.of("tar", "-xzf", archive.toString()));
    assertEquals(0, untar.code(), untar.err());
    Path home = opt.resolve("startgate-" + version);
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("startgate"), home.resolve("bin/startgate"));

    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("home/.cache").toString());
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    String input = Files.readString(CASE.resolve("input.yaml"));
    List<String> archives = List.of();
    for (int run = 1; run <= 3; run++) {
      Proc.Outcome out = Proc.run(elsewhere, input, 120, env, List.of("sh", "-c", "startgate"));
      assertEquals(0, out.code(), out.err());
      assertEquals(Files.readString(CASE.resolve("expected.yaml")), out.out(), "run " + run);
      assertEquals("", out.err(), "run " + run);
      // The archive the first run made is used by the next ones, not made again: tar gives the
      // folders it makes (it holds no entries of them) the time of unpacking, after the jars'.
      List<String> now = archives(home.resolve("target/aot"));
      assertEquals(1, now.size(), now.toString());
      if (run > 1) {
        assertEquals(archives, now, "run " + run + " made the archive again");
      }
      archives = now;
    }
    Proc.Outcome v = Proc.run(elsewhere, null, 60, env, List.of("sh", "-c", "startgate --version"));
    assertTrue(v.out().contains(version), v.out() + v.err());
  }

  /** The archives in {@code dir}, each with its file key and modification time. */
  private static List<String> archives(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files
          .filter(f -> !f.getFileName().toString().endsWith(".lock"))
          .map(
              f -> {
                try {
                  var a =
                      Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                  return f.getFileName() + " " + a.fileKey() + " " + a.lastModifiedTime();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .sorted()
          .toList();
    }
  }

  private static String version() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    int at = pom.indexOf("<version>", pom.indexOf("<artifactId>startgate</artifactId>"));
    return pom.substring(at + "<version>".length(), pom.indexOf("</version>", at));
  }
}
