// Over 300 lines: the one reader of both config forms, with its section and field errors.
package dev.startgate.intent;

import dev.startgate.intent.ConfigInput.Field;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the function config: a {@code StartGate} object, or a ConfigMap whose {@code data} holds
 * the same fields flattened with dots ({@code defaults.timeout: 60s}), which is also what kpt's
 * {@code -- key=value} arguments become. The config is loaded, defaulted, then validated, and every
 * problem is reported, not just the first.
 */
public final class ConfigReader {
  /** The API version of the {@code StartGate} kind. */
  public static final String API_VERSION = "fn.startgate.dev/v1alpha1";

  /** The config and the problems found in it. */
  public record Reading(Config config, List<Result> results) {}

  private final Collection<CrdFacts> crds;

  /** A reader for an input without CustomResourceDefinitions. */
  public ConfigReader() {
    this(List.of());
  }

  /**
   * A reader whose {@code gates:} rules resolve custom-resource targets with {@code crds}, the
   * input's CustomResourceDefinitions.
   */
  public ConfigReader(Collection<CrdFacts> crds) {
    this.crds = List.copyOf(crds);
  }

  /** Reads {@code resource}; a null resource is the default config. */
  public Reading read(Resource resource) {
    if (resource == null) {
      return new Reading(Config.DEFAULT, List.of());
    }
    Optional<Result> alias = ConfigAliases.first(resource);
    if (alias.isPresent()) {
      return new Reading(Config.DEFAULT, List.of(alias.get()));
    }
    List<Result> results = new ArrayList<>();
    ConfigMetadata.check(resource, results);
    Map<String, Field> fields = new LinkedHashMap<>();
    List<GateRule> gates = List.of();
    List<ConfigMapStrings.NotString> notStrings = List.of();
    if (resource.kind().equals("ConfigMap")) {
      YNode data = resource.node().get("data").orElse(null);
      if (data instanceof YMapping m) {
        flatten(m, "", "data.", fields, resource, results);
        notStrings = ConfigMapStrings.find(m);
      } else if (data != null && !(data instanceof YScalar s && s.isNull())) {
        results.add(
            Result.error(
                resource,
                "data",
                ConfigInput.flowText(data),
                "a ConfigMap config holds its fields in data, a mapping, not "
                    + ConfigInput.shape(data)
                    + ", like data: {rbac: none, defaults.timeout: 5m}"));
      }
      Field text = fields.remove(ConfigField.GATES.key());
      if (text != null) {
        gates = gatesFromText(text, resource, results);
      }
      outsideData(resource, results);
    } else if (resource.kind().equals("StartGate")) {
      if (!resource.ref().apiVersion().equals(API_VERSION)) {
        results.add(
            Result.error(
                resource,
                "apiVersion",
                resource.ref().apiVersion(),
                "the StartGate config needs apiVersion: " + API_VERSION));
      }
      YMapping node = resource.node();
      for (YMapping.Entry e : node.entries()) {
        String key = e.keyText();
        if (key == null) {
          results.add(complexKey(resource, "", e));
          continue;
        }
        if (List.of("apiVersion", "kind", "metadata").contains(key)) {
          continue;
        }
        if (key.equals("spec") && e.value() instanceof YMapping spec) {
          results.add(specError(resource, spec));
          continue;
        }
        if (key.equals(ConfigField.GATES.key())) {
          gates = new GateRulesReader(resource, results, crds).read(e.value(), "gates");
          continue;
        }
        if (key.indexOf('.') > 0 && ConfigField.of(key) != null) {
          results.add(dottedInStartGate(resource, key, key, e.value()));
          continue;
        }
        flattenEntry(key, e.value(), "", fields, resource, results);
      }
    } else {
      results.add(
          Result.error(
              resource,
              "kind",
              resource.kind(),
              "the function config must be a StartGate ("
                  + API_VERSION
                  + ") or a ConfigMap, like {apiVersion: "
                  + API_VERSION
                  + ", kind: StartGate, metadata: {name: startgate}, orchestrator: helm}"));
    }
    Config config = build(fields, resource, results, gates);
    ConfigMapStrings.report(notStrings, resource, results);
    return new Reading(config, results);
  }

