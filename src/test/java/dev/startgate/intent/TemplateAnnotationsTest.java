package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A startgate annotation on a pod or Job template has no effect and gets a warning naming its
 * field; the workload's own annotations are read as ever, and other template annotations and a Pod
 * (which has no template) get none.
 */
class TemplateAnnotationsTest {
  private static final Config CONFIG = IntentFixtures.defaults();

  private static IntentReader.Reading read(String yaml) {
    return new IntentReader().read(IntentFixtures.resource(yaml), CONFIG);
  }

  @Test
  void theWorkloadIsGatedByItsOwnAnnotationAndWarnedOfTheTemplatesOne() {
    IntentReader.Reading reading =
        read(
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              annotations: {startgate.dev/wait-for: "tcp://db:5432"}
            spec:
              template:
                metadata:
                  annotations: {startgate.dev/timeout: 1m, sidecar.istio.io/inject: "false"}
                spec:
                  restartPolicy: Never
                  containers: [{name: m, image: m}]
            """);
    assertNotNull(reading.intent());
    assertEquals(300, reading.intent().timing().timeoutSeconds());
    Result warning = reading.results().get(0);
    assertEquals(1, reading.results().size(), reading.results().toString());
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("spec.template.metadata.annotations.startgate.dev/timeout", warning.field());
    assertEquals(
        "startgate reads its annotations from the Job's own metadata.annotations, not from its pod"
            + " template: this one has no effect; move it to metadata.annotations (for a chart you"
            + " cannot change, use a gates: rule in the function config)",
        warning.message());
  }

  @Test
  void aCronJobsJobTemplateIsNamedAsSuch() {
    List<Result> results =
        read("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: report}
                spec:
                  schedule: "0 * * * *"
                  jobTemplate:
                    metadata: {annotations: {startgate.dev/wait-for: "tcp://db:5432"}}
                    spec: {template: {spec: {containers: [{name: r, image: r}]}}}
                """)
            .results();
    assertEquals(1, results.size(), results.toString());
    assertEquals(
        "spec.jobTemplate.metadata.annotations.startgate.dev/wait-for", results.get(0).field());
    assertEquals(true, results.get(0).message().contains("not from its Job template"));
  }

  @Test
  void noStartgateAnnotationOnATemplateNoWarning() {
    assertEquals(
        List.of(),
        read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    metadata: {annotations: {prometheus.io/scrape: "true"}}
                    spec: {containers: [{name: a, image: a}]}
                """)
            .results());
    assertEquals(
        List.of(),
        read("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec: {containers: [{name: a, image: a}]}
                """)
            .results());
  }
}
