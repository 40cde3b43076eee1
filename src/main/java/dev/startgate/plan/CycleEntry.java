package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a cycle can run through the input's workloads and those beside it, without the graph:
 * only the input's own intents lead out of its workloads' nodes, so such a cycle comes back by a
 * target of a workload beside the input that leads to one of them. A rewrite of one file of a large
 * folder re-plans each gated file beside it, and building the folder's graph for each of them was
 * most of that run; a file that no one beside it waits for needs none.
 *
 * <p>The answer may be true where no such target is (it is then the graph that tells), never false
 * where one is: a target is held against the input's workloads by name and label only, as {@link
 * DependencyGraph} would resolve it or more loosely.
 */
final class CycleEntry {
  private CycleEntry() {}

  /**
   * False only if no target of {@code others} leads, in the graph of both over {@code inventory},
   * to the node of one of the workloads of {@code own}.
   */
  static boolean possible(List<Intent> own, List<Intent> others, Inventory inventory) {
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> namespaces = new HashSet<>();
    for (Intent i : own) {
      Resource w = i.workload();
      if (slashed(w.namespace()) || slashed(w.shownName())) {
        return true; // an id that reads two ways: the graph tells
      }
      ids.add(DependencyGraph.objectId(w));
      names.add(w.shownName());
      namespaces.add(w.namespace());
    }
    if (ids.isEmpty() || others.isEmpty()) {
      return false;
    }
    // The workloads whose node is one of own's: own's, and any beside with the same identity.
    List<Resource> entries = new ArrayList<>();
    for (String namespace : namespaces) {
      for (Resource r : inventory.workloadsIn(namespace)) {
        if (names.contains(r.shownName()) && ids.contains(DependencyGraph.objectId(r))) {
          entries.add(r);
        }
      }
    }
    Map<String, LabelSelector> selectors = new HashMap<>();
    for (Intent other : others) {
      String from = other.workload().namespace();
      for (Target t : other.targets()) {
        if (ids.contains(t.text()) || leadsIn(t, from, names, entries, selectors, inventory)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True if {@code t}, written by a workload in namespace {@code from}, may lead to one of {@code
   * entries} (whose names are {@code names}).
   */
  private static boolean leadsIn(
      Target t,
      String from,
      Set<String> names,
      List<Resource> entries,
      Map<String, LabelSelector> selectors,
      Inventory inventory) {
    return t.accept(
        new Target.Visitor<Boolean>() {
          @Override
          public Boolean tcp(Target.Tcp tcp) {
            return false; // a host's node: no object, no edge out
          }

          @Override
          public Boolean http(Target.Http http) {
            return false;
          }

          @Override
          public Boolean protocol(Target.Protocol protocol) {
            return false;
          }

          @Override
          public Boolean service(Target.Service service) {
            String namespace = service.namespace() != null ? service.namespace() : from;
            Resource found = inventory.find("Service", namespace, service.name()).orElse(null);
            Map<String, String> selector =
                found == null ? Map.of() : found.facts().serviceSelector();
            if (selector.isEmpty()) {
              return false;
            }
            return selects(found.namespace(), LabelSelector.text(selector));
          }

          @Override
          public Boolean workload(Target.Workload w) {
            return names.contains(w.name()) || slashed(w.namespace()) || slashed(w.name());
          }

          @Override
          public Boolean custom(Target.Custom c) {
            String name = c.resource().name();
            return names.contains(name) || slashed(c.resource().namespace()) || slashed(name);
          }

          @Override
          public Boolean pods(Target.Pods p) {
            return selects(p.namespace() != null ? p.namespace() : from, p.selector());
          }

          /** True if {@code selector} may select the pods of an entry in {@code namespace}. */
          private boolean selects(String namespace, String selector) {
            boolean near = false;
            for (Resource r : entries) {
              near |= Objects.equals(r.namespace(), namespace);
            }
            if (!near) {
              return false; // no parse for a selector of another namespace
            }
            LabelSelector parsed = selectors.get(selector);
            if (parsed == null) {
              try {
                parsed = LabelSelector.parse(selector);
              } catch (IllegalArgumentException e) {
                return true; // the graph tells
              }
              selectors.put(selector, parsed);
            }
            for (Resource r : entries) {
              if (Objects.equals(r.namespace(), namespace) && parsed.matchesSomePod(r.facts())) {
                return true;
              }
            }
            return false;
          }
        });
  }

  /**
   * True if {@code part} of an id holds a slash: ids join their parts with slashes, so only parts
   * without one make equal ids equal parts (the names Kubernetes takes have none).
   */
  private static boolean slashed(String part) {
    return part != null && part.indexOf('/') >= 0;
  }
}