  /**
   * A config field beside {@code data} in a ConfigMap (the StartGate form's place for it) would be
   * ignored: an error says where it goes. Other fields of a ConfigMap are not startgate's.
   */
  private static void outsideData(Resource r, List<Result> results) {
    if (!r.ref().apiVersion().equals("v1")) {
      results.add(
          Result.error(
              r,
              "apiVersion",
              r.ref().apiVersion(),
              "a ConfigMap's apiVersion is v1; write apiVersion: v1"));
    }
    for (YMapping.Entry e : r.node().entries()) {
      String key = e.keyText();
      if ("binaryData".equals(key)) {
        results.add(
            Result.error(
                r,
                key,
                ConfigInput.flowText(e.value()),
                "binaryData is not read: a ConfigMap config holds its fields as text under data,"
                    + " like data: {rbac: none}"));
        continue;
      }
      if ("immutable".equals(key)
          && !(e.value() instanceof YScalar v
              && v.plain()
              && v.value().matches("true|True|TRUE|false|False|FALSE"))) {
        // Kubernetes refuses another value, and the schema too (review DF: "true" was taken).
        results.add(
            Result.error(
                r,
                key,
                ConfigInput.flowText(e.value()),
                "a ConfigMap's immutable is true or false, unquoted; write immutable: true"));
        continue;
      }
      if (key == null
          || ConfigField.keys().stream().noneMatch(k -> k.equals(key) || k.startsWith(key + "."))) {
        continue;
      }
      String example =
          SECTIONS.containsKey(key)
              ? key + "." + SECTIONS.get(key)
              : key.equals(ConfigField.GATES.key())
                  ? "gates: \"[{match: {kind: Job}, waitFor: tcp://postgres:5432}]\""
                  : e.value() instanceof YScalar v && !v.isNull()
                      ? key + ": \"" + v.value().replace("\"", "\\\"") + "\""
                      : key + ": <value>";
      results.add(
          Result.error(
              r,
              key,
              e.value() instanceof YScalar v ? v.value() : null,
              "a ConfigMap config holds its fields under data, by their full names, like data: {"
                  + example
                  + "}; here "
                  + key
                  + " would be ignored"));
    }
  }

  /** A ConfigMap holds strings only: its {@code gates} is the list written as YAML text. */
  private List<GateRule> gatesFromText(Field text, Resource r, List<Result> results) {
    List<YDocument> docs;
    try {
      docs = new YamlParser(YamlLimits.DEFAULT).parse(text.text());
    } catch (YamlInputException e) {
      results.add(
          Result.error(
              r,
              text.path(),
              text.text(),
              e.limit()
                  ? "the rules are beyond startgate's limits: "
                      + e.problem()
                      + "; write the list out plainly, like "
                      + ConfigField.GATES.written(true)
                  : "the rules are not valid YAML: "
                      + e.getMessage()
                      + "; write the list as YAML text, like "
                      + ConfigField.GATES.written(true)));
      return List.of();
    }
    YNode root = docs.isEmpty() ? null : docs.get(0).root();
    return root == null ? List.of() : new GateRulesReader(r, results, crds).read(root, text.path());
  }

  /**
   * The config's sections (mappings of fields), each with a valid field and value for its example:
   * {@code defaults: {timeout: 5m}}, or {@code defaults.timeout: 5m} in a ConfigMap.
   */
  private static final Map<String, String> SECTIONS =
      Map.ofEntries(
          Map.entry("defaults", "timeout: 5m"),
          Map.entry("images", "busybox: docker.io/library/busybox:1.37.0"),
          Map.entry("securityContext", "runAsUser: 65532"),
          Map.entry("resources", "cpu: 50m"),
          Map.entry("flux", "layout: true"),
          Map.entry("flux.sourceRef", "name: flux-system"),
          Map.entry("whenReadyServer", "port: 8080"),
          Map.entry("https", "caConfigMap: corp-ca"));

