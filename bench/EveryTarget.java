import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a stream that asks for every kind of target at once, for {@code bench/shapes.sh}: a CRD and,
 * in groups of ten resources in one of 20 namespaces, a Deployment, a StatefulSet and its Service,
 * a custom resource, a pre-deploy Job waiting for Postgres, Redis, MySQL, the StatefulSet, pods by
 * selector and the custom resource, a CronJob waiting for that Job, the Deployment and the
 * Service's port, a gated Deployment (HTTP and TCP), and three ConfigMaps.
 *
 * <pre>
 * java bench/EveryTarget.java --resources 10000 --out target/bench/shapes/every-target.yaml
 * </pre>
 *
 * <p>The output depends only on the arguments.
 */
public final class EveryTarget {
  private EveryTarget() {}

  public static void main(String[] args) throws IOException {
    int resources = 0;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--resources" -> resources = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (resources < 1 || out == null) {
      System.err.println("usage: java bench/EveryTarget.java --resources N --out FILE");
      System.exit(2);
    }
    List<String> documents = new ArrayList<>();
    documents.add(CRD);
    for (int g = 0; documents.size() < resources; g++) {
      group(documents, g, "team-" + g % 20);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(
        out, String.join("---\n", documents.subList(0, resources)), StandardCharsets.UTF_8);
  }

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: clusters.postgresql.cnpg.io
      spec:
        group: postgresql.cnpg.io
        names: {kind: Cluster, listKind: ClusterList, plural: clusters, singular: cluster}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema: {type: object}
      """;

  private static void group(List<String> out, int g, String ns) {
    out.add(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api-%1$d
          namespace: %2$s
          labels: {app: api-%1$d}
        spec:
          replicas: 2
          selector:
            matchLabels: {app: api-%1$d}
          template:
            metadata:
              labels: {app: api-%1$d}
            spec:
              containers:
              - name: api
                image: registry.example.com/api:1.%1$d
                ports:
                - containerPort: 8080
        """
            .formatted(g, ns));
    out.add(
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db-%1$d
          namespace: %2$s
        spec:
          serviceName: db-%1$d
          selector:
            matchLabels: {app: db-%1$d}
          template:
            metadata:
              labels: {app: db-%1$d}
            spec:
              containers:
              - name: db
                image: postgres:16
        """
            .formatted(g, ns));
    out.add(
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: db-%1$d
          namespace: %2$s
        spec:
          selector: {app: db-%1$d}
          ports:
          - name: pg
            port: 5432
        """
            .formatted(g, ns));
    out.add(
        """
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata:
          name: orders-%1$d
          namespace: %2$s
        spec:
          instances: 3
        """
            .formatted(g, ns));
    out.add(
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate-%1$d
          namespace: %2$s
          annotations:
            startgate.dev/wait-for: |
              postgres://db-%1$d.%2$s.svc:5432, redis://cache-%1$d:6379, mysql://legacy-%1$d:3306
              statefulset/db-%1$d, pods/app=api-%1$d
              clusters.postgresql.cnpg.io/orders-%1$d condition=Ready
            startgate.dev/timeout: 10m
            startgate.dev/phase: pre-deploy
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: migrate
                image: registry.example.com/migrate:1.%1$d
        """
            .formatted(g, ns));
    out.add(
        """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report-%1$d
          namespace: %2$s
          annotations:
            startgate.dev/wait-for: job/migrate-%1$d, deployment/api-%1$d, service/db-%1$d:pg
            startgate.dev/retry: "3"
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: report
                    image: registry.example.com/report:1.%1$d
        """
            .formatted(g, ns));
    out.add(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web-%1$d
          namespace: %2$s
          annotations:
            startgate.dev/wait-for: http://api-%1$d.%2$s.svc:8080/healthz, tcp://db-%1$d:5432
        spec:
          selector:
            matchLabels: {app: web-%1$d}
          template:
            metadata:
              labels: {app: web-%1$d}
            spec:
              containers:
              - name: web
                image: registry.example.com/web:1.%1$d
        """
            .formatted(g, ns));
    for (int k = 0; k < 3; k++) {
      out.add(
          """
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: conf-%1$d-%3$d
            namespace: %2$s
          data:
            a: "1"
            b: |
              line one
              line two
          """
              .formatted(g, ns, k));
    }
  }
}
