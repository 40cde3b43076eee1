package dev.startgate.intent;

import java.util.List;

/**
 * What a CustomResourceDefinition in the input says about its resource: enough to resolve {@code
 * Kind.group/NAME} and singular names to the plural resource, to know the scope for RBAC, and to
 * tell a served version from a typo.
 *
 * @param group {@code spec.group}, e.g. {@code postgresql.cnpg.io}
 * @param kind {@code spec.names.kind}, e.g. {@code Cluster}
 * @param plural {@code spec.names.plural}, e.g. {@code clusters}
 * @param singular {@code spec.names.singular}, or the lowercase kind when absent
 * @param clusterScoped {@code spec.scope: Cluster}
 * @param versions the names of {@code spec.versions[]} the API server serves (not {@code served:
 *     false}), in order
 * @param shortNames {@code spec.names.shortNames}, e.g. {@code [hr]} (kubectl resolves them; the
 *     Role must name the plural)
 * @param unserved the names of {@code spec.versions[]} with {@code served: false}: when {@code
 *     versions} is empty and this is not, the API server answers no request for the resource
 */
public record CrdFacts(
    String group,
    String kind,
    String plural,
    String singular,
    boolean clusterScoped,
    List<String> versions,
    List<String> shortNames,
    List<String> unserved) {
  public CrdFacts {
    versions = List.copyOf(versions);
    shortNames = List.copyOf(shortNames);
    unserved = List.copyOf(unserved);
  }

  /** A CRD without short names whose every listed version is served. */
  public CrdFacts(
      String group,
      String kind,
      String plural,
      String singular,
      boolean clusterScoped,
      List<String> versions) {
    this(group, kind, plural, singular, clusterScoped, versions, List.of(), List.of());
  }

  /** The CRD's own name, {@code PLURAL.GROUP}. */
  public String name() {
    return plural + "." + group;
  }
}
