package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@link CrdFacts} of the CustomResourceDefinitions ({@code apiextensions.k8s.io}) in an
 * input, once per run: what resolves {@code Kind.group/NAME} targets to the plural resource and
 * tells a cluster-scoped resource from a namespaced one.
 */
public final class CrdReader {
  private static final String GROUP = "apiextensions.k8s.io";
  private static final String XRD = "apiextensions.crossplane.io";

  private CrdReader() {}

  /** The facts of every usable CRD in {@code resources}, in input order. */
  public static List<CrdFacts> read(List<Resource> resources) {
    List<CrdFacts> out = new ArrayList<>();
    for (Resource r : resources) {
      if (r.kind().equals("CustomResourceDefinition") && r.group().equals(GROUP)) {
        CrdFacts facts = facts(r.node(), "names", null);
        if (facts != null) {
          out.add(facts);
        }
      } else if (r.kind().equals("CompositeResourceDefinition") && r.group().equals(XRD)) {
        // Crossplane makes a CRD of the composite (XR) and one of its claim from each XRD; a
        // package holds the XRD (review EE: KIND.GROUP of a claim was refused, and an XR's Role
        // was namespaced). Under apiextensions.crossplane.io/v1 an XR is cluster-scoped; under v2
        // spec.scope says, Namespaced by default.
        String scope = r.node().at("spec", "scope").flatMap(CrdReader::text).orElse("Namespaced");
        boolean v1 = !r.ref().apiVersion().endsWith("/v2");
        CrdFacts xr = facts(r.node(), "names", v1 || !scope.equals("Namespaced"));
        CrdFacts claim = facts(r.node(), "claimNames", false);
        if (xr != null) {
          out.add(xr);
        }
        if (claim != null) {
          out.add(claim);
        }
      }
    }
    return List.copyOf(out);
  }

  /** True if {@code r} is an object of a cluster-scoped custom resource in {@code crds}. */
  public static boolean clusterScoped(Resource r, List<CrdFacts> crds) {
    for (CrdFacts c : crds) {
      if (c.clusterScoped() && c.kind().equals(r.kind()) && c.group().equals(r.group())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The facts of one CRD (or of an XRD's composite or claim: {@code names} is the field of its
   * names, {@code clusterScoped} its scope, null to read {@code spec.scope}), or null when it lacks
   * its group, kind or plural.
   */
  private static CrdFacts facts(YMapping node, String namesField, Boolean clusterScoped) {
    if (node == null) {
      return null;
    }
    String group = node.at("spec", "group").flatMap(CrdReader::text).orElse(null);
    YMapping names = node.mappingAt("spec", namesField).orElse(null);
    if (group == null || names == null) {
      return null;
    }
    String kind = names.text("kind").orElse(null);
    String plural = names.text("plural").orElse(null);
    if (kind == null || plural == null) {
      return null;
    }
    String singular = names.text("singular").orElse(kind.toLowerCase(java.util.Locale.ROOT));
    boolean cluster =
        clusterScoped != null
            ? clusterScoped
            : node.at("spec", "scope").flatMap(CrdReader::text).orElse("").equals("Cluster");
    List<String> versions = new ArrayList<>();
    List<String> unserved = new ArrayList<>();
    node.at("spec", "versions")
        .ifPresent(
            v -> {
              if (v instanceof dev.startgate.yaml.YSequence seq) {
                for (YNode item : seq.items()) {
                  // A version with served: false is one the API server does not answer for.
                  if (item instanceof YMapping m) {
                    boolean served = !unset(m.get("served").orElse(null));
                    m.text("name").ifPresent(served ? versions::add : unserved::add);
                  }
                }
              }
            });
    node.at("spec", "version")
        .flatMap(CrdReader::text)
        .filter(v -> !versions.contains(v))
        .ifPresent(versions::add);
    List<String> shortNames = new ArrayList<>();
    names
        .at("shortNames")
        .ifPresent(
            v -> {
              if (v instanceof dev.startgate.yaml.YSequence seq) {
                for (YNode item : seq.items()) {
                  text(item).ifPresent(shortNames::add);
                }
              }
            });
    // Without versions the API server would refuse it, but it still names the resource and kind.
    return new CrdFacts(group, kind, plural, singular, cluster, versions, shortNames, unserved);
  }

  /**
   * True for a plain false as kubectl reads YAML (1.1: {@code false}, {@code False}, {@code no},
   * {@code off}, ...); a quoted "false" is a string, which the API server refuses for a boolean.
   */
  private static boolean unset(YNode node) {
    return node instanceof dev.startgate.yaml.YScalar s
        && s.plain()
        && FALSE.matcher(s.value()).matches();
  }

  private static final java.util.regex.Pattern FALSE =
      java.util.regex.Pattern.compile("n|N|no|No|NO|false|False|FALSE|off|Off|OFF");

  private static java.util.Optional<String> text(YNode node) {
    return node instanceof dev.startgate.yaml.YScalar s && !s.isNull()
        ? java.util.Optional.of(s.value())
        : java.util.Optional.empty();
  }
}
