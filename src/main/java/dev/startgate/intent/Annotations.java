package dev.startgate.intent;

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
}
