package dev.startgate.function;

import dev.startgate.intent.Config;
import dev.startgate.intent.CrdFacts;
import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.model.Resource;
import dev.startgate.render.GeneratedObjects;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intents of the context's workloads (the files beside the input), each read once for a config
 * and the CRDs it is read with: {@code rewrite} and {@code explain} plan every file of a folder
 * with the others as context, and reading every context intent again for each file made a folder of
 * 500 files take minutes. One per {@link StartGate}; its runs are one at a time.
 */
final class ContextIntents {
  private final Map<Resource, Optional<Intent>> known = new IdentityHashMap<>();
  private Config config;
  private List<CrdFacts> crds;

  /**
   * The intents of the workloads in {@code beside} under {@code config}; their problems are not
   * ours.
   */
  List<Intent> of(Config config, List<CrdFacts> crds, List<Resource> beside) {
    if (!config.equals(this.config) || !crds.equals(this.crds)) {
      known.clear();
      this.config = config;
      this.crds = List.copyOf(crds);
    }
    IntentReader reader = null;
    List<Intent> intents = new ArrayList<>();
    for (Resource r : beside) {
      if (r.isLocalConfig() || GeneratedObjects.isGenerated(r)) {
        continue;
      }
      Optional<Intent> intent = known.get(r);
      if (intent == null) {
        reader = reader == null ? new IntentReader(crds) : reader;
        intent = Optional.ofNullable(reader.read(r, config).intent());
        known.put(r, intent);
      }
      if (intent.isPresent()) {
        intents.add(intent.get());
      }
    }
    return intents;
  }
}
