package dev.startgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // With the labels its Jobs' controller adds, whose values the cluster makes up.
    assertEquals(
        Map.of(
            "app", "c",
            "job-name", "?",
            "batch.kubernetes.io/job-name", "?",
            "controller-uid", "?",
            "batch.kubernetes.io/controller-uid", "?"),
        f.podLabels());
    assertEquals("30", f.activeDeadlineSeconds());
    assertEquals("60", f.ttlSecondsAfterFinished());
  }

  @Test
  void aJobNeedsWhatItsPodCannotStartWithoutEachOnceAndNothingOptional() throws Exception {
    ObjectFacts f =
        read("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: c}
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          serviceAccount: legacy
                          volumes:
                          - {name: a, configMap: {name: cm}}
                          - {name: b, secret: {secretName: s, optional: true}}
                          - {name: c, persistentVolumeClaim: {claimName: data}}
                          - name: d
                            projected:
                              sources: [{secret: {name: p}}, {configMap: {name: cm}}]
                          initContainers:
                          - {name: i, envFrom: [{secretRef: {name: init}}]}
                          containers:
                          - name: m
                            env:
                            - {name: X, valueFrom: {configMapKeyRef: {name: x, key: k}}}
                            - {name: Y, valueFrom: {secretKeyRef: {name: y, key: k, optional: true}}}
                            - {name: Z, value: plain}
                """)
            .facts();
    assertEquals(
        List.of(
            new PodNeeds.Need("ServiceAccount", "legacy", "serviceAccountName"),
            new PodNeeds.Need("ConfigMap", "cm", "volumes"),
            new PodNeeds.Need("PersistentVolumeClaim", "data", "volumes"),
            new PodNeeds.Need("Secret", "p", "volumes"),
            new PodNeeds.Need("Secret", "init", "envFrom"),
            new PodNeeds.Need("ConfigMap", "x", "env")),
        f.needs());
    // Only Jobs and CronJobs: a phase orders nothing else. The default account is always there.
    assertEquals(
        List.of(),
        read("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: j}
                spec: {template: {spec: {serviceAccountName: default}}}
                """)
            .facts()
            .needs());
    assertEquals(
        List.of(),
        read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec: {template: {spec: {serviceAccountName: app}}}
                """)
            .facts()
            .needs());
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
        List.of(new ServicePort("pg", 5432, "TCP"), new ServicePort(null, 80, "TCP")),
        f.servicePorts());
    assertEquals(Map.of("app", "s"), f.serviceSelector());
    assertEquals(
        Map.of(),
        read("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {selector: {app: [s]}}")
            .facts()
            .serviceSelector());
  }

  /**
   * Labels, a selector and ports written through aliases and merge keys are read as kubectl reads
   * them: a cycle or a pods/ target through such labels was missed, and a Service whose ports were
   * an alias had "no TCP port".
   */
  @Test
  void labelsSelectorsAndPortsAreReadThroughAliasesAndMergeKeys() throws Exception {
    ObjectFacts service =
        read("""
                apiVersion: v1
                kind: Service
                metadata: {name: db, labels: &sel {app: db}}
                x-base: &base {name: redis, protocol: TCP}
                spec:
                  selector: *sel
                  ports: [{<<: *base, port: 6379}, {name: pg, port: &pg 5432}, {name: alt, port: *pg}]
                """)
            .facts();
    assertEquals(Map.of("app", "db"), service.serviceSelector());
    assertEquals(
        List.of(
            new ServicePort("redis", 6379, "TCP"),
            new ServicePort("pg", 5432, "TCP"),
            new ServicePort("alt", 5432, "TCP")),
        service.servicePorts());
    ObjectFacts ports =
        read("""
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                x: &ports [{name: pg, port: 5432}]
                spec: {selector: {<<: {app: db}, tier: data}, ports: *ports}
                """)
            .facts();
    assertEquals(Map.of("app", "db", "tier", "data"), ports.serviceSelector());
    assertEquals(List.of(new ServicePort("pg", 5432, "TCP")), ports.servicePorts());
    Resource web =
        read(
            """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labels: &labels {app: web, team: &t shop}}
                spec:
                  template:
                    metadata: {labels: {<<: *labels, team: other, tier: *t}}
                """);
    assertEquals(
        Map.of("app", "web", "team", "other", "tier", "shop", "pod-template-hash", "?"),
        web.facts().podLabels());
    assertEquals(Map.of("app", "web", "team", "shop"), web.labels());
    // A merge key may name a list of mappings, the first one winning; an alias that names a
    // mapping the selector cannot use (a value that is not a scalar) leaves no selector.
    assertEquals(
        Map.of("a", "1", "b", "2"),
        read("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nx: [&x {a: '1', b: '9'}, &y {b: '2'}]\n"
                + "spec: {selector: {<<: [*y, *x]}}")
            .facts()
            .serviceSelector());
    assertEquals(
        Map.of(),
        read("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nx: &x {a: [1]}\nspec: {selector: *x}")
            .facts()
            .serviceSelector());
  }

  /**
   * A merge key one level up brings the labels, the selector or a container's name as kubectl reads
   * it (template {@code metadata: {<<: {labels: *meta}}}, {@code spec: {<<: {selector: *l}}}); an
   * alias may be a key ({@code {*k : *v}}); a null label value is "", as the API server stores it.
   */
  @Test
  void mergeKeysAboveAliasKeysAndNullValuesAreReadAsKubectlDoes() throws Exception {
    Resource sts =
        read(
            """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db, labels: &meta {app: db}}
                spec:
                  template:
                    metadata:
                      <<: {labels: *meta}
                    spec:
                      containers:
                      - {name: pg, image: pg}
                      - <<: {name: startgate-network, image: x}
                """);
    assertEquals(Map.of("app", "db", "controller-revision-hash", "?"), sts.facts().podLabels());
    assertEquals(List.of("pg", "startgate-network"), sts.facts().containerNames());
    assertEquals(
        Map.of("app", "db"),
        read("apiVersion: v1\nkind: Service\nmetadata: {name: s, labels: &l {app: db}}\n"
                + "spec: {<<: {selector: *l}}")
            .facts()
            .serviceSelector());
    assertEquals(
        Map.of("app", "db"),
        read("apiVersion: v1\nkind: Service\nmetadata: {name: s, labels: {&k app: &v db}}\n"
                + "spec: {selector: {*k : *v}}")
            .facts()
            .serviceSelector());
    Resource nulls =
        read("apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: ~, tier: null, x: }}\n");
    assertEquals(Map.of("app", "", "tier", "", "x", ""), nulls.facts().podLabels());
    assertEquals(
        Map.of("app", "", "tier", "", "x", ""), nulls.labels(), "a gates: rule reads the same");
  }

  /**
   * Merge keys that merge others many times over (an alias bomb) are not expanded: a read visits at
   * most a few hundred mappings, and finds what the first ones hold.
   */
  @Test
  void mergeKeysOfAnAliasBombAreNotExpanded() throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nx:\n  l0: &l0 {a: '1'}\n");
    // 24 levels of two aliases each, 50 aliases in all (the parser's limit): read through every
    // merge, the selector alone would visit 2^24 mappings.
    for (int i = 1; i <= 24; i++) {
      String prev = "*l" + (i - 1);
      yaml.append("  l").append(i).append(": &l").append(i).append(" {<<: [");
      yaml.append(prev).append(", ").append(prev).append("]}\n");
    }
    yaml.append("spec: {selector: *l24, ports: [{<<: *l24, port: 80}]}\n");
    long start = System.nanoTime();
    ObjectFacts f = read(yaml.toString()).facts();
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "took too long");
    assertEquals(Map.of("a", "1"), f.serviceSelector());
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
    assertEquals(Map.of("app", "db", "controller-revision-hash", "?"), f.podLabels());
    assertEquals(new ControllerLabels.PodIndexes("db", 0, 1), f.podIndexes());
    assertEquals(
        "",
        read("apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {ttlSecondsAfterFinished: {}}")
            .facts()
            .ttlSecondsAfterFinished());
  }

  @Test
  void aGateTakesNoNameOfThePodsOwnContainersAndAUserContainerNamedLikeAGateIsTheUsers()
      throws Exception {
    ObjectFacts f =
        read("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: j}
                spec:
                  template:
                    spec:
                      initContainers:
                      - {name: startgate-network, image: busybox:1.37.0, command: [sh, -c, x]}
                      - {name: startgate-setup, image: alpine:3, restartPolicy: Always}
                      containers:
                      - {name: startgate-app, image: app:1}
                """)
            .facts();
    assertEquals(List.of("startgate-app", "startgate-setup"), f.containerNames());
    assertTrue(f.gateParts());
    // The gates go after the user's native sidecar, which is named like a gate but is not one.
    assertTrue(f.host().sidecarFirst());
  }

  @Test
  void aPodWithoutStartgatesPartsHasNone() throws Exception {
    ObjectFacts f =
        read("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  volumes: [{name: startgate-config, configMap: {name: c}}]
                  containers: [{name: app, image: app:1}]
                """)
            .facts();
    assertEquals(List.of("app"), f.containerNames());
    assertFalse(f.gateParts());
  }
}
