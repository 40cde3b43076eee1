import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the shapes in which one target reaches many objects, for {@code bench/shapes.sh}, into
 * {@code --out} (an acceptance session found each superlinear before the fixes of 2026-12-07):
 *
 * <ul>
 *   <li>{@code fan-out-pods.yaml}: half Deployments of one app, half Jobs each waiting for the pods
 *       of all of them ({@code pods/app.kubernetes.io/part-of=shop}).
 *   <li>{@code fan-out-service.yaml}: the same Deployments behind one Service, and Jobs each
 *       waiting for {@code tcp://shop:80}.
 *   <li>{@code crds-one-group.yaml}: a third CRDs of one API group, a third Jobs each waiting for
 *       an object of another of them by its kind, a third ConfigMaps.
 *   <li>{@code pods-by-key.yaml}: half Deployments, each with a label key of its own ({@code kN})
 *       and a number ({@code ver: "N+1"}), half Jobs each waiting for the pods of one by its key
 *       alone ({@code pods/kN}).
 *   <li>{@code pods-by-range.yaml}: the same Deployments, the Jobs waiting for one by its number
 *       ({@code pods/ver>N,ver<N+2}).
 * </ul>
 *
 * <pre>
 * java bench/FanOutShapes.java --resources 10000 --out target/bench/shapes
 * </pre>
 *
 * <p>The output depends only on the arguments.
 */
public final class FanOutShapes {
  private FanOutShapes() {}

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
    if (resources < 3 || out == null) {
      System.err.println("usage: java bench/FanOutShapes.java --resources N --out DIR");
      System.exit(2);
    }
    Files.createDirectories(out);
    List<String> pods = new ArrayList<>();
    List<String> service = new ArrayList<>(List.of(SERVICE));
    for (int i = 0; pods.size() < resources; i++) {
      pods.add(i % 2 == 0 ? deployment(i) : job(i, "pods/app.kubernetes.io/part-of=shop"));
    }
    for (int i = 0; service.size() < resources; i++) {
      service.add(i % 2 == 0 ? deployment(i) : job(i, "tcp://shop:80"));
    }
    List<String> crds = new ArrayList<>();
    for (int i = 0; crds.size() < resources; i++) {
      crds.add(
          switch (i % 3) {
            case 0 -> crd(i / 3);
            case 1 -> job(i, "Widget" + (i / 3) + ".things.example.com/w-" + i);
            default -> configMap(i);
          });
    }
    List<String> byKey = new ArrayList<>();
    List<String> byRange = new ArrayList<>();
    for (int i = 0; byKey.size() < resources; i++) {
      byKey.add(i % 2 == 0 ? keyed(i) : job(i, "pods/k" + (i - 1)));
      byRange.add(i % 2 == 0 ? keyed(i) : job(i, "pods/ver>" + (i - 1) + ",ver<" + (i + 1)));
    }
    write(out.resolve("pods-by-key.yaml"), byKey);
    write(out.resolve("pods-by-range.yaml"), byRange);
    write(out.resolve("fan-out-pods.yaml"), pods);
    write(out.resolve("fan-out-service.yaml"), service);
    write(out.resolve("crds-one-group.yaml"), crds);
  }

  private static void write(Path file, List<String> docs) throws IOException {
    Files.writeString(file, "---\n" + String.join("---\n", docs), StandardCharsets.UTF_8);
  }

  private static final String SERVICE =
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: shop
        namespace: shop
      spec:
        selector:
          app.kubernetes.io/part-of: shop
        ports:
        - port: 80
      """;

  private static String deployment(int i) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web-%1$d
          namespace: shop
        spec:
          selector:
            matchLabels:
              app: web-%1$d
          template:
            metadata:
              labels:
                app: web-%1$d
                app.kubernetes.io/part-of: shop
            spec:
              containers:
              - name: web
                image: nginx:1.27
        """
        .formatted(i);
  }

  /** {@link #deployment} with a label key of its own and its number plus one as a label value. */
  private static String keyed(int i) {
    return deployment(i)
        .replace(
            "        app.kubernetes.io/part-of: shop\n",
            "        app.kubernetes.io/part-of: shop\n        k%d: x\n        ver: \"%d\"\n"
                .formatted(i, i + 1));
  }

  private static String job(int i, String target) {
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: smoke-%1$d
          namespace: shop
          annotations:
            startgate.dev/wait-for: %2$s
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: smoke
                image: smoke:1.0
        """
        .formatted(i, target);
  }

  private static String crd(int n) {
    return """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widget%1$ds.things.example.com
        spec:
          group: things.example.com
          names:
            kind: Widget%1$d
            plural: widget%1$ds
            singular: widget%1$d
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
        """
        .formatted(n);
  }

  private static String configMap(int i) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings-%1$d
          namespace: shop
        data:
          mode: fast
        """
        .formatted(i);
  }
}
