package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import java.util.List;
import java.util.Optional;

/**
 * Objects inside a {@code kind: List} (what {@code kubectl get -o yaml} writes for several
 * objects), or under {@code items} of any other kind (a misspelt ResourceList), which startgate
 * does not gate: only top-level documents and the items of a ResourceList are resources to it.
 * kubectl applies such a List and kustomize flattens it, so a startgate annotation inside one looks
 * meant: a warning says it is not acted on, instead of silence.
 */
final class ListItems {
  private ListItems() {}

  /**
   * A warning if {@code r} is a List whose items carry startgate annotations (or ones that look
   * meant for it, {@link OtherPrefixes}), else empty.
   */
  static Optional<Result> warning(Resource r) {
    // Any kind: kind: ResourceLists, ResourceLst or Resourcelist, a misspelt one, holds its items
    // as a List does, and no other object holds annotated objects under items.
    List<YNode> items = r.node().sequence("items").map(s -> s.items()).orElse(List.of());
    if (items.isEmpty()) {
      return Optional.empty();
    }
    int count = 0;
    String first = null;
    for (YNode item : items) {
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
    // A ResourceList whose functionConfig is startgate's (gates: rules) is meant for it as well.
    boolean ours =
        count == 0
            && r.kind().equals("ResourceList")
            && r.node()
                .mappingAt("functionConfig")
                .flatMap(c -> c.text("kind"))
                .filter("StartGate"::equals)
                .isPresent();
    if (count == 0 && !ours) {
      return Optional.empty();
    }
    String them = count <= 1 ? "it is" : "they are";
    String head =
        ours
            ? "this ResourceList's functionConfig is a StartGate, but "
            : (count == 1 ? "an object" : count + " objects")
                + " in this "
                + r.kind()
                + " ("
                + first
                + (count == 1 ? "" : " and others")
                + ") carr"
                + (count == 1 ? "ies" : "y")
                + " startgate annotations, but ";
    // A ResourceList is read as the input only when it is all of it, as kpt sends one.
    String why =
        r.kind().equals("ResourceList")
            ? "a ResourceList is function input only when it is the whole input, as kpt sends"
                + " one; in a stream with other documents it is an object like any other, so "
                + (ours ? "its items" : them)
                + (ours ? " are" : "")
                + " not gated and its functionConfig is not read; give startgate the ResourceList"
                + " alone (startgate < FILE), or write each object as a YAML document of its own"
                + " (separated by ---)"
            : "startgate gates only top-level objects and the items of a ResourceList, so "
                + them
                + " not gated; write each object as a YAML document of its own (separated by"
                + " ---), as `kubectl kustomize` writes the items of a List";
    return Optional.of(Result.warning(r, ours ? "functionConfig" : "items", head + why));
  }
}
