package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * A port of a Service.
 *
 * @param protocol {@code TCP} (the default), {@code UDP} or {@code SCTP}, as written
 * @param podPort of a Service whose name is no virtual IP forwarding its ports, the port a
 *     connection to the name reaches: of a headless one ({@code clusterIP: None}), whose name
 *     resolves to the pods themselves, the port they listen on, its {@code targetPort} (a number,
 *     read as kubectl reads it, or a container port's name) or else its port; of an {@code
 *     ExternalName} one (a DNS alias of another host), its port; null for any other Service
 */
public record ServicePort(String name, int port, String protocol, String podPort) {
  /** A port of a Service that is not headless. */
  public ServicePort(String name, int port, String protocol) {
    this(name, port, protocol, null);
  }

  /** True for a port a TCP gate can connect to. */
  public boolean tcp() {
    return protocol.equals("TCP");
  }

  /** True if {@code written} (a target's {@code :PORT}) is this port's name or number. */
  public boolean isCalled(String written) {
    return written != null && (written.equals(name) || written.equals(String.valueOf(port)));
  }

  /** How a target names this port: its name, else its number. */
  public String asTarget() {
    return name != null ? name : String.valueOf(port);
  }

  /** {@code name=port}, or the port alone, and {@code /PROTOCOL} when not TCP: for messages. */
  public String shown() {
    return (name == null ? "" : name + "=") + port + (tcp() ? "" : "/" + protocol);
  }

  /** The ports of the object {@code node} with a numeric port, in order, of every protocol. */
  static List<ServicePort> of(YMapping node) {
    List<ServicePort> out = new ArrayList<>();
    YMapping spec = Aliased.mappingAt(node, "spec");
    if (spec != null && Aliased.get(spec, "ports") instanceof YSequence seq) {
      boolean headless = "None".equals(Aliased.text(spec, "clusterIP"));
      boolean alias = "ExternalName".equals(Aliased.text(spec, "type"));
      for (YNode item : seq.items()) {
        if (YAlias.resolve(item) instanceof YMapping m) {
          int port = KubeInts.port(scalar(m, "port"));
          if (port > 0) { // one Kubernetes refuses is no port
            String protocol = Aliased.text(m, "protocol");
            String number = String.valueOf(port);
            String target = headless ? targetPort(scalar(m, "targetPort")) : null;
            out.add(
                new ServicePort(
                    Aliased.text(m, "name"),
                    port,
                    protocol == null ? "TCP" : protocol,
                    headless ? (target != null ? target : number) : alias ? number : null));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static YScalar scalar(YMapping m, String key) {
    return Aliased.get(m, key) instanceof YScalar s ? s : null;
  }

  /**
   * The pods' port a {@code targetPort} names: a container port's name as written, or a number from
   * 1 to 65535 in decimal; null for none, which Kubernetes stores as the Service's port (an empty
   * one or 0) or refuses (one out of range).
   */
  private static String targetPort(YScalar target) {
    if (target == null || target.isNull() || target.value().isEmpty()) {
      return null;
    }
    boolean number =
        KubeInts.yaml11(target)
            ? KubeInts.whole(target.value()) != Long.MIN_VALUE
            : Digits.only(target.value(), 1, Integer.MAX_VALUE);
    if (!number) {
      return target.value();
    }
    int port = KubeInts.port(target);
    return port > 0 ? String.valueOf(port) : null;
  }
}
