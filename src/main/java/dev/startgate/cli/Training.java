package dev.startgate.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's training run, not a user's command: {@code bin/startgate} runs it once to record
 * the class-data archive (an AOT cache, or a CDS archive), with its training input on stdin. It
 * runs startgate on that input as {@link Main} does (kpt's path: a ResourceList with a config),
 * then on a stream of its own with {@code --config FILE} (the Helm post-renderer's path, a config
 * with {@code resources} and a {@code gates:} rule), so that the archive holds the classes of both:
 * a small run that takes a path no training run took loads them from the jars (about 85 classes and
 * 30 ms for {@code --config} before this run was added, review EA).
 */
public final class Training {
  private Training() {}

  /** The config the second run reads from a file. */
  static final String CONFIG =
      """
      apiVersion: fn.startgate.dev/v1alpha1
      kind: StartGate
      metadata:
        name: startgate
        annotations:
          config.kubernetes.io/local-config: "true"
      defaults: {timeout: 2m, interval: 3s, uptime: 0s}
      images:
        busybox: docker.io/library/busybox:1.37.0@sha256:bdf57e528e45e4433820e045b29b4597825a1c9e38353532d90a01445013f82e
        curl: docker.io/curlimages/curl:8.11.1@sha256:c1fe1679c34d9784c1b0d1e5f62ac0a79fca01fb6377cdd33e90473c6f9f9a69
        kubectl: registry.k8s.io/kubectl:v1.34.1@sha256:59bafa07ff3a6d4b417e7633ddb9d79a9606ca98bf64bac080b3e65748669250
      securityContext: {runAsUser: 65532, runAsGroup: 65532}
      resources:
        busybox: {cpu: 100m, memory: 64Mi}
        kubectl: {cpu: 200m, memory: 128Mi}
      orchestrator: none
      rbac: auto
      kubernetesGates: kubectl
      gates:
      - match: {kind: Job, name: "*-seed"}
        waitFor: [tcp://db:5432]
        timeout: 90s
        retry: 2
      - match:
          labels: {app.kubernetes.io/component: seed}
        waitFor: http://api:8080/healthz
      - match: {kind: Job, name: "*-migrate"}
        waitFor: tcp://db:5432
      """;

  /**
   * The stream the second run reads: one Job rules gate, one its annotations gate, whose pod needs
   * a Secret (what a pre-deploy check looks for), and one that only snakeyaml-engine reads (an
   * anchor, a tag, a {@code |2} block): a small run with one of them loaded about 125 of
   * snakeyaml-engine's classes from the jar (3.1 times java -version instead of 2.1; review EA).
   */
  static final String STREAM =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: shop-seed
        namespace: shop
        labels: {app.kubernetes.io/component: seed}
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: seed
              image: seed:1
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        namespace: shop
        annotations:
          startgate.dev/wait-for: http://api:8080/healthz, deployment/api
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: migrate
              image: migrate:1
              env:
              - name: DATABASE_URL
                valueFrom:
                  secretKeyRef: {name: db, key: url}
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: report
        namespace: shop
        labels: &labels {app: report}
        annotations:
          startgate.dev/wait-for: tcp://db:5432
          note: !!str 5
      spec:
        template:
          metadata:
            labels: *labels
          spec:
            restartPolicy: Never
            containers:
            - name: report
              image: report:1
              args:
              - |2
                  indented
      """;

  /**
   * Runs the training input on stdin as {@link Main#main} does, then the {@code --config} run;
   * {@code args[0]}, if given, is the folder for the config file (else the temporary folder). Halts
   * with the first run's code, or 1, if either fails: no archive is made of a failed run.
   */
  public static void main(String[] args) throws IOException {
    Main.main(new String[0]);
    Path folder = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
    Path config = Files.createTempFile(folder, "training-config", ".yaml");
    int code;
    try {
      Files.writeString(config, CONFIG);
      PrintStream none =
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
      code =
          Main.run(
              new String[] {"--config", config.toString()},
              new ByteArrayInputStream(STREAM.getBytes(StandardCharsets.UTF_8)),
              none,
              none);
    } finally {
      Files.deleteIfExists(config);
    }
    if (code != 0) {
      Runtime.getRuntime().halt(1);
    }
  }
}
