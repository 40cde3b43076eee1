package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading stops at the limit whatever the stream says it holds; decoding takes the fast lenient
 * path only when it cannot hide a malformed byte.
 */
class BoundedInputTest {
  @Test
  void validTextDecodesAsItIsEvenWithAReplacementCharacter() throws Exception {
    String text = "a: \uFFFD and 😀 and é\n";
    assertEquals(text, BoundedInput.decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void malformedUtf8IsAnErrorNotAReplacementCharacter() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xC3, '\n'};
    assertThrows(CharacterCodingException.class, () -> BoundedInput.decode(bytes));
    byte[] overlong = {'a', (byte) 0xC0, (byte) 0xAF};
    assertThrows(CharacterCodingException.class, () -> BoundedInput.decode(overlong));
  }

  @Test
  void whatIsReadIsTheStreamWhateverItSaysIsLeft() throws Exception {
    byte[] data = "kind: Job\n".repeat(50).getBytes(StandardCharsets.US_ASCII);
    // A regular file says all of it; a pipe what it has buffered; a shrunk file more than it has.
    for (int says : new int[] {0, 1, 64, data.length - 1, data.length, data.length + 7}) {
      byte[] read = BoundedInput.readAtMost(new Saying(data, says), 1000);
      assertArrayEquals(data, read, "available() " + says);
    }
  }

  @Test
  void theLimitHoldsWhateverTheStreamSaysIsLeft() throws Exception {
    byte[] data = new byte[100];
    for (int says : new int[] {0, 10, 99, 100, 101}) {
      assertArrayEquals(data, BoundedInput.readAtMost(new Saying(data, says), 100), "at the limit");
      assertThrows(
          BoundedInput.TooLarge.class,
          () -> BoundedInput.readAtMost(new Saying(data, says), 99),
          "over the limit, available() " + says);
    }
  }

  @Test
  void aFileIsReadWhole(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("in.yaml");
    String text = "apiVersion: v1\nkind: ConfigMap\n".repeat(3000);
    Files.writeString(file, text);
    assertEquals(text, BoundedInput.readFile(file));
  }

  @Test
  void aLargeFileIsReadByNameWithTheSameTextAndErrors(@TempDir Path dir) throws Exception {
    // Over 1 MiB: read with Files.readString, not decoded from a stream.
    String text = "note: Gr\u00f6\u00dfe \u2713 \ud83d\ude80\n".repeat(60_000);
    Path file = Files.writeString(dir.resolve("large.yaml"), text);
    assertEquals(text, BoundedInput.readFile(file));
    byte[] bad = text.getBytes(StandardCharsets.UTF_8);
    bad[bad.length / 2] = (byte) 0xFF;
    Files.write(file, bad);
    CharacterCodingException e =
        assertThrows(CharacterCodingException.class, () -> BoundedInput.readFile(file));
    CharacterCodingException decoded =
        assertThrows(CharacterCodingException.class, () -> BoundedInput.decode(bad));
    assertTrue(BoundedInput.where(e).startsWith(" at line 30001 "), BoundedInput.where(e));
    assertEquals(BoundedInput.where(decoded), BoundedInput.where(e));
  }

  /** A stream of {@code data} whose available() says {@code says} before the first read. */
  private static final class Saying extends ByteArrayInputStream {
    private int says;

    Saying(byte[] data, int says) {
      super(data);
      this.says = says;
    }

    @Override
    public synchronized int available() {
      int n = says;
      says = Math.min(says, super.available());
      return n;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      says = 0;
      return super.read(b, off, len);
    }
  }
}
