package dev.startgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.startgate.intent.Config;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.TargetParser;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;

/**
 * {@link TargetParser} and {@link IntentReader} on arbitrary annotation values: they never throw,
 * every target is either parsed or rejected with a reason, and an intent exists exactly when no
 * error was found. Saved inputs replay in {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class IntentFuzzTest {
  private static final List<String> KEYS =
      List.of(
          IntentReader.WAIT_FOR,
          IntentReader.TIMEOUT,
          IntentReader.INTERVAL,
          IntentReader.UPTIME,
          IntentReader.RETRY,
          IntentReader.PHASE);

  @FuzzTest(maxDuration = "60s")
  void intents(FuzzedDataProvider data) throws Exception {
    StringBuilder annotations = new StringBuilder();
    for (String key : KEYS) {
      if (data.consumeBoolean()) {
        annotations
            .append("    ")
            .append(key)
            .append(": ")
            .append(BlockWriter.scalar(data.consumeString(300)))
            .append('\n');
      }
    }
    String waitFor = data.consumeRemainingAsString();
    annotations.append("    ").append(IntentReader.WAIT_FOR + "-x: ").append("\"\"\n");
    for (String target : TargetParser.split(waitFor)) {
      TargetParser.Parsed p = new TargetParser().parse(target);
      assertTrue((p.target() == null) != (p.error() == null), target);
    }
    String job =
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n"
            + "    "
            + IntentReader.WAIT_FOR
            + ": "
            + BlockWriter.scalar(waitFor)
            + "\n"
            + annotations.toString().replace(IntentReader.WAIT_FOR + "-x: \"\"\n", "")
            + "spec:\n  template:\n    spec:\n      containers: []\n";
    YMapping root;
    try {
      root = (YMapping) new YamlParser(YamlLimits.DEFAULT).parse(job).get(0).root();
    } catch (dev.startgate.yaml.YamlInputException e) {
      // A key given twice by the loop above is a duplicate key: not what this target tests.
      assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
      return;
    }
    Resource r = Resource.of(root);
    IntentReader.Reading reading = new IntentReader().read(r, Config.DEFAULT);
    boolean errors = reading.results().stream().anyMatch(x -> x.severity() == Severity.ERROR);
    assertEquals(errors, reading.intent() == null, reading.results().toString());
    for (Result x : reading.results()) {
      assertNotNull(x.field(), x.toString());
      assertFalse(x.message().isBlank(), x.toString());
    }
  }
}
