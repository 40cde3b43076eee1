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
    for (Resource r : services) {
      if (!r.ref().apiVersion().equals("v1") || !hasTcpPort(r)) {
        continue; // a Knative Service, or one a gate cannot connect to
      }
      String name = r.name();
      if (name.equals(s.name())) {
        if (r.namespace() != null && !r.namespace().equals(namespace)) {
          return target(r.namespace(), r, s.port(), s.text());
        }
        continue;
      }
      if (!Objects.equals(r.namespace(), namespace)) {
        continue;
      }
      int score =
          name.endsWith("-" + s.name()) || name.startsWith(s.name() + "-")
              ? 1
              : Suggestions.distance(s.name(), name);
      if (score <= Math.min(2, s.name().length() / 3) && score < bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best == null ? null : target(s.namespace(), best, s.port(), s.text());
  }

  /** {@code service/[NAMESPACE/]NAME[:PORT]} for {@code r}; null if it is what was written. */
  private static String target(String namespace, Resource r, String port, String written) {
    boolean hasPort = false;
    for (ServicePort p : r.facts().servicePorts()) {
      hasPort |= port != null && (port.equals(p.name()) || port.equals(String.valueOf(p.port())));
    }
    String text =
        "service/"
            + (namespace == null ? "" : namespace + "/")
            + r.name()
            + (hasPort ? ":" + port : "");
    return text.equals(written) ? null : text;
  }

  private static boolean hasTcpPort(Resource r) {
    for (ServicePort p : r.facts().servicePorts()) {
      if (p.tcp()) {
        return true;
      }
    }
    return false;
  }
}
