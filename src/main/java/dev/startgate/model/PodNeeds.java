package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The objects of its own namespace a pod cannot start without: its ServiceAccount, the ConfigMaps
 * and Secrets its volumes and containers' environment name (unless marked {@code optional: true}),
 * its PersistentVolumeClaims and its image pull Secrets. An orchestrator that creates them after
 * the pod's workload leaves that pod waiting.
 */
public final class PodNeeds {
  private PodNeeds() {}

  /** How Kubernetes (YAML 1.1, as sigs.k8s.io/yaml reads it) writes a boolean true. */
  private static final Set<String> TRUE =
      Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON");

  /**
   * An object a pod needs.
   *
   * @param kind {@code ServiceAccount}, {@code ConfigMap}, {@code Secret} or {@code
   *     PersistentVolumeClaim}
   * @param name its name
   * @param via the pod spec's field that names it, like {@code envFrom} or {@code volumes}
   */
  public record Need(String kind, String name, String via) {}

  /** What {@code podSpec} needs, in the order the spec names it, each object once. */
  public static List<Need> of(YMapping podSpec) {
    List<Need> out = new ArrayList<>();
    String account = podSpec.resolvedText("serviceAccountName").orElse(null);
    if (account == null) {
      account = podSpec.resolvedText("serviceAccount").orElse(null);
    }
    if (account != null && !account.isEmpty() && !account.equals("default")) {
      add(out, "ServiceAccount", account, "serviceAccountName");
    }
    for (YMapping v : mappings(podSpec, "volumes")) {
      named(out, v.mapping("configMap").orElse(null), "ConfigMap", "name", "volumes");
      named(out, v.mapping("secret").orElse(null), "Secret", "secretName", "volumes");
      named(
          out,
          v.mapping("persistentVolumeClaim").orElse(null),
          "PersistentVolumeClaim",
          "claimName",
          "volumes");
      YMapping projected = v.mapping("projected").orElse(null);
      if (projected != null) {
        for (YMapping s : mappings(projected, "sources")) {
          named(out, s.mapping("configMap").orElse(null), "ConfigMap", "name", "volumes");
          named(out, s.mapping("secret").orElse(null), "Secret", "name", "volumes");
        }
      }
    }
    containers(out, podSpec, "initContainers");
    containers(out, podSpec, "containers");
    for (YMapping secret : mappings(podSpec, "imagePullSecrets")) {
      named(out, secret, "Secret", "name", "imagePullSecrets");
    }
    return List.copyOf(out);
  }

  private static void containers(List<Need> out, YMapping podSpec, String key) {
    for (YMapping c : mappings(podSpec, key)) {
      for (YMapping e : mappings(c, "envFrom")) {
        named(out, e.mapping("configMapRef").orElse(null), "ConfigMap", "name", "envFrom");
        named(out, e.mapping("secretRef").orElse(null), "Secret", "name", "envFrom");
      }
      for (YMapping e : mappings(c, "env")) {
        YMapping from = e.mapping("valueFrom").orElse(null);
        if (from != null) {
          named(out, from.mapping("configMapKeyRef").orElse(null), "ConfigMap", "name", "env");
          named(out, from.mapping("secretKeyRef").orElse(null), "Secret", "name", "env");
        }
      }
    }
  }

  /** Adds the object {@code ref} names by {@code key}, unless {@code ref} is optional. */
  private static void named(List<Need> out, YMapping ref, String kind, String key, String via) {
    if (ref == null || TRUE.contains(ref.text("optional").orElse(""))) {
      return;
    }
    String name = ref.text(key).orElse(null);
    if (name != null && !name.isEmpty()) {
      add(out, kind, name, via);
    }
  }

  private static void add(List<Need> out, String kind, String name, String via) {
    for (Need n : out) {
      if (n.kind().equals(kind) && n.name().equals(name)) {
        return;
      }
    }
    out.add(new Need(kind, name, via));
  }

  private static List<YMapping> mappings(YMapping parent, String key) {
    YSequence seq = parent.sequence(key).orElse(null);
    if (seq == null) {
      return List.of();
    }
    List<YMapping> out = new ArrayList<>(seq.items().size());
    for (YNode item : seq.items()) {
      if (item instanceof YMapping m) {
        out.add(m);
      }
    }
    return out;
  }
}
