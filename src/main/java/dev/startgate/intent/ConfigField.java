package dev.startgate.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * Every field of the function config, in one table: its name (flattened with dots, as a ConfigMap
 * writes it), its type (as the JSON schema {@code function-config/startgate.schema.json} gives it),
 * the section reader that reads it, and what it sets. The readers take fields only through this
 * table; the "unknown field" error suggests from it; {@code ConfigFieldsTest} holds the schema to
 * it, field for field, and a valid example of each. The order is the one the "known fields" list
 * shows.
 */
enum ConfigField {
  DEFAULTS_TIMEOUT(
      "defaults.timeout", "90s", Type.DURATION, Section.DEFAULTS, "gate timeout, 300s"),
  DEFAULTS_INTERVAL(
      "defaults.interval", "5s", Type.INTERVAL, Section.DEFAULTS, "poll interval, 2s"),
  DEFAULTS_UPTIME(
      "defaults.uptime", "10s", Type.DURATION, Section.DEFAULTS, "time ready before passing"),
  IMAGES_BUSYBOX(
      "images.busybox",
      "registry.example/busybox:1.37.0@sha256:<digest>",
      Type.IMAGE,
      Section.IMAGES,
      "TCP and HTTP gates"),
  IMAGES_CURL(
      "images.curl",
      "registry.example/curl:8.11.1@sha256:<digest>",
      Type.IMAGE,
      Section.IMAGES,
      "HTTPS gates"),
  IMAGES_KUBECTL(
      "images.kubectl",
      "registry.k8s.io/kubectl:v1.34.1@sha256:<digest>",
      Type.IMAGE,
      Section.IMAGES,
      "Kubernetes gates"),
  RUN_AS_USER("securityContext.runAsUser", "65532", Type.ID, Section.RESOURCES, "gate user id"),
  RUN_AS_GROUP("securityContext.runAsGroup", "65532", Type.ID, Section.RESOURCES, "gate group id"),
  CPU("resources.cpu", "200m", Type.CPU, Section.RESOURCES, "cpu of every gate"),
  MEMORY("resources.memory", "128Mi", Type.MEMORY, Section.RESOURCES, "memory of every gate"),
  BUSYBOX_CPU("resources.busybox.cpu", "100m", Type.CPU, Section.RESOURCES, "busybox gate cpu"),
  BUSYBOX_MEMORY("resources.busybox.memory", "16Mi", Type.MEMORY, Section.RESOURCES, "its memory"),
  CURL_CPU("resources.curl.cpu", "100m", Type.CPU, Section.RESOURCES, "curl gate cpu"),
  CURL_MEMORY("resources.curl.memory", "48Mi", Type.MEMORY, Section.RESOURCES, "its memory"),
  KUBECTL_CPU("resources.kubectl.cpu", "500m", Type.CPU, Section.RESOURCES, "kubectl gate cpu"),
  KUBECTL_MEMORY("resources.kubectl.memory", "192Mi", Type.MEMORY, Section.RESOURCES, "its memory"),
  WHEN_READY_CPU("resources.whenReady.cpu", "20m", Type.CPU, Section.RESOURCES, "client gate cpu"),
  WHEN_READY_MEMORY(
      "resources.whenReady.memory", "32Mi", Type.MEMORY, Section.RESOURCES, "its memory"),
  RBAC("rbac", "auto", Type.choice("auto", "none"), Section.TOP, "RBAC for Kubernetes gates"),
  ORCHESTRATOR(
      "orchestrator",
      "helm",
      Type.choice("none", "helm", "argocd", "flux"),
      Section.TOP,
      "what orders phased Jobs"),
  FLUX_LAYOUT("flux.layout", "true", Type.BOOLEAN, Section.FLUX, "write Flux Kustomizations"),
  FLUX_NAME("flux.name", "shop", Type.TEXT, Section.FLUX, "name prefix of the stages"),
  FLUX_NAMESPACE(
      "flux.namespace", "flux-system", Type.TEXT, Section.FLUX, "namespace of the stages"),
  FLUX_PATH("flux.path", "./apps/shop", Type.TEXT, Section.FLUX, "path inside the Flux source"),
  FLUX_SOURCE_KIND(
      "flux.sourceRef.kind",
      "GitRepository",
      Type.choice("GitRepository", "OCIRepository", "Bucket"),
      Section.FLUX,
      "kind of the Flux source"),
  FLUX_SOURCE_NAME(
      "flux.sourceRef.name", "flux-system", Type.TEXT, Section.FLUX, "name of the Flux source"),
  FLUX_SOURCE_NAMESPACE(
      "flux.sourceRef.namespace", "flux-system", Type.TEXT, Section.FLUX, "its namespace"),
  FLUX_INTERVAL("flux.interval", "10m", Type.GO_DURATION, Section.FLUX, "interval of the stages"),
  FLUX_TIMEOUT("flux.timeout", "5m", Type.GO_DURATION, Section.FLUX, "timeout of the stages"),
  GATES(
      "gates",
      "[{match: {kind: Job}, waitFor: tcp://postgres:5432}]",
      Type.RULES,
      Section.GATES,
      "gates for workloads matched by rules"),
  KUBERNETES_GATES(
      "kubernetesGates",
      "when-ready-server",
      Type.choice("kubectl", "when-ready-server"),
      Section.KUBERNETES,
      "how Kubernetes targets are waited for"),
  IMAGES_WHEN_READY(
      "images.whenReady",
      "docker.io/jeffvalore/k8s-when-ready:0.2.0@sha256:<digest>",
      Type.IMAGE,
      Section.KUBERNETES,
      "k8s-when-ready client"),
  SERVER_HOST(
      "whenReadyServer.host",
      "k8s-when-ready-server.tools.svc",
      Type.TEXT,
      Section.KUBERNETES,
      "the server's host"),
  SERVER_PORT("whenReadyServer.port", "3000", Type.PORT, Section.KUBERNETES, "the server's port"),
  SERVER_EMIT(
      "whenReadyServer.emitServer", "true", Type.BOOLEAN, Section.KUBERNETES, "emit the server"),
  SERVER_NAMESPACE(
      "whenReadyServer.namespace", "tools", Type.TEXT, Section.KUBERNETES, "where it runs"),
  SERVER_IMAGE(
      "whenReadyServer.image",
      "docker.io/jeffvalore/k8s-when-ready-server:0.2.0@sha256:<digest>",
      Type.IMAGE,
      Section.KUBERNETES,
      "the server's image"),
  HTTPS_CA_CONFIG_MAP(
      "https.caConfigMap", "company-ca", Type.TEXT, Section.HTTPS, "ConfigMap of a CA bundle"),
  HTTPS_CA_KEY("https.caKey", "ca.crt", Type.TEXT, Section.HTTPS, "its key, ca.crt");

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
    static final Type CPU = new Type("#cpu", List.of());
    static final Type MEMORY = new Type("#memory", List.of());
    static final Type TEXT = new Type("string", List.of());
    static final Type BOOLEAN = new Type("#flag", List.of());
    static final Type PORT = new Type("#port", List.of());
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

