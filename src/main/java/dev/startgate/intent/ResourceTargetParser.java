// Over 300 lines: the resource grammar, kind resolution from CRDs and the options, each with its
// own message.
package dev.startgate.intent;

import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses targets that name a resource the way kubectl does: {@code RESOURCE.GROUP/[NAMESPACE/]NAME}
 * with the plural resource ({@code clusters.postgresql.cnpg.io/db}), {@code
 * RESOURCE.VERSION.GROUP/NAME} (kubectl tries {@code a.b.c} as resource {@code a}, version {@code
 * b}, group {@code c} first when {@code b} is a version), and {@code Kind.group/NAME} or the
 * singular resource when a CRD in the input gives the plural. {@code deployments.apps}, {@code
 * statefulsets.apps}, {@code daemonsets.apps} and {@code jobs.batch} become the existing targets.
 *
 * <p>Options follow the name, separated by spaces (a resource or name never contains a space, and
 * {@code pods/} selectors, which do, never take this form):
 *
 * <ul>
 *   <li>{@code condition=TYPE[=STATUS]} (kubectl's {@code --for=condition=} syntax; STATUS True,
 *       False or Unknown, default True), repeatable: all must hold;
 *   <li>{@code jsonpath=EXPR[=VALUE]} (kubectl's {@code --for=jsonpath=} syntax), last: the value
 *       runs to the end of the target and may contain spaces; without a value, the field must
 *       exist;
 *   <li>{@code scope=Cluster} or {@code scope=Namespaced}, only needed when no CRD in the input
 *       says it.
 * </ul>
 *
 * Named checks replace the default {@code condition=Ready}. None of this needs a character that
 * YAML treats specially inside a plain scalar ({@code ": "}, {@code " #"}).
 */
public final class ResourceTargetParser {
  /** A built-in target ({@code deployments.apps/api}), a custom resource, or the error. */
  public record Parsed(Target builtIn, ResourceTarget resource, String error) {
    static Parsed bad(String error) {
      return new Parsed(null, null, error);
    }
  }

  /** Examples quoted in error messages. */
  public static final String EXAMPLE = "certificates.cert-manager.io/web-tls";

  public static final String OPTIONS_EXAMPLE =
      "clusters.postgresql.cnpg.io/db jsonpath={.status.phase}=Cluster in healthy state";

  /**
   * Kubernetes' own API groups with a dot, served by the API server itself (no
   * CustomResourceDefinition can define them): a target in one of them is a built-in resource, not
   * a custom resource whose readiness rule and namespaced scope would fit it. CRD groups below them
   * (gateway.networking.k8s.io, snapshot.storage.k8s.io) are not in the set.
   */
  private static final Set<String> BUILT_IN_GROUPS =
      Set.of(
          "admissionregistration.k8s.io",
          "apiextensions.k8s.io",
          "apiregistration.k8s.io",
          "authentication.k8s.io",
          "authorization.k8s.io",
          "certificates.k8s.io",
          "coordination.k8s.io",
          "discovery.k8s.io",
          "events.k8s.io",
          "flowcontrol.apiserver.k8s.io",
          "internal.apiserver.k8s.io",
          "networking.k8s.io",
          "node.k8s.io",
          "rbac.authorization.k8s.io",
          "resource.k8s.io",
          "scheduling.k8s.io",
          "storage.k8s.io",
          "storagemigration.k8s.io");

  /**
   * The type meant by one with a version written after the group ({@code deployments.apps.v1}:
   * {@code deployments.v1.apps}), whose group kubectl would read as {@code apps.v1}, which no API
   * has: the gate would wait for its timeout. A version also written before the group is the one
   * kept. Null when the group's last label is no version, or a CRD of the input has that group.
   */
  private static String versionMoved(String word, String version, String group, CrdIndex crds) {
    int last = group.lastIndexOf('.');
    if (last < 0 || !VERSION.matcher(group.substring(last + 1)).matches()) {
      return null; // a group without a dot has its own error
    }
    if (!crds.inGroup(group).isEmpty()) {
      return null;
    }
    String kept = version == null ? group.substring(last + 1) : version;
    return word + "." + kept + "." + group.substring(0, last);
  }

  /**
   * The error for {@code type} (of {@code text}), whose version is written after {@code group}:
   * with the spellings that work, checked as this parser checks them, or the error the one meant
   * has.
   */
  private Parsed versionAfterGroup(
      String text, String type, String group, String moved, CrdIndex crds) {
    String rest = text.strip().substring(type.length());
    String meant = group.substring(0, group.lastIndexOf('.'));
    String unversioned = moved.substring(0, moved.indexOf('.') + 1) + meant;
    String head =
        Result.quoted(type)
            + " puts the version "
            + group.substring(group.lastIndexOf('.') + 1)
            + " after the group, and kubectl would read "
            + group
            + " as the API group";
    int dot = meant.lastIndexOf('.');
    if (dot >= 0 && VERSION.matcher(meant.substring(dot + 1)).matches()) {
      // Several versions after it: one error, not a parse of each way to move them (that doubled
      // with every version, and a target of 26 hung the run).
      return Parsed.bad(
          head + "; write one version, before the group, like clusters.v1.postgresql.cnpg.io");
    }
    Parsed versioned = parse(moved + rest, crds);
    Parsed plain = parse(unversioned + rest, crds);
    if (versioned.error() == null) {
      return Parsed.bad(
          head + "; write " + moved + " (the version before the group), or " + unversioned);
    }
    if (plain.error() == null) {
      return Parsed.bad(head + "; write " + unversioned + " (" + versioned.error() + ")");
    }
    return Parsed.bad(
        head + "; written " + moved + ", it is no target either: " + versioned.error());
  }

  private static final Pattern VERSION = Pattern.compile("v[1-9][0-9]*((alpha|beta)[1-9][0-9]*)?");
  private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]{0,62}");
  private static final Pattern CONDITION_TYPE =
      Pattern.compile(
          "(?=.{1,316}$)([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
              + "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final List<String> OPTIONS = List.of("condition", "jsonpath", "scope");

  /**
   * True if {@code text} has the form of this parser's targets: a dotted resource before the first
   * slash ({@code clusters.postgresql.cnpg.io/...}). No other target form has a dot there, so
   * {@link TargetParser} can hand these over, and its annotation splitter can start a new target at
   * a comma followed by one.
   */
  public static boolean isResourceTarget(String text) {
    // A scheme is before the first slash: a URL in a jsonpath= value is not one.
    int scheme = text.indexOf("://");
    return (scheme < 0 || scheme > text.indexOf('/')) && TargetSyntax.resourcePrefix(text.strip());
  }

  /** Parses {@code text}, resolving kinds and singular names with the CRDs of the input. */
  public Parsed parse(String text, Collection<CrdFacts> crds) {
    return parse(text, new CrdIndex(crds));
  }

  /** As {@link #parse(String, Collection)}, with the input's CRDs by group. */
  Parsed parse(String text, CrdIndex crds) {
    String t = text.strip();
    int space = indexOfWhitespace(t);
    String head = space < 0 ? t : t.substring(0, space);
    String options = space < 0 ? "" : t.substring(space).strip();
    int slash = head.indexOf('/');
    if (slash <= 0) {
      return Parsed.bad(
          Result.quoted(text) + " names no object; write RESOURCE.GROUP/NAME, like " + EXAMPLE);
    }
    String type = head.substring(0, slash);
    String[] path = head.substring(slash + 1).split("/", -1);
    if (path.length > 2) {
      return Parsed.bad(
          Result.quoted(head)
              + " has too many slashes; write RESOURCE.GROUP/NAME or"
              + " RESOURCE.GROUP/NAMESPACE/NAME, like "
              + EXAMPLE);
    }
    String namespace = path.length == 2 ? path[0] : null;
    String name = path[path.length - 1];
    if (namespace != null && !TargetSyntax.dnsLabel(namespace)) {
      return Parsed.bad(
          Result.quoted(namespace)
              + " in \""
              + head
              + "\" is not a valid namespace (a DNS label), like certificates.cert-manager.io/shop/web-tls");
    }
    if (!TargetSyntax.dnsSubdomain(name)) {
      return Parsed.bad(
          Result.quoted(name)
              + " in \""
              + head
              + "\" is not a valid object name (lowercase letters, digits, '-' and '.'), like "
              + EXAMPLE);
    }
    int dot = type.indexOf('.');
    if (dot <= 0 || dot == type.length() - 1) {
      return Parsed.bad(
          Result.quoted(type) + " names no API group; write RESOURCE.GROUP, like " + EXAMPLE);
    }
    String word = type.substring(0, dot);
    String rest = type.substring(dot + 1);
    String version = null;
    String group = rest;
    int next = rest.indexOf('.');
    if (next > 0
        && VERSION.matcher(rest.substring(0, next)).matches()
        && !versionIsGroupLabel(
            word, rest, rest.substring(0, next), rest.substring(next + 1), crds)) {
      version = rest.substring(0, next);
      group = rest.substring(next + 1);
    }
    if (!TargetSyntax.dnsSubdomain(group)) {
      return Parsed.bad(
          Result.quoted(group)
              + " in \""
              + type
              + "\" is not a valid API group (lowercase DNS name), like "
              + EXAMPLE);
    }
    String moved = versionMoved(word, version, group, crds);
    if (moved != null) {
      return versionAfterGroup(text, type, group, moved, crds);
    }
    WorkloadKind builtIn = builtIn(word, group);
    if (builtIn != null) {
      return workload(text, head, options, builtIn, version, namespace, name);
    }
    String shortName =
        group.equals("apps")
            ? switch (word) {
              case "deploy" -> "deployment";
              case "sts" -> "statefulset";
              case "ds" -> "daemonset";
              default -> null;
            }
            : null;
    if (shortName != null) {
      String at = (namespace == null ? "" : namespace + "/") + name;
      return Parsed.bad(
          Result.quoted(type)
              + " is kubectl's short name for "
              + shortName
              + "s.apps, which a Role cannot name; write it like "
              + shortName
              + "/"
              + at);
    }
    if (!group.contains(".") || BUILT_IN_GROUPS.contains(group)) {
      return Parsed.bad(
          Result.quoted(type)
              + (group.contains(".") ? " is built into Kubernetes (API group " + group + ")" : "")
              + ": startgate waits on deployments.apps, statefulsets.apps, daemonsets.apps,"
              + " jobs.batch and custom resources (defined by a CustomResourceDefinition, in a"
              + " group with a dot, like cert-manager.io); write e.g. "
              + EXAMPLE);
    }
    String g0 = group;
    List<CrdFacts> inGroup = crds.inGroup(g0);
    CrdFacts crd = crds.resolve(g0, word);
    String ambiguous =
        crd == null
                || word.equals(crd.plural())
                || word.equals(crd.singular())
                || word.equals(crd.kind())
            ? null
            : ambiguousShortName(type, word, version, group, inGroup, namespace, name);
    if (ambiguous != null) {
      return Parsed.bad(ambiguous);
    }
    if (crd == null && !TargetSyntax.dnsLabel(word)) {
      return Parsed.bad(kindError(text, word, group, version, namespace, name, crds));
    }
    String resource = crd == null ? word : crd.plural();
    if (crd != null && crd.versions().isEmpty() && !crd.unserved().isEmpty()) {
      return Parsed.bad(
          Result.quoted(type)
              + ": the CustomResourceDefinition "
              + crd.name()
              + " in the input serves no version (every one, "
              + String.join(", ", crd.unserved())
              + ", has served: false), so the API server answers no request for it; set"
              + " served: true on the version to wait for, e.g. "
              + resource
              + "."
              + crd.unserved().get(0)
              + "."
              + group
              + "/"
              + (namespace == null || crd.clusterScoped() ? "" : namespace + "/")
              + name);
    }
    if (crd != null
        && version != null
        && !crd.versions().isEmpty()
        && !crd.versions().contains(version)) {
      return Parsed.bad(
          Result.quoted(type)
              + ": the CustomResourceDefinition "
              + crd.name()
              + " in the input serves no version "
              + version
              + " (it serves "
              + String.join(", ", crd.versions())
              + "); write e.g. "
              + resource
              + "."
              + crd.versions().get(0)
              + "."
              + group
              + "/"
              + (namespace == null || crd.clusterScoped() ? "" : namespace + "/")
              + name);
    }
    return options(text, head, options, resource, version, group, crd, namespace, name);
  }

  private Parsed options(
      String text,
      String head,
      String options,
      String resource,
      String version,
      String group,
      CrdFacts crd,
      String namespace,
      String name) {
    List<ResourceTarget.Readiness> checks = new ArrayList<>();
    Set<String> conditions = new LinkedHashSet<>();
    ResourceTarget.Scope scope =
        crd == null
            ? ResourceTarget.Scope.ASSUMED_NAMESPACED
            : crd.clusterScoped() ? ResourceTarget.Scope.CLUSTER : ResourceTarget.Scope.NAMESPACED;
    String left = options;
    boolean scopeGiven = false;
    while (!left.isEmpty()) {
      int eq = left.indexOf('=');
      int end = indexOfWhitespace(left);
      String option = eq < 0 || (end >= 0 && end < eq) ? cut(left, end) : left.substring(0, eq);
      if (!OPTIONS.contains(option)) {
        // kubectl wait's --for=condition=Ready, copied: its words without the flag (review EE).
        String after = option.equals("--for") ? left.substring(eq + 1) : "";
        String flag = after.contains("=") ? after.substring(0, after.indexOf('=')) : after;
        String near = OPTIONS.contains(flag) ? flag : Suggestions.nearest(option, OPTIONS);
        return Parsed.bad(
            "unknown option \""
                + cut(left, end)
                + "\" after \""
                + head
                + "\""
                + (near == null ? "" : " (did you mean " + near + "=?)")
                + "; known: condition=TYPE[=STATUS], jsonpath=EXPR[=VALUE], scope=Cluster, e.g. \""
                + OPTIONS_EXAMPLE
                + "\"");
      }
      if (eq < 0 || (end >= 0 && end < eq)) {
        return Parsed.bad(
            "option \""
                + option
                + "\" after \""
                + head
                + "\" needs a value, e.g. \""
                + example(option)
                + "\"");
      }
      if (option.equals("jsonpath")) {
        String field = left.substring(eq + 1);
        Parsed bad = jsonPath(head, field, checks);
        if (bad != null) {
          return bad;
        }
        break;
      }
      String value = cut(left.substring(eq + 1), indexOfWhitespace(left.substring(eq + 1)));
      left = end < 0 ? "" : left.substring(end).strip();
      if (option.equals("condition")) {
        Parsed bad = condition(head, value, checks, conditions);
        if (bad != null) {
          return bad;
        }
      } else {
        ResourceTarget.Scope asked =
            value.equals("Cluster")
                ? ResourceTarget.Scope.CLUSTER
                : value.equals("Namespaced") ? ResourceTarget.Scope.NAMESPACED : null;
        if (asked == null) {
          return Parsed.bad(
              "scope \""
                  + value
                  + "\" after \""
                  + head
                  + "\" is neither Cluster nor Namespaced,"
                  + " e.g. \"clusterissuers.cert-manager.io/letsencrypt scope=Cluster\"");
        }
        if (scopeGiven) {
          return Parsed.bad(
              "scope is given twice after \""
                  + head
                  + "\"; give it once, e.g. \"clusterissuers.cert-manager.io/letsencrypt"
                  + " scope=Cluster\"");
        }
        scopeGiven = true;
        if (crd != null && asked != scope) {
          return Parsed.bad(
              Result.quoted(head)
                  + " says scope="
                  + value
                  + " but the CustomResourceDefinition "
                  + crd.name()
                  + " in the input says scope: "
                  + (crd.clusterScoped() ? "Cluster" : "Namespaced")
                  + "; drop the option, the CRD decides");
        }
        scope = asked;
      }
    }
    if (scope == ResourceTarget.Scope.CLUSTER && namespace != null) {
      return Parsed.bad(
          Result.quoted(head)
              + " names a namespace, but "
              + resource
              + "."
              + group
              + " is cluster-scoped; write "
              + resource
              + "."
              + group
              + "/"
              + name
              + (options == null || options.isBlank() ? "" : " " + options.strip()));
    }
    if (checks.isEmpty()) {
      checks.add(new ResourceTarget.Condition("Ready", "True"));
    }
    return new Parsed(
        null,
        new ResourceTarget(text.strip(), resource, version, group, scope, namespace, name, checks),
        null);
  }

  private static Parsed condition(
      String head, String value, List<ResourceTarget.Readiness> checks, Set<String> seen) {
    int eq = value.indexOf('=');
    String type = eq < 0 ? value : value.substring(0, eq);
    String status = eq < 0 ? "True" : normalStatus(value.substring(eq + 1));
    if (!CONDITION_TYPE.matcher(type).matches()) {
      return Parsed.bad(
          Result.quoted(type)
              + " after \""
              + head
              + "\" is not a valid condition type"
              + " (letters, digits, '-', '_', '.'), e.g. \"condition=Synced\"");
    }
    if (status == null) {
      return Parsed.bad(
          "condition status \""
              + value.substring(eq + 1)
              + "\" after \""
              + head
              + "\" is not True, False or Unknown, e.g. \"condition="
              + type
              + "=True\"");
    }
    if (!seen.add(type.toLowerCase(java.util.Locale.ROOT))) {
      // The gate compares condition types ignoring case, as kubectl does.
      return Parsed.bad(
          "condition "
              + type
              + " is named twice after \""
              + head
              + "\" (types are compared ignoring case, as kubectl compares them); name each"
              + " condition once, e.g. \"clusters.postgresql.cnpg.io/db condition=Ready\"");
    }
    checks.add(new ResourceTarget.Condition(type, status));
    return null;
  }

  private static Parsed jsonPath(String head, String field, List<ResourceTarget.Readiness> checks) {
    String unquoted = shellQuotesLeft(field);
    if (unquoted != null) {
      return Parsed.bad(
          "option \"jsonpath="
              + field
              + "\" after \""
              + head
              + "\" holds quotes that a shell would take out of a kubectl wait line; no shell"
              + " reads an annotation, so they would be part of the path or the value: write"
              + " jsonpath="
              + unquoted);
    }
    int split = endOfPath(field);
    if (split < field.length() && field.charAt(split) != '=') {
      return Parsed.bad(
          "option \"jsonpath="
              + field
              + "\" after \""
              + head
              + "\": expected '=' after the closing brace, e.g. \"jsonpath="
              + JsonPathSubset.EXAMPLE
              + "=Running\"");
    }
    String expression = field.substring(0, split).strip();
    String value = split < field.length() ? field.substring(split + 1).strip() : null;
    if (expression.isEmpty()) {
      return Parsed.bad(
          "option jsonpath after \""
              + head
              + "\" needs a path, e.g. \"jsonpath="
              + JsonPathSubset.EXAMPLE
              + "=Running\"");
    }
    if (value != null && value.isEmpty()) {
      return Parsed.bad(
          "option \"jsonpath="
              + field
              + "\" after \""
              + head
              + "\" ends with '=' but gives no value; write jsonpath="
              + expression
              + "=VALUE, or leave out '=' to wait until the field exists");
    }
    JsonPathSubset.Parsed path = JsonPathSubset.parse(expression);
    if (path.error() != null) {
      return Parsed.bad("option jsonpath after \"" + head + "\": " + path.error());
    }
    checks.add(new ResourceTarget.Field(expression, path.steps(), value));
    return null;
  }

  /**
   * {@code jsonpath=PATH[=VALUE]} without the quotes of a shell line around its path or its value
   * ({@code '{.status.phase}'=Running}, {@code {.status.phase}="Running"}), or null when neither is
   * quoted.
   */
  private static String shellQuotesLeft(String field) {
    int split =
        field.startsWith("'") || field.startsWith("\"") ? field.indexOf(field.charAt(0), 1) + 1 : 0;
    String path = split > 0 ? field.substring(1, split - 1) : null;
    if (split > 0 && path.startsWith("{")) {
      return path + field.substring(split);
    }
    int at = endOfPath(field);
    String value = at < field.length() ? field.substring(at + 1).strip() : "";
    if (value.length() >= 2
        && (value.charAt(0) == '\'' || value.charAt(0) == '"')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      return field.substring(0, at + 1) + value.substring(1, value.length() - 1);
    }
    return null;
  }

  /**
   * Where the path ends in {@code jsonpath=PATH[=VALUE]}: after the closing brace, else at the
   * first '=' outside brackets that is not part of a filter's '=='.
   */
  private static int endOfPath(String field) {
    if (field.startsWith("{")) {
      int close = field.indexOf('}');
      return close < 0 ? field.length() : close + 1;
    }
    int depth = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (c == '=' && depth == 0) {
        return i;
      }
    }
    return field.length();
  }

  private static String normalStatus(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true" -> "True";
      case "false" -> "False";
      case "unknown" -> "Unknown";
      default -> null;
    };
  }

  private static Parsed workload(
      String text,
      String head,
      String options,
      WorkloadKind kind,
      String version,
      String namespace,
      String name) {
    if (!options.isEmpty()) {
      return Parsed.bad(
          Result.quoted(head)
              + " is a "
              + kind.kind()
              + ", which startgate waits for with its own rule (see README \"Targets\"); options"
              + " such as \""
              + options
              + "\" apply to custom resources only; write "
              + kind.prefix()
              + "/"
              + name);
    }
    if (version != null && !version.equals("v1")) {
      return Parsed.bad(
          Result.quoted(head)
              + ": "
              + kind.resource()
              + "."
              + kind.group()
              + " is served as v1 only;"
              + " write "
              + kind.resource()
              + "."
              + kind.group()
              + "/"
              + name);
    }
    return new Parsed(new Target.Workload(text.strip(), kind, namespace, name), null, null);
  }

  /** A built-in kind startgate gates on, by plural, singular or kind name in its group. */
  private static WorkloadKind builtIn(String word, String group) {
    for (WorkloadKind k : WorkloadKind.values()) {
      if (k.group().equals(group)
          && (word.equals(k.resource()) || word.equals(k.prefix()) || word.equals(k.kind()))) {
        return k;
      }
    }
    return null;
  }

  /**
   * True when {@code a.b.c}'s version-like {@code b} is the first label of the group {@code b.c}: a
   * CRD of the input in that group names {@code word}, and none in group {@code c} does or serves
   * version {@code b}. kubectl tries {@code a.b.c} as resource, version and group first, and falls
   * back to resource {@code a} in group {@code b.c} when the server has no such version (a group
   * like {@code v1.example.io}).
   */
  private static boolean versionIsGroupLabel(
      String word, String whole, String version, String afterVersion, CrdIndex crds) {
    CrdFacts other = crds.resolve(afterVersion, word);
    return crds.resolve(whole, word) != null
        && (other == null || !other.versions().isEmpty() && !other.versions().contains(version));
  }

  /**
   * The error for a short name {@code word} that CRDs of two resources in {@code inGroup} give,
   * naming neither's plural or singular: which one the cluster serves for it depends on the order
   * of discovery (kubectl warns and takes one), and the Role would follow the order of the input.
   * Null if at most one gives it.
   */
  private static String ambiguousShortName(
      String type,
      String word,
      String version,
      String group,
      List<CrdFacts> inGroup,
      String namespace,
      String name) {
    List<CrdFacts> giving = new ArrayList<>();
    for (CrdFacts c : inGroup) {
      if (c.shortNames().contains(word)
          && giving.stream().noneMatch(g -> g.plural().equals(c.plural()))) {
        giving.add(c);
      }
    }
    if (giving.size() < 2) {
      return null;
    }
    // The example is one that parses: a CRD serving the version written, of the scope written.
    CrdFacts first =
        giving.stream()
            .filter(c -> version == null || c.versions().contains(version))
            .filter(c -> namespace == null || !c.clusterScoped())
            .findFirst()
            .orElse(giving.get(0));
    return Result.quoted(type)
        + ": the short name "
        + word
        + " is given by "
        + giving.size()
        + " CustomResourceDefinitions of group "
        + group
        + " in the input ("
        + String.join(", ", giving.stream().map(CrdFacts::name).toList())
        + "), so which resource it names depends on their order; write the plural, e.g. "
        + first.plural()
        + (version == null ? "" : "." + version)
        + "."
        + group
        + "/"
        + (namespace == null || first.clusterScoped() ? "" : namespace + "/")
        + name;
  }

  private static String kindError(
      String text,
      String word,
      String group,
      String version,
      String namespace,
      String name,
      CrdIndex crds) {
    List<CrdFacts> inGroup = crds.inGroup(group);
    String where = (namespace == null ? "" : namespace + "/") + name;
    String v = version == null ? "" : version + ".";
    if (!KIND.matcher(word).matches()) {
      return Result.quoted(word)
          + " in \""
          + text.strip()
          + "\" is not a resource name; write the"
          + " plural resource in lowercase, like "
          + EXAMPLE;
    }
    if (!inGroup.isEmpty()) {
      return "\""
          + word
          + "."
          + group
          + "\": the CustomResourceDefinitions of group "
          + group
          + " in the input define no kind "
          + word
          + " (they define "
          + String.join(", ", inGroup.stream().map(c -> c.kind() + " as " + c.plural()).toList())
          + "); write e.g. "
          + inGroup.get(0).plural()
          + "."
          + v
          + group
          + "/"
          + where;
    }
    String missing =
        "\""
            + word
            + "."
            + group
            + "/"
            + where
            + "\" names a kind, but no CustomResourceDefinition for "
            + word
            + " in group "
            + group
            + " is in the input";
    CrdFacts near = nearGroup(crds, group, word);
    if (near != null) {
      return missing
          + ", while one defines "
          + near.kind()
          + " in group "
          + near.group()
          + ": did you mean "
          + near.plural()
          + "."
          + v
          + near.group()
          + "/"
          + (near.clusterScoped() ? name : where)
          + "?";
    }
    return missing
        + ", so its resource name (which RBAC needs) is unknown; write the plural"
        + " resource, probably "
        + plural(word)
        + "."
        + v
        + group
        + "/"
        + (knownClusterScoped(plural(word), group) ? name + " scope=Cluster" : where)
        + " (see `kubectl api-resources --api-group="
        + group
        + "`)";
  }

  /**
   * The CRD of the input that defines {@code word} in a group a typo away from {@code group}
   * ({@code keda.io} for KEDA's {@code keda.sh}, review EE), or null; the nearest, then the first
   * by name.
   */
  private static CrdFacts nearGroup(CrdIndex crds, String group, String word) {
    CrdFacts best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String other : crds.groups()) {
      int max = Math.min(2, other.length() / 3);
      int d = Suggestions.distanceAtMost(group, other, max);
      CrdFacts c = d >= 1 && d <= max ? crds.resolve(other, word) : null;
      if (c != null
          && (d < bestDistance || d == bestDistance && other.compareTo(best.group()) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * The usual English plural of a kind, as a suggestion only: Prometheus is prometheuses (review
   * EE: "prometheus" was suggested, and RBAC for it denies the gate); kubebuilder names some a
   * kind's lowercase word (Redis's redis), which a lookup tries as well.
   */
  public static String plural(String kind) {
    String s = kind.toLowerCase(Locale.ROOT);
    if (s.endsWith("y") && s.length() > 1 && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0) {
      return s.substring(0, s.length() - 1) + "ies";
    }
    if (s.endsWith("s") && !singular(s) && !s.endsWith("us") && !s.endsWith("is")) {
      return s; // a plural already (Endpoints), or the resource in a kind's case (Clusters)
    }
    if (s.endsWith("s") || s.endsWith("x") || s.endsWith("ch") || s.endsWith("sh")) {
      return s + "es";
    }
    return s + "s";
  }

  /**
   * True if plan's guesses about the resource {@code word} (no CRD in the input) may warn: it does
   * not look plural, or looks cluster-scoped. Here, in a class every run loads, so that a run with
   * nothing to warn about loads no more.
   */
  public static boolean guessMayWarn(String word, String group) {
    return !word.endsWith("s")
        || singular(word)
        || word.startsWith("cluster") && word.length() > 8
        || knownClusterScoped(word, group);
  }

  /**
   * True for a custom resource that is cluster-scoped in its project's published CRD and whose name
   * does not say so (review EE: each got a namespaced Role, which denies the gate, without a word).
   */
  public static boolean knownClusterScoped(String resource, String group) {
    // concat, not +: a concatenation the launcher's training never made is spun on every run.
    return CLUSTER_SCOPED.contains(resource.concat(".").concat(group));
  }

  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "gatewayclasses.gateway.networking.k8s.io",
          "adminnetworkpolicies.policy.networking.k8s.io",
          "baselineadminnetworkpolicies.policy.networking.k8s.io",
          "nodepools.karpenter.sh",
          "nodeclaims.karpenter.sh",
          "ec2nodeclasses.karpenter.k8s.aws",
          "providers.pkg.crossplane.io",
          "functions.pkg.crossplane.io",
          "configurations.pkg.crossplane.io",
          "compositions.apiextensions.crossplane.io",
          "compositeresourcedefinitions.apiextensions.crossplane.io",
          "volumesnapshotclasses.snapshot.storage.k8s.io",
          "volumesnapshotcontents.snapshot.storage.k8s.io",
          "globalnetworkpolicies.crd.projectcalico.org",
          "ippools.crd.projectcalico.org");

  /**
   * True for a resource word ending in s that cannot be a plural: -ss. A word ending in -us or -is
   * can be either ({@code apis}, {@code gpus} are plurals; kubebuilder names Redis's {@code
   * redis}), so it is taken as written (review EH: such plurals were warned about, with a wrong
   * advice).
   */
  public static boolean singular(String word) {
    return word.endsWith("ss");
  }

  private static String example(String option) {
    return switch (option) {
      case "condition" -> "condition=Synced";
      case "scope" -> "scope=Cluster";
      default -> "jsonpath=" + JsonPathSubset.EXAMPLE + "=Running";
    };
  }

  private static String cut(String s, int end) {
    return end < 0 ? s : s.substring(0, end);
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
