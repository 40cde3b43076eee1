package dev.startgate.kube;

import dev.startgate.intent.CrdFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * CustomResourceDefinitions for tests, cut down to what discovery and startgate read (group, names,
 * scope, versions) from the operators' published CRDs, and what follows from them: the {@link
 * CrdFacts} the target parser takes, the fake API server's discovery, and an object's path.
 */
final class CustomResources {
  private CustomResources() {}

  /** CloudNativePG {@code Cluster} (postgresql.cnpg.io/v1, namespaced). */
  static final String CNPG_CLUSTER = crd("postgresql.cnpg.io", "Cluster", "Namespaced", "v1");

  /** cert-manager {@code Certificate} (cert-manager.io/v1, namespaced). */
  static final String CERTIFICATE = crd("cert-manager.io", "Certificate", "Namespaced", "v1");

  /** cert-manager {@code ClusterIssuer} (cert-manager.io/v1, cluster-scoped). */
  static final String CLUSTER_ISSUER = crd("cert-manager.io", "ClusterIssuer", "Cluster", "v1");

  /**
   * A Crossplane claim as an XRD generates it ({@code PostgreSQLInstance}, database.example.org).
   */
  static final String CROSSPLANE_CLAIM =
      crd("database.example.org", "PostgreSQLInstance", "Namespaced", "v1");

  /** Strimzi {@code Kafka} (kafka.strimzi.io, v1beta2 served first). */
  static final String STRIMZI_KAFKA = crd("kafka.strimzi.io", "Kafka", "Namespaced", "v1beta2");

  private static String crd(String group, String kind, String scope, String version) {
    String singular = kind.toLowerCase(Locale.ROOT);
    String plural = singular.endsWith("s") ? singular + "es" : singular + "s";
    return """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: %s.%s
        spec:
          group: %s
          names: {kind: %s, listKind: %sList, plural: %s, singular: %s}
          scope: %s
          versions:
          - name: %s
            served: true
            storage: true
            subresources: {status: {}}
            schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
        """
        .formatted(plural, group, group, kind, kind, plural, singular, scope, version);
  }

  /** What {@code crdYaml} says, as the target parser takes it. */
  @SuppressWarnings("unchecked")
  static CrdFacts facts(String crdYaml) {
    Map<String, Object> doc = new YAMLMapper().readValue(crdYaml, Map.class);
    Map<String, Object> spec = (Map<String, Object>) doc.get("spec");
    Map<String, Object> names = (Map<String, Object>) spec.get("names");
    List<String> versions = new ArrayList<>();
    for (Object v : (List<Object>) spec.get("versions")) {
      versions.add((String) ((Map<String, Object>) v).get("name"));
    }
    String kind = (String) names.get("kind");
    return new CrdFacts(
        (String) spec.get("group"),
        kind,
        (String) names.get("plural"),
        (String) names.getOrDefault("singular", kind.toLowerCase(Locale.ROOT)),
        "Cluster".equals(spec.get("scope")),
        versions);
  }

  /** {@code base} serving every served version of the resources the CRDs define. */
  static Discovery discovery(Discovery base, List<CrdFacts> crds) {
    Discovery d = base;
    for (CrdFacts c : crds) {
      for (String v : c.versions()) {
        d = d.plus(c.group() + "/" + v, c.plural(), c.singular(), c.kind(), !c.clusterScoped());
      }
    }
    return d;
  }

  /** The path of the collection that holds objects of {@code crd} in {@code namespace}. */
  static String collection(CrdFacts crd, String namespace) {
    return "/apis/"
        + crd.group()
        + "/"
        + crd.versions().get(0)
        + (crd.clusterScoped() ? "" : "/namespaces/" + namespace)
        + "/"
        + crd.plural();
  }

  /**
   * Creates object {@code name} of {@code crd} (in {@code namespace}, null when cluster-scoped) at
   * {@code generation} with an empty spec, then merges {@code status} (a JSON merge patch) into its
   * status subresource unless it is null.
   */
  static void create(
      FakeApiServer server,
      CrdFacts crd,
      String namespace,
      String name,
      int generation,
      String status) {
    String json =
        "{\"apiVersion\":\"%s/%s\",\"kind\":\"%s\",\"metadata\":{\"name\":\"%s\"%s,\"generation\":%d},\"spec\":{}}"
            .formatted(
                crd.group(),
                crd.versions().get(0),
                crd.kind(),
                name,
                namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"",
                generation);
    server.apply("POST", collection(crd, namespace), "application/json", json);
    if (status != null) {
      server.apply(
          "PATCH",
          collection(crd, namespace) + "/" + name + "/status",
          "application/merge-patch+json",
          status);
    }
  }
}
