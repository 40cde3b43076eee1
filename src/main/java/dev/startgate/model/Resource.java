package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes object in the input: its parsed node (for edits) and what startgate reads of it.
 *
 * @param node the object's mapping
 * @param ref its identity
 * @param annotations metadata.annotations with scalar values
 * @param labels metadata.labels with scalar values
 * @param file its kpt path ({@code internal.config.kubernetes.io/path}), else the file it was read
 *     from if known, or null
 * @param facts what the planner reads of the object's body, read from {@code node} once
 */
public record Resource(
    YMapping node,
    ResourceRef ref,
    Map<String, String> annotations,
    Map<String, String> labels,
    String file,
    ObjectFacts facts) {

  /** A resource whose facts are read from {@code node} (none for a null node). */
  public Resource(
      YMapping node,
      ResourceRef ref,
      Map<String, String> annotations,
      Map<String, String> labels,
      String file) {
    this(node, ref, annotations, labels, file, ObjectFacts.of(node, ref));
  }

  /** Annotation kpt uses for an item's file. */
  public static final String PATH = "internal.config.kubernetes.io/path";

  /** Legacy annotation for an item's file. */
  public static final String LEGACY_PATH = "config.kubernetes.io/path";

  /** Annotation kpt uses for an item's index in its file. */
  public static final String INDEX = "internal.config.kubernetes.io/index";

  /** Legacy annotation for an item's index in its file. */
  public static final String LEGACY_INDEX = "config.kubernetes.io/index";

  /**
   * Annotation {@code kpt fn render} puts on every item: the absolute directory of the item's kpt
   * package, against which its path is written ({@code kpt fn eval} writes paths from the root).
   */
  public static final String PACKAGE_PATH = "internal.config.kubernetes.io/package-path";

  /** Reads a resource; null if {@code node} lacks apiVersion or kind. */
  public static Resource of(YMapping node) {
    // Through an alias, as kubectl reads them (namespace: *ns); a merge key is not followed here.
    String apiVersion = node.resolvedText("apiVersion").orElse(null);
    String kind = node.resolvedText("kind").orElse(null);
    if (apiVersion == null || kind == null) {
      return null;
    }
    YMapping metadata = node.mapping("metadata").orElse(null);
    String name = metadata == null ? null : metadata.resolvedText("name").orElse(null);
    String namespace = metadata == null ? null : metadata.resolvedText("namespace").orElse(null);
    Map<String, String> annotations = scalars(metadata, "annotations");
    Map<String, String> labels = labels(metadata);
    String file = annotations.getOrDefault(PATH, annotations.get(LEGACY_PATH));
    return new Resource(
        node, new ResourceRef(apiVersion, kind, namespace, name), annotations, labels, file);
  }

  /** This resource read from {@code name}, unless it has a kpt path already. */
  public Resource readFrom(String name) {
    return file != null || name == null
        ? this
        : new Resource(node, ref, annotations, labels, name, facts);
  }

  /** Its file when kpt gave it one ({@link #PATH}), or null: not a file it was only read from. */
  public String kptFile() {
    return annotations.containsKey(PATH) || annotations.containsKey(LEGACY_PATH) ? file : null;
  }

  /** This resource in {@code file}; the text is not changed. */
  public Resource inFile(String file) {
    return new Resource(node, ref, annotations, labels, file, facts);
  }

  /** This resource with {@code annotations} in place of its own; the text is not changed. */
  public Resource withAnnotations(Map<String, String> annotations) {
    return new Resource(node, ref, annotations, labels, file, facts);
  }

  /** Kinds that live outside namespaces: a default namespace never applies to them. */
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "Namespace",
          "Node",
          "PersistentVolume",
          "ClusterRole",
          "ClusterRoleBinding",
          "CustomResourceDefinition",
          "StorageClass",
          "PriorityClass",
          "RuntimeClass",
          "IngressClass",
          "CSIDriver",
          "APIService",
          "ValidatingWebhookConfiguration",
          "MutatingWebhookConfiguration",
          "ValidatingAdmissionPolicy",
          "ValidatingAdmissionPolicyBinding");

  /**
   * This resource in {@code namespace} if it names none and is not of a cluster-scoped kind, as
   * Helm or kubectl would install it; the text is not changed.
   */
  public Resource inNamespace(String namespace) {
    if (namespace == null || ref.namespace() != null || CLUSTER_SCOPED.contains(ref.kind())) {
      return this;
    }
    return new Resource(
        node,
        new ResourceRef(ref.apiVersion(), ref.kind(), namespace, ref.name()),
        annotations,
        labels,
        file,
        facts);
  }

  /** The shape of this object, if startgate gates its kind. */
  public Optional<WorkloadShape> shape() {
    return WorkloadShape.of(ref);
  }

  /** The object's kind. */
  public String kind() {
    return ref.kind();
  }

  /** The object's name, or null. */
  public String name() {
    return ref.name();
  }

  /** The object's namespace, or null. */
  public String namespace() {
    return ref.namespace();
  }

  /** The group part of apiVersion ({@code ""} for core). */
  public String group() {
    return ResourceRef.groupOf(ref.apiVersion());
  }

  /** The label every object startgate generates carries. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  /** Its value. */
  public static final String STARTGATE = "startgate";

  /**
   * The kinds startgate generates: RBAC objects and ServiceAccounts, the when-ready server's
   * Service and Deployment, Flux Kustomizations.
   */
  private static final Set<String> GENERATED_KINDS =
      Set.of(
          "ServiceAccount",
          "Role",
          "RoleBinding",
          "ClusterRole",
          "ClusterRoleBinding",
          "Service",
          "Deployment",
          "Kustomization");

  /**
   * True for the objects startgate generated: labelled {@code managed-by: startgate} and of a kind
   * it generates. A user's ConfigMap with that label is the user's, and is never pruned.
   */
  public boolean isGenerated() {
    return STARTGATE.equals(labels.get(MANAGED_BY)) && GENERATED_KINDS.contains(ref.kind());
  }

  /**
   * The name a message shows: {@code metadata.name}, or for an object with only a {@code
   * generateName} that prefix and {@code *} ({@code migrate-*}), or {@code (no name)}.
   */
  public String shownName() {
    String name = name();
    if (name != null) {
      return name;
    }
    String prefix = generateName();
    return prefix != null ? prefix + "*" : "(no name)";
  }

  /** {@code metadata.generateName}, or null; read only for an object without a name. */
  public String generateName() {
    return node.mapping("metadata").flatMap(m -> m.text("generateName")).orElse(null);
  }

  /** True for objects marked {@code config.kubernetes.io/local-config: "true"}. */
  public boolean isLocalConfig() {
    return "true".equals(annotations.get("config.kubernetes.io/local-config"));
  }

  /** The labels, through aliases and merge keys as kubectl reads them ({@link Aliased}). */
  private static Map<String, String> labels(YMapping metadata) {
    YMapping map = metadata == null ? null : Aliased.mappingAt(metadata, "labels");
    if (map == null) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    Aliased.scalars(map, out);
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, String> scalars(YMapping metadata, String key) {
    if (metadata == null) {
      return Map.of();
    }
    YNode node = metadata.get(key).orElse(null);
    if (!(node instanceof YMapping map)) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < map.size(); i++) {
      if (map.keyText(i) != null && map.value(i) instanceof YScalar s) {
        out.put(map.keyText(i), s.isNull() ? "" : s.value());
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
