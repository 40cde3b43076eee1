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
 * {@code .ci/check-tools}, which the build runs first: one line naming every missing program the
 * tests run, before minutes of other tests.
 */
class CheckToolsTest {
  static final Path SCRIPT = Path.of(".ci/check-tools").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void oneLineNamesWhatIsMissing() throws Exception {
    // A PATH with only what the script itself uses, and kpt: busybox, curl, git and the rest
    // are missing.
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    for (String tool : List.of("sh", "sed", "kpt")) {
      String found = Proc.run(tmp, "sh", "-c", "command -v " + tool).out().strip();
      Files.createSymbolicLink(bin.resolve(tool), Path.of(found));
    }
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
}
