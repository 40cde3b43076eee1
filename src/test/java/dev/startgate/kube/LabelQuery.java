package dev.startgate.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake API server's label selector, written apart from startgate's parser (regular expressions
 * per requirement, after the rules of apimachinery {@code labels.Parse}), because fabric8's store
 * splits a selector at every comma and ignores what it cannot read ({@code in (a,b)}, {@code
 * !key}). A selector it cannot read is null: the server answers 400, as the real one does.
 */
final class LabelQuery {
  private static final String KEY =
      "((?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)";
  private static final String VALUE = "([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?";
  private static final Pattern EXISTS = Pattern.compile("\\s*(!)?\\s*" + KEY + "\\s*");
  private static final Pattern EXACT =
      Pattern.compile("\\s*" + KEY + "\\s*(==|=|!=|>|<)\\s*" + VALUE + "\\s*");
  private static final Pattern SET =
      Pattern.compile("\\s*" + KEY + "\\s+(in|notin)\\s*\\(([^()]*)\\)\\s*");

  private LabelQuery() {}

  /** The selector as a test on labels, or null if it is not a valid selector. */
  static Predicate<Map<String, String>> parse(String selector) {
    List<Predicate<Map<String, String>>> terms = new ArrayList<>();
    StringBuilder term = new StringBuilder();
    int depth = 0;
    for (char c : (selector + ",").toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c != ',' || depth > 0) {
        term.append(c);
        continue;
      }
      Predicate<Map<String, String>> p = term(term.toString());
      if (p == null) {
        return null;
      }
      terms.add(p);
      term.setLength(0);
    }
    return labels -> terms.stream().allMatch(t -> t.test(labels));
  }

  private static Predicate<Map<String, String>> term(String text) {
    Matcher m = EXISTS.matcher(text);
    if (m.matches()) {
      String key = m.group(2);
      boolean not = m.group(1) != null;
      return labels -> labels.containsKey(key) != not;
    }
    m = EXACT.matcher(text);
    if (m.matches()) {
      String key = m.group(1);
      String op = m.group(4);
      String value = m.group(5) == null ? "" : m.group(5);
      return switch (op) {
        case "!=" -> labels -> !value.equals(labels.get(key));
        case ">", "<" ->
            labels -> {
              String have = labels.get(key);
              if (have == null || !have.matches("\\d+") || !value.matches("\\d+")) {
                return false;
              }
              int c = Long.compare(Long.parseLong(have), Long.parseLong(value));
              return op.equals(">") ? c > 0 : c < 0;
            };
        default -> labels -> value.equals(labels.get(key));
      };
    }
    m = SET.matcher(text);
    if (m.matches()) {
      String key = m.group(1);
      boolean in = m.group(4).equals("in");
      Set<String> values =
          Set.copyOf(
              List.of(m.group(5).split("\\s*,\\s*", -1)).stream().map(String::strip).toList());
      return labels -> labels.containsKey(key) ? values.contains(labels.get(key)) == in : !in;
    }
    return null;
  }
}