  /** The error for a section written as a value or a list. */
  private static String notAMapping(String key, YNode value, boolean configMap) {
    String fields =
        String.join(
            ", ",
            ConfigField.keys().stream()
                .filter(k -> k.startsWith(key + "."))
                .map(k -> k.substring(key.length() + 1))
                .toList());
    String shown =
        !(value instanceof YScalar s)
            ? " " + ConfigInput.shape(value)
            : s.isNull() ? " empty" : " \"" + s.value().replace("\"", "\\\"") + "\"";
    String example = SECTIONS.get(key);
    if (configMap) {
      return "a ConfigMap holds the fields of "
          + key
          + " by their full names, not"
          + shown
          + " under "
          + key
          + " ("
          + fields
          + "), like "
          + key
          + "."
          + example;
    }
    String[] path = key.split("\\.");
    StringBuilder nested = new StringBuilder(path[path.length - 1] + ": {" + example + "}");
    for (int i = path.length - 2; i >= 0; i--) {
      nested.insert(0, path[i] + ": {").append("}");
    }
    return key
        + " must be a mapping of its fields ("
        + fields
        + "), not"
        + shown
        + ", like "
        + nested;
  }

  private static void flatten(
      YMapping map,
      String prefix,
      String pathPrefix,
      Map<String, Field> out,
      Resource r,
      List<Result> results) {
    for (YMapping.Entry e : map.entries()) {
      String key = prefix + e.keyText();
      if (e.keyText() == null) {
        results.add(complexKey(r, pathPrefix + prefix, e));
        continue;
      }
      if (pathPrefix.isEmpty() && e.keyText().indexOf('.') > 0 && ConfigField.of(key) != null) {
        // resources: {kubectl.cpu: 300m} in a StartGate: as flat as the ConfigMap form.
        results.add(dottedInStartGate(r, key, prefix + e.keyText(), e.value()));
        continue;
      }
      flattenEntry(key, e.value(), pathPrefix, out, r, results);
    }
  }

  /** The error of a key that is a collection ({@code ? [orchestrator]}): no field is named so. */
  private static Result complexKey(Resource r, String path, YMapping.Entry e) {
    String section = path.isEmpty() ? "" : path.substring(0, path.length() - 1);
    return Result.error(
        r,
        path.isEmpty() ? null : section,
        ConfigInput.flowText(e.key()),
        "a field name must be a plain word, not "
            + ConfigInput.shape(e.key())
            + " ("
            + ConfigInput.flowText(e.key())
            + "); write it as one, like "
            + SECTIONS.getOrDefault(section, "orchestrator: helm"));
  }

