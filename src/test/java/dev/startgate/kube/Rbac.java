package dev.startgate.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The RBAC authorizer of the API server, reduced to what startgate generates: the Roles bound to
 * one ServiceAccount by RoleBindings in the same namespace, each rule matched on verb, API group,
 * resource and (if listed) resource name. Discovery is allowed to everyone, as the built-in {@code
 * system:discovery} role does.
 */
final class Rbac {
  /** One rule of a Role in a namespace. */
  record Rule(
      String namespace,
      String role,
      List<String> groups,
      List<String> resources,
      List<String> names,
      List<String> verbs) {
    boolean allows(RequestAttributes a) {
      return namespace.equals(a.namespace())
          && verbs.contains(a.verb())
          && groups.contains(a.group())
          && resources.contains(
              a.subresource().isEmpty() ? a.resource() : a.resource() + "/" + a.subresource())
          && (names.isEmpty() || names.contains(a.name()));
    }
  }

  private final List<Rule> rules;

  Rbac(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules that {@code objects} grant to ServiceAccount {@code namespace/account}. */
  @SuppressWarnings("unchecked")
  static Rbac forServiceAccount(
      List<Map<String, Object>> objects, String namespace, String account) {
    List<Rule> rules = new ArrayList<>();
    for (Map<String, Object> binding : objects) {
      if (!"RoleBinding".equals(binding.get("kind"))) {
        continue;
      }
      String bindingNamespace = (String) meta(binding).get("namespace");
      boolean bound = false;
      for (Map<String, Object> s : (List<Map<String, Object>>) binding.get("subjects")) {
        bound |=
            "ServiceAccount".equals(s.get("kind"))
                && account.equals(s.get("name"))
                && namespace.equals(s.get("namespace"));
      }
      Map<String, Object> roleRef = (Map<String, Object>) binding.get("roleRef");
      if (!bound || !"Role".equals(roleRef.get("kind"))) {
        continue;
      }
      for (Map<String, Object> role : objects) {
        if ("Role".equals(role.get("kind"))
            && roleRef.get("name").equals(meta(role).get("name"))
            && bindingNamespace.equals(meta(role).get("namespace"))) {
          for (Map<String, Object> r : (List<Map<String, Object>>) role.get("rules")) {
            rules.add(
                new Rule(
                    bindingNamespace,
                    (String) meta(role).get("name"),
                    list(r.get("apiGroups")),
                    list(r.get("resources")),
                    list(r.get("resourceNames")),
                    list(r.get("verbs"))));
          }
        }
      }
    }
    return new Rbac(rules);
  }

  List<Rule> rules() {
    return rules;
  }

  boolean allows(RequestAttributes a) {
    return !a.resourceRequest() || rules.stream().anyMatch(r -> r.allows(a));
  }

  /** Every Rbac that lacks exactly one verb or one resource name of one rule. */
  List<Narrowed> narrowings() {
    List<Narrowed> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      for (String verb : r.verbs()) {
        List<String> verbs = new ArrayList<>(r.verbs());
        verbs.remove(verb);
        out.add(
            replaced(
                i,
                new Rule(r.namespace(), r.role(), r.groups(), r.resources(), r.names(), verbs),
                "verb " + verb + " of " + describe(r)));
      }
      if (r.names().size() > 0) {
        for (String name : r.names()) {
          List<String> names = new ArrayList<>(r.names());
          names.remove(name);
          if (names.isEmpty()) {
            // A rule without resourceNames would allow every name: drop the rule instead.
            out.add(replaced(i, null, "resourceName " + name + " of " + describe(r)));
          } else {
            out.add(
                replaced(
                    i,
                    new Rule(r.namespace(), r.role(), r.groups(), r.resources(), names, r.verbs()),
                    "resourceName " + name + " of " + describe(r)));
          }
        }
      }
    }
    return out;
  }

  /** An Rbac with one thing taken away, and what. */
  record Narrowed(Rbac rbac, String removed) {}

  private Narrowed replaced(int index, Rule rule, String removed) {
    List<Rule> copy = new ArrayList<>(rules);
    if (rule == null) {
      copy.remove(index);
    } else {
      copy.set(index, rule);
    }
    return new Narrowed(new Rbac(copy), removed);
  }

  private static String describe(Rule r) {
    return "Role "
        + r.namespace()
        + "/"
        + r.role()
        + " rule "
        + r.groups()
        + " "
        + r.resources()
        + " "
        + r.names();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> meta(Map<String, Object> o) {
    return (Map<String, Object>) o.get("metadata");
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object o) {
    return o == null ? List.of() : (List<String>) o;
  }
}
