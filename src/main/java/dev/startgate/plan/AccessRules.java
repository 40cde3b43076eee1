package dev.startgate.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RBAC rules a workload's Kubernetes gates need, per namespace: one rule per API resource, with
 * the names of every named target of that resource, and the verbs kubectl uses. Nothing else: no
 * other verb, resource or namespace.
 */
public final class AccessRules {
  /** The key of cluster-scoped resources (no namespace is named like it). */
  private static final String CLUSTER = "/cluster";

  private AccessRules() {}

  /**
   * One rule of a Role.
   *
   * @param group API group ({@code ""} for core)
   * @param resource API resource
   * @param names resourceNames, empty for a rule that cannot be name-scoped
   * @param verbs verbs in kubectl's order
   */
  public record Rule(String group, String resource, List<String> names, List<String> verbs) {}

  /**
   * The rules in one namespace (null: the workload's own, unnamed namespace), or of cluster-scoped
   * resources ({@code cluster}: a ClusterRole grants them, namespace null).
   */
  public record Namespaced(String namespace, List<Rule> rules, boolean cluster) {
    /** Rules in a namespace. */
    public Namespaced(String namespace, List<Rule> rules) {
      this(namespace, rules, false);
    }
  }

  /**
   * The rules for {@code gates}, namespaces and rules in the order targets are written; the rules
   * of cluster-scoped resources last, as one entry with {@code cluster} set.
   */
  public static List<Namespaced> of(List<Gate> gates) {
    Map<String, Map<String, List<ApiAccess>>> byNamespace = new LinkedHashMap<>();
    for (Gate gate : gates) {
      ApiAccess.of(gate)
          .ifPresent(
              a ->
                  byNamespace
                      .computeIfAbsent(
                          a.cluster() ? CLUSTER : String.valueOf(a.namespace()),
                          k -> new LinkedHashMap<>())
                      .computeIfAbsent(a.group() + "/" + a.resource(), k -> new ArrayList<>())
                      .add(a));
    }
    List<Namespaced> out = new ArrayList<>();
    Map<String, List<ApiAccess>> cluster = byNamespace.remove(CLUSTER);
    if (cluster != null) {
      byNamespace.put(CLUSTER, cluster);
    }
    for (Map<String, List<ApiAccess>> resources : byNamespace.values()) {
      List<Rule> rules = new ArrayList<>();
      String namespace = null;
      for (List<ApiAccess> accesses : resources.values()) {
        ApiAccess first = accesses.get(0);
        namespace = first.namespace();
        boolean anySelector = accesses.stream().anyMatch(a -> a.name() == null);
        List<String> verbs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ApiAccess a : accesses) {
          a.verbs().stream().filter(v -> !verbs.contains(v)).forEach(verbs::add);
          if (a.name() != null && !names.contains(a.name())) {
            names.add(a.name());
          }
        }
        verbs.sort(Comparator.naturalOrder());
        List<String> scoped = anySelector ? List.of() : List.copyOf(names);
        rules.add(new Rule(first.group(), first.resource(), scoped, List.copyOf(verbs)));
      }
      boolean clusterScoped = resources == cluster;
      out.add(new Namespaced(clusterScoped ? null : namespace, List.copyOf(rules), clusterScoped));
    }
    return List.copyOf(out);
  }
}
