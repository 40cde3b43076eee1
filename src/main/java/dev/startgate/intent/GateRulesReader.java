package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code gates:} rules of the config. Values are checked here, so a bad one is reported
 * at its place in the config ({@code gates[0].timeout}); what depends on the matched workload
 * (retry on a Deployment, a Service that is not there) is checked when the rule is applied.
 */
final class GateRulesReader {
  /** Rule fields in the config and the annotations they stand for, in the order documented. */
  static final Map<String, String> FIELDS =
      Map.of(
          "waitFor", IntentReader.WAIT_FOR,
          "timeout", IntentReader.TIMEOUT,
          "interval", IntentReader.INTERVAL,
          "uptime", IntentReader.UPTIME,
          "retry", IntentReader.RETRY,
          "phase", IntentReader.PHASE);

  private static final String KNOWN = "match, waitFor, timeout, interval, uptime, retry, phase";
  private static final List<String> KINDS =
      List.of("Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "Pod");
  private static final Pattern NAME = Pattern.compile("[a-z0-9*]([-a-z0-9.*]*[a-z0-9*])?");
  private static final String EXAMPLE =
      "gates: [{match: {kind: Job, name: app-migrate}, waitFor: tcp://postgres:5432}]";

  private final Resource config;
  private final List<Result> results;
  private final TargetParser targets = new TargetParser();

  GateRulesReader(Resource config, List<Result> results) {
    this.config = config;
    this.results = results;
  }

  /** The rules in {@code node}, found at {@code path} ({@code gates}, {@code data.gates}). */
  List<GateRule> read(YNode node, String path) {
    List<GateRule> rules = new ArrayList<>();
    if (node instanceof YScalar s && s.isNull()) {
      return rules;
    }
    if (!(node instanceof YSequence list)) {
      error(path, null, path + " must be a list of rules, like " + EXAMPLE);
      return rules;
    }
    for (int i = 0; i < list.items().size(); i++) {
      GateRule rule = rule(list.items().get(i), path + "[" + i + "]");
      if (rule != null) {
        rules.add(rule);
      }
    }
    return List.copyOf(rules);
  }

  private GateRule rule(YNode node, String path) {
    if (!(node instanceof YMapping m)) {
      error(path, null, "a rule must be a mapping, like " + EXAMPLE);
      return null;
    }
    int errors = errorCount();
    GateRule.Match match = null;
    Map<String, String> annotations = new LinkedHashMap<>();
    Map<String, String> fields = new LinkedHashMap<>();
    for (YMapping.Entry e : m.entries()) {
      String key = e.keyText();
      String at = path + "." + key;
      if ("match".equals(key)) {
        match = match(e.value(), at);
      } else if (FIELDS.containsKey(key)) {
        String value = value(key, e.value(), at);
        if (value != null) {
          annotations.put(FIELDS.get(key), value);
          fields.put(FIELDS.get(key), key);
        }
      } else {
        error(at, key, unknown("unknown field in a gates rule", key, KNOWN));
      }
    }
    if (match == null && errorCount() == errors) {
      error(path + ".match", null, "a rule needs a match, like " + EXAMPLE);
    }
    if (annotations.isEmpty() && errorCount() == errors) {
      error(
          path,
          null,
          "a rule needs at least one of waitFor, timeout, interval, uptime, retry, phase");
    }
    return errorCount() == errors ? new GateRule(path, match, annotations, fields) : null;
  }

  private GateRule.Match match(YNode node, String path) {
    if (!(node instanceof YMapping m)) {
      error(path, null, "match must be a mapping, like match: {kind: Job, name: app-migrate}");
      return null;
    }
    String kind = null;
    String name = null;
    String namespace = null;
    Map<String, String> labels = new LinkedHashMap<>();
    for (YMapping.Entry e : m.entries()) {
      String key = String.valueOf(e.keyText());
      String at = path + "." + key;
      switch (key) {
        case "kind" -> {
          kind = scalar(e.value(), at);
          if (kind != null && !KINDS.contains(kind)) {
            error(at, kind, "\"" + kind + "\" is not a workload kind; use one of " + KINDS);
            kind = null;
          }
        }
        case "name" -> {
          name = scalar(e.value(), at);
          if (name != null && !NAME.matcher(name).matches()) {
            error(
                at, name, "\"" + name + "\" is not a name or a * pattern; use one like *-migrate");
          }
        }
        case "namespace" -> namespace = scalar(e.value(), at);
        case "labels" -> labels(e.value(), at, labels);
        default ->
            error(at, key, unknown("unknown field in match", key, "kind, name, namespace, labels"));
      }
    }
    if (m.entries().isEmpty()) {
      error(path, null, "match needs at least one of kind, name, namespace, labels");
      return null;
    }
    return new GateRule.Match(kind, name, namespace, Map.copyOf(labels));
  }

  private void labels(YNode node, String path, Map<String, String> out) {
    if (!(node instanceof YMapping m)) {
      error(
          path,
          null,
          "labels must be a mapping, like labels: {app.kubernetes.io/component: migrate}");
      return;
    }
    for (YMapping.Entry e : m.entries()) {
      String value = scalar(e.value(), path + "." + e.keyText());
      if (value != null && e.keyText() != null) {
        out.put(e.keyText(), value);
      }
    }
  }

  /** The annotation value for rule field {@code key}, checked, or null after an error. */
  private String value(String key, YNode node, String path) {
    if (key.equals("waitFor") && node instanceof YSequence list) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        String t = scalar(list.items().get(i), path + "[" + i + "]");
        if (t != null) {
          parts.add(t);
        }
      }
      return parts.size() == list.items().size()
          ? checkTargets(String.join("\n", parts), path)
          : null;
    }
    String text = scalar(node, path);
    if (text == null) {
      return null;
    }
    return switch (key) {
      case "waitFor" -> checkTargets(text, path);
      case "timeout", "interval", "uptime" -> {
        if (Durations.parse(text).isEmpty()) {
          error(path, text, "\"" + text + "\" is not a duration: " + Durations.problem(text));
          yield null;
        }
        if (key.equals("timeout") && Durations.parse(text).getAsLong() == 0) {
          error(path, text, Durations.ZERO_TIMEOUT);
          yield null;
        }
        if (key.equals("interval") && Durations.parse(text).getAsLong() == 0) {
          error(path, text, "the interval must be at least 1s, like 2s");
          yield null;
        }
        yield text;
      }
      case "retry" -> {
        if (!text.matches("\\d{1,4}")) {
          error(
              path,
              text,
              "\"" + text + "\" is not a whole number from 0 to 9999; use a value like 6");
          yield null;
        }
        yield text;
      }
      default -> {
        if (Phase.of(text) == null) {
          error(path, text, "\"" + text + "\" is not a phase; use pre-deploy or post-deploy");
          yield null;
        }
        yield text;
      }
    };
  }

  private String checkTargets(String value, String path) {
    List<String> texts = TargetParser.split(value);
    if (texts.isEmpty()) {
      error(path, value, "no target given; use a value like " + TargetParser.EXAMPLE);
      return null;
    }
    boolean ok = true;
    for (String text : texts) {
      TargetParser.Parsed p = targets.parse(text);
      if (p.error() != null) {
        error(path, text, p.error() + "; use a value like " + TargetParser.exampleFor(text));
        ok = false;
      }
    }
    return ok ? value : null;
  }

  private String scalar(YNode node, String path) {
    if (node instanceof YScalar s && !s.isNull() && !s.value().isBlank()) {
      return s.value().strip();
    }
    error(path, null, path + " must be a single non-empty value");
    return null;
  }

  /** "did you mean waitFor?" for a near miss, else every known field. */
  private static String unknown(String what, String key, String known) {
    String meant = key == null ? null : Suggestions.nearest(key, List.of(known.split(", ")));
    return meant != null ? what + "; did you mean " + meant + "?" : what + "; known: " + known;
  }

  private int errorCount() {
    return results.size();
  }

  private void error(String path, String value, String message) {
    results.add(Result.error(config, path, value, message));
  }
}
