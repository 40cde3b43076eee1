package dev.startgate.plan;

import dev.startgate.intent.TargetParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label selector as kubectl's {@code -l} takes it ({@code app=db,tier!=cache,env in (a,b),!old}),
 * to find which workloads of the input a {@code pods/} target waits for.
 */
final class LabelSelector {
  private static final Pattern SET =
      Pattern.compile("([A-Za-z0-9./_-]+)\\s+(in|notin)\\s+\\(([^)]*)\\)");
  private static final Pattern EQUALITY =
      Pattern.compile("([A-Za-z0-9./_-]+)\\s*(==|=|!=)\\s*(.*)");

  private final List<Predicate<Map<String, String>>> terms;

  private LabelSelector(List<Predicate<Map<String, String>>> terms) {
    this.terms = terms;
  }

  /** Parses a selector the target parser already accepted. */
  static LabelSelector parse(String selector) {
    List<Predicate<Map<String, String>>> terms = new ArrayList<>();
    for (String raw : TargetParser.splitSelector(selector)) {
      String term = raw.strip();
      Matcher set = SET.matcher(term);
      Matcher eq = EQUALITY.matcher(term);
      if (set.matches()) {
        String key = set.group(1);
        Set<String> values =
            Set.copyOf(
                List.of(set.group(3).split("\\s*,\\s*")).stream().map(String::strip).toList());
        boolean in = set.group(2).equals("in");
        terms.add(l -> in ? values.contains(l.get(key)) : !values.contains(l.get(key)));
      } else if (eq.matches()) {
        String key = eq.group(1);
        String value = eq.group(3).strip();
        boolean not = eq.group(2).equals("!=");
        terms.add(l -> not ? !value.equals(l.get(key)) : value.equals(l.get(key)));
      } else if (term.startsWith("!")) {
        String key = term.substring(1).strip();
        terms.add(l -> !l.containsKey(key));
      } else {
        terms.add(l -> l.containsKey(term));
      }
    }
    return new LabelSelector(List.copyOf(terms));
  }

  /** True if {@code labels} satisfy every term. */
  boolean matches(Map<String, String> labels) {
    return terms.stream().allMatch(t -> t.test(labels));
  }
}
