package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the k8s-when-ready server must be allowed to read, collected over the whole input: in each
 * namespace a when-ready gate targets, {@code get} on the named Services (to read their selectors)
 * and {@code list} on pods (by those selectors), {@code get} on the named Jobs' {@code status}.
 */
final class WhenReadyRules {
  private final Map<String, Set<String>> services = new LinkedHashMap<>();
  private final Map<String, Set<String>> jobs = new LinkedHashMap<>();
  private final Set<String> namespaces = new LinkedHashSet<>();
  private final Set<Resource> users = new LinkedHashSet<>();

  /** Records what {@code workload}'s when-ready gates ask the server about. */
  void note(Resource workload, List<Gate> gates, List<Result> results) {
    for (Gate g : gates) {
      Asked asked = g.accept(ASKED);
      if (asked == null) {
        continue;
      }
      String namespace = asked.namespace();
      String name = asked.name();
      Map<String, Set<String>> into = asked.job() ? jobs : services;
      if (namespace == null) {
        results.add(
            Result.error(
                workload,
                "metadata.namespace",
                null,
                "the k8s-when-ready client looks in namespace \"default\" unless told otherwise;"
                    + " set metadata.namespace on the workload, or name the namespace in the target,"
                    + (asked.job() ? " like job/shop/" : " like service/shop/")
                    + name));
        continue;
      }
      users.add(workload);
      namespaces.add(namespace);
      into.computeIfAbsent(namespace, k -> new LinkedHashSet<>()).add(name);
    }
  }

  /**
   * The server's access as {@code name} in {@code home}; empty when no gate asks it. Its objects
   * belong to the workload that asks it and is created first by {@code creationOrder} (of equals,
   * the first in the input): they are placed and ordered with that workload's.
   */
  Optional<AccessPlan.ServerAccess> access(
      String name, String home, Comparator<Resource> creationOrder) {
    Resource owner = null;
    for (Resource r : users) {
      owner = owner == null || creationOrder.compare(r, owner) < 0 ? r : owner;
    }
    if (owner == null) {
      return Optional.empty();
    }
    Map<String, List<AccessRules.Rule>> grants = new LinkedHashMap<>();
    for (String ns : namespaces) {
      List<AccessRules.Rule> rules = new ArrayList<>();
      Set<String> svc = services.getOrDefault(ns, Set.of());
      if (!svc.isEmpty()) {
        rules.add(new AccessRules.Rule("", "services", List.copyOf(svc), List.of("get")));
        rules.add(new AccessRules.Rule("", "pods", List.of(), List.of("list")));
      }
      Set<String> job = jobs.getOrDefault(ns, Set.of());
      if (!job.isEmpty()) {
        rules.add(new AccessRules.Rule("batch", "jobs/status", List.copyOf(job), List.of("get")));
      }
      grants.put(ns, List.copyOf(rules));
    }
    return Optional.of(new AccessPlan.ServerAccess(owner, name, home, grants));
  }

  /** What one gate asks the server about: a Service's pods or a Job's status. */
  private record Asked(boolean job, String namespace, String name) {}

  /** The question of a when-ready gate, or null for a gate that does not ask the server. */
  private static final Gate.Visitor<Asked> ASKED =
      new Gate.Visitor<>() {
        @Override
        public Asked tcp(Gate.Tcp g) {
          return null;
        }

        @Override
        public Asked http(Gate.Http g) {
          return null;
        }

        @Override
        public Asked https(Gate.Https g) {
          return null;
        }

        @Override
        public Asked protocol(Gate.Protocol g) {
          return null;
        }

        @Override
        public Asked rollout(Gate.Rollout g) {
          return null;
        }

        @Override
        public Asked jobComplete(Gate.JobComplete g) {
          return new Asked(true, g.namespace(), g.name());
        }

        @Override
        public Asked podsReady(Gate.PodsReady g) {
          return null;
        }

        @Override
        public Asked serviceReady(Gate.ServiceReady g) {
          return new Asked(false, g.namespace(), g.name());
        }

        @Override
        public Asked customResource(Gate.CustomResource g) {
          return null;
        }
      };
}
