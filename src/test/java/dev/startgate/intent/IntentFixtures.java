package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;

/** Resources and the default config for the intent tests, from YAML text. */
final class IntentFixtures {
  private IntentFixtures() {}

  /** The first document of {@code yaml} as a resource. */
  static Resource resource(String yaml) {
    try {
      return Resource.of((YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root());
    } catch (YamlInputException e) {
      throw new AssertionError(e);
    }
  }

  /** A StartGate config with every default. */
  static Config defaults() {
    return new ConfigReader()
        .read(
            resource(
                "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: c}\n"))
        .config();
  }
}
