package dev.startgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed facts the planner reads, taken from the YAML tree once per object. */
class ObjectFactsTest {
  private static Resource read(String yaml) throws Exception {
    return Resource.of((YMapping) new YamlParser(YamlLimits.DEFAULT).parse(yaml).get(0).root());
  }

  @Test
  void aCronJobsPodLabelsAndDeadlineComeFromItsJobTemplate() throws Exception {
    ObjectFacts f =
        read("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: c, labels: {own: "1"}}
                spec:
                  ttlSecondsAfterFinished: 60
                  jobTemplate:
                    spec:
                      activeDeadlineSeconds: 30
                      template:
                        metadata: {labels: {app: c, tier: [x]}}
                """)
            .facts();
    assertEquals(Map.of("app", "c"), f.podLabels());
    assertEquals("30", f.activeDeadlineSeconds());
    assertEquals("60", f.ttlSecondsAfterFinished());
  }

  @Test
  void aServiceKeepsNumericPortsAndAUsableSelectorOnly() throws Exception {
    ObjectFacts f =
        read("""
                apiVersion: v1
                kind: Service
                metadata: {name: s}
                spec:
                  selector: {app: s}
                  ports: [{name: pg, port: 5432}, {port: "{{ x }}"}, {port: 80}]
                """)
            .facts();
    assertEquals(
        List.of(
            new ObjectFacts.ServicePort("pg", 5432, "TCP"),
            new ObjectFacts.ServicePort(null, 80, "TCP")),
        f.servicePorts());
    assertEquals(Map.of("app", "s"), f.serviceSelector());
    assertEquals(
        Map.of(),
        read("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {selector: {app: [s]}}")
            .facts()
            .serviceSelector());
  }

  @Test
  void strategyAndTtlAreTakenAsWrittenAndAbsentIsDistinct() throws Exception {
    ObjectFacts f =
        read("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  updateStrategy: {type: OnDelete}
                  template: {metadata: {labels: {app: db}}}
                """)
            .facts();
    assertEquals("OnDelete", f.updateStrategy());
    assertNull(f.ttlSecondsAfterFinished());
    assertNull(f.activeDeadlineSeconds());
    assertEquals(Map.of("app", "db"), f.podLabels());
    assertEquals(
        "",
        read("apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {ttlSecondsAfterFinished: {}}")
            .facts()
            .ttlSecondsAfterFinished());
  }
}
