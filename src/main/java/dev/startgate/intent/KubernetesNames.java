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
      return Result.error(
          r,
          "metadata.name",
          r.name(),
          "the name is not one Kubernetes takes: lowercase letters, digits, '-' and '.', starting"
              + " and ending with a letter or digit, at most 253 characters, like migrate");
    }
    if (r.namespace() != null && !TargetSyntax.dnsLabel(r.namespace())) {
      return Result.error(
          r,
          "metadata.namespace",
          r.namespace(),
          "the namespace is not one Kubernetes takes: lowercase letters, digits and '-', starting"
              + " and ending with a letter or digit, at most 63 characters, like shop");
    }
    return null;
  }
}
