package dev.startgate.plan;

import dev.startgate.intent.GateImage;
import dev.startgate.intent.Timing;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gates that share one init container: at most one container per image per workload, all its
 * targets waited for at once under the workload's one deadline.
 *
 * @param kind which container
 * @param gates its targets, in the order written
 */
public record GateGroup(Kind kind, List<Gate> gates) {
  /** The containers of the layout, in the order they run. */
  public enum Kind {
    /** tcp://, http://, service/ (resolved to tcp://), postgres://, redis://, mysql://: busybox. */
    NETWORK("startgate-network"),
    /**
     * https://: the curl image. A container of its own because no stored source proves that the
     * curl image's busybox has every applet the network script needs (README "Gate images").
     */
    HTTPS("startgate-https"),
    /**
     * deployment/, statefulset/, daemonset/, job/, pods/ and custom resources: one script in the
     * kubectl image.
     */
    KUBERNETES("startgate-kubernetes"),
    /** One k8s-when-ready client per target ({@code kubernetesGates: when-ready-server}). */
    WHEN_READY(null);

    private final String container;

    Kind(String container) {
      this.container = container;
    }

    /** The container's documented name, or null for per-target containers. */
    public String container() {
      return container;
    }

    /** The kind of image its container runs, whose resources the config sets. */
    public GateImage image() {
      return switch (this) {
        case NETWORK -> GateImage.BUSYBOX;
        case HTTPS -> GateImage.CURL;
        case KUBERNETES -> GateImage.KUBECTL;
        case WHEN_READY -> GateImage.WHEN_READY;
      };
    }
  }

  /** The one timeout, interval and uptime of the workload's gates. */
  public Timing timing() {
    return gates.get(0).timing();
  }

  /**
   * {@code gates} grouped: network, HTTPS, Kubernetes, then one group per when-ready gate; a group
   * only when it has a gate.
   */
  public static List<GateGroup> of(List<Gate> gates, boolean whenReady) {
    Map<Kind, List<Gate>> shared = new EnumMap<>(Kind.class);
    List<GateGroup> single = new ArrayList<>();
    for (Gate gate : gates) {
      Kind kind = gate.accept(new KindOf(whenReady));
      if (kind == Kind.WHEN_READY) {
        single.add(new GateGroup(kind, List.of(gate)));
      } else {
        shared.computeIfAbsent(kind, k -> new ArrayList<>()).add(gate);
      }
    }
    List<GateGroup> out = new ArrayList<>();
    shared.forEach((kind, list) -> out.add(new GateGroup(kind, List.copyOf(list))));
    out.addAll(single);
    return List.copyOf(out);
  }

  private record KindOf(boolean whenReady) implements Gate.Visitor<Kind> {
    @Override
    public Kind tcp(Gate.Tcp gate) {
      return Kind.NETWORK;
    }

    @Override
    public Kind http(Gate.Http gate) {
      return Kind.NETWORK;
    }

    @Override
    public Kind https(Gate.Https gate) {
      return Kind.HTTPS;
    }

    @Override
    public Kind protocol(Gate.Protocol gate) {
      return Kind.NETWORK;
    }

    @Override
    public Kind rollout(Gate.Rollout gate) {
      return Kind.KUBERNETES;
    }

    @Override
    public Kind jobComplete(Gate.JobComplete gate) {
      return whenReady ? Kind.WHEN_READY : Kind.KUBERNETES;
    }

    @Override
    public Kind podsReady(Gate.PodsReady gate) {
      return Kind.KUBERNETES;
    }

    @Override
    public Kind serviceReady(Gate.ServiceReady gate) {
      return Kind.WHEN_READY;
    }

    @Override
    public Kind customResource(Gate.CustomResource gate) {
      return Kind.KUBERNETES;
    }
  }
}
