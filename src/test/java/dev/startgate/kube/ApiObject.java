package dev.startgate.kube;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A {@link Fixtures} object as the API server addresses it: its collection path, name and labels,
 * and which of a gate's requests are about it.
 */
record ApiObject(String collection, String name, Map<String, String> labels, String json) {
  /** Reads a fixture's YAML (a namespaced Deployment, StatefulSet, Job or Pod). */
  @SuppressWarnings("unchecked")
  static ApiObject of(String yaml) {
    Map<String, Object> doc = new YAMLMapper().readValue(yaml, Map.class);
    Map<String, Object> meta = (Map<String, Object>) doc.get("metadata");
    String apiVersion = (String) doc.get("apiVersion");
    String root = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
    String plural = ((String) doc.get("kind")).toLowerCase(Locale.ROOT) + "s";
    return new ApiObject(
        root + "/namespaces/" + meta.get("namespace") + "/" + plural,
        (String) meta.get("name"),
        (Map<String, String>) meta.getOrDefault("labels", Map.of()),
        new JsonMapper().writeValueAsString(doc));
  }

  /**
   * A request that looks for this object: a GET of it, or a list or watch of its collection whose
   * field or label selector picks it.
   */
  boolean lookedFor(FakeApiServer.Request r) {
    if (r.path().equals(collection + "/" + name)) {
      return true;
    }
    if (!r.path().equals(collection)) {
      return false;
    }
    String labelSelector = r.query().get("labelSelector");
    Predicate<Map<String, String>> selector =
        labelSelector == null ? null : LabelQuery.parse(labelSelector);
    return namedBy(r) || (selector != null && selector.test(labels));
  }

  /** A watch of this object by name: what a waiting kubectl holds open until the object changes. */
  boolean watchedByName(FakeApiServer.Request r) {
    return r.watch() && r.path().equals(collection) && namedBy(r);
  }

  private boolean namedBy(FakeApiServer.Request r) {
    return ("metadata.name=" + name).equals(r.query().get("fieldSelector"));
  }
}
