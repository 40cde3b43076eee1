package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;

/**
 * A gated workload's name and namespace as Kubernetes takes them: one it refuses (uppercase, a
 * space) would otherwise be carried on into the names of the objects generated for it.
 */
final class KubernetesNames {
  private KubernetesNames() {}

  /** The error for {@code r}'s name or namespace (both strings) where Kubernetes refuses it. */
  static Result problem(Resource r) {
    if (r.name() != null && !TargetSyntax.dnsSubdomain(r.name())) {
      return refused(r, "name", r.name(), "lowercase letters, digits, '-' and '.'", 253, "migrate");
    }
    if (r.namespace() != null && !TargetSyntax.dnsLabel(r.namespace())) {
      return refused(
          r, "namespace", r.namespace(), "lowercase letters, digits and '-'", 63, "shop");
    }
    return null;
  }

  private static Result refused(
      Resource r, String key, String value, String chars, int max, String example) {
    return Result.error(
        r,
        "metadata." + key,
        value,
        "the "
            + key
            + " is not one Kubernetes takes: "
            + chars
            + ", starting and ending with a letter or digit, at most "
            + max
            + " characters, like "
            + example);
  }
}
