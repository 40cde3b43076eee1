package dev.startgate.intent;

import dev.startgate.model.Resource;
import java.util.List;
import java.util.Map;

/**
 * A {@code gates:} rule of the config: the intent of the annotations, for workloads the user cannot
 * annotate (a Helm chart's Job). Its values are typed and checked when the config is read.
 *
 * @param field where the rule is in the config ({@code gates[0]}, {@code data.gates[0]})
 * @param match which workloads it applies to
 * @param overrides the values it sets
 * @param config the config object the rule is in (its results name that object)
 */
public record GateRule(String field, Match match, Overrides overrides, Resource config) {

  /**
   * A value a rule sets.
   *
   * @param value the value
   * @param text the value as written (targets one a line)
   * @param field where it is in the config ({@code gates[0].timeout})
   */
  public record Value<T>(T value, String text, String field) {}

  /** The values a rule sets, each null when it sets none. */
  public record Overrides(
      Value<List<Target>> waitFor,
      Value<Long> timeout,
      Value<Long> interval,
      Value<Long> uptime,
      Value<Integer> retry,
      Value<Phase> phase) {
    /** True if the rule sets nothing. */
    boolean isEmpty() {
      return waitFor == null
          && timeout == null
          && interval == null
          && uptime == null
          && retry == null
          && phase == null;
    }
  }

  /**
   * What a rule matches; every field that is set must match, labels all of them.
   *
   * @param kind the workload kind ({@code Job}), or null
   * @param name the name, {@code *} matching any characters ({@code *-migrate}), or null
   * @param namespace the namespace, or null
   * @param labels labels the workload must carry with these values
   */
  public record Match(String kind, String name, String namespace, Map<String, String> labels) {
    /** True if {@code r} matches. */
    public boolean matches(Resource r) {
      return (kind == null || kind.equals(r.kind()))
          && (namespace == null || namespace.equals(r.namespace()))
          && (name == null || (r.name() != null && glob(name, r.name())))
          && labelsMatch(r);
    }

    private boolean labelsMatch(Resource r) {
      for (Map.Entry<String, String> e : labels.entrySet()) {
        if (!e.getValue().equals(r.labels().get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }

    /**
     * True if {@code text} matches {@code pattern}, whose {@code *} matches any characters: each
     * {@code *} takes as few as it can, and the last one seen takes one more when the rest fails.
     * No regular expression is compiled: a config with a rule per chart tries every rule on every
     * workload (1,000 rules at 10,000 resources compiled 10 million patterns).
     */
    static boolean glob(String pattern, String text) {
      for (int i = 0; i < text.length(); i++) {
        // As the regular expression did (a pattern holds none, and its * is a . that stops at one).
        switch (text.charAt(i)) {
          case '\n', '\r', '\u0085', '\u2028', '\u2029' -> {
            return false;
          }
          default -> {}
        }
      }
      int p = 0;
      int t = 0;
      int star = -1;
      int resume = 0;
      while (t < text.length()) {
        if (p < pattern.length() && pattern.charAt(p) == '*') {
          star = p++;
          resume = t;
        } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
          p++;
          t++;
        } else if (star >= 0) {
          p = star + 1;
          t = ++resume;
        } else {
          return false;
        }
      }
      while (p < pattern.length() && pattern.charAt(p) == '*') {
        p++;
      }
      return p == pattern.length();
    }

    /** {@code kind=Job, name=*-migrate}, for messages. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      append(b, "kind", kind);
      append(b, "name", name);
      append(b, "namespace", namespace);
      labels.forEach((k, v) -> append(b, "labels." + k, v));
      return b.toString();
    }

    private static void append(StringBuilder b, String key, String value) {
      if (value != null) {
        b.append(b.length() == 0 ? "" : ", ").append(key).append('=').append(value);
      }
    }
  }
}
