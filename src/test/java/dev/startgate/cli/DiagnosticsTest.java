package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stderr has one format in every mode (the default mode, {@code rewrite}, {@code explain}): each
 * line starts with {@code [error] }, {@code [warning] } or {@code [info] }, then the file when
 * there is one. Only usage errors that picocli finds keep picocli's two lines.
 */
class DiagnosticsTest {
  private static final Pattern LINE = Pattern.compile("\\[(error|warning|info)\\] \\S.*");

  @Test
  void everyModePrintsOneFormat(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"), CliTest.JOB);
    Path bad = Files.writeString(dir.resolve("bad.yaml"), CliTest.JOB.replace("5432", "0"));
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "a: [\n");
    Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xe9});
    String missing = dir.resolve("nope.yaml").toString();
    String folder = dir.toString();
    List<String[]> cases = new ArrayList<>();
    for (String[] mode :
        new String[][] {{}, {"rewrite", job.toString()}, {"explain", job.toString()}}) {
      cases.add(with(mode, "--config", missing));
      cases.add(with(mode, "--config", folder));
      cases.add(with(mode, "--config", latin1.toString()));
      cases.add(with(mode, "--namespace", "Shop_1"));
    }
    cases.add(new String[] {"rewrite", missing});
    cases.add(new String[] {"rewrite", "-"});
    cases.add(new String[] {"rewrite", bad.toString(), broken.toString()});
    cases.add(new String[] {"rewrite", latin1.toString()});
    cases.add(new String[] {"rewrite", "--check", job.toString()});
    cases.add(new String[] {"explain", missing});
    cases.add(new String[] {"explain", bad.toString(), broken.toString(), latin1.toString()});
    cases.add(new String[] {"explain", latin1.toString()});
    for (String[] args : cases) {
      CliRun run = CliRun.withStdin(CliTest.JOB.replace("5432", "0"), args);
      String what = String.join(" ", args) + ":\n" + run.err();
      assertFalse(run.err().isEmpty(), what);
      for (String line : run.err().lines().toList()) {
        assertTrue(LINE.matcher(line).matches(), what);
      }
    }
    CliRun stdin = CliRun.withStdin(CliTest.JOB.replace("5432", "0"));
    assertTrue(LINE.matcher(stdin.err().strip()).matches(), stdin.err());
    CliRun rewrite = CliRun.of("rewrite", job.toString());
    assertEquals("[info] rewrote " + job + "\n", rewrite.err());
  }

  @Test
  void aResultOfAFileNamesTheFileAfterTheSeverity(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), CliTest.JOB.replace("5432", "0"));
    String expected =
        "[error] " + bad + ": batch/v1/Job/migrate metadata.annotations.startgate.dev/wait-for: ";
    for (String mode : List.of("rewrite", "explain")) {
      CliRun run = CliRun.of(mode, bad.toString());
      assertEquals(1, run.code());
      assertTrue(run.err().startsWith(expected), mode + ": " + run.err());
    }
    CliRun stdin = CliRun.withStdin(Files.readString(bad, StandardCharsets.UTF_8), "explain", "-");
    assertTrue(
        stdin.err().startsWith("[error] batch/v1/Job/migrate metadata.annotations"), stdin.err());
  }

  private static String[] with(String[] mode, String... options) {
    List<String> args = new ArrayList<>();
    if (mode.length > 0) {
      args.add(mode[0]);
    }
    args.addAll(List.of(options));
    if (mode.length > 1) {
      args.add(mode[1]);
    }
    return args.toArray(String[]::new);
  }
}
