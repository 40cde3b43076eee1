// Over 300 lines: 31 fields and their checks; to become one field table (#11).
package dev.startgate.intent;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

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

  private static final Pattern CONFIG_MAP_NAME =
      Pattern.compile(
          "(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,253}");
  private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-zA-Z0-9._/:@-]*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern DNS_LABEL_50 = Pattern.compile("[a-z0-9]([-a-z0-9]{0,48}[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
  private static final Pattern SOURCE_KIND = Pattern.compile("GitRepository|OCIRepository|Bucket");
  private static final Pattern RELATIVE_PATH =
      Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private record Field(String text, String path) {}

  /** Reads {@code resource}; a null resource is the default config. */
  public Reading read(Resource resource) {
    if (resource == null) {
      return new Reading(Config.DEFAULT, List.of());
    }
    List<Result> results = new ArrayList<>();
    Map<String, Field> fields = new LinkedHashMap<>();
    List<GateRule> gates = List.of();
    if (resource.kind().equals("ConfigMap")) {
      resource
          .node()
          .mapping("data")
          .ifPresent(data -> flatten(data, "", "data.", fields, resource, results));
      Field text = fields.remove("gates");
      if (text != null) {
        gates = gatesFromText(text, resource, results);
      }
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
        if (key == null || List.of("apiVersion", "kind", "metadata").contains(key)) {
          continue;
        }
        if (key.equals("spec") && e.value() instanceof YMapping spec) {
          results.add(specError(resource, spec));
          continue;
        }
        if (key.equals("gates")) {
          gates = new GateRulesReader(resource, results).read(e.value(), "gates");
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
              "the function config must be a StartGate (" + API_VERSION + ") or a ConfigMap"));
    }
    Config config = build(fields, resource, results, gates);
    return new Reading(config, results);
  }

  /** A ConfigMap holds strings only: its {@code gates} is the list written as YAML text. */
  private static List<GateRule> gatesFromText(Field text, Resource r, List<Result> results) {
    List<YDocument> docs;
    try {
      docs = new YamlParser(YamlLimits.DEFAULT).parse(text.text());
    } catch (YamlInputException e) {
      results.add(
          Result.error(
              r,
              text.path(),
              null,
              "data.gates is not valid YAML: "
                  + e.getMessage()
                  + "; write the list as YAML text, like gates: \"[{match: {kind: Job}, waitFor:"
                  + " tcp://postgres:5432}]\""));
      return List.of();
    }
    YNode root = docs.isEmpty() ? null : docs.get(0).root();
    return root == null ? List.of() : new GateRulesReader(r, results).read(root, text.path());
  }

  private static void flatten(
      YMapping map,
      String prefix,
      String pathPrefix,
      Map<String, Field> out,
      Resource r,
      List<Result> results) {
    for (YMapping.Entry e : map.entries()) {
      if (e.keyText() != null) {
        flattenEntry(prefix + e.keyText(), e.value(), pathPrefix, out, r, results);
      }
    }
  }

  private static void flattenEntry(
      String key,
      YNode value,
      String pathPrefix,
      Map<String, Field> out,
      Resource r,
      List<Result> results) {
    if (value instanceof YMapping m) {
      flatten(m, key + ".", pathPrefix, out, r, results);
    } else if (value instanceof YScalar s) {
      out.put(key, new Field(s.isNull() ? "" : s.value(), pathPrefix + key));
    } else {
      results.add(Result.error(r, pathPrefix + key, null, key + " must be a single value"));
    }
  }

  private Config build(
      Map<String, Field> fields, Resource r, List<Result> results, List<GateRule> gates) {
    Map<String, Field> rest = new LinkedHashMap<>(fields);
    Timing d = Config.DEFAULT.defaults();
    Timing defaults =
        new Timing(
            duration(rest.remove("defaults.timeout"), d.timeoutSeconds(), r, results),
            duration(rest.remove("defaults.interval"), d.intervalSeconds(), r, results),
            duration(rest.remove("defaults.uptime"), d.uptimeSeconds(), r, results));
    if (defaults.intervalSeconds() == 0) {
      results.add(
          Result.error(r, "defaults.interval", "0s", "the interval must be at least 1s, like 2s"));
    }
    if (defaults.timeoutSeconds() == 0) {
      results.add(Result.error(r, "defaults.timeout", "0s", Durations.ZERO_TIMEOUT));
    }
    if (defaults.uptimeSeconds() > 0
        && defaults.timeoutSeconds() > 0
        && defaults.uptimeSeconds() >= defaults.timeoutSeconds()) {
      results.add(
          Result.error(
              r,
              "defaults.uptime",
              Durations.format(defaults.uptimeSeconds()),
              "the uptime must be shorter than the timeout ("
                  + Durations.format(defaults.timeoutSeconds())
                  + "), or no gate could pass; lower defaults.uptime or raise defaults.timeout"));
    }
    Images i = Config.DEFAULT.images();
    Images images =
        new Images(
            image(rest.remove("images.busybox"), i.busybox(), r, results),
            image(rest.remove("images.curl"), i.curl(), r, results),
            image(rest.remove("images.kubectl"), i.kubectl(), r, results));
    GateSettings g = Config.DEFAULT.gate();
    GateSettings gate =
        ResourcesReader.read(
            id(rest.remove("securityContext.runAsUser"), g.runAsUser(), r, results),
            id(rest.remove("securityContext.runAsGroup"), g.runAsGroup(), r, results),
            key -> {
              Field f = rest.remove(key);
              return f == null ? null : new ResourcesReader.Value(f.text(), f.path());
            },
            r,
            results);
    RbacMode rbac =
        choice(
            rest.remove("rbac"),
            Config.DEFAULT.rbac(),
            RbacMode::valueOf,
            "auto, none",
            r,
            results);
    Orchestrator orchestrator =
        choice(
            rest.remove("orchestrator"),
            Config.DEFAULT.orchestrator(),
            Orchestrator::valueOf,
            "none, helm, argocd, flux",
            r,
            results);
    FluxSettings flux = flux(rest, orchestrator, r, results);
    KubernetesGates kubernetes = kubernetes(rest, r, results);
    HttpsSettings https = https(rest, r, results);
    for (Field unknown : rest.values()) {
      results.add(Result.error(r, unknown.path(), unknown.text(), unknownField(unknown)));
    }
    return new Config(defaults, images, gate, rbac, orchestrator, flux, gates, kubernetes, https);
  }

  /** The fields of the config, flattened with dots, as the unknown-field error lists them. */
  private static final String KNOWN_FIELDS =
      "defaults.timeout, defaults.interval, defaults.uptime,"
          + " images.busybox, images.curl, images.kubectl, securityContext.runAsUser,"
          + " securityContext.runAsGroup, resources.cpu, resources.memory,"
          + " resources.busybox.cpu, resources.busybox.memory, resources.curl.cpu,"
          + " resources.curl.memory, resources.kubectl.cpu, resources.kubectl.memory,"
          + " resources.whenReady.cpu, resources.whenReady.memory, rbac,"
          + " orchestrator, flux.layout, flux.name, flux.namespace, flux.path,"
          + " flux.sourceRef.kind, flux.sourceRef.name, flux.sourceRef.namespace,"
          + " flux.interval, flux.timeout, gates, kubernetesGates, images.whenReady,"
          + " whenReadyServer.host, whenReadyServer.port, whenReadyServer.emitServer,"
          + " whenReadyServer.namespace, whenReadyServer.image, https.caConfigMap,"
          + " https.caKey";

  /**
   * The error for a field no one reads: the field it most likely meant ("did you mean
   * orchestrator?"), else every known field.
   */
  private static String unknownField(Field unknown) {
    String name = unknown.path().startsWith("data.") ? unknown.path().substring(5) : unknown.path();
    String meant = Suggestions.nearest(name, List.of(KNOWN_FIELDS.split(", ")));
    return meant != null
        ? "unknown field; did you mean " + meant + "?"
        : "unknown field; known fields: " + KNOWN_FIELDS;
  }

  /**
   * {@code spec:} in a StartGate, a habit from Kubernetes objects: its fields belong at the top
   * level, next to {@code kind}.
   */
  private static Result specError(Resource r, YMapping spec) {
    List<String> names = new ArrayList<>();
    String example = null;
    for (YMapping.Entry e : spec.entries()) {
      if (e.keyText() != null) {
        names.add(e.keyText());
        if (example == null && e.value() instanceof YScalar s && !s.isNull()) {
          example = e.keyText() + ": " + s.value();
        }
      }
    }
    String listed =
        names.isEmpty()
            ? "its fields"
            : names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1))
                    + " and "
                    + names.get(names.size() - 1);
    return Result.error(
        r,
        "spec",
        null,
        "StartGate fields are top-level, not under spec; move "
            + listed
            + " out of spec"
            + (example == null ? "" : " (write " + example + " next to kind: StartGate)"));
  }

  /** The {@code https.*} fields: a CA bundle from a ConfigMap for HTTPS gates. */
  private static HttpsSettings https(Map<String, Field> rest, Resource r, List<Result> results) {
    Field configMap = rest.remove("https.caConfigMap");
    Field key = rest.remove("https.caKey");
    String name = null;
    if (configMap != null) {
      if (CONFIG_MAP_NAME.matcher(configMap.text()).matches()) {
        name = configMap.text();
      } else {
        results.add(invalid(r, configMap, "not a ConfigMap name", "company-ca"));
      }
    }
    String caKey = HttpsSettings.DEFAULT.caKey();
    if (key != null) {
      if (configMap == null) {
        results.add(
            Result.error(
                r,
                key.path(),
                key.text(),
                "https.caKey needs https.caConfigMap, the ConfigMap that holds the key"));
      } else if (CONFIG_MAP_KEY.matcher(key.text()).matches()) {
        caKey = key.text();
      } else {
        results.add(invalid(r, key, "not a ConfigMap key", "ca.crt"));
      }
    }
    return new HttpsSettings(name, caKey);
  }

  /** The {@code flux.*} fields; they mean nothing without {@code orchestrator: flux}. */
  private static FluxSettings flux(
      Map<String, Field> rest, Orchestrator orchestrator, Resource r, List<Result> results) {
    FluxSettings d = FluxSettings.DEFAULT;
    Field layout = rest.remove("flux.layout");
    Field name = rest.remove("flux.name");
    Field namespace = rest.remove("flux.namespace");
    Field path = rest.remove("flux.path");
    Field sourceKind = rest.remove("flux.sourceRef.kind");
    Field sourceName = rest.remove("flux.sourceRef.name");
    Field sourceNamespace = rest.remove("flux.sourceRef.namespace");
    Field interval = rest.remove("flux.interval");
    Field timeout = rest.remove("flux.timeout");
    List<Field> given = new ArrayList<>();
    for (Field f :
        new Field[] {
          layout, name, namespace, path, sourceKind, sourceName, sourceNamespace, interval, timeout
        }) {
      if (f != null) {
        given.add(f);
      }
    }
    if (orchestrator != Orchestrator.FLUX && !given.isEmpty()) {
      Field f = given.get(0);
      results.add(
          Result.error(
              r,
              f.path(),
              f.text(),
              "flux settings need orchestrator: flux (the orchestrator is "
                  + orchestrator.name().toLowerCase(Locale.ROOT)
                  + "); set orchestrator: flux or remove the flux fields"));
      return d;
    }
    boolean layoutOn = d.layout();
    if (layout != null) {
      if (!layout.text().equals("true") && !layout.text().equals("false")) {
        results.add(
            Result.error(
                r, layout.path(), layout.text(), "\"" + layout.text() + "\" is not true or false"));
      } else {
        layoutOn = layout.text().equals("true");
      }
    }
    return new FluxSettings(
        layoutOn,
        matching(
            name, null, DNS_LABEL_50, "a DNS label of at most 50 characters like shop", r, results),
        matching(namespace, d.namespace(), DNS_LABEL, "a namespace like flux-system", r, results),
        fluxPath(path, d.path(), r, results),
        matching(
            sourceKind,
            d.sourceKind(),
            SOURCE_KIND,
            "one of GitRepository, OCIRepository, Bucket",
            r,
            results),
        matching(sourceName, d.sourceName(), DNS_SUBDOMAIN, "a name like flux-system", r, results),
        matching(sourceNamespace, null, DNS_LABEL, "a namespace like flux-system", r, results),
        goDuration(interval, d.interval(), r, results),
        goDuration(timeout, d.timeout(), r, results));
  }

  private static String matching(
      Field f,
      String fallback,
      Pattern pattern,
      String expected,
      Resource r,
      List<Result> results) {
    if (f == null) {
      return fallback;
    }
    if (!pattern.matcher(f.text()).matches()) {
      results.add(Result.error(r, f.path(), f.text(), "\"" + f.text() + "\" is not " + expected));
      return fallback;
    }
    return f.text();
  }

  /** A relative path inside the Flux source, normalized to start with {@code ./}. */
  private static String fluxPath(Field f, String fallback, Resource r, List<Result> results) {
    if (f == null) {
      return fallback;
    }
    String text = f.text().strip();
    String bare = text.replaceFirst("^\\./", "").replaceFirst("/+$", "");
    boolean ok =
        (bare.isEmpty() || RELATIVE_PATH.matcher(bare).matches())
            && !("/" + bare + "/").contains("/../")
            && !("/" + bare + "/").contains("/./");
    if (!ok) {
      results.add(invalid(r, f, "not a relative path inside the Flux source", "./apps/shop"));
      return fallback;
    }
    return "./" + bare;
  }

  /** A Go duration as Flux reads it, kept as written. */
  private static String goDuration(Field f, String fallback, Resource r, List<Result> results) {
    if (f == null) {
      return fallback;
    }
    OptionalLong seconds = Durations.parse(f.text());
    if (seconds.isEmpty() || seconds.getAsLong() == 0) {
      results.add(
          Result.error(
              r,
              f.path(),
              f.text(),
              "\"" + f.text() + "\" is not a duration above zero; use a value like 10m or 1h"));
      return fallback;
    }
    return f.text().strip();
  }

  /** {@code kubernetesGates}, {@code images.whenReady} and {@code whenReadyServer.*}. */
  private static KubernetesGates kubernetes(
      Map<String, Field> rest, Resource r, List<Result> results) {
    KubernetesGates d = KubernetesGates.DEFAULT;
    KubernetesGates.Runtime runtime =
        choice(
            rest.remove("kubernetesGates"),
            d.runtime(),
            KubernetesGates.Runtime::valueOf,
            "kubectl, when-ready-server",
            r,
            results);
    String client = image(rest.remove("images.whenReady"), d.clientImage(), r, results);
    Field hostField = rest.remove("whenReadyServer.host");
    String host = hostField == null ? d.host() : hostField.text();
    if (!host.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
      results.add(
          Result.error(
              r,
              hostField.path(),
              host,
              "\"" + host + "\" is not a host name; use one like k8s-when-ready-server.tools.svc"));
    }
    Field portField = rest.remove("whenReadyServer.port");
    int port = d.port();
    if (portField != null) {
      if (portField.text().matches("\\d{1,5}")
          && Integer.parseInt(portField.text()) >= 1
          && Integer.parseInt(portField.text()) <= 65535) {
        port = Integer.parseInt(portField.text());
      } else {
        results.add(
            Result.error(
                r,
                portField.path(),
                portField.text(),
                "\"" + portField.text() + "\" is not a port from 1 to 65535, like 3000"));
      }
    }
    Field emitField = rest.remove("whenReadyServer.emitServer");
    boolean emit = false;
    if (emitField != null) {
      if (emitField.text().equals("true") || emitField.text().equals("false")) {
        emit = emitField.text().equals("true");
      } else {
        results.add(
            Result.error(r, emitField.path(), emitField.text(), "emitServer is true or false"));
      }
    }
    Field nsField = rest.remove("whenReadyServer.namespace");
    String namespace = nsField == null ? null : nsField.text();
    String server = image(rest.remove("whenReadyServer.image"), d.serverImage(), r, results);
    KubernetesGates k = new KubernetesGates(runtime, client, host, port, emit, namespace, server);
    if (k.whenReady() && client == null) {
      results.add(
          Result.error(
              r,
              "images.whenReady",
              null,
              "kubernetesGates: when-ready-server needs the k8s-when-ready client image, pinned by"
                  + " digest (startgate ships no default: no digest of it could be verified); set"
                  + " images.whenReady like docker.io/jeffvalore/k8s-when-ready:0.2.0@sha256:<digest>"));
    }
    if (emit && (namespace == null || server == null)) {
      results.add(
          Result.error(
              r,
              "whenReadyServer",
              null,
              "emitServer: true needs whenReadyServer.namespace (where the server runs, like tools)"
                  + " and whenReadyServer.image (pinned by digest, like"
                  + " docker.io/jeffvalore/k8s-when-ready-server:0.2.0@sha256:<digest>)"));
    }
    return k;
  }

  /** An error for a field whose value is not {@code what}, with an example of a valid one. */
  private static Result invalid(Resource r, Field f, String what, String example) {
    return Result.error(
        r, f.path(), f.text(), "\"" + f.text() + "\" is " + what + "; use one like " + example);
  }

  private static long duration(Field f, long fallback, Resource r, List<Result> results) {
    if (f == null) {
      return fallback;
    }
    OptionalLong seconds = Durations.parse(f.text());
    if (seconds.isEmpty()) {
      results.add(
          Result.error(
              r,
              f.path(),
              f.text(),
              "\"" + f.text() + "\" is not a duration: " + Durations.problem(f.text())));
      return fallback;
    }
    return seconds.getAsLong();
  }

  private static String image(Field f, String fallback, Resource r, List<Result> results) {
    if (f == null) {
      return fallback;
    }
    if (!IMAGE.matcher(f.text()).matches()) {
      results.add(
          invalid(
              r, f, "not an image reference", "registry.example/busybox:1.37.0@sha256:<digest>"));
      return fallback;
    }
    return f.text();
  }

  private static long id(Field f, long fallback, Resource r, List<Result> results) {
    if (f == null) {
      return fallback;
    }
    if (!f.text().matches("[1-9]\\d{0,9}")) {
      results.add(invalid(r, f, "not a numeric non-root id", "65532"));
      return fallback;
    }
    return Long.parseLong(f.text());
  }

  private static <E extends Enum<E>> E choice(
      Field f,
      E fallback,
      Function<String, E> parse,
      String allowed,
      Resource r,
      List<Result> results) {
    if (f == null) {
      return fallback;
    }
    try {
      return parse.apply(f.text().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      results.add(
          Result.error(r, f.path(), f.text(), "\"" + f.text() + "\" is not one of: " + allowed));
      return fallback;
    }
  }
}