  /**
   * The error of a dotted name in a StartGate ({@code written}, the field {@code key}): the
   * ConfigMap form's spelling; the StartGate kind nests, as its schema says.
   */
  private static Result dottedInStartGate(Resource r, String key, String written, YNode value) {
    String[] parts = key.split("\\.");
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      nested.append(parts[i]).append(": {");
    }
    nested.append(parts[parts.length - 1]).append(": ").append(ConfigInput.flowText(value));
    nested.append("}".repeat(parts.length - 1));
    YNode there = r.node();
    for (int i = 0; i < parts.length && there != null; i++) {
      there = there instanceof YMapping m ? m.get(parts[i]).orElse(null) : null;
    }
    if (there != null) {
      // defaults: {timeout: 45s} beside defaults.timeout: 60s: writing the nested form would give
      // two timeouts; the dotted one is the one to delete.
      return Result.error(
          r,
          written,
          ConfigInput.flowText(value),
          key
              + " is written twice, nested (\""
              + ConfigInput.flowText(there)
              + "\") and dotted; a StartGate nests its fields: delete the dotted one");
    }
    return Result.error(
        r,
        written,
        ConfigInput.flowText(value),
        "a StartGate nests its fields; write "
            + nested
            + " (dotted names are the ConfigMap form's)");
  }

  private static void flattenEntry(
      String key,
      YNode value,
      String pathPrefix,
      Map<String, Field> out,
      Resource r,
      List<Result> results) {
    boolean section = SECTIONS.containsKey(key);
    ConfigField field = ConfigField.of(key);
    if (field != null && !(value instanceof YScalar)) {
      results.add(
          Result.error(
              r,
              pathPrefix + key,
              ConfigInput.flowText(value),
              ConfigInput.notOneValue(field, value, !pathPrefix.isEmpty())));
    } else if (value instanceof YMapping m && m.size() == 0 && !section && !known(key)) {
      // An unknown name written empty ({}): no field under it would name it.
      out.put(key, new Field("{}", pathPrefix + key, "{}"));
    } else if (value instanceof YMapping m) {
      flatten(m, key + ".", pathPrefix, out, r, results);
    } else if (section && key.indexOf('.') < 0 && value instanceof YScalar s && s.isNull()) {
      // A top-level section with every field commented out, or written empty: no settings, as if
      // absent (the schema allows null there too).
    } else if (section) {
      results.add(
          Result.error(
              r,
              pathPrefix + key,
              value instanceof YScalar s ? s.value() : null,
              notAMapping(key, value, !pathPrefix.isEmpty())));
    } else {
      // A field's value, or a list where no field is (an unknown field, resources.busybox): the
      // reader of its section, or the unknown-field error, reports it with the value as written.
      String text = value instanceof YScalar s && s.isNull() ? "" : ConfigInput.flowText(value);
      String written = text;
      if (field != null
          && (field.type() == ConfigField.Type.ID || field.type() == ConfigField.Type.PORT)
          && value instanceof YScalar s) {
        text = WholeNumbers.decimal(s); // 1000.0 and 0x3e8 are the integer the schema reads
      }
      if (field != null
          && field.type() == ConfigField.Type.BOOLEAN
          && pathPrefix.isEmpty() // a ConfigMap's values are strings
          && value instanceof YScalar s
          && s.plain()
          && (s.tag() == null || s.tag().equals("tag:yaml.org,2002:bool"))
          && (text.equals("True")
              || text.equals("TRUE")
              || text.equals("False")
              || text.equals("FALSE"))) {
        text = text.toLowerCase(Locale.ROOT); // YAML 1.2's booleans, as the schema reads
      }
      Field before = out.put(key, new Field(text, pathPrefix + key, written));
      if (before != null) {
        // Nested and dotted (defaults: {timeout} and defaults.timeout): which one wins is no
        // setting to guess.
        results.add(
            Result.error(
                r,
                pathPrefix + key,
                text,
                key
                    + " is written twice, nested and dotted (the other is \""
                    + before.text()
                    + "\"); keep one"));
      }
    }
  }

  /** True if {@code key} is a field's name or the start of one ({@code resources.kubectl}). */
  private static boolean known(String key) {
    for (String field : ConfigField.keys()) {
      if (field.startsWith(key)
          && (field.length() == key.length() || field.charAt(key.length()) == '.')) {
        return true;
      }
    }
    return false;
  }

  /** The config from the flattened {@code fields}: each section by its reader, then unknowns. */
  private static Config build(
      Map<String, Field> fields, Resource r, List<Result> results, List<GateRule> gates) {
    ConfigInput in = new ConfigInput(r, results, fields);
    Timing defaults = defaults(in);
    Images i = Config.DEFAULT.images();
    Images images =
        new Images(
            in.image(ConfigField.IMAGES_BUSYBOX, i.busybox()),
            in.image(ConfigField.IMAGES_CURL, i.curl()),
            in.image(ConfigField.IMAGES_KUBECTL, i.kubectl()));
    GateSettings gate = ResourcesReader.read(in);
    RbacMode rbac = in.choice(ConfigField.RBAC, Config.DEFAULT.rbac(), RbacMode::valueOf);
    ConfigInput.Field written = in.peek(ConfigField.ORCHESTRATOR);
    Orchestrator orchestrator =
        in.choice(ConfigField.ORCHESTRATOR, Config.DEFAULT.orchestrator(), Orchestrator::valueOf);
    FluxSettings flux = FluxConfigReader.read(in, orchestrator, written);
    KubernetesGates kubernetes = KubernetesConfigReader.read(in);
    HttpsSettings https = HttpsConfigReader.read(in);
    in.reportUnknown();
    return new Config(defaults, images, gate, rbac, orchestrator, flux, gates, kubernetes, https);
  }

  /** The {@code defaults.*} fields and how they bound each other. */
  private static Timing defaults(ConfigInput in) {
    Timing d = Config.DEFAULT.defaults();
    // As written (data.defaults.timeout in a ConfigMap): a bound is reported where it was set.
    ConfigInput.Field timeout = in.peek(ConfigField.DEFAULTS_TIMEOUT);
    ConfigInput.Field interval = in.peek(ConfigField.DEFAULTS_INTERVAL);
    ConfigInput.Field uptime = in.peek(ConfigField.DEFAULTS_UPTIME);
    Timing defaults =
        new Timing(
            in.duration(ConfigField.DEFAULTS_TIMEOUT, d.timeoutSeconds()),
            in.duration(ConfigField.DEFAULTS_INTERVAL, d.intervalSeconds()),
            in.duration(ConfigField.DEFAULTS_UPTIME, d.uptimeSeconds()));
    if (defaults.intervalSeconds() == 0) {
      in.error(interval, "the interval must be at least 1s, like 2s");
    }
    if (defaults.timeoutSeconds() == 0) {
      in.error(timeout, Durations.ZERO_TIMEOUT);
    }
    if (defaults.uptimeSeconds() > 0
        && defaults.timeoutSeconds() > 0
        && defaults.uptimeSeconds() >= defaults.timeoutSeconds()) {
      in.error(
          uptime,
          TimingChecks.uptimePastTimeout(
              defaults.uptimeSeconds(),
              Durations.format(defaults.uptimeSeconds()),
              Durations.format(defaults.timeoutSeconds()),
              "defaults.timeout",
              "defaults.uptime"));
    }
    if (defaults.intervalSeconds() > defaults.timeoutSeconds() && defaults.timeoutSeconds() > 0) {
      // Once, here: a workload that sets neither warns about neither (TimingChecks).
      in.warning(
          interval != null ? interval : timeout,
          TimingChecks.intervalPastTimeout(
              Durations.format(defaults.intervalSeconds()),
              Durations.format(defaults.timeoutSeconds()),
              "a network gate that sets neither",
              "defaults.interval",
              "defaults.timeout"));
    }
    long u = defaults.uptimeSeconds();
    long i = defaults.intervalSeconds();
    long t = defaults.timeoutSeconds();
    if (u > 0 && i > 0 && u < t && TimingChecks.timeoutNeeded(u, i) > t) {
      // Once, here, as above: a workload that sets none of the three warns about none. An uptime
      // above 0 is the config's (startgate's default is none).
      in.warning(
          uptime,
          TimingChecks.uptimeNeedsTimeout(
              u,
              i,
              Durations.format(u),
              Durations.format(i),
              Durations.format(t),
              "defaults.timeout",
              "defaults.uptime or defaults.interval"));
    }
    return defaults;
  }

  /**
   * {@code spec:} in a StartGate, a habit from Kubernetes objects: its fields belong at the top
   * level, next to {@code kind}.
   */
  private static Result specError(Resource r, YMapping spec) {
    List<String> tops = new ArrayList<>();
    for (String key : ConfigField.keys()) {
      String top = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      if (!tops.contains(top)) {
        tops.add(top);
      }
    }
    List<String> names = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    String example = null;
    for (YMapping.Entry e : spec.entries()) {
      if (e.keyText() != null && !tops.contains(e.keyText())) {
        unknown.add(e.keyText());
      } else if (e.keyText() != null) {
        names.add(e.keyText());
        if (example == null && e.value() instanceof YScalar s && !s.isNull()) {
          example = e.keyText() + ": " + s.value();
        }
      }
    }
    String others =
        unknown.isEmpty()
            ? ""
            : "; "
                + and(unknown)
                + (unknown.size() == 1 ? " is not a StartGate field" : " are not StartGate fields")
                + " (fields: "
                + String.join(", ", tops)
                + ")";
    return Result.error(
        r,
        "spec",
        null,
        "StartGate fields are top-level, not under spec; "
            + (names.isEmpty() && !unknown.isEmpty()
                ? "write them next to kind: StartGate"
                : "move " + (names.isEmpty() ? "its fields" : and(names)) + " out of spec")
            + (example == null ? "" : " (write " + example + " next to kind: StartGate)")
            + others);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String and(List<String> names) {
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.get(names.size() - 1);
  }
}