  /**
   * True for a value YAML reads as a string when written plain: not a boolean, a number or a flow
   * collection. A ConfigMap's data holds strings only, so its examples quote the others. (A loop,
   * not a pattern compiled as the class loads: the class is loaded by every run, its examples are
   * needed only for an error.)
   */
  private static boolean plainString(String v) {
    if (v.isEmpty() || "[{\"'".indexOf(v.charAt(0)) >= 0) {
      return false;
    }
    if (v.equals("true") || v.equals("false") || v.equals("null")) {
      return false;
    }
    int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
    if (i == v.length()) {
      return true;
    }
    for (; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return true;
      }
    }
    return false;
  }

  private final String key;
  private final String example;
  private final Type type;
  private final Section section;
  private final String description;

  ConfigField(String key, String example, Type type, Section section, String description) {
    this.key = key;
    this.example = example;
    this.type = type;
    this.section = section;
    this.description = description;
  }

  /** The name, flattened with dots: {@code defaults.timeout}. */
  String key() {
    return key;
  }

  /**
   * A valid setting of this field, as written at its place: under its section in a StartGate
   * ({@code emitServer: true}), by its full name in a ConfigMap's data, whose values are strings
   * ({@code whenReadyServer.emitServer: "true"}). A choice shows each value ({@code rbac: auto or
   * rbac: none}).
   */
  String written(boolean configMap) {
    String name = name(configMap);
    List<String> values = type.choices().isEmpty() ? List.of(example) : type.choices();
    List<String> each = new ArrayList<>();
    for (String v : values) {
      each.add(name + ": " + (configMap && !plainString(v) ? "\"" + v + "\"" : v));
    }
    return each.size() == 1
        ? each.get(0)
        : String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
  }

  /** A valid value: {@code 90s}. */
  String example() {
    return example;
  }

  /** The name written at the field's place: {@code emitServer}, or in a ConfigMap its full name. */
  String name(boolean configMap) {
    return configMap ? key : key.substring(key.lastIndexOf('.') + 1);
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
