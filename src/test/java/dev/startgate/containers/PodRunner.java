package dev.startgate.containers;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs the init containers of a workload, as startgate wrote them, under podman the way a kubelet
 * would: in order, stopping at the first that fails, each with exactly its {@code securityContext}
 * and {@code resources} as podman flags, its volumes (emptyDir as tmpfs, a projected service
 * account token as a read-only bind mount of {@code token}, {@code ca.crt} and {@code namespace}),
 * its env, command and args, on the host network. It reads whatever containers the output holds:
 * their names and commands are never assumed. The public images startgate names are mapped to local
 * stand-ins (.ci/gate-images); a field it cannot translate fails the run rather than being dropped.
 */
public final class PodRunner {
  /** What one init container did. */
  public record Ran(String name, String image, int exit, String output, Duration took) {}

  /** Where the cluster is for the containers: the kubelet's in-cluster env and a token folder. */
  public record Cluster(String host, int port, String token, Path caCertificate) {}

  /** Public image repositories (without tag and digest) to the local stand-ins. */
  public static final Map<String, String> STAND_INS =
      Map.of(
          "docker.io/library/busybox", "localhost/startgate-test/busybox:stand-in",
          "busybox", "localhost/startgate-test/busybox:stand-in",
          "docker.io/curlimages/curl", "localhost/startgate-test/curl:stand-in",
          "curlimages/curl", "localhost/startgate-test/curl:stand-in",
          "registry.k8s.io/kubectl", "localhost/startgate-test/kubectl:stand-in");

  private static final Set<String> SECURITY_FIELDS =
      Set.of(
          "runAsUser",
          "runAsGroup",
          "runAsNonRoot",
          "readOnlyRootFilesystem",
          "allowPrivilegeEscalation",
          "capabilities",
          "seccompProfile");
  private static final Set<String> CONTAINER_FIELDS =
      Set.of(
          "name",
          "image",
          "command",
          "args",
          "env",
          "resources",
          "securityContext",
          "volumeMounts",
          "terminationMessagePolicy",
          "imagePullPolicy",
          "workingDir");

  private final Path work;
  private final Cluster cluster;
  private final Path trusted;
  private final Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
  private final Map<String, String> hosts = new LinkedHashMap<>();

  /** {@code work}: a folder for the token files; {@code cluster}: null for no API server. */
  public PodRunner(Path work, Cluster cluster) {
    this(work, cluster, null);
  }

  /**
   * As above; {@code trusted}, a PEM file, stands for the image's own CA bundle (the public curl
   * image trusts the public CAs; a loopback test server has a self-signed certificate).
   */
  public PodRunner(Path work, Cluster cluster, Path trusted) {
    this.work = work;
    this.cluster = cluster;
    this.trusted = trusted;
  }

  /**
   * Serves ConfigMap {@code name} of the pod's namespace with {@code data} (key to content) to
   * {@code configMap} volumes, as the kubelet would; a volume naming another ConfigMap fails.
   */
  public PodRunner configMap(String name, Map<String, String> data) {
    configMaps.put(name, Map.copyOf(data));
    return this;
  }

  /** Resolves {@code host} to {@code ip} in the containers, as cluster DNS would. */
  public PodRunner host(String host, String ip) {
    hosts.put(host, ip);
    return this;
  }

