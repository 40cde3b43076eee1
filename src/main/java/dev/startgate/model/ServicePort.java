package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * A port of a Service.
 *
 * @param protocol {@code TCP} (the default), {@code UDP} or {@code SCTP}, as written
 * @param podPort of a Service whose name is no virtual IP forwarding its ports, the port a
 *     connection to the name reaches: of a headless one ({@code clusterIP: None}), whose name
 *     resolves to the pods themselves, the port they listen on, its {@code targetPort} as written
 *     (a number or a container port's name) or else its port; of an {@code ExternalName} one (a DNS
 *     alias of another host), its port; null for any other Service
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
          String number = Aliased.text(m, "port");
          if (Digits.port(number)) { // one Kubernetes refuses is no port
            String protocol = Aliased.text(m, "protocol");
            String target = headless ? Aliased.text(m, "targetPort") : null;
            out.add(
                new ServicePort(
                    Aliased.text(m, "name"),
                    Integer.parseInt(number),
                    protocol == null ? "TCP" : protocol,
                    headless ? (portOrName(target) ? target : number) : alias ? number : null));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * True for a {@code targetPort} that names the pods' port: a name, or a number from 1 to 65535
   * (Kubernetes stores an empty one or 0 as the Service's port, and refuses one out of range).
   */
  private static boolean portOrName(String target) {
    if (target == null || target.isEmpty()) {
      return false;
    }
    return !Digits.only(target, 1, Integer.MAX_VALUE) || Digits.port(target);
  }
}
