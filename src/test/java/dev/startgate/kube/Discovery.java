package dev.startgate.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Static discovery documents for the fake API server, in the legacy form (one {@code
 * APIResourceList} per group version, which kubectl falls back to when the server offers no
 * aggregated discovery, and which costs it the most requests). {@link #standard()} holds the groups
 * whose kinds startgate gates on or generates; {@link #manyCrds(int, int)} adds the rest of a
 * Kubernetes 1.33 API server's built-in groups and a number of CRD groups, like a cluster with many
 * operators installed.
 */
final class Discovery {
  private record Kind(
      String resource, String singular, String kind, boolean namespaced, String... shortNames) {}

  private static final String VERBS =
      "[\"create\",\"delete\",\"deletecollection\",\"get\",\"list\",\"patch\",\"update\",\"watch\"]";

  /** The other built-in group versions of a 1.33 API server, as {@code gv: Kind Kind...}. */
  private static final String BUILT_IN =
      """
      v1: Binding ComponentStatus Endpoints Event LimitRange Node PersistentVolume \
      PersistentVolumeClaim PodTemplate ReplicationController ResourceQuota Secret
      apps/v1: ControllerRevision
      admissionregistration.k8s.io/v1: MutatingWebhookConfiguration \
      ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding ValidatingWebhookConfiguration
      apiextensions.k8s.io/v1: CustomResourceDefinition
      apiregistration.k8s.io/v1: APIService
      authentication.k8s.io/v1: SelfSubjectReview TokenReview
      authorization.k8s.io/v1: LocalSubjectAccessReview SelfSubjectAccessReview \
      SelfSubjectRulesReview SubjectAccessReview
      autoscaling/v1: HorizontalPodAutoscaler
      autoscaling/v2: HorizontalPodAutoscaler
      certificates.k8s.io/v1: CertificateSigningRequest
      coordination.k8s.io/v1: Lease
      discovery.k8s.io/v1: EndpointSlice
      events.k8s.io/v1: Event
      flowcontrol.apiserver.k8s.io/v1: FlowSchema PriorityLevelConfiguration
      networking.k8s.io/v1: IngressClass Ingress NetworkPolicy
      node.k8s.io/v1: RuntimeClass
      policy/v1: PodDisruptionBudget
      rbac.authorization.k8s.io/v1: ClusterRoleBinding ClusterRole
      scheduling.k8s.io/v1: PriorityClass
      storage.k8s.io/v1: CSIDriver CSINode CSIStorageCapacity StorageClass VolumeAttachment
      """;

  private static final String[] CRD_KINDS = {
    "Certificate", "Issuer", "Policy", "Gateway", "Route", "Backup", "Cluster", "Monitor",
    "Rule", "Secret", "Application", "Workflow", "Bucket", "Database", "Topic", "User"
  };

  /** The media type of aggregated discovery, which kubectl asks for first. */
  static final String AGGREGATED_TYPE =
      "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

  private final Map<String, List<Kind>> groups;
  private final boolean aggregated;

  private Discovery(Map<String, List<Kind>> groups, boolean aggregated) {
    this.groups = groups;
    this.aggregated = aggregated;
  }

  /**
   * The same groups, also served as aggregated discovery ({@code apidiscovery.k8s.io/v2}, GA since
   * Kubernetes 1.30): {@code /api} and {@code /apis} answer with every resource at once when the
   * client asks for it, as a current API server does, so kubectl makes two requests, not one per
   * group version.
   */
  Discovery aggregated() {
    return new Discovery(groups, true);
  }

  /** True when {@link #aggregated()}. */
  boolean isAggregated() {
    return aggregated;
  }

  /** The core group and the groups startgate's gates and generated objects use. */
  static Discovery standard() {
    Map<String, List<Kind>> g = new LinkedHashMap<>();
    g.put(
        "v1",
        new ArrayList<>(
            List.of(
                new Kind("namespaces", "namespace", "Namespace", false, "ns"),
                new Kind("pods", "pod", "Pod", true, "po"),
                new Kind("services", "service", "Service", true, "svc"),
                new Kind("configmaps", "configmap", "ConfigMap", true, "cm"),
                new Kind("serviceaccounts", "serviceaccount", "ServiceAccount", true, "sa"))));
    g.put(
        "apps/v1",
        new ArrayList<>(
            List.of(
                new Kind("deployments", "deployment", "Deployment", true, "deploy"),
                new Kind("statefulsets", "statefulset", "StatefulSet", true, "sts"),
                new Kind("daemonsets", "daemonset", "DaemonSet", true, "ds"),
                new Kind("replicasets", "replicaset", "ReplicaSet", true, "rs"))));
    g.put(
        "batch/v1",
        new ArrayList<>(
            List.of(
                new Kind("jobs", "job", "Job", true),
                new Kind("cronjobs", "cronjob", "CronJob", true, "cj"))));
    g.put(
        "rbac.authorization.k8s.io/v1",
        new ArrayList<>(
            List.of(
                new Kind("roles", "role", "Role", true),
                new Kind("rolebindings", "rolebinding", "RoleBinding", true))));
    return new Discovery(g, false);
  }

  /**
   * {@link #standard()}, every other built-in group of a 1.33 API server, and {@code crdGroups} CRD
   * groups, each served in two versions ({@code v1} and {@code v1beta1}, as most operators do) with
   * {@code kindsPerGroup} kinds (at most 16). The number of resources is about {@code 80 + 2 *
   * crdGroups * kindsPerGroup}, each with its {@code /status} subresource.
   */
  static Discovery manyCrds(int crdGroups, int kindsPerGroup) {
    if (kindsPerGroup > CRD_KINDS.length) {
      throw new IllegalArgumentException("at most " + CRD_KINDS.length + " kinds per group");
    }
    Map<String, List<Kind>> g = standard().groups;
    for (String line : BUILT_IN.strip().split("\n")) {
      String gv = line.substring(0, line.indexOf(':'));
      for (String kind : line.substring(line.indexOf(':') + 1).strip().split(" +")) {
        g.computeIfAbsent(gv, k -> new ArrayList<>()).add(kind(kind, !clusterScoped(kind)));
      }
    }
    for (int i = 1; i <= crdGroups; i++) {
      String group = String.format(Locale.ROOT, "operator%03d.example.io", i);
      for (String version : List.of("v1", "v1beta1")) {
        List<Kind> kinds = new ArrayList<>();
        for (int k = 0; k < kindsPerGroup; k++) {
          kinds.add(kind(CRD_KINDS[k], true));
        }
        g.put(group + "/" + version, kinds);
      }
    }
    return new Discovery(g, false);
  }

  private static boolean clusterScoped(String kind) {
    return kind.matches(
        "Node|PersistentVolume|ComponentStatus|.*WebhookConfiguration|ValidatingAdmission.*"
            + "|CustomResourceDefinition|APIService|.*Review|CertificateSigningRequest"
            + "|FlowSchema|PriorityLevelConfiguration|IngressClass|RuntimeClass|Cluster.*"
            + "|PriorityClass|CSIDriver|CSINode|StorageClass|VolumeAttachment");
  }

  private static Kind kind(String kind, boolean namespaced) {
    String singular = kind.toLowerCase(Locale.ROOT);
    String plural =
        singular.endsWith("y")
            ? singular.substring(0, singular.length() - 1) + "ies"
            : singular.endsWith("s") ? singular + "es" : singular + "s";
    if (kind.equals("Endpoints")) {
      plural = "endpoints";
    }
    return new Kind(plural, singular, kind, namespaced);
  }

  /**
   * These groups and one more resource in {@code groupVersion} (a custom resource, from its CRD): a
   * new Discovery, this one is unchanged.
   */
  Discovery plus(
      String groupVersion, String resource, String singular, String kind, boolean namespaced) {
    Map<String, List<Kind>> g = new LinkedHashMap<>();
    groups.forEach((gv, kinds) -> g.put(gv, new ArrayList<>(kinds)));
    g.computeIfAbsent(groupVersion, k -> new ArrayList<>())
        .add(new Kind(resource, singular, kind, namespaced));
    return new Discovery(g, aggregated);
  }

  /** How many resources (not counting subresources) are served. */
  int resourceCount() {
    return groups.values().stream().mapToInt(List::size).sum();
  }

  /** How many group versions are served. */
  int groupVersionCount() {
    return groups.size();
  }

  /** True for paths under the discovery roots that {@link #document} does not know. */
  boolean isDiscoveryPath(String path) {
    return path.equals("/apis") || path.matches("/apis/[^/]+(/[^/]+)?") || path.equals("/api");
  }

  /** The document at {@code path}, or null. */
  String document(String path) {
    switch (path) {
      case "/version":
        return "{\"major\":\"1\",\"minor\":\"32\",\"gitVersion\":\"v1.32.0\",\"platform\":\"linux/amd64\"}";
      case "/api":
        return "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"],\"serverAddressByClientCIDRs\":"
            + "[{\"clientCIDR\":\"0.0.0.0/0\",\"serverAddress\":\"127.0.0.1\"}]}";
      case "/apis":
        return apiGroupList();
      case "/api/v1":
        return resources("v1");
      default:
        if (path.startsWith("/apis/")) {
          String gv = path.substring("/apis/".length());
          if (gv.contains("/") && groups.containsKey(gv)) {
            return resources(gv);
          }
        }
        return null;
    }
  }

  /**
   * The aggregated discovery document at {@code path} ({@code /api} or {@code /apis}), or null when
   * this discovery is not {@linkplain #aggregated() aggregated}.
   */
  String aggregatedDocument(String path) {
    if (!aggregated || !(path.equals("/api") || path.equals("/apis"))) {
      return null;
    }
    boolean core = path.equals("/api");
    Map<String, List<String>> versions = new LinkedHashMap<>();
    groups.keySet().stream()
        .filter(gv -> core != gv.contains("/"))
        .forEach(
            gv ->
                versions
                    .computeIfAbsent(
                        core ? "" : gv.substring(0, gv.indexOf('/')), k -> new ArrayList<>())
                    .add(core ? gv : gv.substring(gv.indexOf('/') + 1)));
    StringBuilder b = new StringBuilder();
    versions.forEach(
        (group, vs) -> {
          b.append(b.length() == 0 ? "" : ",")
              .append("{\"metadata\":{\"name\":\"")
              .append(group)
              .append("\"},\"versions\":[");
          for (int i = 0; i < vs.size(); i++) {
            String v = vs.get(i);
            String gv = group.isEmpty() ? v : group + "/" + v;
            b.append(i == 0 ? "" : ",")
                .append("{\"version\":\"")
                .append(v)
                .append("\",\"resources\":[");
            List<Kind> kinds = groups.get(gv);
            for (int k = 0; k < kinds.size(); k++) {
              Kind kind = kinds.get(k);
              String responseKind =
                  "{\"group\":\""
                      + group
                      + "\",\"version\":\""
                      + v
                      + "\",\"kind\":\""
                      + kind.kind()
                      + "\"}";
              b.append(k == 0 ? "" : ",")
                  .append("{\"resource\":\"")
                  .append(kind.resource())
                  .append("\",\"responseKind\":")
                  .append(responseKind)
                  .append(",\"scope\":\"")
                  .append(kind.namespaced() ? "Namespaced" : "Cluster")
                  .append("\",\"singularResource\":\"")
                  .append(kind.singular())
                  .append("\",\"verbs\":")
                  .append(VERBS)
                  .append(",\"shortNames\":[")
                  .append(
                      List.of(kind.shortNames()).stream()
                          .map(x -> "\"" + x + "\"")
                          .collect(Collectors.joining(",")))
                  .append("]");
              if (kind.namespaced()) {
                b.append(",\"subresources\":[{\"subresource\":\"status\",\"responseKind\":")
                    .append(responseKind)
                    .append(",\"verbs\":[\"get\",\"patch\",\"update\"]}]");
              }
              b.append("}");
            }
            b.append("],\"freshness\":\"Current\"}");
          }
          b.append("]}");
        });
    return "{\"kind\":\"APIGroupDiscoveryList\",\"apiVersion\":\"apidiscovery.k8s.io/v2\","
        + "\"metadata\":{},\"items\":["
        + b
        + "]}";
  }

  private String apiGroupList() {
    Map<String, List<String>> versions = new LinkedHashMap<>();
    groups.keySet().stream()
        .filter(gv -> gv.contains("/"))
        .forEach(
            gv ->
                versions
                    .computeIfAbsent(gv.substring(0, gv.indexOf('/')), k -> new ArrayList<>())
                    .add(gv.substring(gv.indexOf('/') + 1)));
    String list =
        versions.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e -> {
                  String name = e.getKey();
                  List<String> vs =
                      e.getValue().stream()
                          .map(
                              v ->
                                  "{\"groupVersion\":\""
                                      + name
                                      + "/"
                                      + v
                                      + "\",\"version\":\""
                                      + v
                                      + "\"}")
                          .toList();
                  return "{\"name\":\""
                      + name
                      + "\",\"versions\":["
                      + String.join(",", vs)
                      + "],\"preferredVersion\":"
                      + vs.get(0)
                      + "}";
                })
            .collect(Collectors.joining(","));
    return "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[" + list + "]}";
  }

  private String resources(String gv) {
    StringBuilder b = new StringBuilder();
    for (Kind k : groups.get(gv)) {
      if (b.length() > 0) {
        b.append(',');
      }
      String shorts =
          List.of(k.shortNames()).stream()
              .map(s -> "\"" + s + "\"")
              .collect(Collectors.joining(","));
      b.append("{\"name\":\"")
          .append(k.resource())
          .append("\",\"singularName\":\"")
          .append(k.singular())
          .append("\",\"namespaced\":")
          .append(k.namespaced())
          .append(",\"kind\":\"")
          .append(k.kind())
          .append("\",\"verbs\":")
          .append(VERBS)
          .append(",\"shortNames\":[")
          .append(shorts)
          .append("],\"storageVersionHash\":\"")
          .append(Integer.toHexString((gv + k.resource()).hashCode()))
          .append("\"}");
      if (k.namespaced()) {
        b.append(",{\"name\":\"")
            .append(k.resource())
            .append("/status\",\"singularName\":\"\",")
            .append("\"namespaced\":true,\"kind\":\"")
            .append(k.kind())
            .append("\",\"verbs\":[\"get\",\"patch\",\"update\"]}");
      }
    }
    return "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\""
        + gv
        + "\",\"resources\":["
        + b
        + "]}";
  }
}
