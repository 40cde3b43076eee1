package dev.startgate.intent;

import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.List;

/** The names of the {@code startgate.dev/*} annotations. */
final class Annotations {
  static final String PREFIX = "startgate.dev/";
  static final String WAIT_FOR = PREFIX + "wait-for";
  static final String TIMEOUT = PREFIX + "timeout";
  static final String INTERVAL = PREFIX + "interval";
  static final String UPTIME = PREFIX + "uptime";
  static final String RETRY = PREFIX + "retry";
  static final String PHASE = PREFIX + "phase";
  static final String GENERATED_ANNOTATIONS = PREFIX + "generated-annotations";

  /**
   * The names of the annotations a user writes, after the prefix, in the order results list them.
   */
  static final List<String> NAMES =
      List.of("wait-for", "timeout", "interval", "uptime", "retry", "phase");

  /** The field path of an annotation in results: this and its name. */
  static final String FIELD = "metadata.annotations.";

  /** Targets one workload may list: each becomes an init container of about 2 KB. */
  static final int MAX_TARGETS = 100;

  private Annotations() {}

  /** True if a scalar in {@code node}, {@code depth} levels down at most, names a startgate key. */
  static boolean mentioned(YNode node, int depth) {
    if (node instanceof YScalar s) {
      return s.value().contains(PREFIX);
    }
    if (depth == 0) {
      return false;
    }
    if (node instanceof YSequence seq) {
      return seq.items().stream().anyMatch(i -> mentioned(i, depth - 1));
    }
    if (node instanceof YMapping m) {
      for (int i = 0; i < m.size(); i++) {
        if (mentioned(m.key(i), depth - 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
