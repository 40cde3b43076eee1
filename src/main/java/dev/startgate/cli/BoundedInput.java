package dev.startgate.cli;

import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way every mode reads its input, stdin, files and {@code --config} alike: never more than
 * {@link #LIMIT} bytes into memory, and strict UTF-8.
 */
final class BoundedInput {
  private BoundedInput() {}

  /** The most any one input may hold. */
  static final int LIMIT = YamlLimits.DEFAULT.maxInputChars();

  /** The text of {@code file}, bounded. */
  static String readFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return decode(readAtMost(in, LIMIT));
    }
  }

  /** The text of {@code in}, bounded. */
  static String read(InputStream in) throws IOException {
    return decode(readAtMost(in, LIMIT));
  }

  /** Reads all of {@code in}, but never more than {@code limit} bytes into memory. */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit);
    if (bytes.length == limit && in.read() >= 0) {
      throw new TooLarge(limit);
    }
    return bytes;
  }

  static String mib(int bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }

  /** More input than the limit allows. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final int limit;

    TooLarge(int limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }
  }

  static String decode(byte[] bytes) throws CharacterCodingException {
    // The lenient decoder writes straight into the string (one byte per char for ASCII); the
    // strict one below goes through a char buffer twice the input's size. Lenient decoding marks
    // a malformed sequence with U+FFFD, so text without one was valid UTF-8.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
