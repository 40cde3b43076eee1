package dev.startgate.plan;

import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.ResourceTargetParser;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * What startgate guesses about a custom resource no CRD of its group in the input describes, where
 * the guess decides the gate's Role (or none of its group's CRDs is near the word): the resource as
 * written is its plural, and it is namespaced. kubectl takes a singular ({@code
 * cluster.postgresql.cnpg.io}) and asks for the plural, and asks a cluster-scoped one at cluster
 * scope: a Role for the guess would deny every request, so a word that does not look plural, or
 * that looks like a cluster-scoped resource, gets a warning.
 */
final class ResourceGuesses {
  private ResourceGuesses() {}

  /** The warnings about {@code g}, a target of {@code w}'s {@code waitFor}; none when sure. */
  static List<Result> check(Resource w, String waitFor, Gate.CustomResource g) {
    ResourceTarget r = g.resource();
    List<Result> out = new ArrayList<>();
    String at = (r.namespace() == null ? "" : r.namespace() + "/") + r.name();
    String plural = ResourceTargetParser.plural(r.resource());
    if (!r.resource().endsWith("s") || ResourceTargetParser.singular(r.resource())) {
      out.add(
          Result.warning(
              w,
              waitFor,
              g.target()
                  + ": \""
                  + r.resource()
                  + "\" does not look like a plural resource name, and no CustomResourceDefinition"
                  + " in the input says it; RBAC names resources by their plural (kubectl takes a"
                  + " singular and asks for the plural), so the gate's Role for "
                  + r.resource()
                  + " would deny it; write the plural, probably "
                  + plural
                  + (r.version() == null ? "" : "." + r.version())
                  + "."
                  + r.group()
                  + "/"
                  + at
                  + " (see `kubectl api-resources --api-group="
                  + r.group()
                  + "`)"));
    }
    boolean known = ResourceTargetParser.knownClusterScoped(r.resource(), r.group());
    if (r.scope() == ResourceTarget.Scope.ASSUMED_NAMESPACED
        && (known
            || r.resource().startsWith("cluster")
                && r.resource().length() > "clusters".length())) { // clusterissuers, not clusters
      out.add(
          Result.warning(
              w,
              waitFor,
              g.target()
                  + ": "
                  + r.resource()
                  + "."
                  + r.group()
                  + " is taken as namespaced (no CustomResourceDefinition in the input gives its"
                  + " scope), so its Role is in "
                  + (g.namespace() == null ? "the pod's namespace" : "namespace " + g.namespace())
                  + (known
                      ? "; it is cluster-scoped in its project's published CRD: add scope=Cluster"
                          + " (like "
                      : "; if it is cluster-scoped, as its name suggests, add scope=Cluster (like ")
                  + plural
                  + "."
                  + r.group()
                  + "/"
                  + r.name()
                  + " scope=Cluster), or the gate is denied; if it is namespaced, add"
                  + " scope=Namespaced to say so"));
    }
    return out;
  }
}
