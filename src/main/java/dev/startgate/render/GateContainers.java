package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.GateImage;
import dev.startgate.intent.HttpsSettings;
import dev.startgate.intent.KubernetesGates;
import dev.startgate.intent.Timing;
import dev.startgate.model.GateParts;
import dev.startgate.plan.Gate;
import dev.startgate.plan.GateArguments;
import dev.startgate.plan.GateGroup;
import dev.startgate.yaml.Literal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the init containers of gates, as ordered maps ready to be written as YAML. */
public final class GateContainers {
  /** The volume holding the configured CA bundle of HTTPS gates. */
  public static final String CA_VOLUME = CaBundleVolume.NAME;

  /** Where HTTPS gates find it. */
  public static final String CA_PATH = "/etc/startgate/ca";

  private final Config config;

  /** This run's scripts, each made and split into lines once. */
  private final GateScripts scripts = new GateScripts();

  /** The parts many containers share, each made once. */
  private final SharedGateParts shared;

  /** Containers configured by {@code config}. */
  public GateContainers(Config config) {
    this.config = config;
    this.shared = new SharedGateParts(config.gate());
  }

  /**
   * The container of {@code group}, named {@code name} (from {@link
   * dev.startgate.plan.ContainerNames#of}): one for a shared group, one per target for when-ready
   * gates.
   */
  public Map<String, Object> of(GateGroup group, String name) {
    Timing t = group.timing();
    List<String> args = new ArrayList<>();
    args.add(String.valueOf(t.timeoutSeconds()));
    args.add(String.valueOf(t.intervalSeconds()));
    args.add(String.valueOf(t.uptimeSeconds()));
    for (Gate g : group.gates()) {
      args.add(GateArguments.of(g));
    }
    return switch (group.kind()) {
      case NETWORK ->
          shell(name, config.images().busybox(), GateImage.BUSYBOX, scripts.network(group), args);
      case HTTPS -> {
        Map<String, Object> c =
            shell(name, config.images().curl(), GateImage.CURL, scripts.network(group), args);
        HttpsSettings https = config.https();
        if (https.hasCaBundle()) {
          Map<String, Object> bundle = new LinkedHashMap<>();
          bundle.put("name", "CURL_CA_BUNDLE");
          bundle.put("value", CA_PATH + "/" + https.caKey());
          c.put("env", List.of(bundle));
          c.put("volumeMounts", List.of(SharedGateParts.mount(CA_VOLUME, CA_PATH, true)));
        }
        yield c;
      }
      case KUBERNETES -> kubectl(name, args);
      case WHEN_READY -> group.gates().get(0).accept(new WhenReady(name));
    };
  }

  /** The k8s-when-ready client of one Service or Job target. */
  private final class WhenReady implements Gate.Visitor<Map<String, Object>> {
    private final String name;

    WhenReady(String name) {
      this.name = name;
    }

    @Override
    public Map<String, Object> tcp(Gate.Tcp g) {
      throw notWhenReady(g);
    }

    @Override
    public Map<String, Object> http(Gate.Http g) {
      throw notWhenReady(g);
    }

    @Override
    public Map<String, Object> https(Gate.Https g) {
      throw notWhenReady(g);
    }

    @Override
    public Map<String, Object> protocol(Gate.Protocol g) {
      throw notWhenReady(g);
    }

    @Override
    public Map<String, Object> rollout(Gate.Rollout g) {
      throw notWhenReady(g);
    }

    @Override
    public Map<String, Object> podsReady(Gate.PodsReady g) {
      throw notWhenReady(g);
    }

    @Override
    public Map<String, Object> serviceReady(Gate.ServiceReady g) {
      return whenReady("service", g.name(), g.namespace(), g);
    }

    @Override
    public Map<String, Object> customResource(Gate.CustomResource g) {
      throw notWhenReady(g);
    }

    @Override
    public Map<String, Object> jobComplete(Gate.JobComplete g) {
      return whenReady("job", g.name(), g.namespace(), g);
    }

    private IllegalStateException notWhenReady(Gate g) {
      return new IllegalStateException("planned as a when-ready gate: " + g.target());
    }

    /**
     * The k8s-when-ready client: one container, no token (it asks the server over HTTP), the flags
     * of its command line, and the image's own entrypoint.
     */
    private Map<String, Object> whenReady(String type, String target, String namespace, Gate g) {
      KubernetesGates k = config.kubernetes();
      Timing t = g.timing();
      List<String> args = new ArrayList<>();
      args.add("--type=" + type);
      args.add("--name=" + target);
      if (namespace != null) {
        args.add("--namespace=" + namespace);
      }
      args.add("--uptime=" + t.uptimeSeconds());
      args.add("--timeout=" + t.timeoutSeconds());
      args.add("--poll-delay=" + t.intervalSeconds());
      args.add("--host=" + k.clientHost());
      args.add("--port=" + k.port());
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", name);
      c.put("image", k.clientImage());
      c.put("args", arguments(args));
      c.putAll(shared.common(GateImage.WHEN_READY));
      return c;
    }
  }

  /**
   * The Kubernetes gate: its script in the kubectl image, the emptyDir its script makes HOME when
   * the image's is not writable, and the gate's token.
   */
  private Map<String, Object> kubectl(String name, List<String> args) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("image", config.images().kubectl());
    c.put("command", shared.command(scripts.kubernetes(args.subList(3, args.size())), name));
    c.put("args", arguments(args));
    c.putAll(shared.common(GateImage.KUBECTL));
    c.put("volumeMounts", shared.kubectlMounts);
    return c;
  }

  private Map<String, Object> shell(
      String name, String image, GateImage kind, Literal script, List<String> args) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("image", image);
    c.put("command", shared.command(script, name));
    c.put("args", arguments(args));
    c.putAll(shared.common(kind));
    return c;
  }

  /**
   * A gate's arguments: on one line in flow style ({@code ["120", "2", "0", deployment/shop/api]})
   * when that line is short, one per line otherwise.
   */
  private static Object arguments(List<String> args) {
    return FlowStyle.ifShort(args);
  }

  /**
   * The volume that brings the configured CA bundle to HTTPS gates, or none; one of {@link
   * GateParts#VOLUMES}, so it is recomputed on every run like every other gate volume.
   */
  public List<Object> caVolumes(List<Gate> gates) {
    return CaBundleVolume.of(config.https(), gates);
  }
}
