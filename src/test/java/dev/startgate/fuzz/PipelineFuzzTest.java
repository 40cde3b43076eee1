package dev.startgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.testing.InProcess;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The whole pipeline, bytes in through {@code Main.run}. Any outcome is fine except: an uncaught
 * throwable or an internal error; an exit code that disagrees with the results; output from a
 * failed stream; a failed ResourceList whose items changed; or a successful output that is not YAML
 * or that a second run would change.
 *
 * <p>{@code mvn verify} replays the saved inputs under {@code
 * src/test/resources/dev/startgate/fuzz/PipelineFuzzTestInputs/pipeline/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see docs/reliability.md).
 */
class PipelineFuzzTest {
  private static final String INTERNAL = "[error] internal error";

  @FuzzTest(maxDuration = "60s")
  void pipeline(byte[] input) {
    // Main.run turns a RuntimeException or StackOverflowError into this line; any other throwable
    // escapes to Jazzer, which reports it.
    InProcess.Run run = InProcess.run(List.of(), input);
    String text = utf8(input);
    boolean echoed = text != null && text.contains(INTERNAL);
    assertFalse(run.err().contains(INTERNAL) && !echoed, run.err());
    if (text == null) {
      assertEquals(1, run.code());
      assertEquals("", run.out());
      return;
    }
    Outcome outcome = new StartGate(YamlLimits.DEFAULT).run(text, null);
    assertEquals(outcome.failed() ? 1 : 0, run.code(), run.err());
    assertEquals(
        outcome.results(),
        new StartGate(YamlLimits.DEFAULT).analyze(text, null).results(),
        "explain must report what the run reports");
    if (outcome.failed() && !outcome.resourceList()) {
      assertEquals("", run.out(), "a failed stream wrote output");
    }
    if (outcome.failed() && outcome.resourceList() && !run.out().isEmpty()) {
      assertEquals(items(text), items(run.out()), "a failed ResourceList changed its items");
    }
    if (!outcome.failed()) {
      assertNotNull(parse(run.out()), "the output is not YAML startgate can read");
      InProcess.Run again = InProcess.run(List.of(), run.out().getBytes(StandardCharsets.UTF_8));
      assertEquals(0, again.code(), again.err());
      assertEquals(run.out(), again.out(), "a second run changed the output");
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static List<YDocument> parse(String text) {
    try {
      return new YamlParser(YamlLimits.DEFAULT).parse(text);
    } catch (YamlInputException e) {
      return null;
    }
  }

  /** The text of the ResourceList's items, exactly as written. */
  private static String items(String text) {
    List<YDocument> docs = parse(text);
    assertNotNull(docs, "a ResourceList that does not parse");
    for (YDocument d : docs) {
      if (d.root() instanceof YMapping m && m.get("items").isPresent()) {
        YNode items = m.get("items").get();
        // A block sequence ends where the next token starts: trailing blanks are not items.
        return text.substring(items.start(), items.end()).stripTrailing();
      }
    }
    return null;
  }
}
