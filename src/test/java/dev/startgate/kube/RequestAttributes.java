package dev.startgate.kube;

import java.util.List;

/**
 * A request classified the way the API server's RBAC authorizer sees it: verb, API group, resource,
 * subresource, namespace and name. A list or watch with {@code fieldSelector=metadata.name=X}
 * carries name X, which is what lets {@code resourceNames} cover it; {@code GET
 * /api/v1/namespaces/X} is a get of namespace X in namespace X.
 *
 * @param resourceRequest false for discovery and other non-resource paths
 */
record RequestAttributes(
    boolean resourceRequest,
    String verb,
    String group,
    String resource,
    String subresource,
    String namespace,
    String name) {

  static RequestAttributes of(FakeApiServer.Request r) {
    List<String> parts = List.of(r.path().replaceFirst("^/", "").split("/"));
    int at;
    String group;
    if (parts.size() >= 3 && parts.get(0).equals("api")) {
      group = "";
      at = 2;
    } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      at = 3;
    } else {
      return new RequestAttributes(false, r.method().toLowerCase(), "", "", "", "", "");
    }
    List<String> rest = parts.subList(at, parts.size());
    String namespace = "";
    if (rest.size() >= 2 && rest.get(0).equals("namespaces") && rest.size() > 2) {
      namespace = rest.get(1);
      rest = rest.subList(2, rest.size());
    } else if (rest.size() == 2 && rest.get(0).equals("namespaces")) {
      namespace = rest.get(1);
    }
    String resource = rest.get(0);
    String name = rest.size() > 1 ? rest.get(1) : "";
    String subresource = rest.size() > 2 ? rest.get(2) : "";
    String verb =
        switch (r.method()) {
          case "GET", "HEAD" -> name.isEmpty() ? (r.watch() ? "watch" : "list") : "get";
          case "POST" -> "create";
          case "PUT" -> "update";
          case "PATCH" -> "patch";
          case "DELETE" -> name.isEmpty() ? "deletecollection" : "delete";
          default -> r.method().toLowerCase();
        };
    String fieldSelector = r.query().getOrDefault("fieldSelector", "");
    if (name.isEmpty()
        && (verb.equals("list") || verb.equals("watch"))
        && fieldSelector.matches("metadata\\.name==?[^,]+")) {
      name = fieldSelector.replaceFirst("metadata\\.name==?", "");
    }
    return new RequestAttributes(true, verb, group, resource, subresource, namespace, name);
  }

  @Override
  public String toString() {
    if (!resourceRequest) {
      return "non-resource " + verb;
    }
    return verb
        + " "
        + (group.isEmpty() ? "" : group + "/")
        + resource
        + (subresource.isEmpty() ? "" : "/" + subresource)
        + (name.isEmpty() ? "" : " " + name)
        + (namespace.isEmpty() ? "" : " in " + namespace);
  }
}
