package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.startgate.testing.InProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases under {@code testdata/}: one folder per case with {@code input.yaml}, optionally
 * {@code config.yaml} (passed as {@code --config}), {@code args.txt} (one argument per line), the
 * expected stdout in {@code expected.yaml} (absent: no output), and the expected stderr in {@code
 * stderr.txt} (absent: none). The exit code is 1 exactly when stderr or stdout carries an error
 * result. Every case whose run succeeds is run again on its own output, which must come back
 * byte-identical.
 *
 * <p>{@code mvn test -Dstartgate.update=true} rewrites the expected files and then fails, so an
 * update run never passes: read the diff, then run again.
 */
class GoldenTest {
  static final Path ROOT = Path.of("testdata");
  private static final boolean UPDATE = Boolean.getBoolean("startgate.update");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      dirs.filter(d -> Files.exists(d.resolve("input.yaml"))).sorted().forEach(cases::add);
    }
    assertFalse(cases.isEmpty(), "no golden case found under " + ROOT.toAbsolutePath());
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path dir) throws IOException {
    byte[] input = Files.readAllBytes(dir.resolve("input.yaml"));
    List<String> args = args(dir);
    InProcess.Run first = InProcess.run(args, input);
    Path expectedOut = dir.resolve("expected.yaml");
    Path expectedErr = dir.resolve("stderr.txt");
    if (UPDATE) {
      write(expectedOut, first.out());
      write(expectedErr, first.err());
      fail("updated " + dir + "; read the diff, then run again without -Dstartgate.update");
    }
    assertEquals(read(expectedOut), first.out(), dir + ": stdout");
    assertEquals(read(expectedErr), first.err(), dir + ": stderr");
    boolean error = first.out().contains("severity: error") || first.err().contains("[error]");
    assertEquals(error ? 1 : 0, first.code(), dir + ": exit code");
    if (first.code() == 0 && !first.out().isEmpty()) {
      InProcess.Run second = InProcess.run(args, first.out().getBytes(StandardCharsets.UTF_8));
      assertEquals(first.out(), second.out(), dir + ": a second run must change nothing");
      assertEquals(0, second.code(), dir + ": second run exit code");
      // A result about what the input lacks from an earlier run (startgate's account left out by
      // kpt selectors) is gone once the run wrote it: such a case says what its second run reports.
      Path secondErr = dir.resolve("stderr-second-run.txt");
      assertEquals(
          Files.exists(secondErr) ? read(secondErr) : first.err(),
          second.err(),
          dir + ": a second run must report what the first did");
    }
  }

  static List<String> args(Path dir) throws IOException {
    List<String> args = new ArrayList<>();
    Path file = dir.resolve("args.txt");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          args.add(line.strip().replace("${case}", dir.toString()));
        }
      }
    }
    if (Files.exists(dir.resolve("config.yaml"))) {
      args.add("--config");
      args.add(dir.resolve("config.yaml").toString());
    }
    return args;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static void write(Path file, String text) throws IOException {
    if (text.isEmpty()) {
      Files.deleteIfExists(file);
    } else {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }
}
