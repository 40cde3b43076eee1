package dev.startgate.intent;

import java.util.EnumMap;
import java.util.Map;

/**
 * How every gate container runs.
 *
 * @param runAsUser numeric user (the kubelet can only verify runAsNonRoot for numeric users)
 * @param runAsGroup numeric group
 * @param resources requests and limits of gate containers, per image kind (every kind present)
 * @param server requests and limits of the generated k8s-when-ready server ({@code resources.cpu}
 *     and {@code resources.memory}, else 50m and 64Mi)
 */
public record GateSettings(
    long runAsUser, long runAsGroup, Map<GateImage, Quantities> resources, Quantities server) {
  /** 50m CPU and 64Mi memory: the generic default, and the k8s-when-ready server's. */
  public static final Quantities GENERIC = new Quantities("50m", "64Mi");

  /**
   * The default resources of each image kind, from the figures in docs/gate-resources.md: a busybox
   * loop peaks at a few MiB, curl at about 13 MiB, kubectl at 48 MiB against a small API server and
   * up to 78 MiB against one with 3,260 resources; at 200m a kubectl step takes under a second on a
   * small cluster and about 3 s on that one (10 s or more at 50m).
   */
  public static final Map<GateImage, Quantities> DEFAULT_RESOURCES = defaults();

  /** 65532:65532 and the default resources. */
  public static final GateSettings DEFAULT =
      new GateSettings(65532, 65532, DEFAULT_RESOURCES, GENERIC);

  public GateSettings {
    resources = Map.copyOf(resources);
  }

  /** The requests and limits of a gate container running {@code image}. */
  public Quantities resources(GateImage image) {
    return resources.get(image);
  }

  private static Map<GateImage, Quantities> defaults() {
    Map<GateImage, Quantities> m = new EnumMap<>(GateImage.class);
    m.put(GateImage.BUSYBOX, new Quantities("50m", "32Mi"));
    m.put(GateImage.CURL, new Quantities("50m", "64Mi"));
    m.put(GateImage.KUBECTL, new Quantities("200m", "128Mi"));
    m.put(GateImage.WHEN_READY, GENERIC);
    return Map.copyOf(m);
  }
}
