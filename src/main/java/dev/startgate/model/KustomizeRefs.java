package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and folders a kustomize Kustomization ({@code kustomization.yaml}) names, relative to
 * its folder: what a {@code flux.layout} that moves objects out of them would leave it pointing at.
 */
public final class KustomizeRefs {
  private KustomizeRefs() {}

  /**
   * A path a Kustomization names.
   *
   * @param field where: a list of paths ({@code resources}, {@code components}, {@code
   *     transformers}, ...), or the {@code path} of an item of {@code patches}, {@code
   *     patchesJson6902} or {@code replacements}
   * @param path as written (a URL or absolute path is left out)
   */
  public record Ref(String field, String path) {}

  private static final String[] LISTS = {
    "resources",
    "bases",
    "components",
    "patchesStrategicMerge",
    "transformers",
    "generators",
    "validators",
    "crds",
    "configurations"
  };
  private static final String[] PATCHES = {"patches", "patchesJson6902", "replacements"};

  /** The local paths {@code object} names if it is a kustomize Kustomization or Component. */
  static List<Ref> of(YMapping object, ResourceRef ref) {
    if (!ref.kind().equals("Kustomization") && !ref.kind().equals("Component")
        || !ResourceRef.groupOf(ref.apiVersion()).equals("kustomize.config.k8s.io")) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (String field : LISTS) {
      if (object.get(field).orElse(null) instanceof YSequence s) {
        for (YNode item : s.items()) {
          add(out, field, item);
        }
      }
    }
    for (String field : PATCHES) {
      if (object.get(field).orElse(null) instanceof YSequence s) {
        for (YNode item : s.items()) {
          if (item instanceof YMapping m) {
            add(out, field, m.get("path").orElse(null));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static void add(List<Ref> out, String field, YNode item) {
    if (item instanceof YScalar s && !s.isNull()) {
      String path = s.value().strip();
      if (!path.isEmpty() && !path.startsWith("/") && !path.contains("://")) {
        out.add(new Ref(field, path));
      }
    }
  }
}
