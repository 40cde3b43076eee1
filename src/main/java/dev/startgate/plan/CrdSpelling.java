package dev.startgate.plan;

import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.ResourceTargetParser;
import dev.startgate.intent.Suggestions;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;

/**
 * A custom-resource target no CRD of the input defines, checked against those that do: likely
 * misspelt when a CRD defines a resource a typo away in its group, or the same resource in a group
 * a typo away ({@code scaledobjects.keda.io} beside KEDA's {@code scaledobjects.keda.sh}, review
 * EE), since the Role names it as written and denies the gate. A warning: the cluster may serve
 * more.
 */
final class CrdSpelling {
  private CrdSpelling() {}

  /**
   * The warnings about {@code g}, a target of {@code w}'s {@code waitFor}, into {@code results}.
   */
  static void check(
      Inventory inventory,
      Resource w,
      String waitFor,
      Gate.CustomResource g,
      List<Result> results) {
    ResourceTarget r = g.resource();
    List<String> plurals = inventory.crdPlurals(r.group());
    String meant = plurals.isEmpty() ? null : Suggestions.nearest(r.resource(), plurals);
    String group = r.group();
    if (meant == null) {
      group = otherGroup(inventory, r);
      meant = group == null ? null : r.resource();
    }
    if (meant == null) {
      // Loaded only for a word it may warn about: the launcher's archive is trained on a custom
      // resource with its CRD, and a run pays for every class it did not load.
      if (ResourceTargetParser.guessMayWarn(r.resource(), r.group())) {
        results.addAll(ResourceGuesses.check(w, waitFor, g));
      }
      return;
    }
    results.add(
        Result.warning(
            w,
            waitFor,
            "no CustomResourceDefinition in the input defines "
                + r.resource()
                + "."
                + r.group()
                + " for "
                + g.target()
                + ", though one in the input defines "
                + meant
                + "."
                + group
                + "; startgate assumes the cluster serves "
                + r.resource()
                + "."
                + r.group()
                + " and its Role names it so: did you mean "
                + meant
                + "."
                + group
                + "/"
                + (r.namespace() == null ? "" : r.namespace() + "/")
                + r.name()
                + "?"));
  }

  /** A group a typo away from {@code r}'s in which a CRD of the input defines its resource. */
  private static String otherGroup(Inventory inventory, ResourceTarget r) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String other : inventory.crdGroups()) {
      int max = Math.min(2, other.length() / 3);
      int d = Suggestions.distanceAtMost(r.group(), other, max);
      if (d >= 1
          && d <= max
          && (d < bestDistance || d == bestDistance && other.compareTo(best) < 0)
          && inventory.crdPlurals(other).contains(r.resource())) {
        best = other;
        bestDistance = d;
      }
    }
    return best;
  }
}
