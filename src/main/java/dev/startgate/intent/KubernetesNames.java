package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A gated workload's name and namespace as Kubernetes takes them: one it refuses (uppercase, a
 * space) would otherwise be carried on into the names of the objects generated for it.
 */
final class KubernetesNames {
  private KubernetesNames() {}

  /**
   * The errors when {@code r} has no name ({@code noName} says what to write) or a name or
   * namespace YAML reads as a number, a boolean, a list or a mapping, or one Kubernetes refuses
   * ({@link KubernetesNames}): the name's and the namespace's each, so that one run shows both;
   * empty when both are fine.
   */
  static List<Result> identityProblems(Resource r, String noName) {
    List<Result> out = new ArrayList<>(2);
    if (!NonStrings.named(r)) {
      String type = MetadataTypes.metadataType(r, "name", "migrate");
      out.add(
          Result.error(
              r, "metadata.name", r.name(), "the " + r.kind() + (type != null ? type : noName)));
    } else if (nameProblem(r) != null) {
      out.add(nameProblem(r));
    }
    String namespaceType = MetadataTypes.metadataType(r, "namespace", "shop");
    if (namespaceType != null) {
      out.add(
          Result.error(r, "metadata.namespace", r.namespace(), "the " + r.kind() + namespaceType));
    } else if (namespaceProblem(r) != null) {
      out.add(namespaceProblem(r));
    }
    return out;
  }

  /** The error for {@code r}'s name (a string) where Kubernetes refuses it, or null. */
  static Result nameProblem(Resource r) {
    if (r.name() != null && !TargetSyntax.dnsSubdomain(r.name())) {
      return refused(r, "name", r.name(), "lowercase letters, digits, '-' and '.'", 253, "migrate");
    }
    return null;
  }

  /**
   * A warning for a Job's name over 63 characters (its pods get it as a label value, which
   * Kubernetes limits to 63) or a CronJob's over 52 (its Jobs are named NAME-TIME, 11 more):
   * Kubernetes refuses them on creation. A warning, not an error: the gates planned for it are
   * right, and names of objects startgate generates are shortened to fit whatever the name.
   */
  static Result lengthWarning(Resource r) {
    int max = r.kind().equals("Job") ? 63 : r.kind().equals("CronJob") ? 52 : Integer.MAX_VALUE;
    if (r.name() == null || r.name().length() <= max) {
      return null;
    }
    return Result.warning(
        r,
        "metadata.name",
        "the name has "
            + r.name().length()
            + " characters, and Kubernetes refuses a "
            + r.kind()
            + " named with more than "
            + max
            + (max == 63
                ? " (its pods carry the name as a label value, at most 63 characters)"
                : " (its Jobs are named after it with 11 characters more, at most 63)")
            + "; shorten it, like "
            + shorter(r.name()));
  }

  /** The first 20 characters of {@code name}, to the last '-' among them if there is one. */
  private static String shorter(String name) {
    String head = name.substring(0, Math.min(name.length(), 20));
    int dash = head.lastIndexOf('-');
    return (dash > 0 ? head.substring(0, dash) : head).replaceAll("[-.]+$", "");
  }

  /** The error for {@code r}'s namespace (a string) where Kubernetes refuses it, or null. */
  static Result namespaceProblem(Resource r) {
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
