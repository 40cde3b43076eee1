import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes realistic benchmark inputs for startgate: Deployments with probes and env, Services,
 * ConfigMaps with block scalars, and annotated Jobs (a fifth of all resources), with comments.
 *
 * <p>Run it as a single-file program (JDK 11+, no build needed):
 *
 * <pre>
 * java bench/Generate.java --resources 1000 --out target/bench/1000 [--kube-targets] [--jobs-only]
 * </pre>
 *
 * <p>It writes, under {@code --out}: {@code stream.yaml} (a multi-document stream, what Helm
 * sends), {@code resource-list.yaml} (the same resources as a KRM ResourceList), {@code kpt/} (a
 * kpt package, one file per 100 resources) and {@code kustomize/} (the same files with a
 * kustomization whose JSON 6902 patch adds one init container to every annotated Job, the closest
 * thing kustomize has to what startgate does). The output depends only on the arguments.
 *
 * <p>Resources come in groups of ten in one namespace: two annotated Jobs, three Deployments,
 * two Services and three ConfigMaps. Jobs wait for {@code tcp://}, {@code http://} and {@code
 * service/} targets of their own group; with {@code --kube-targets} they also wait for {@code
 * deployment/NAME} and {@code job/NAME}, which need RBAC. A target that would point past the last
 * generated resource becomes a {@code tcp://} target, so every size is a valid input.
 *
 * <p>{@code --jobs-only} makes every resource an annotated Job, the two kinds above in turns (a
 * gate in every resource, the heaviest shape a generator could pick): their Services and
 * Deployments are then outside the input, and each seed Job's {@code job/} target is the migrate
 * Job before it.
 */
public final class Generate {
  private static final int GROUP = 10;
  private static final int FILE_SIZE = 100;

  private final int resources;
  private final boolean kubeTargets;
  private final boolean jobsOnly;

  private Generate(int resources, boolean kubeTargets, boolean jobsOnly) {
    this.resources = resources;
    this.kubeTargets = kubeTargets;
    this.jobsOnly = jobsOnly;
  }

  public static void main(String[] args) throws IOException {
    int resources = -1;
    Path out = null;
    boolean kubeTargets = false;
    boolean jobsOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--resources":
          resources = Integer.parseInt(args[++i]);
          break;
        case "--out":
          out = Path.of(args[++i]);
          break;
        case "--kube-targets":
          kubeTargets = true;
          break;
        case "--jobs-only":
          jobsOnly = true;
          break;
        default:
          usage("unknown argument " + args[i]);
      }
    }
    if (resources < 1 || out == null) {
      usage("--resources N (N >= 1) and --out DIR are required");
    }
    new Generate(resources, kubeTargets, jobsOnly).write(out);
  }

  private static void usage(String problem) {
    System.err.println("Generate: " + problem);
    System.err.println(
        "usage: java bench/Generate.java --resources N --out DIR [--kube-targets] [--jobs-only]");
    System.exit(2);
  }

  private void write(Path out) throws IOException {
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < resources; i++) {
      documents.add(document(i));
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve("stream.yaml"), String.join("---\n", documents));
    Files.writeString(out.resolve("resource-list.yaml"), resourceList(documents));
    writePackage(out.resolve("kpt"), documents, kptfile());
    writePackage(out.resolve("kustomize"), documents, null);
    writeKustomization(out.resolve("kustomize"), (documents.size() + FILE_SIZE - 1) / FILE_SIZE);
  }

  private String document(int i) {
    if (jobsOnly) {
      return i % 2 == 0 ? migrateJob(i / 2) : seedJob(i / 2);
    }
    int group = i / GROUP;
    switch (i % GROUP) {
      case 0:
        return migrateJob(group);
      case 1:
        return seedJob(group);
      case 2:
      case 3:
      case 4:
        return deployment(group, i % GROUP - 2);
      case 5:
        return service(group, "api", 8080);
      case 6:
        return service(group, "postgres", 5432);
      default:
        return configMap(group, i % GROUP - 7);
    }
  }

  private static String namespace(int group) {
    return "team-" + (group % 20);
  }

  /** True if the resource at {@code offset} in {@code group} is part of the output. */
  private boolean exists(int group, int offset) {
    if (jobsOnly) {
      return offset == 0 && 2 * group < resources;
    }
    return group * GROUP + offset < resources;
  }

  private String migrateJob(int group) {
    List<String> targets = new ArrayList<>();
    targets.add(
        exists(group, 6) ? "service/postgres-" + group + ":postgres" : "tcp://postgres:5432");
    targets.add("tcp://redis." + namespace(group) + ".svc:6379");
    if (kubeTargets) {
      targets.add("deployment/web-" + group + "-0");
    }
    return "# Schema migration of group "
        + group
        + ": must not start before Postgres accepts connections.\n"
        + "apiVersion: batch/v1\n"
        + "kind: Job\n"
        + "metadata:\n"
        + "  name: migrate-"
        + group
        + "\n"
        + "  namespace: "
        + namespace(group)
        + "\n"
        + "  labels:\n"
        + "    app.kubernetes.io/name: migrate\n"
        + "    app.kubernetes.io/part-of: shop-"
        + group
        + "\n"
        + "  annotations:\n"
        + "    startgate.dev/wait-for: "
        + String.join(", ", targets)
        + "\n"
        + "    startgate.dev/timeout: 5m\n"
        + "spec:\n"
        + "  backoffLimit: 2\n"
        + "  template:\n"
        + "    metadata:\n"
        + "      labels:\n"
        + "        app.kubernetes.io/name: migrate\n"
        + "    spec:\n"
        + "      restartPolicy: Never\n"
        + "      containers:\n"
        + "      - name: migrate\n"
        + "        image: ghcr.io/example/shop-migrate:1.4."
        + group % 7
        + "\n"
        + "        args: [\"up\", \"--verbose\"]\n"
        + "        env:\n"
        + "        - name: DATABASE_URL\n"
        + "          valueFrom:\n"
        + "            secretKeyRef: {name: postgres-"
        + group
        + ", key: url}\n"
        + "        resources:\n"
        + "          requests: {cpu: 100m, memory: 128Mi}\n"
        + "          limits: {cpu: 500m, memory: 256Mi}\n";
  }

  private String seedJob(int group) {
    String api = exists(group, 5) ? "http://api-" + group + ":8080/healthz" : "http://api:8080/healthz";
    StringBuilder targets = new StringBuilder("|\n      " + api + "\n");
    targets.append("      https://payments.example.com/status\n");
    if (kubeTargets) {
      targets.append("      job/").append(exists(group, 0) ? "migrate-" + group : "migrate").append('\n');
    }
    return "# Seeds demo data once the API answers.\n"
        + "apiVersion: batch/v1\n"
        + "kind: Job\n"
        + "metadata:\n"
        + "  name: seed-"
        + group
        + "\n"
        + "  namespace: "
        + namespace(group)
        + "\n"
        + "  annotations:\n"
        + "    startgate.dev/wait-for: "
        + targets
        + "    startgate.dev/interval: 5s\n"
        + "    startgate.dev/retry: \"3\"\n"
        + "spec:\n"
        + "  template:\n"
        + "    spec:\n"
        + "      restartPolicy: Never\n"
        + "      containers:\n"
        + "      - name: seed\n"
        + "        image: ghcr.io/example/shop-seed:1.4.0 # pinned with the API\n"
        + "        command:\n"
        + "        - /bin/seed\n"
        + "        - --api=http://api-"
        + group
        + ":8080\n";
  }

  private static String deployment(int group, int n) {
    String name = "web-" + group + "-" + n;
    StringBuilder env = new StringBuilder();
    for (int e = 0; e < 6; e++) {
      env.append("        - name: FEATURE_")
          .append((char) ('A' + e))
          .append("\n          value: \"")
          .append(e % 2 == 0 ? "on" : "0755")
          .append("\"\n");
    }
    return "# Front end "
        + n
        + " of group "
        + group
        + "; scaled by the HPA, so replicas is only the floor.\n"
        + "apiVersion: apps/v1\n"
        + "kind: Deployment\n"
        + "metadata:\n"
        + "  name: "
        + name
        + "\n"
        + "  namespace: "
        + namespace(group)
        + "\n"
        + "  labels:\n"
        + "    app.kubernetes.io/name: "
        + name
        + "\n"
        + "    app.kubernetes.io/version: \"2."
        + n
        + "\"\n"
        + "spec:\n"
        + "  replicas: 3\n"
        + "  selector:\n"
        + "    matchLabels:\n"
        + "      app.kubernetes.io/name: "
        + name
        + "\n"
        + "  strategy:\n"
        + "    type: RollingUpdate\n"
        + "    rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}\n"
        + "  template:\n"
        + "    metadata:\n"
        + "      labels:\n"
        + "        app.kubernetes.io/name: "
        + name
        + "\n"
        + "      annotations:\n"
        + "        prometheus.io/scrape: \"true\"\n"
        + "        prometheus.io/port: \"9090\"\n"
        + "    spec:\n"
        + "      serviceAccountName: web\n"
        + "      securityContext:\n"
        + "        runAsNonRoot: true\n"
        + "        runAsUser: 10001\n"
        + "      containers:\n"
        + "      - name: web\n"
        + "        image: ghcr.io/example/web:2."
        + n
        + ".1\n"
        + "        ports:\n"
        + "        - {name: http, containerPort: 8080}\n"
        + "        - {name: metrics, containerPort: 9090}\n"
        + "        env:\n"
        + "        - name: POD_NAME\n"
        + "          valueFrom:\n"
        + "            fieldRef: {fieldPath: metadata.name}\n"
        + env
        + "        envFrom:\n"
        + "        - configMapRef: {name: settings-"
        + group
        + "-0}\n"
        + "        readinessProbe:\n"
        + "          httpGet: {path: /ready, port: http}\n"
        + "          periodSeconds: 5\n"
        + "          failureThreshold: 3\n"
        + "        livenessProbe:\n"
        + "          httpGet:\n"
        + "            path: /healthz\n"
        + "            port: http\n"
        + "          initialDelaySeconds: 10 # the JIT needs a moment\n"
        + "          periodSeconds: 10\n"
        + "        startupProbe:\n"
        + "          tcpSocket: {port: 8080}\n"
        + "          failureThreshold: 30\n"
        + "        resources:\n"
        + "          requests:\n"
        + "            cpu: 250m\n"
        + "            memory: 256Mi\n"
        + "          limits:\n"
        + "            memory: 512Mi\n";
  }

  private static String service(int group, String app, int port) {
    String portName = app.equals("postgres") ? "postgres" : "http";
    return "apiVersion: v1\n"
        + "kind: Service\n"
        + "metadata:\n"
        + "  name: "
        + app
        + "-"
        + group
        + "\n"
        + "  namespace: "
        + namespace(group)
        + "\n"
        + "spec:\n"
        + "  selector:\n"
        + "    app.kubernetes.io/name: "
        + app
        + "-"
        + group
        + "\n"
        + "  ports:\n"
        + "  - name: "
        + portName
        + "\n"
        + "    port: "
        + port
        + "\n"
        + "    targetPort: "
        + port
        + " # same port in the pod\n"
        + "  - name: metrics\n"
        + "    port: 9090\n";
  }

  private static String configMap(int group, int n) {
    StringBuilder script = new StringBuilder();
    for (int line = 0; line < 12; line++) {
      script
          .append("    echo \"step ")
          .append(line)
          .append(" of group ")
          .append(group)
          .append(": checking\" && test -d /var/lib/app/")
          .append(line)
          .append('\n');
    }
    return "# Settings "
        + n
        + " of group "
        + group
        + " (block scalars must survive byte for byte).\n"
        + "apiVersion: v1\n"
        + "kind: ConfigMap\n"
        + "metadata:\n"
        + "  name: settings-"
        + group
        + "-"
        + n
        + "\n"
        + "  namespace: "
        + namespace(group)
        + "\n"
        + "data:\n"
        + "  LOG_LEVEL: info\n"
        + "  ENABLED: yes\n"
        + "  application.properties: |\n"
        + "    server.port=8080\n"
        + "    spring.datasource.url=jdbc:postgresql://postgres-"
        + group
        + ":5432/shop\n"
        + "    # comments inside a block scalar are text\n"
        + "    management.endpoints.web.exposure.include=health,info\n"
        + "  description: >\n"
        + "    A folded scalar that YAML reflows\n"
        + "    when it is re-serialized.\n"
        + "  check.sh: |-\n"
        + "    #!/bin/sh\n"
        + "    set -eu\n"
        + script;
  }

  private static String resourceList(List<String> documents) {
    StringBuilder out = new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
    for (String d : documents) {
      boolean first = true;
      for (String line : d.split("\n", -1)) {
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("#")) {
          out.append("  ").append(line).append('\n');
        } else if (first) {
          out.append("- ").append(line).append('\n');
          first = false;
        } else {
          out.append("  ").append(line).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String kptfile() {
    return "apiVersion: kpt.dev/v1\n"
        + "kind: Kptfile\n"
        + "metadata:\n"
        + "  name: bench\n"
        + "  annotations:\n"
        + "    config.kubernetes.io/local-config: \"true\"\n"
        + "info:\n"
        + "  description: Generated benchmark input for startgate.\n";
  }

  private static void writePackage(Path dir, List<String> documents, String kptfile)
      throws IOException {
    Files.createDirectories(dir);
    if (kptfile != null) {
      Files.writeString(dir.resolve("Kptfile"), kptfile);
    }
    for (int f = 0; f * FILE_SIZE < documents.size(); f++) {
      List<String> part =
          documents.subList(f * FILE_SIZE, Math.min(documents.size(), (f + 1) * FILE_SIZE));
      Files.writeString(dir.resolve(fileName(f)), String.join("---\n", part), StandardCharsets.UTF_8);
    }
  }

  private static String fileName(int f) {
    return String.format("resources-%04d.yaml", f);
  }

  /**
   * A kustomization with the closest equivalent of startgate: one fixed init container added to
   * every Job that carries a wait-for annotation (kustomize cannot derive it from the value).
   */
  private static void writeKustomization(Path dir, int files) throws IOException {
    StringBuilder k = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\n");
    k.append("kind: Kustomization\nresources:\n");
    for (int f = 0; f < files; f++) {
      k.append("- ").append(fileName(f)).append('\n');
    }
    k.append("patches:\n")
        .append("- path: gate-patch.yaml\n")
        .append("  target:\n")
        .append("    group: batch\n")
        .append("    version: v1\n")
        .append("    kind: Job\n")
        .append("    annotationSelector: startgate.dev/wait-for\n");
    Files.writeString(dir.resolve("kustomization.yaml"), k.toString());
    Files.writeString(
        dir.resolve("gate-patch.yaml"),
        "- op: add\n"
            + "  path: /spec/template/spec/initContainers\n"
            + "  value:\n"
            + "  - name: startgate-tcp-postgres-5432\n"
            + "    image: docker.io/library/busybox:1.37.0\n"
            + "    command: [sh, -c, 'until nc -w 2 postgres 5432 </dev/null; do sleep 2; done']\n"
            + "    securityContext:\n"
            + "      runAsNonRoot: true\n"
            + "      runAsUser: 65532\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      capabilities: {drop: [ALL]}\n"
            + "    resources:\n"
            + "      requests: {cpu: 50m, memory: 64Mi}\n"
            + "      limits: {cpu: 50m, memory: 64Mi}\n");
  }
}
