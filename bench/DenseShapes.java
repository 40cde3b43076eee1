import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the denser shapes an acceptance session timed against the 10,000-resource goals, for
 * {@code bench/shapes.sh}, into {@code --out}:
 *
 * <ul>
 *   <li>{@code mixed.yaml}: in groups of ten, nine Jobs each waiting for two or three targets of
 *       mixed kinds (job/, deployment/, pods/ by selector, a custom resource, tcp://, redis://,
 *       postgres://, http://) and one Service; most Kubernetes targets are outside the input, a
 *       few in it (the Services api-9, api-19 and api-29).
 *   <li>{@code mixed-crlf.yaml}: the same with CRLF line breaks.
 *   <li>{@code mixed-list.yaml}: the same as a ResourceList with kpt's path and index annotations,
 *       100 resources to a file.
 *   <li>{@code exported.yaml}: Jobs as {@code kubectl get -o yaml} leaves them (2.5 KB each):
 *       kubectl's last-applied-configuration, a long note, and three HTTP targets with status= and
 *       body= options on long paths.
 * </ul>
 *
 * <pre>
 * java bench/DenseShapes.java --resources 10000 --out target/bench/shapes
 * </pre>
 *
 * <p>The output depends only on the arguments.
 */
public final class DenseShapes {
  private DenseShapes() {}

  public static void main(String[] args) throws IOException {
    int resources = 0;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--resources" -> resources = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (resources < 1 || out == null) {
      System.err.println("usage: java bench/DenseShapes.java --resources N --out DIR");
      System.exit(2);
    }
    Files.createDirectories(out);
    List<String> mixed = new ArrayList<>();
    for (int i = 0; mixed.size() < resources; i++) {
      mixed.add(i % 10 == 9 ? service(i) : mixedJob(i));
    }
    String stream = "---\n" + String.join("---\n", mixed);
    write(out.resolve("mixed.yaml"), stream);
    write(out.resolve("mixed-crlf.yaml"), stream.replace("\n", "\r\n"));
    write(out.resolve("mixed-list.yaml"), resourceList(mixed));
    List<String> exported = new ArrayList<>();
    for (int i = 0; i < resources; i++) {
      exported.add(exportedJob(i));
    }
    write(out.resolve("exported.yaml"), "---\n" + String.join("---\n", exported));
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Two or three targets of the kinds in turn, by the Job's number. */
  private static String targets(int i) {
    String[] kinds = {
      "job/seed-%d", "deployment/web-%d", "pods/app=worker-%d,tier=back",
      "certificates.cert-manager.io/cert-%d", "tcp://db-%d.shop.svc:5432", "redis://cache-%d:6379",
      "postgres://pg-%d", "http://api-%d:8080/healthz"
    };
    int n = 2 + i % 2;
    List<String> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(kinds[(i + 3 * k) % kinds.length].formatted(i % 31));
    }
    return String.join(", ", out);
  }

  private static String mixedJob(int i) {
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: job-%1$d
          namespace: shop
          labels:
            app: job-%1$d
          annotations:
            startgate.dev/wait-for: "%2$s"
        spec:
          backoffLimit: 2
          template:
            metadata:
              labels:
                app: job-%1$d
            spec:
              restartPolicy: Never
              containers:
              - name: main
                image: registry.example/job:1.%3$d
                args: ["--once"]
                resources:
                  requests: {cpu: 100m, memory: 128Mi}
        """
        .formatted(i, targets(i), i % 7);
  }

  private static String service(int i) {
    return """
        apiVersion: v1
        kind: Service
        metadata:
          name: api-%1$d
          namespace: shop
        spec:
          selector:
            app: api-%1$d
          ports:
          - port: 8080
            targetPort: 8080
        """
        .formatted(i);
  }

  private static String exportedJob(int i) {
    String path = "/healthz/with/a/rather/long/path/segment/" + "p".repeat(60);
    String body = "ok-".repeat(50);
    List<String> targets = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      targets.add("http://h%d-%d:%d%s status=200-299 body=%s".formatted(k, i, 1000 + k, path, body));
    }
    String applied =
        "{\\\"apiVersion\\\": \\\"batch/v1\\\", \\\"kind\\\": \\\"Job\\\", \\\"metadata\\\":"
            + " {\\\"name\\\": \\\"job-%d\\\"}, \\\"blob\\\": \\\"%s\\\"}".formatted(i, "x".repeat(900));
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: job-%1$d
          namespace: shop
          labels:
            app: job-%1$d
          annotations:
            startgate.dev/wait-for: "%2$s"
            kubectl.kubernetes.io/last-applied-configuration: "%3$s"
            example.com/note: "%4$s"
        spec:
          template:
            metadata:
              labels:
                app: job-%1$d
            spec:
              restartPolicy: Never
              containers:
              - name: job-%1$d
                image: registry.example/job-%1$d:1.5
                args: ["--port", "8080"]
                env:
                - name: LOG_LEVEL
                  value: info
                resources:
                  requests: {cpu: 100m, memory: 128Mi}
        """
        .formatted(i, String.join("\\n", targets), applied, "y".repeat(400));
  }

  /** The resources as kpt sends them: items with their file and index, 100 to a file. */
  private static String resourceList(List<String> resources) {
    StringBuilder out =
        new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
    for (int i = 0; i < resources.size(); i++) {
      String file = "f" + i / 100 + ".yaml";
      String index = String.valueOf(i % 100);
      String kpt =
          "    config.kubernetes.io/index: '%1$s'\n    config.kubernetes.io/path: '%2$s'\n"
                  .formatted(index, file)
              + "    internal.config.kubernetes.io/index: '%1$s'\n".formatted(index)
              + "    internal.config.kubernetes.io/path: '%1$s'\n".formatted(file);
      String doc = resources.get(i);
      doc =
          doc.contains("\n  annotations:\n")
              ? doc.replace("\n  annotations:\n", "\n  annotations:\n" + kpt)
              : doc.replace("metadata:\n", "metadata:\n  annotations:\n" + kpt);
      boolean first = true;
      for (String line : doc.split("\n")) {
        out.append(first ? "- " : "  ").append(line).append('\n');
        first = false;
      }
    }
    return out.toString();
  }
}
