package dev.startgate.plan;

import dev.startgate.intent.Suggestions;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import dev.startgate.model.ServicePort;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Service a {@code service/} target the input does not hold most likely meant: one of that name
 * in another namespace ({@code service/data/postgres}), else one of its namespace whose name is a
 * typo away or adds a kustomize {@code namePrefix} or {@code nameSuffix} ({@code prod-postgres}).
 * Only a core Service with a TCP port a gate can connect to is offered, with the target's port only
 * if it has that port.
 */
final class ServiceNames {
  private ServiceNames() {}

  /** The target to suggest instead of {@code s}, looked for in {@code namespace}; or null. */
  static String meant(Target.Service s, String namespace, Inventory inventory) {
    List<Resource> services = inventory.ofKind("Service");
    services.sort(
        Comparator.comparing(Resource::namespace, Comparator.nullsFirst(String::compareTo))
            .thenComparing(Resource::name));
    Resource best = null;
    int bestScore = Integer.MAX_VALUE;
    Resource elsewhere = null;
    for (Resource r : services) {
      if (!r.ref().apiVersion().equals("v1") || tcpPorts(r).isEmpty()) {
        continue; // a Knative Service, or one a gate cannot connect to
      }
      String name = r.name();
      if (name.equals(s.name())) {
        boolean named = r.namespace() != null && !r.namespace().isEmpty();
        if (named && !r.namespace().equals(namespace)) {
          // The first of that name elsewhere, or the first with the port as written.
          if (elsewhere == null
              || tcpPort(elsewhere, s.port()) == null && tcpPort(r, s.port()) != null) {
            elsewhere = r;
          }
        }
        continue;
      }
      if (!Objects.equals(r.namespace(), namespace)) {
        continue;
      }
      // A kustomize namePrefix or nameSuffix (prod-db for db) is a suggestion however short the
      // name; a typo only for a name long enough that a few letters' difference still means it.
      boolean affix = name.endsWith("-" + s.name()) || name.startsWith(s.name() + "-");
      int score = affix ? 1 : Suggestions.distance(s.name(), name);
      if ((affix || score <= Math.min(2, s.name().length() / 3)) && score < bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (elsewhere != null) {
      return target(elsewhere.namespace(), elsewhere, s.port(), s.text());
    }
    return best == null ? null : target(s.namespace(), best, s.port(), s.text());
  }

  /**
   * {@code service/[NAMESPACE/]NAME[:PORT]} for {@code r}: with the port as written if it is one of
   * r's TCP ports, else with none if r has one TCP port, else with its first; null if it is what
   * was written.
   */
  private static String target(String namespace, Resource r, String port, String written) {
    String kept = tcpPort(r, port);
    List<ServicePort> tcp = tcpPorts(r);
    String suffix = kept != null ? ":" + kept : tcp.size() == 1 ? "" : ":" + tcp.get(0).asTarget();
    String text = "service/" + (namespace == null ? "" : namespace + "/") + r.name() + suffix;
    return text.equals(written) ? null : text;
  }

  /** {@code port} if it names or numbers a TCP port of {@code r}; else null. */
  private static String tcpPort(Resource r, String port) {
    for (ServicePort p : tcpPorts(r)) {
      if (p.isCalled(port)) {
        return port;
      }
    }
    return null;
  }

  /** The TCP ports of Service {@code r}, the ones a gate can connect to, in order. */
  private static List<ServicePort> tcpPorts(Resource r) {
    return r.facts().servicePorts().stream().filter(ServicePort::tcp).toList();
  }
}
