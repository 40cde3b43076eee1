package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.testing.InProcess;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case with CRLF line breaks (a file saved on Windows): the same results and exit
 * code, and the expected output with a CR before every LF. The parser reads such a text through its
 * LF twin ({@code yaml/LineFeeds}); this holds the offsets it maps back to the text, which every
 * edit is spliced at.
 */
class CrlfGoldenTest {
  @TestFactory
  Stream<DynamicTest> everyCaseInCrlf() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(GoldenTest.ROOT)) {
      dirs.filter(d -> Files.exists(d.resolve("input.yaml"))).sorted().forEach(cases::add);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : cases) {
      String input = utf8(Files.readAllBytes(dir.resolve("input.yaml")));
      if (input != null && input.indexOf('\r') < 0) {
        tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir, input)));
      }
    }
    return tests.stream();
  }

  private static void check(Path dir, String input) throws IOException {
    List<String> args = GoldenTest.args(dir);
    InProcess.Run lf = InProcess.run(args, input.getBytes(StandardCharsets.UTF_8));
    InProcess.Run crlf =
        InProcess.run(args, input.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(lf.out().replace("\n", "\r\n"), crlf.out(), dir + ": stdout");
    assertEquals(lf.err(), crlf.err(), dir + ": stderr");
    assertEquals(lf.code(), crlf.code(), dir + ": exit code");
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null; // a case of input that is not UTF-8
    }
  }
}
