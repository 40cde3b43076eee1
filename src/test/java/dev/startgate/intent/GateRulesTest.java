package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code gates:} rules are typed overrides, read by the parsers the annotations use: a rule adds no
 * annotation to the workload, a bad value reads the same in a rule and in an annotation, and a
 * result about a rule's value names the rule's field.
 */
class GateRulesTest {
  private static final String CONFIG =
      "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata: {name: c}\n";
  private static final String JOB =
      "apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate, namespace: shop%s}\n"
          + "spec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: m}]}}}\n";

  private static Resource resource(String yaml) {
    try {
      return Resource.of((YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root());
    } catch (dev.startgate.yaml.YamlInputException e) {
      throw new AssertionError(e);
    }
  }

  private static ConfigReader.Reading config(String gates) {
    return new ConfigReader().read(resource(CONFIG + gates));
  }

  @Test
  void aRuleAddsNoAnnotationToTheWorkload() {
    Config config =
        config(
                "gates: [{match: {kind: Job}, waitFor: [tcp://db:5432, tcp://mq:5672],"
                    + " timeout: 1m, retry: 3}]\n")
            .config();
    Resource job = resource(JOB.formatted(""));
    IntentReader.Reading reading = new IntentReader().read(job, config);
    assertEquals(List.of(), reading.results());
    Intent intent = reading.intent();
    assertEquals(
        List.of("tcp://db:5432", "tcp://mq:5672"),
        intent.targets().stream().map(Target::text).toList());
    assertEquals(60, intent.timing().timeoutSeconds());
    assertEquals(3, intent.retry());
    assertTrue(
        intent.workload().annotations().keySet().stream()
            .noneMatch(k -> k.startsWith("startgate.dev/")),
        intent.workload().annotations().toString());
  }

  @Test
  void aBadValueReadsTheSameInARuleAndInAnAnnotation() {
    for (String[] c :
        new String[][] {
          {"retry", "three"}, {"timeout", "soon"}, {"phase", "later"}, {"waitFor", "tcp://db:0"}
        }) {
      List<Result> fromRule =
          config("gates: [{match: {kind: Job}, " + c[0] + ": " + c[1] + "}]\n").results();
      String annotation = c[0].equals("waitFor") ? "wait-for" : c[0];
      Resource job =
          resource(
              JOB.formatted(", annotations: {startgate.dev/" + annotation + ": \"" + c[1] + "\"}"));
      List<Result> fromAnnotation = new IntentReader().read(job, Config.DEFAULT).results();
      assertEquals(1, fromRule.size(), fromRule.toString());
      assertEquals("gates[0]." + c[0], fromRule.get(0).field());
      assertEquals(fromAnnotation.get(0).message(), fromRule.get(0).message(), c[0]);
    }
  }

  @Test
  void aResultAboutARulesValueNamesTheRule() {
    Config config =
        config(
                "gates: [{match: {name: migrate}, retry: 3}, {match: {kind: Deployment}, uptime: 10m}]\n")
            .config();
    Resource deployment =
        resource(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: migrate, namespace: shop}\n"
                + "spec: {template: {spec: {containers: [{name: m, image: m}]}}}\n");
    List<Result> results = new IntentReader().read(deployment, config).results();
    assertEquals(2, results.size(), results.toString());
    assertEquals("gates[1].uptime", results.get(0).field());
    assertEquals("10m", results.get(0).value());
    assertTrue(
        results
            .get(0)
            .message()
            .contains(
                "; raise startgate.dev/timeout (or the config's gates[1].timeout) or lower the config's gates[1].uptime: a timeout like 1200s"),
        results.get(0).message());
    assertEquals("gates[0].retry", results.get(1).field());
    assertEquals(
        "retry \"3\" is set on a Deployment, but it applies to Jobs and CronJobs only; match only"
            + " Jobs and CronJobs with the rule, like match: {kind: Job} (set by the config's"
            + " gates[0].retry)",
        results.get(1).message());
  }

  /** An HTTP expectation with ": " unquoted reads as a mapping: the error says to quote it. */
  @Test
  void anHttpTargetYamlReadAsAMappingIsShownQuoted() {
    String head = "a target must be one value, not a mapping: YAML reads the \": \" in it as a key";
    // A plain value: the item as written, quoted (a ' inside doubled).
    List<Result> plain =
        config("gates:\n- match: {kind: Job}\n  waitFor:\n  - http://a/ body=it's: ok\n").results();
    assertEquals(1, plain.size(), plain.toString());
    assertEquals("gates[0].waitFor[0]", plain.get(0).field());
    assertEquals(
        head + " and its value; quote the whole target: - 'http://a/ body=it''s: ok'",
        plain.get(0).message());
    // A quoted value lost its quotes: an example instead of a guess.
    List<Result> json =
        config(
                "gates:\n- match: {kind: Job}\n  waitFor:\n"
                    + "    https://api:8443/healthz status=200 body=\"status\": \"UP\"\n")
            .results();
    assertEquals("gates[0].waitFor", json.get(0).field(), json.toString());
    assertEquals(
        "waitFor must be one value, not a mapping: YAML reads the \": \" in it as a key and its"
            + " value; quote the whole target in single quotes (a ' inside written twice), like"
            + " waitFor: 'http://api:8080/healthz status=200 body=\"status\": \"UP\"'",
        json.get(0).message());
    // Other mappings are no target that may hold ": ": the plain message and its example.
    for (String item : List.of("{a: b}", "{deployment/api: ready}", "{'tcp://a:1': 2}")) {
      assertEquals(
          "a target must be one value, not a mapping; write one like tcp://postgres:5432",
          itemMessage(item),
          item);
    }
  }

