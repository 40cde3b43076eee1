package dev.startgate.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * Every field of the function config, in one table: its name (flattened with dots, as a ConfigMap
 * writes it), its type (as the JSON schema {@code function-config/startgate.schema.json} gives it),
 * the section reader that reads it, and what it sets. The readers take fields only through this
 * table; the "unknown field" error suggests from it; {@code ConfigFieldsTest} holds the schema to
 * it, field for field. The order is the one the "known fields" list shows.
 */
enum ConfigField {
  DEFAULTS_TIMEOUT("defaults.timeout", Type.DURATION, Section.DEFAULTS, "gate timeout, 300s"),
  DEFAULTS_INTERVAL("defaults.interval", Type.INTERVAL, Section.DEFAULTS, "poll interval, 2s"),
  DEFAULTS_UPTIME("defaults.uptime", Type.DURATION, Section.DEFAULTS, "time ready before passing"),
  IMAGES_BUSYBOX("images.busybox", Type.IMAGE, Section.IMAGES, "TCP and HTTP gates"),
  IMAGES_CURL("images.curl", Type.IMAGE, Section.IMAGES, "HTTPS gates"),
  IMAGES_KUBECTL("images.kubectl", Type.IMAGE, Section.IMAGES, "Kubernetes gates"),
  RUN_AS_USER("securityContext.runAsUser", Type.ID, Section.RESOURCES, "gate user id"),
  RUN_AS_GROUP("securityContext.runAsGroup", Type.ID, Section.RESOURCES, "gate group id"),
  CPU("resources.cpu", Type.QUANTITY, Section.RESOURCES, "cpu of every gate"),
  MEMORY("resources.memory", Type.QUANTITY, Section.RESOURCES, "memory of every gate"),
  BUSYBOX_CPU("resources.busybox.cpu", Type.QUANTITY, Section.RESOURCES, "busybox gate cpu"),
  BUSYBOX_MEMORY("resources.busybox.memory", Type.QUANTITY, Section.RESOURCES, "its memory"),
  CURL_CPU("resources.curl.cpu", Type.QUANTITY, Section.RESOURCES, "curl gate cpu"),
  CURL_MEMORY("resources.curl.memory", Type.QUANTITY, Section.RESOURCES, "its memory"),
  KUBECTL_CPU("resources.kubectl.cpu", Type.QUANTITY, Section.RESOURCES, "kubectl gate cpu"),
  KUBECTL_MEMORY("resources.kubectl.memory", Type.QUANTITY, Section.RESOURCES, "its memory"),
  WHEN_READY_CPU("resources.whenReady.cpu", Type.QUANTITY, Section.RESOURCES, "client gate cpu"),
  WHEN_READY_MEMORY("resources.whenReady.memory", Type.QUANTITY, Section.RESOURCES, "its memory"),
  RBAC("rbac", Type.choice("auto", "none"), Section.TOP, "RBAC for Kubernetes gates"),
  ORCHESTRATOR(
      "orchestrator",
      Type.choice("none", "helm", "argocd", "flux"),
      Section.TOP,
      "what orders phased Jobs"),
  FLUX_LAYOUT("flux.layout", Type.BOOLEAN, Section.FLUX, "write Flux Kustomizations"),
  FLUX_NAME("flux.name", Type.TEXT, Section.FLUX, "name prefix of the stages"),
  FLUX_NAMESPACE("flux.namespace", Type.TEXT, Section.FLUX, "namespace of the stages"),
  FLUX_PATH("flux.path", Type.TEXT, Section.FLUX, "path inside the Flux source"),
  FLUX_SOURCE_KIND(
      "flux.sourceRef.kind",
      Type.choice("GitRepository", "OCIRepository", "Bucket"),
      Section.FLUX,
      "kind of the Flux source"),
  FLUX_SOURCE_NAME("flux.sourceRef.name", Type.TEXT, Section.FLUX, "name of the Flux source"),
  FLUX_SOURCE_NAMESPACE("flux.sourceRef.namespace", Type.TEXT, Section.FLUX, "its namespace"),
  FLUX_INTERVAL("flux.interval", Type.GO_DURATION, Section.FLUX, "interval of the stages"),
  FLUX_TIMEOUT("flux.timeout", Type.GO_DURATION, Section.FLUX, "timeout of the stages"),
  GATES("gates", Type.RULES, Section.GATES, "gates for workloads matched by rules"),
  KUBERNETES_GATES(
      "kubernetesGates",
      Type.choice("kubectl", "when-ready-server"),
      Section.KUBERNETES,
      "how Kubernetes targets are waited for"),
  IMAGES_WHEN_READY("images.whenReady", Type.IMAGE, Section.KUBERNETES, "k8s-when-ready client"),
  SERVER_HOST("whenReadyServer.host", Type.TEXT, Section.KUBERNETES, "the server's host"),
  SERVER_PORT("whenReadyServer.port", Type.PORT, Section.KUBERNETES, "the server's port"),
  SERVER_EMIT("whenReadyServer.emitServer", Type.BOOLEAN, Section.KUBERNETES, "emit the server"),
  SERVER_NAMESPACE("whenReadyServer.namespace", Type.TEXT, Section.KUBERNETES, "where it runs"),
  SERVER_IMAGE("whenReadyServer.image", Type.IMAGE, Section.KUBERNETES, "the server's image"),
  HTTPS_CA_CONFIG_MAP("https.caConfigMap", Type.TEXT, Section.HTTPS, "ConfigMap of a CA bundle"),
  HTTPS_CA_KEY("https.caKey", Type.TEXT, Section.HTTPS, "its key, ca.crt");

