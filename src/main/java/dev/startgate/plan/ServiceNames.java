package dev.startgate.plan;

import dev.startgate.intent.Suggestions;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import dev.startgate.model.ServicePort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Service a {@code service/} target the input does not hold most likely meant: one of that name
 * in another namespace ({@code service/data/postgres}), else one of its namespace whose name is a
 * typo away or adds a kustomize {@code namePrefix} or {@code nameSuffix} ({@code prod-postgres}).
 * Only a core Service with a TCP port a gate can connect to is offered, with the target's port only
 * if it has that port.
 *
 * <p>The input's Services are indexed once, by name, and in each namespace by the parts around each
 * dash of their names and by their names' lengths: an error run where thousands of targets miss
 * compares each with the few Services that can be meant, not with all of them.
 */
final class ServiceNames {
  /** The Services a gate can connect to, by name, each list by namespace (none first). */
  private final Map<String, List<Resource>> byName = new HashMap<>();

  /** In each namespace: by the text before and after each dash of their names, by name. */
  private final Map<String, Map<String, List<Resource>>> byAffix = new HashMap<>();

  /** In each namespace: by the length of their names, by name. */
  private final Map<String, Map<Integer, List<Resource>>> byLength = new HashMap<>();

  /**
   * In each namespace, built when a target first misses there: the Services of names up to {@link
   * #INDEXED} characters by each text their names leave with at most two characters deleted. Two
   * names within two edits leave a text in common that way (a swap deletes one of its letters in
   * each), so a typo's candidates are the Services under the texts the target's name leaves.
   */
  private final Map<String, Map<String, List<Resource>>> byDeletions = new HashMap<>();

  /** The longest name indexed by its deletions (529 texts); longer ones are compared one by one. */
  private static final int INDEXED = 32;

  ServiceNames(List<Resource> services) {
    List<Resource> usable = new ArrayList<>();
    for (Resource r : services) {
      // Not a Knative Service, nor one a gate cannot connect to.
      if (r.ref().apiVersion().equals("v1") && !tcpPorts(r).isEmpty()) {
        usable.add(r);
      }
    }
    usable.sort(
        Comparator.comparing(Resource::namespace, Comparator.nullsFirst(String::compareTo))
            .thenComparing(Resource::name));
    for (Resource r : usable) {
      String name = r.name();
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
      Map<String, List<Resource>> parts =
          byAffix.computeIfAbsent(r.namespace(), k -> new HashMap<>());
      NameAffixes.index(parts, "", name, r);
      byLength
          .computeIfAbsent(r.namespace(), k -> new HashMap<>())
          .computeIfAbsent(name.length(), k -> new ArrayList<>())
          .add(r);
    }
  }

  /** The target to suggest instead of {@code s}, looked for in {@code namespace}; or null. */
  String meant(Target.Service s, String namespace) {
    Resource elsewhere = null;
    for (Resource r : byName.getOrDefault(s.name(), List.of())) {
      boolean named = r.namespace() != null && !r.namespace().isEmpty();
      if (named && !r.namespace().equals(namespace)) {
        // The first of that name elsewhere, or the first with the port as written.
        if (elsewhere == null
            || tcpPort(elsewhere, s.port()) == null && tcpPort(r, s.port()) != null) {
          elsewhere = r;
        }
      }
    }
    if (elsewhere != null) {
      return target(elsewhere.namespace(), elsewhere, s.port(), s.text());
    }
    // A kustomize namePrefix or nameSuffix (prod-db for db) is a suggestion however short the
    // name; a typo only for a name long enough that a few letters' difference still means it.
    // The least score wins, the first by name among equals.
    Resource best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Resource r : byAffix.getOrDefault(namespace, Map.of()).getOrDefault(s.name(), List.of())) {
      String name = r.name();
      boolean affix = NameAffixes.adds(name, s.name());
      if (affix && better(r, 1, best, bestScore)) {
        best = r;
        bestScore = 1;
      }
    }
    int typo = Math.min(2, s.name().length() / 3);
    for (Resource r : typoCandidates(s.name(), typo, namespace)) {
      if (r.name().equals(s.name())) {
        continue;
      }
      int score = Suggestions.distanceAtMost(s.name(), r.name(), typo);
      if (score <= typo && better(r, score, best, bestScore)) {
        best = r;
        bestScore = score;
      }
    }
    return best == null ? null : target(s.namespace(), best, s.port(), s.text());
  }

  /**
   * The Services of {@code namespace} whose names may be {@code typo} edits or fewer from {@code
   * name}, some more than once: those under the texts {@code name} leaves with up to {@code typo}
   * characters deleted, and the ones of names too long to index whose length is near enough.
   */
  private List<Resource> typoCandidates(String name, int typo, String namespace) {
    List<Resource> out = new ArrayList<>();
    if (typo == 0) {
      return out;
    }
    Map<Integer, List<Resource>> lengths = byLength.getOrDefault(namespace, Map.of());
    for (int length = name.length() - typo; length <= name.length() + typo; length++) {
      if (length > INDEXED) {
        out.addAll(lengths.getOrDefault(length, List.of()));
      }
    }
    if (name.length() - typo <= INDEXED) {
      Map<String, List<Resource>> index = byDeletions.computeIfAbsent(namespace, this::deletions);
      for (String text : deleted(name, typo)) {
        out.addAll(index.getOrDefault(text, List.of()));
      }
    }
    return out;
  }

  /** The index of {@link #byDeletions} for {@code namespace}. */
  private Map<String, List<Resource>> deletions(String namespace) {
    Map<String, List<Resource>> index = new HashMap<>();
    for (List<Resource> same : byLength.getOrDefault(namespace, Map.of()).values()) {
      for (Resource r : same) {
        if (r.name().length() <= INDEXED) {
          for (String text : deleted(r.name(), 2)) {
            List<Resource> under = index.computeIfAbsent(text, k -> new ArrayList<>());
            if (under.isEmpty() || under.get(under.size() - 1) != r) {
              under.add(r);
            }
          }
        }
      }
    }
    return index;
  }

  /** The texts {@code name} leaves with at most {@code count} (1 or 2) characters deleted. */
  private static Set<String> deleted(String name, int count) {
    Set<String> out = new HashSet<>();
    out.add(name);
    for (int i = 0; i < name.length(); i++) {
      String once = name.substring(0, i) + name.substring(i + 1);
      out.add(once);
      if (count > 1) {
        for (int j = i; j < once.length(); j++) {
          out.add(once.substring(0, j) + once.substring(j + 1));
        }
      }
    }
    return out;
  }

  /** True if {@code r} with {@code score} comes before {@code best} with {@code bestScore}. */
  private static boolean better(Resource r, int score, Resource best, int bestScore) {
    return best == null
        || score < bestScore
        || score == bestScore && r.name().compareTo(best.name()) < 0;
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
