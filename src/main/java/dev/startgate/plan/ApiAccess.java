package dev.startgate.plan;

import java.util.List;
import java.util.Optional;

/**
 * What a Kubernetes gate reads from the API server, exactly as its kubectl commands do: a named
 * object ({@code get}, {@code list}, {@code watch}: kubectl GETs it, then lists and watches it with
 * {@code fieldSelector=metadata.name=NAME}, which {@code resourceNames} covers), or pods by label
 * ({@code list}, {@code watch}, which cannot be limited by name).
 *
 * @param namespace where the target lives (null: the workload's own, unnamed namespace)
 * @param group API group ({@code ""} for the core group)
 * @param resource API resource ({@code deployments})
 * @param name the object's name, or null for a label selector
 * @param verbs the verbs kubectl uses
 * @param cluster true for a cluster-scoped resource (a ClusterRole grants it; namespace is null)
 */
public record ApiAccess(
    String namespace,
    String group,
    String resource,
    String name,
    List<String> verbs,
    boolean cluster) {
  /** The access to a namespaced resource. */
  public ApiAccess(
      String namespace, String group, String resource, String name, List<String> verbs) {
    this(namespace, group, resource, name, verbs, false);
  }

  private static final List<String> NAMED = List.of("get", "list", "watch");
  private static final List<String> SELECTED = List.of("list", "watch");

  /**
   * The access {@code gate}'s kubectl commands need, or empty for a gate that does not ask the API
   * server itself (a network gate, or a when-ready gate).
   */
  public static Optional<ApiAccess> of(Gate gate) {
    return gate.accept(
        new Gate.Visitor<Optional<ApiAccess>>() {
          @Override
          public Optional<ApiAccess> tcp(Gate.Tcp g) {
            return Optional.empty();
          }

          @Override
          public Optional<ApiAccess> http(Gate.Http g) {
            return Optional.empty();
          }

          @Override
          public Optional<ApiAccess> https(Gate.Https g) {
            return Optional.empty();
          }

          @Override
          public Optional<ApiAccess> protocol(Gate.Protocol g) {
            return Optional.empty();
          }

          @Override
          public Optional<ApiAccess> rollout(Gate.Rollout g) {
            return Optional.of(
                new ApiAccess(
                    g.namespace(), g.kind().group(), g.kind().resource(), g.name(), NAMED));
          }

          @Override
          public Optional<ApiAccess> jobComplete(Gate.JobComplete g) {
            return Optional.of(new ApiAccess(g.namespace(), "batch", "jobs", g.name(), NAMED));
          }

          @Override
          public Optional<ApiAccess> serviceReady(Gate.ServiceReady g) {
            return Optional.empty();
          }

          @Override
          public Optional<ApiAccess> customResource(Gate.CustomResource g) {
            return Optional.of(
                new ApiAccess(
                    g.namespace(),
                    g.resource().group(),
                    g.resource().resource(),
                    g.resource().name(),
                    NAMED,
                    g.resource().clusterScoped()));
          }

          @Override
          public Optional<ApiAccess> podsReady(Gate.PodsReady g) {
            return Optional.of(new ApiAccess(g.namespace(), "", "pods", null, SELECTED));
          }
        });
  }
}
