// Over 300 lines: the one reader of gates: rules, each field read as its annotation is.
package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
  /** The values a rule may set, as the annotations do. */
  private static final List<String> VALUES =
      List.of("waitFor", "timeout", "interval", "uptime", "retry", "phase");

  private static final String KNOWN = "match, " + String.join(", ", VALUES);
  private static final List<String> KINDS =
      List.of("Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "Pod");
  private static final Pattern NAME = Pattern.compile("[a-z0-9*]([-a-z0-9.*]*[a-z0-9*])?");
  private static final String EXAMPLE =
      "gates: [{match: {kind: Job, name: app-migrate}, waitFor: tcp://postgres:5432}]";

  private final Resource config;
  private final List<Result> results;
  private final TargetParser targets;
  private final RuleFields fields;

  GateRulesReader(Resource config, List<Result> results, Collection<CrdFacts> crds) {
    this.config = config;
    this.results = results;
    this.targets = new TargetParser(crds);
    this.fields = new RuleFields(config, results);
  }

  /** The rules in {@code node}, found at {@code path} ({@code gates}, {@code data.gates}). */
  List<GateRule> read(YNode node, String path) {
    List<GateRule> rules = new ArrayList<>();
    if (node instanceof YScalar s && s.isNull()) {
      return rules;
    }
    if (!(node instanceof YSequence list)) {
      // In a ConfigMap the list is YAML text (data.gates).
      error(
          path,
          ConfigInput.flowText(node),
          "gates must be a list of rules, not "
              + ConfigInput.shape(node)
              + "; write "
              + (path.startsWith("data.") ? ConfigField.GATES.written(true) : EXAMPLE));
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
      error(
          path,
          ConfigInput.flowText(node),
          "a rule must be a mapping, not " + ConfigInput.shape(node) + "; write " + EXAMPLE);
      return null;
    }
    int errors = results.size();
    GateRule.Match match = null;
    Values values = new Values();
    for (YMapping.Entry e : m.entries()) {
      String key = e.keyText();
      String at = path + "." + key;
      if ("match".equals(key)) {
        match = match(e.value(), at);
      } else if (VALUES.contains(key)) {
        value(key, e.value(), at, values);
      } else {
        error(
            at,
            RuleFields.scalarText(e.value()),
            RuleFields.unknown("unknown field in a gates rule", key, KNOWN));
      }
    }
    if (match == null && results.size() == errors) {
      error(path + ".match", null, "a rule needs a match, like " + EXAMPLE);
    }
    GateRule.Overrides overrides =
        new GateRule.Overrides(
            values.waitFor,
            values.timeout,
            values.interval,
            values.uptime,
            values.retry,
            values.phase);
    if (overrides.isEmpty() && results.size() == errors) {
      error(
          path,
          null,
          "a rule needs at least one of "
              + String.join(", ", VALUES)
              + " next to its match, like waitFor: tcp://postgres:5432");
    }
    return results.size() == errors ? new GateRule(path, match, overrides, config) : null;
  }

  /** The values of one rule as they are read. */
  private static final class Values {
    GateRule.Value<List<Target>> waitFor;
    GateRule.Value<Long> timeout;
    GateRule.Value<Long> interval;
    GateRule.Value<Long> uptime;
    GateRule.Value<Integer> retry;
    GateRule.Value<Phase> phase;
  }

  private GateRule.Match match(YNode node, String path) {
    if (!(node instanceof YMapping m)) {
      error(
          path,
          ConfigInput.flowText(node),
          "match must be a mapping, not "
              + ConfigInput.shape(node)
              + "; write match: {kind: Job, name: app-migrate}");
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
          kind = fields.scalar(e.value(), at, key);
          if (kind != null && !KINDS.contains(kind)) {
            error(
                at,
                kind,
                Result.quoted(kind)
                    + " is not a workload kind; use one of "
                    + String.join(", ", KINDS));
            kind = null;
          }
        }
        case "name" -> {
          name = fields.scalar(e.value(), at, key);
          if (name != null && !NAME.matcher(name).matches()) {
            error(
                at,
                name,
                Result.quoted(name) + " is not a name or a * pattern; use one like *-migrate");
          }
        }
        case "namespace" -> {
          namespace = fields.scalar(e.value(), at, key);
          if (namespace != null && !TargetSyntax.dnsLabel(namespace)) {
            error(
                at,
                namespace,
                Result.quoted(namespace)
                    + " is not "
                    + ConfigInput.NAMESPACE
                    + "; use one like shop");
          }
        }
        case "labels" -> labels(e.value(), at, labels);
        default ->
            error(
                at,
                RuleFields.scalarText(e.value()),
                RuleFields.unknown("unknown field in match", key, "kind, name, namespace, labels"));
      }
    }
    if (m.entries().isEmpty()) {
      error(
          path,
          null,
          "match needs at least one of kind, name, namespace, labels; write match: {kind: Job,"
              + " name: app-migrate}");
      return null;
    }
    return new GateRule.Match(kind, name, namespace, Collections.unmodifiableMap(labels));
  }

  private void labels(YNode node, String path, Map<String, String> out) {
    if (!(node instanceof YMapping m) || m.entries().isEmpty()) {
      // labels: {} would match every workload, not what an empty field means.
      error(
          path,
          ConfigInput.flowText(node),
          (node instanceof YMapping
                  ? "labels {} names no label"
                  : "labels must be a mapping, not " + ConfigInput.shape(node))
              + "; write labels: {app.kubernetes.io/component: migrate}");
      return;
    }
    for (YMapping.Entry e : m.entries()) {
      // An empty value written as one ("") is a label Kubernetes takes: a workload can carry it.
      String value =
          e.value() instanceof YScalar s && !s.isNull() && s.value().isEmpty()
              ? ""
              : fields.scalar(e.value(), path + "." + e.keyText(), e.keyText(), "migrate");
      if (value != null && e.keyText() != null) {
        // A label Kubernetes would refuse is on no workload: the rule could never match.
        String why = SelectorParser.labelProblem(e.keyText(), value);
        if (why != null) {
          error(
              path + "." + e.keyText(),
              value,
              why
                  + ", so no workload has it; write labels: {app.kubernetes.io/component: migrate}");
        } else {
          out.put(e.keyText(), value);
        }
      }
    }
  }

  /** Reads rule field {@code key} into {@code out}, checked by the parser annotations use. */
  private void value(String key, YNode node, String path, Values out) {
    if (key.equals("waitFor") && node instanceof YSequence list) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        String t = fields.scalar(list.items().get(i), path + "[" + i + "]", null);
        List<String> each = t == null ? List.of() : TargetParser.splitItem(t);
        if (each.size() > 1) {
          String items = "[" + String.join(", ", each) + "]";
          error(path + "[" + i + "]", t, "a list item is one target; write " + items);
        } else if (t != null) {
          parts.add(t);
        }
      }
      out.waitFor = parts.size() == list.items().size() ? targets(parts, path, true) : null;
      return;
    }
    String text = fields.scalar(node, path, key);
    if (text == null) {
      return;
    }
    switch (key) {
      case "waitFor" -> out.waitFor = targets(TargetParser.split(text), path, false);
      case "timeout" ->
          out.timeout = checked(text, path, AnnotationValues.nonZero(text, Durations.ZERO_TIMEOUT));
      case "interval" ->
          out.interval =
              checked(text, path, AnnotationValues.nonZero(text, AnnotationValues.ZERO_INTERVAL));
      case "uptime" -> out.uptime = checked(text, path, AnnotationValues.duration(text));
      case "retry" ->
          out.retry =
              checked(
                  RuleFields.written(node, text),
                  path,
                  RuleFields.asWritten(AnnotationValues.retry(text), node, text));
      default -> out.phase = checked(text, path, AnnotationValues.phase(text));
    }
  }

  /** The value, or null after reporting its error. */
  private <T> GateRule.Value<T> checked(
      String text, String path, AnnotationValues.Parsed<T> parsed) {
    if (parsed.error() != null) {
      error(path, text, parsed.error());
      return null;
    }
    return new GateRule.Value<>(parsed.value(), text, path);
  }

  /**
   * The targets of {@code waitFor}, each checked, or null after an error: one of a list is reported
   * at its item ({@code gates[0].waitFor[1]}), one of a text at the text.
   */
  private GateRule.Value<List<Target>> targets(List<String> texts, String path, boolean items) {
    String value = String.join("\n", texts);
    if (texts.isEmpty()) {
      error(path, value, "no target given; use a value like " + TargetParser.EXAMPLE);
      return null;
    }
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      AnnotationValues.Parsed<Target> p = AnnotationValues.target(targets, text);
      if (p.error() != null) {
        error(items ? path + "[" + i + "]" : path, text, p.error());
      } else {
        out.add(p.value());
      }
    }
    return out.size() == texts.size() ? new GateRule.Value<>(List.copyOf(out), value, path) : null;
  }

  private void error(String path, String value, String message) {
    results.add(Result.error(config, path, value, message));
  }
}