  /** The first result's message for a rule whose waitFor list holds {@code item}. */
  private static String itemMessage(String item) {
    return config("gates: [{match: {kind: Job}, waitFor: [" + item + "]}]\n")
        .results()
        .get(0)
        .message();
  }

  /** A bad target of a waitFor list is reported at its item; one of a text at the text. */
  @Test
  void aBadTargetOfAListIsNamedByItsItem() {
    List<Result> listed =
        config(
                "gates: [{match: {kind: Job}, waitFor: [redis://cache:6379, 'http://api/h"
                    + " status=abc', tcp://db:0]}]\n")
            .results();
    assertEquals(2, listed.size(), listed.toString());
    assertEquals("gates[0].waitFor[1]", listed.get(0).field());
    assertEquals("http://api/h status=abc", listed.get(0).value());
    assertEquals("gates[0].waitFor[2]", listed.get(1).field());
    List<Result> text =
        config("gates: [{match: {kind: Job}, waitFor: 'redis://cache:6379, tcp://db:0'}]\n")
            .results();
    assertEquals(1, text.size(), text.toString());
    assertEquals("gates[0].waitFor", text.get(0).field());
  }

  /** A list item of two targets with a space between them: the item named, the list shown. */
  @Test
  void aListItemOfTwoTargetsShowsTheList() {
    List<Result> results =
        config("gates: [{match: {kind: Job}, waitFor: [tcp://a:1 tcp://b:2, tcp://c:3]}]\n")
            .results();
    assertEquals(1, results.size(), results.toString());
    assertEquals("gates[0].waitFor[0]", results.get(0).field());
    assertEquals(
        "a list item is one target; write [tcp://a:1, tcp://b:2]", results.get(0).message());
    for (String item :
        List.of("tcp://a:1 tcp://b:2 tcp://c:3", "'tcp://a:1, tcp://b:2 tcp://c:3'")) {
      assertEquals(
          "a list item is one target; write [tcp://a:1, tcp://b:2, tcp://c:3]",
          itemMessage(item),
          item);
    }
    // Labels keep the order written (a warning lists them: the same text every run).
    GateRule.Match ordered =
        config("gates: [{match: {labels: {b: x, a: y, c: z}}, waitFor: tcp://a:1}]\n")
            .config()
            .gates()
            .get(0)
            .match();
    assertEquals(List.of("b", "a", "c"), List.copyOf(ordered.labels().keySet()));
    List<Result> empty =
        config("gates: [{match: {kind: Job, labels: {}}, waitFor: tcp://a:1}]\n").results();
    assertEquals("gates[0].match.labels", empty.get(0).field(), empty.toString());
    assertTrue(empty.get(0).message().startsWith("labels {} names no label;"), empty.toString());
  }

  /** The fix a result about a rule's value suggests is the rule's, not an annotation's. */
  @Test
  void theFixOfARulesValueIsTheRules() {
    Config config =
        config(
                "gates: [{match: {name: migrate}, waitFor: tcp://db:5432, retry: 2,"
                    + " phase: pre-deploy}]\n")
            .config();
    Resource job =
        resource(
            "apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate, namespace: shop}\n"
                + "spec: {podFailurePolicy: {rules: []}, template: {spec: {restartPolicy: Never,"
                + " containers: [{name: m, image: m}]}}}\n");
    List<Result> results = new IntentReader().read(job, config).results();
    assertEquals(1, results.size(), results.toString());
    assertTrue(
        results
            .get(0)
            .message()
            .endsWith(
                "; remove retry from the rule or the podFailurePolicy (set by the config's"
                    + " gates[0].retry)"),
        results.get(0).message());
    Resource deployment =
        resource(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: migrate, namespace: shop}\n"
                + "spec: {template: {spec: {containers: [{name: m, image: m}]}}}\n");
    for (Result r : new IntentReader().read(deployment, config).results()) {
      assertTrue(
          r.message()
              .contains("; match only Jobs and CronJobs with the rule, like match: {kind: Job}"),
          r.message());
    }
    // An annotation's fix keeps the value written, where a Job takes it.
    assertTrue(
        onADeployment("startgate.dev/phase: pre-deploy")
            .endsWith("like startgate.dev/phase: pre-deploy"));
    assertTrue(
        onADeployment("startgate.dev/retry: abc").endsWith("like startgate.dev/retry: \"3\""));
  }

  /** The one error for a Deployment annotated with {@code annotation} (a Job's only). */
  private static String onADeployment(String annotation) {
    Resource deployment =
        resource(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop,"
                + " annotations: {startgate.dev/wait-for: tcp://db:5432, "
                + annotation
                + "}}\nspec: {template: {spec: {containers: [{name: m, image: m}]}}}\n");
    List<Result> results = new IntentReader().read(deployment, Config.DEFAULT).results();
    assertEquals(1, results.size(), results.toString());
    return results.get(0).message();
  }
}
