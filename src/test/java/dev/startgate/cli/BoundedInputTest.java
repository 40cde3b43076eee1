package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding takes the fast lenient path only when it cannot hide a malformed byte. */
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
}
