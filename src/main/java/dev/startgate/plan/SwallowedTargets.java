package dev.startgate.plan;

import dev.startgate.intent.ResourceTarget;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A value that runs on and takes in what was likely meant as another target or option (README
 * "Custom resources"): a {@code pods/} selector continues after a comma, so {@code
 * pods/app=x,prometheuses.monitoring.coreos.com/main} asks the pods for a label of that name; a
 * {@code jsonpath=} value runs to the end of its target, so {@code jsonpath={.status.a}=1
 * condition=Ready} compares the field with {@code 1 condition=Ready}. Both are valid as written,
 * and a gate for them waits to its deadline: warnings, as for a {@code body=} text ({@link
 * BodyTargets}).
 */
final class SwallowedTargets {
  private static final List<String> OPTIONS = List.of(" condition=", " jsonpath=", " scope=");

  private SwallowedTargets() {}

  /**
   * A warning when label keys of {@code g}'s selector, written with nothing but a comma before
   * them, name a resource the input defines or startgate waits on ({@code jobs.batch/seed}, a CRD's
   * plural and group).
   */
  static void selector(
      Resource w, String waitFor, Gate.PodsReady g, Inventory inventory, List<Result> results) {
    String selector = g.selector();
    List<String> named = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= selector.length(); i++) {
      char c = i < selector.length() ? selector.charAt(i) : ',';
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        String requirement = selector.substring(start, i).strip();
        if (names(requirement, inventory)
            && Pattern.compile("," + Pattern.quote(requirement) + "(?=,|$)")
                .matcher(g.target())
                .find()) {
          named.add(requirement);
        }
        start = i + 1;
      }
    }
    if (named.isEmpty()) {
      return;
    }
    // The target as written, each of them moved after a comma and a space.
    String fixed = g.target();
    for (String requirement : named) {
      fixed = fixed.replaceFirst("," + Pattern.quote(requirement) + "(?=,|$)", "");
    }
    fixed = fixed + ", " + String.join(", ", named);
    boolean one = named.size() == 1;
    results.add(
        Result.warning(
            w,
            waitFor,
            g.target()
                + ": "
                + String.join(" and ", named)
                + (one ? " is a label" : " are labels")
                + " the pods must carry (a comma continues a pods/ selector), not the "
                + (one ? "object it names" : "objects they name")
                + "; to wait for "
                + (one ? "that object" : "those objects")
                + " as well, write "
                + (one ? "it" : "each")
                + " after a comma and a space ("
                + fixed
                + ") or on a line of its own"));
  }

  /**
   * True if {@code requirement} is a bare key {@code RESOURCE.[VERSION.]GROUP/NAME} of a target.
   */
  private static boolean names(String requirement, Inventory inventory) {
    int slash = requirement.indexOf('/');
    int dot = requirement.indexOf('.');
    if (slash < 0
        || dot < 0
        || dot > slash
        || !bareKey(requirement)
        || !BodyTargets.looksLikeTarget(requirement)) {
      return false;
    }
    String word = requirement.substring(0, dot);
    String group = requirement.substring(dot + 1, slash);
    int next = group.indexOf('.');
    if (next > 0 && group.charAt(0) == 'v' && Character.isDigit(group.charAt(1))) {
      group = group.substring(next + 1); // a version before the group
    }
    for (WorkloadKind k : WorkloadKind.values()) {
      if (k.group().equals(group) && k.resource().equals(word)) {
        return true;
      }
    }
    return inventory.crdPlurals(group).contains(word);
  }

  /**
   * True for a requirement that is a key alone, without an operator or a value: the label exists.
   */
  private static boolean bareKey(String requirement) {
    for (int i = 0; i < requirement.length(); i++) {
      if ("=!() \t".indexOf(requirement.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A warning for a {@code jsonpath=} value of {@code r} that holds another option. */
  static void jsonpathValue(
      Resource w, String waitFor, String target, ResourceTarget r, List<Result> results) {
    for (ResourceTarget.Readiness check : r.readiness()) {
      if (!(check instanceof ResourceTarget.Field f) || f.value() == null) {
        continue;
      }
      int at = -1;
      for (String option : OPTIONS) {
        int i = f.value().indexOf(option);
        at = i >= 0 && (at < 0 || i < at) ? i : at;
      }
      if (at < 0) {
        continue;
      }
      String rest = f.value().substring(at + 1);
      // The target's options as written, each moved so that a jsonpath= comes last: one target
      // per jsonpath=, each with the other options.
      String text = r.text();
      int space = text.indexOf(' ');
      List<String> others = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      for (String piece : pieces(text.substring(space + 1))) {
        (piece.startsWith("jsonpath=") ? fields : others).add(piece);
      }
      List<String> fixed = new ArrayList<>();
      for (String field : fields) {
        List<String> words = new ArrayList<>(others);
        words.add(field);
        fixed.add(text.substring(0, space) + " " + String.join(" ", words));
      }
      results.add(
          Result.warning(
              w,
              waitFor,
              target
                  + ": the jsonpath= value runs to the end of its target, so the field must print \""
                  + f.value()
                  + "\", and "
                  + rest
                  + " is part of that value, not an option; "
                  + (fixed.size() == 1
                      ? "write it before jsonpath=, like " + fixed.get(0)
                      : "a target takes one jsonpath=, last: write the object once for each, like "
                          + String.join(", ", fixed))));
      return;
    }
  }

  /** {@code options} cut before each option's name that follows a space. */
  private static List<String> pieces(String options) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < options.length(); i++) {
      for (String option : OPTIONS) {
        if (options.startsWith(option, i)) {
          out.add(options.substring(start, i));
          start = i + 1;
        }
      }
    }
    out.add(options.substring(start));
    return out;
  }
}