  /**
   * The type of a field: the {@code $defs} entry of the schema it refers to ({@code duration}), or
   * the JSON type it has ({@code string}), or the values it allows.
   *
   * @param schema the {@code $defs} name or JSON type in the schema; {@code enum} for a choice
   * @param choices the allowed values of a choice, as written; empty otherwise
   */
  record Type(String schema, List<String> choices) {
    static final Type DURATION = new Type("#duration", List.of());
    static final Type INTERVAL = new Type("#interval", List.of());
    static final Type GO_DURATION = new Type("#duration", List.of());
    static final Type IMAGE = new Type("#image", List.of());
    static final Type ID = new Type("#id", List.of());
    static final Type QUANTITY = new Type("#quantity", List.of());
    static final Type TEXT = new Type("string", List.of());
    static final Type BOOLEAN = new Type("boolean", List.of());
    static final Type PORT = new Type("integer", List.of());
    static final Type RULES = new Type("array", List.of());

    static Type choice(String... values) {
      return new Type("enum", List.of(values));
    }
  }

  /** The reader of a field: each section of the config has its own. */
  enum Section {
    /** {@link ConfigReader}: {@code defaults}. */
    DEFAULTS,
    /** {@link ConfigReader}: {@code images} of the gates. */
    IMAGES,
    /** {@link ResourcesReader}: {@code securityContext} and {@code resources}. */
    RESOURCES,
    /** {@link ConfigReader}: {@code rbac} and {@code orchestrator}. */
    TOP,
    /** {@link FluxConfigReader}. */
    FLUX,
    /** {@link GateRulesReader}. */
    GATES,
    /** {@link KubernetesConfigReader}. */
    KUBERNETES,
    /** {@link HttpsConfigReader}. */
    HTTPS
  }

  private final String key;
  private final Type type;
  private final Section section;
  private final String description;

  ConfigField(String key, Type type, Section section, String description) {
    this.key = key;
    this.type = type;
    this.section = section;
    this.description = description;
  }

  /** The name, flattened with dots: {@code defaults.timeout}. */
  String key() {
    return key;
  }

  Type type() {
    return type;
  }

  Section section() {
    return section;
  }

  String description() {
    return description;
  }

  /** Every field name, in the order of the table. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (ConfigField f : values()) {
      keys.add(f.key);
    }
    return keys;
  }

  /** The field named {@code key}, or null. */
  static ConfigField of(String key) {
    for (ConfigField f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    return null;
  }
}
