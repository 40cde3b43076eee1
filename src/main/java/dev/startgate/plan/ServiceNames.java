package dev.startgate.plan;

import dev.startgate.intent.Suggestions;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Service a {@code service/} target the input does not hold most likely meant: one of that name
 * in another namespace ({@code service/data/postgres}), else one of its namespace whose name is a
 * typo away or adds a kustomize {@code namePrefix} or {@code nameSuffix} ({@code prod-postgres}).
 */
final class ServiceNames {
  private ServiceNames() {}

  /** The target to suggest instead of {@code s}, looked for in {@code namespace}; or null. */
  static String meant(Target.Service s, String namespace, Inventory inventory) {
    String port = s.port() == null ? "" : ":" + s.port();
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    List<Resource> services = inventory.ofKind("Service");
    services.sort(
        Comparator.comparing(Resource::namespace, Comparator.nullsFirst(String::compareTo))
            .thenComparing(Resource::name));
    for (Resource r : services) {
      String name = r.name();
      if (name.equals(s.name()) && !Objects.equals(r.namespace(), namespace)) {
        return "service/" + (r.namespace() == null ? "" : r.namespace() + "/") + name + port;
      }
      if (!Objects.equals(r.namespace(), namespace)) {
        continue;
      }
      int score =
          name.endsWith("-" + s.name()) || name.startsWith(s.name() + "-")
              ? 1
              : Suggestions.distance(s.name(), name);
      if (score <= Math.min(2, s.name().length() / 3) && score < bestScore) {
        best = name;
        bestScore = score;
      }
    }
    if (best == null) {
      return null;
    }
    return "service/" + (s.namespace() == null ? "" : s.namespace() + "/") + best + port;
  }
}
