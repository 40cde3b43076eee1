package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Objects with startgate annotations that startgate cannot read as objects: no apiVersion or kind
 * as plain text ({@code kind: [Job]}, a missing {@code kind}). They pass through untouched, as
 * every object startgate does not gate; a warning says why their intent does nothing, instead of a
 * workload that silently goes ungated. One whose first key starts with a byte order mark (a file
 * saved with one, joined after another), which kubectl reads and applies, is an error when it has
 * startgate annotations (it would go ungated) and a warning otherwise (it is no gate's target).
 */
final class UnkindedObjects {
  private UnkindedObjects() {}

  /** A warning per such object of {@code input}, in input order. */
  static List<Result> check(Input input) {
    List<Result> out = new ArrayList<>();
    // Every mapping the reader took for a resource has both: no second look at any of them.
    if (mappings(input) == input.resources().size()) {
      return out;
    }
    if (input.isResourceList()) {
      for (YNode item : input.items().items()) {
        check(item, out);
      }
    } else {
      for (YDocument d : input.documents()) {
        check(d.root(), out);
      }
    }
    return out;
  }

  private static int mappings(Input input) {
    int n = 0;
    if (input.isResourceList()) {
      for (YNode item : input.items().items()) {
        n += item instanceof YMapping ? 1 : 0;
      }
    } else {
      for (YDocument d : input.documents()) {
        n += d.root() instanceof YMapping ? 1 : 0;
      }
    }
    return n;
  }

  private static void check(YNode node, List<Result> out) {
    if (!(node instanceof YMapping m)
        || (m.text("apiVersion").isPresent() && m.text("kind").isPresent())) {
      return;
    }
    String first = m.size() > 0 ? m.keyText(0) : null;
    boolean bom = first != null && first.startsWith("\uFEFF");
    YMapping annotations = m.mappingAt("metadata", "annotations").orElse(null);
    String key = null;
    for (int i = 0; annotations != null && i < annotations.size() && key == null; i++) {
      String k = annotations.keyText(i);
      if (k != null && k.startsWith("startgate.dev/")) {
        key = k;
      }
    }
    if (bom && key == null) {
      // Not gated, and no target either: a workload waiting for it would not find it.
      out.add(
          new Result(
              Severity.WARNING,
              "an object's first key starts with a byte order mark (U+FEFF), as a file saved with"
                  + " one carries it when it is joined after another (cat a.yaml b.yaml): kubectl"
                  + " drops the mark and applies the object, startgate cannot read it, so it is"
                  + " no target of any gate; save that file without a byte order mark",
              null,
              null,
              null,
              null,
              null));
      return;
    }
    if (key == null) {
      return;
    }
    YNode name = m.at("metadata", "name").orElse(null);
    String named =
        name instanceof YScalar s && !s.isNull() ? " named " + Result.quoted(s.value()) : "";
    String missing =
        m.text("apiVersion").isPresent()
            ? "kind"
            : m.text("kind").isPresent() ? "apiVersion" : "apiVersion and kind";
    String file =
        annotations.text(Resource.PATH).orElse(annotations.text(Resource.LEGACY_PATH).orElse(null));
    String index =
        annotations
            .text(Resource.INDEX)
            .orElse(annotations.text(Resource.LEGACY_INDEX).orElse(null));
    if (bom) {
      // kubectl reads such an object (its YAML library drops the mark) and applies it ungated.
      out.add(
          new Result(
              Severity.ERROR,
              "an object"
                  + named
                  + " has startgate annotations ("
                  + key
                  + "), but its first key starts with a byte order mark (U+FEFF), as a file saved"
                  + " with one carries it when it is joined after another (cat a.yaml b.yaml):"
                  + " kubectl drops the mark and applies the object, startgate cannot read it and"
                  + " would leave it ungated; save that file without a byte order mark",
              null,
              "metadata.annotations." + key,
              null,
              file,
              index));
      return;
    }
    out.add(
        new Result(
            Severity.WARNING,
            "an object"
                + named
                + " has startgate annotations ("
                + key
                + ") but no "
                + missing
                + " as plain text, so startgate does not read it and gates nothing there; give it"
                + " both, like apiVersion: batch/v1 and kind: Job",
            null,
            "metadata.annotations." + key,
            null,
            file,
            index));
  }
}
