package dev.startgate.kube;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Static discovery documents for the fake API server: the core group and the groups whose kinds
 * startgate gates on or generates, each with the verbs a real API server lists.
 */
final class Discovery {
  private Discovery() {}

  private record Kind(
      String resource, String singular, String kind, boolean namespaced, String... shortNames) {}

  private static final String VERBS =
      "[\"create\",\"delete\",\"deletecollection\",\"get\",\"list\",\"patch\",\"update\",\"watch\"]";

  private static final Map<String, List<Kind>> GROUPS =
      Map.of(
          "v1",
          List.of(
              new Kind("namespaces", "namespace", "Namespace", false, "ns"),
              new Kind("pods", "pod", "Pod", true, "po"),
              new Kind("services", "service", "Service", true, "svc"),
              new Kind("configmaps", "configmap", "ConfigMap", true, "cm"),
              new Kind("serviceaccounts", "serviceaccount", "ServiceAccount", true, "sa")),
          "apps/v1",
          List.of(
              new Kind("deployments", "deployment", "Deployment", true, "deploy"),
              new Kind("statefulsets", "statefulset", "StatefulSet", true, "sts"),
              new Kind("daemonsets", "daemonset", "DaemonSet", true, "ds"),
              new Kind("replicasets", "replicaset", "ReplicaSet", true, "rs")),
          "batch/v1",
          List.of(
              new Kind("jobs", "job", "Job", true),
              new Kind("cronjobs", "cronjob", "CronJob", true, "cj")),
          "rbac.authorization.k8s.io/v1",
          List.of(
              new Kind("roles", "role", "Role", true),
              new Kind("rolebindings", "rolebinding", "RoleBinding", true)));

  /** True for paths under the discovery roots that {@link #document} does not know. */
  static boolean isDiscoveryPath(String path) {
    return path.equals("/apis") || path.matches("/apis/[^/]+(/[^/]+)?") || path.equals("/api");
  }

  /** The document at {@code path}, or null. */
  static String document(String path) {
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
          if (GROUPS.containsKey(gv)) {
            return resources(gv);
          }
        }
        return null;
    }
  }

  private static String apiGroupList() {
    String groups =
        GROUPS.keySet().stream()
            .filter(gv -> gv.contains("/"))
            .sorted()
            .map(
                gv -> {
                  String name = gv.substring(0, gv.indexOf('/'));
                  String version = gv.substring(gv.indexOf('/') + 1);
                  String v = "{\"groupVersion\":\"" + gv + "\",\"version\":\"" + version + "\"}";
                  return "{\"name\":\""
                      + name
                      + "\",\"versions\":["
                      + v
                      + "],\"preferredVersion\":"
                      + v
                      + "}";
                })
            .collect(Collectors.joining(","));
    return "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[" + groups + "]}";
  }

  private static String resources(String gv) {
    StringBuilder b = new StringBuilder();
    for (Kind k : GROUPS.get(gv)) {
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
          .append("]}");
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