  /**
   * The pod spec of workload {@code kind/name} in startgate's output (a stream or a ResourceList).
   */
  public static JsonNode podSpec(String output, String kind, String name) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var parser = new YAMLMapper().createParser(output)) {
      for (var it = new YAMLMapper().readValues(parser, JsonNode.class); it.hasNext(); ) {
        JsonNode doc = it.next();
        if (doc != null && doc.path("kind").asString("").equals("ResourceList")) {
          doc.path("items").forEach(docs::add);
        } else if (doc != null) {
          docs.add(doc);
        }
      }
    }
    for (JsonNode doc : docs) {
      if (doc.path("kind").asString("").equals(kind)
          && doc.path("metadata").path("name").asString("").equals(name)) {
        JsonNode spec = doc.path("spec");
        return switch (kind) {
          case "Pod" -> spec;
          case "CronJob" -> spec.path("jobTemplate").path("spec").path("template").path("spec");
          default -> spec.path("template").path("spec");
        };
      }
    }
    throw new AssertionError("no " + kind + "/" + name + " in the output:\n" + output);
  }

  /** Runs the pod's init containers in order until one fails; each bounded by {@code limit}. */
  public List<Ran> runInitContainers(JsonNode podSpec, String namespace, Duration limit)
      throws IOException, InterruptedException {
    List<Ran> ran = new ArrayList<>();
    for (JsonNode container : podSpec.path("initContainers")) {
      Ran r = run(podSpec, container, namespace, limit);
      ran.add(r);
      if (r.exit() != 0) {
        break;
      }
    }
    return ran;
  }

  /** The podman command line for one container of the pod. */
  public List<String> command(JsonNode podSpec, JsonNode c, String namespace) throws IOException {
    for (var field : c.propertyNames()) {
      if (!CONTAINER_FIELDS.contains(field)) {
        throw new AssertionError("cannot translate container field " + field + ": " + c);
      }
    }
    String name = c.path("name").asString();
    List<String> cmd = new ArrayList<>(List.of("podman", "run", "--rm", "--network", "host"));
    cmd.addAll(List.of("--name", "startgate-it-" + ProcessHandle.current().pid() + "-" + name));
    cmd.addAll(security(c.path("securityContext")));
    cmd.addAll(resources(c.path("resources")));
    Map<String, String> env = new LinkedHashMap<>();
    if (cluster != null) {
      // What the kubelet gives every container.
      env.put("KUBERNETES_SERVICE_HOST", cluster.host());
      env.put("KUBERNETES_SERVICE_PORT", Integer.toString(cluster.port()));
    }
    for (JsonNode e : c.path("env")) {
      if (!e.has("value") || e.size() != 2) {
        throw new AssertionError("cannot translate env " + e);
      }
      env.put(e.path("name").asString(), e.path("value").asString());
    }
    env.forEach((k, v) -> cmd.addAll(List.of("--env", k + "=" + v)));
    for (JsonNode m : c.path("volumeMounts")) {
      cmd.addAll(mount(podSpec, m, namespace));
    }
    if (c.has("workingDir")) {
      cmd.addAll(List.of("--workdir", c.path("workingDir").asString()));
    }
    if (c.has("command")) {
      cmd.add("--entrypoint=" + new ObjectMapper().writeValueAsString(c.path("command")));
    }
    hosts.forEach((h, ip) -> cmd.add("--add-host=" + h + ":" + ip));
    String image = standIn(c.path("image").asString());
    if (trusted != null) {
      cmd.addAll(
          List.of(
              "--mount",
              "type=bind,source="
                  + trusted
                  + ",destination=/etc/ssl/certs/ca-certificates.crt,ro=true"));
    }
    cmd.add(image);
    c.path("args").forEach(a -> cmd.add(a.asString()));
    return cmd;
  }

  private Ran run(JsonNode podSpec, JsonNode c, String namespace, Duration limit)
      throws IOException, InterruptedException {
    List<String> cmd = command(podSpec, c, namespace);
    long t0 = System.nanoTime();
    // podman --timeout: conmon kills the container at the limit even if this JVM is gone.
    cmd.add(2, "--timeout=" + limit.toSeconds());
    Proc.Outcome out = Proc.run(work, null, limit.toSeconds() + 30, Map.of(), cmd);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    return new Ran(
        c.path("name").asString(),
        c.path("image").asString(),
        out.code(),
        out.out() + out.err(),
        took);
  }

  /** The local stand-in for a public image reference (tag and digest dropped). */
  public static String standIn(String image) {
    String repository = image.replaceFirst("@.*$", "").replaceFirst(":[^:/]+$", "");
    String local = STAND_INS.get(repository);
    if (local == null) {
      throw new AssertionError("no local stand-in for image " + image + " (see .ci/gate-images)");
    }
    return local;
  }

  static List<String> security(JsonNode sc) {
    for (var field : sc.propertyNames()) {
      if (!SECURITY_FIELDS.contains(field)) {
        throw new AssertionError("cannot translate securityContext." + field);
      }
    }
    List<String> flags = new ArrayList<>();
    if (sc.has("runAsUser")) {
      long uid = sc.path("runAsUser").asLong();
      if (sc.path("runAsNonRoot").asBoolean(false) && uid == 0) {
        throw new AssertionError("runAsNonRoot with runAsUser 0: the kubelet refuses it");
      }
      flags.add(
          "--user=" + uid + (sc.has("runAsGroup") ? ":" + sc.path("runAsGroup").asLong() : ""));
    } else if (sc.path("runAsNonRoot").asBoolean(false)) {
      throw new AssertionError("runAsNonRoot without a numeric runAsUser: unverifiable");
    }
    if (sc.path("readOnlyRootFilesystem").asBoolean(false)) {
      // Podman would otherwise mount writable tmpfs on /tmp, /var/tmp and /run; a kubelet does not.
      flags.addAll(List.of("--read-only", "--read-only-tmpfs=false"));
    }
    if (sc.has("allowPrivilegeEscalation") && !sc.path("allowPrivilegeEscalation").asBoolean()) {
      flags.add("--security-opt=no-new-privileges");
    }
    for (JsonNode cap : sc.path("capabilities").path("drop")) {
      flags.add("--cap-drop=" + cap.asString().toLowerCase(java.util.Locale.ROOT));
    }
    for (JsonNode cap : sc.path("capabilities").path("add")) {
      flags.add("--cap-add=" + cap.asString().toLowerCase(java.util.Locale.ROOT));
    }
    String seccomp = sc.path("seccompProfile").path("type").asString("RuntimeDefault");
    if (!seccomp.equals("RuntimeDefault")) {
      throw new AssertionError("cannot translate seccompProfile " + seccomp);
    }
    return flags;
  }

  static List<String> resources(JsonNode r) {
    List<String> flags = new ArrayList<>();
    JsonNode limits = r.path("limits");
    if (limits.has("memory")) {
      long bytes = bytes(limits.path("memory").asString());
      // No swap beyond the limit: a container over it is killed, as under the kubelet.
      flags.add("--memory=" + bytes);
      flags.add("--memory-swap=" + bytes);
    }
    if (limits.has("cpu")) {
      flags.add("--cpus=" + cpus(limits.path("cpu").asString()));
    }
    return flags;
  }

  /** A Kubernetes quantity of bytes (64Mi, 1G, 512k, 1000). */
  static long bytes(String q) {
    String[][] units = {
      {"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"},
      {"k", "1000"}, {"M", "1000000"}, {"G", "1000000000"}
    };
    for (String[] u : units) {
      if (q.endsWith(u[0])) {
        return Long.parseLong(q.substring(0, q.length() - u[0].length())) * Long.parseLong(u[1]);
      }
    }
    return Long.parseLong(q);
  }

  /** A Kubernetes CPU quantity (200m, 0.5, 1) as podman's --cpus. */
  static String cpus(String q) {
    double v =
        q.endsWith("m")
            ? Long.parseLong(q.substring(0, q.length() - 1)) / 1000.0
            : Double.parseDouble(q);
    return Double.toString(v);
  }

  private List<String> mount(JsonNode podSpec, JsonNode m, String namespace) throws IOException {
    String volumeName = m.path("name").asString();
    String path = m.path("mountPath").asString();
    boolean readOnly = m.path("readOnly").asBoolean(false);
    for (JsonNode v : podSpec.path("volumes")) {
      if (!v.path("name").asString().equals(volumeName)) {
        continue;
      }
      if (v.has("emptyDir")) {
        // An emptyDir is a fresh folder anyone may write to (0777), like the kubelet's.
        return List.of(
            "--mount",
            "type=tmpfs,destination=" + path + ",tmpfs-mode=0777" + (readOnly ? ",ro=true" : ""));
      }
      if (v.has("projected")) {
        return List.of(
            "--mount",
            "type=bind,source=" + projected(v, namespace) + ",destination=" + path + ",ro=true");
      }
      if (v.has("configMap")) {
        return List.of(
            "--mount", "type=bind,source=" + configMap(v) + ",destination=" + path + ",ro=true");
      }
      throw new AssertionError("cannot translate volume " + v);
    }
    throw new AssertionError("volumeMount " + volumeName + " names no volume of the pod");
  }

  /** The files of a configMap volume: every key, or the listed items at their paths. */
  private Path configMap(JsonNode volume) throws IOException {
    String name = volume.path("configMap").path("name").asString();
    Map<String, String> data = configMaps.get(name);
    if (data == null) {
      throw new AssertionError(
          "the pod mounts ConfigMap " + name + ", which this run does not have");
    }
    Path dir = Files.createDirectories(work.resolve("configmap-" + volume.path("name").asString()));
    JsonNode items = volume.path("configMap").path("items");
    if (items.isEmpty()) {
      for (Map.Entry<String, String> e : data.entrySet()) {
        write(dir.resolve(e.getKey()), e.getValue());
      }
    }
    for (JsonNode item : items) {
      String key = item.path("key").asString();
      if (!data.containsKey(key)) {
        throw new AssertionError("ConfigMap " + name + " has no key " + key);
      }
      write(dir.resolve(item.path("path").asString()), data.get(key));
    }
    return dir;
  }

  /** The files of a projected service-account volume: token, ca.crt and namespace. */
  private Path projected(JsonNode volume, String namespace) throws IOException {
    if (cluster == null) {
      throw new AssertionError("a projected token, but no API server for this run");
    }
    Path dir = Files.createDirectories(work.resolve("token-" + volume.path("name").asString()));
    for (JsonNode source : volume.path("projected").path("sources")) {
      if (source.has("serviceAccountToken")) {
        write(
            dir.resolve(source.path("serviceAccountToken").path("path").asString()),
            cluster.token());
      } else if (source.has("configMap")
          && source.path("configMap").path("name").asString().equals("kube-root-ca.crt")) {
        for (JsonNode item : source.path("configMap").path("items")) {
          write(
              dir.resolve(item.path("path").asString()), Files.readString(cluster.caCertificate()));
        }
      } else if (source.has("downwardAPI")) {
        for (JsonNode item : source.path("downwardAPI").path("items")) {
          String field = item.path("fieldRef").path("fieldPath").asString();
          if (!field.equals("metadata.namespace")) {
            throw new AssertionError("cannot translate downwardAPI " + field);
          }
          write(dir.resolve(item.path("path").asString()), namespace);
        }
      } else {
        throw new AssertionError("cannot translate projected source " + source);
      }
    }
    return dir;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    // Readable by the container's non-root user, as the kubelet makes it (fsGroup aside).
    file.toFile().setReadable(true, false);
    file.getParent().toFile().setExecutable(true, false);
    file.getParent().toFile().setReadable(true, false);
  }
}
