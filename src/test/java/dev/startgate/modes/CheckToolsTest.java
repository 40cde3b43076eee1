package dev.startgate.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .ci/check-tools}, which the build runs before the integration tests: one line naming every
 * missing program the tests run, before minutes of other tests.
 */
class CheckToolsTest {
  static final Path SCRIPT = Path.of(".ci/check-tools").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void oneLineNamesWhatIsMissing() throws Exception {
    // A PATH with only what the script itself uses, and a stand-in kpt (the unit run needs no
    // real one): busybox, curl, git and the rest are missing.
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    for (String tool : List.of("sh", "sed")) {
      String found = Proc.run(tmp, "sh", "-c", "command -v " + tool).out().strip();
      Files.createSymbolicLink(bin.resolve(tool), Path.of(found));
    }
    Path kpt = Files.writeString(bin.resolve("kpt"), "#!/bin/sh\nexit 0\n");
    assertTrue(kpt.toFile().setExecutable(true));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", bin.toString());
    env.put("CI", "false");
    Proc.Outcome run =
        Proc.run(tmp, null, 30, env, List.of(bin.resolve("sh").toString(), SCRIPT.toString()));
    assertEquals(1, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err().startsWith("startgate tests: missing: busybox curl git diff patch"), run.err());
    assertTrue(run.err().contains("(optional, skipped: pre-commit dockerfile-utils)"), run.err());

    env.put("CI", "true");
    Proc.Outcome ci =
        Proc.run(tmp, null, 30, env, List.of(bin.resolve("sh").toString(), SCRIPT.toString()));
    assertTrue(ci.err().contains(" pre-commit dockerfile-utils;"), "required in CI: " + ci.err());
  }

  @Test
  void everyProgramATestRequiresIsChecked() throws IOException {
    String script = Files.readString(SCRIPT);
    Pattern require = Pattern.compile("Exec\\.require\\(\"([^\"]+)\"\\)");
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = require.matcher(Files.readString(f));
        while (m.find()) {
          assertTrue(
              script.matches(
                  "(?s).*\n(required|optional)=\"[^\"]*\\b" + Pattern.quote(m.group(1)) + "\\b.*"),
              f + " requires " + m.group(1) + ", which .ci/check-tools does not check");
        }
      }
    }
  }

  /**
   * {@code mvn test} is the fast unit run: every test class that starts a program (busybox, curl,
   * kubectl, kpt, pre-commit, a child JVM) is left out of Surefire in pom.xml and run by Failsafe.
   * This class only runs {@code sh}.
   */
  @Test
  void testsThatStartProgramsRunInFailsafe() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher excluded =
        Pattern.compile("<exclude>dev/startgate/([^<]+)\\.java</exclude>").matcher(pom);
    java.util.Set<String> surefireSkips = new java.util.HashSet<>();
    while (excluded.find()) {
      surefireSkips.add(excluded.group(1));
    }
    Pattern starts =
        Pattern.compile(
            "\\b(ProcessBuilder|Proc\\.run|Exec\\.|GateRunner|GateHarness|HelmCharts\\.render)\\b");
    Path root = Path.of("src/test/java/dev/startgate");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith("Test.java")).toList()) {
        String name = root.relativize(f).toString().replace(".java", "");
        if (name.equals("modes/CheckToolsTest") || surefireSkips.contains(name)) {
          continue;
        }
        assertTrue(
            !starts.matcher(Files.readString(f)).find(),
            f + " starts programs: leave it out of Surefire in pom.xml (it runs in Failsafe)");
      }
    }
    for (String skipped : surefireSkips) {
      String pattern = "<include>dev/startgate/" + skipped + ".java</include>";
      assertTrue(
          pom.contains(pattern) || skipped.equals("fuzz/*"),
          skipped + " is left out of Surefire but Failsafe does not run it");
    }
  }
}
