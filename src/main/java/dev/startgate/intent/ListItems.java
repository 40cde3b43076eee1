package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import java.util.List;
import java.util.Optional;

/**
 * Objects inside a {@code kind: List} (what {@code kubectl get -o yaml} writes for several
 * objects), which startgate does not gate: only top-level documents and the items of a ResourceList
 * are resources to it. kubectl applies such a List and kustomize flattens it, so a startgate
 * annotation inside one looks meant: a warning says it is not acted on, instead of silence.
 */
final class ListItems {
  private ListItems() {}

  /**
   * A warning if {@code r} is a List whose items carry startgate annotations (or ones that look
   * meant for it, {@link OtherPrefixes}), else empty.
   */
  static Optional<Result> warning(Resource r) {
    if (!r.kind().endsWith("List")) {
      return Optional.empty();
    }
    int count = 0;
    String first = null;
    for (YNode item : r.node().sequence("items").map(s -> s.items()).orElse(List.of())) {
      Resource inner = item instanceof YMapping m ? Resource.of(m) : null;
      if (inner != null
          && inner.annotations().keySet().stream()
              .anyMatch(k -> k.startsWith(Annotations.PREFIX) || OtherPrefixes.looksLikeOurs(k))) {
        count++;
        if (first == null) {
          first = inner.ref().toString();
        }
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Result.warning(
            r,
            "items",
            (count == 1 ? "an object" : count + " objects")
                + " in this "
                + r.kind()
                + " ("
                + first
                + (count == 1 ? "" : " and others")
                + ") carr"
                + (count == 1 ? "ies" : "y")
                + " startgate annotations, but startgate gates only top-level objects and the"
                + " items of a ResourceList, so "
                + (count == 1 ? "it is" : "they are")
                + " not gated; write each object as a YAML document of its own (separated by"
                + " ---), as `kubectl kustomize` writes the items of a List"));
  }
}
