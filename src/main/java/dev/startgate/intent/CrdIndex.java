package dev.startgate.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CustomResourceDefinitions of an input by API group, and each group's by the names kubectl
 * resolves: a target looks its type up, not through every CRD (a provider brings hundreds in one
 * group, and every gated Job may name another of them).
 */
final class CrdIndex {
  private final Map<String, List<CrdFacts>> byGroup = new HashMap<>();
  private final Map<String, Names> names = new HashMap<>();

  /**
   * A group's CRDs by each kind of name, the first in input order for a name given twice.
   *
   * @param plural by plural
   * @param singular by singular
   * @param kind by kind
   * @param shortName by each short name
   * @param kindInLowercase by kind in lowercase
   */
  private record Names(
      Map<String, CrdFacts> plural,
      Map<String, CrdFacts> singular,
      Map<String, CrdFacts> kind,
      Map<String, CrdFacts> shortName,
      Map<String, CrdFacts> kindInLowercase) {
    static Names of(List<CrdFacts> crds) {
      Names n =
          new Names(
              new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
      for (CrdFacts c : crds) {
        put(n.plural, c.plural(), c);
        put(n.singular, c.singular(), c);
        put(n.kind, c.kind(), c);
        for (String s : c.shortNames()) {
          put(n.shortName, s, c);
        }
        put(n.kindInLowercase, c.kind() == null ? null : c.kind().toLowerCase(Locale.ROOT), c);
      }
      return n;
    }

    private static void put(Map<String, CrdFacts> map, String name, CrdFacts c) {
      if (name != null) {
        map.putIfAbsent(name, c);
      }
    }
  }

  CrdIndex(Collection<CrdFacts> crds) {
    for (CrdFacts c : crds) {
      byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
    }
  }

  /** The API groups of the CRDs, in no order. */
  java.util.Set<String> groups() {
    return byGroup.keySet();
  }

  /** The CRDs of {@code group}, in input order; empty when none. */
  List<CrdFacts> inGroup(String group) {
    return byGroup.getOrDefault(group, List.of());
  }

  /**
   * The CRD of {@code group} that {@code word} names, or null: as kubectl resolves it, a plural
   * first, then a singular, a kind, a short name (which never overrides another CRD's plural or
   * singular), a kind in another case.
   */
  CrdFacts resolve(String group, String word) {
    Names n = names(group);
    for (Map<String, CrdFacts> by :
        List.of(n.plural(), n.singular(), n.kind(), n.shortName(), n.kindInLowercase())) {
      CrdFacts c = by.get(by == n.kindInLowercase() ? word.toLowerCase(Locale.ROOT) : word);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** The CRD of {@code group} whose plural is {@code plural}, or null. */
  CrdFacts byPlural(String group, String plural) {
    return names(group).plural().get(plural);
  }

  private Names names(String group) {
    return names.computeIfAbsent(group, g -> Names.of(inGroup(g)));
  }
}
