// Over 300 lines: one tokenizer and parser for the label selector grammar.
package dev.startgate.intent;

import dev.startgate.model.Digits;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The label selector grammar of Kubernetes ({@code kubectl -l}, apimachinery {@code labels.Parse}):
 * requirements separated by commas, each {@code key}, {@code !key}, {@code key=value}, {@code
 * key==value}, {@code key!=value}, {@code key>1}, {@code key<1}, {@code key in (a,b)} or {@code key
 * notin (a,b)}. Keys are qualified names ({@code app.kubernetes.io/name}); values are label values,
 * possibly empty. Whitespace separates tokens; {@code in} and {@code notin} are keywords only where
 * an operator is expected. Parsing is a loop over tokens: no recursion, linear in the input.
 */
public final class SelectorParser {
  /** A selector that always works, quoted in error messages. */
  public static final String EXAMPLE = "app=cache,tier in (backend,worker)";

  /** An operator of a requirement, with its text. */
  public enum Operator {
    EXISTS(""),
    DOES_NOT_EXIST("!"),
    EQUALS("="),
    DOUBLE_EQUALS("=="),
    NOT_EQUALS("!="),
    GREATER_THAN(">"),
    LESS_THAN("<"),
    IN(" in "),
    NOT_IN(" notin ");

    private final String text;

    Operator(String text) {
      this.text = text;
    }

    /** True for {@code in} and {@code notin}, whose values are a parenthesised set. */
    public boolean isSet() {
      return this == IN || this == NOT_IN;
    }
  }

  /**
   * One requirement.
   *
   * @param key the label key
   * @param operator how the label is compared
   * @param values the values: none for existence, one for the others, a sorted set for sets
   */
  public record Requirement(String key, Operator operator, List<String> values)
      implements Comparable<Requirement> {
    /** By key, as Kubernetes sorts requirements, then by text. */
    @Override
    public int compareTo(Requirement o) {
      int byKey = key.compareTo(o.key);
      return byKey != 0 ? byKey : text().compareTo(o.text());
    }

    /** The same requirement with {@code op}. */
    Requirement with(Operator op) {
      return new Requirement(key, op, values);
    }

    /** The requirement as Kubernetes writes it ({@code tier in (a,b)}). */
    public String text() {
      return switch (operator) {
        case EXISTS -> key;
        case DOES_NOT_EXIST -> "!" + key;
        case IN, NOT_IN -> key + operator.text + "(" + String.join(",", values) + ")";
        default -> key + operator.text + values.get(0);
      };
    }
  }

  /** The requirements of a valid selector, or the reason it is not one. */
  public record Parsed(List<Requirement> requirements, String error) {
    /**
     * The selector in one canonical form, which parses to the same requirements: sorted by key as
     * Kubernetes sorts them, {@code ==} written {@code =}, each requirement once; so the same
     * selector written another way is the same target.
     */
    public String text() {
      // Loops, no lambdas: the launcher's archive holds none that this would make.
      List<Requirement> sorted = new ArrayList<>(requirements.size());
      for (Requirement r : requirements) {
        sorted.add(r.operator() == Operator.DOUBLE_EQUALS ? r.with(Operator.EQUALS) : r);
      }
      Collections.sort(sorted);
      Set<String> texts = new LinkedHashSet<>();
      for (Requirement r : sorted) {
        texts.add(r.text());
      }
      return String.join(",", texts);
    }
  }

  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  private enum Kind {
    IDENT,
    NOT,
    EQ,
    EQ2,
    NE,
    GT,
    LT,
    OPEN,
    CLOSE,
    COMMA,
    END
  }

  private record Token(Kind kind, String text) {}

  private SelectorParser() {}

  /** Parses {@code selector}; the empty selector is an error here (it would select every pod). */
  public static Parsed parse(String selector) {
    List<Token> tokens = new ArrayList<>();
    String lexError = lex(selector, tokens);
    if (lexError != null) {
      return bad(lexError);
    }
    if (tokens.size() == 1) {
      return bad("the selector is empty");
    }
    List<Requirement> out = new ArrayList<>();
    int i = 0;
    while (true) {
      boolean not = tokens.get(i).kind() == Kind.NOT;
      if (not) {
        i++;
      }
      Token key = tokens.get(i++);
      if (key.kind() != Kind.IDENT) {
        return bad("expected a label key, found " + show(key));
      }
      String keyError = checkKey(key.text());
      if (keyError != null) {
        return bad(keyError);
      }
      Token next = tokens.get(i);
      if (not || next.kind() == Kind.COMMA || next.kind() == Kind.END) {
        out.add(
            new Requirement(
                key.text(), not ? Operator.DOES_NOT_EXIST : Operator.EXISTS, List.of()));
      } else {
        Operator op = operator(next);
        if (op == null) {
          return bad(
              "expected an operator (=, ==, !=, >, <, in, notin) after \""
                  + key.text()
                  + "\", found "
                  + show(next));
        }
        i++;
        List<String> values = new ArrayList<>();
        if (op.isSet()) {
          if (tokens.get(i).kind() != Kind.OPEN) {
            return bad(
                "expected \"(\" after \""
                    + key.text()
                    + op.text
                    + "\", found "
                    + show(tokens.get(i))
                    + "; write the values in parentheses, like "
                    + key.text()
                    + op.text
                    + "(a,b)");
          }
          i = values(tokens, i + 1, values);
          if (i < 0) {
            return bad(
                "the values of \""
                    + (key.text() + op.text).strip()
                    + "\" are not a list of values between commas closed by \")\"");
          }
        } else if (tokens.get(i).kind() == Kind.IDENT) {
          values.add(tokens.get(i++).text());
        } else if (tokens.get(i).kind() == Kind.COMMA || tokens.get(i).kind() == Kind.END) {
          values.add("");
        } else {
          return bad(
              "expected a value after \""
                  + key.text()
                  + op.text
                  + "\", found "
                  + show(tokens.get(i)));
        }
        for (String v : values) {
          if (v.length() > 63 || !VALUE.matcher(v).matches()) {
            return bad(
                Result.quoted(v)
                    + " is not a label value (at most 63 letters, digits, '-', '_' or '.',"
                    + " starting and ending with a letter or digit)");
          }
        }
        if ((op == Operator.GREATER_THAN || op == Operator.LESS_THAN)
            && !isWholeNumber(values.get(0))) {
          return bad(
              Result.quoted(values.get(0)) + " is not a whole number, as " + op.text + " needs");
        }
        out.add(
            new Requirement(
                key.text(),
                op,
                op.isSet() ? List.copyOf(new TreeSet<>(values)) : List.copyOf(values)));
      }
      Token after = tokens.get(i++);
      if (after.kind() == Kind.END) {
        return new Parsed(List.copyOf(out), null);
      }
      if (after.kind() != Kind.COMMA) {
        return bad(
            "expected \",\" or the end after \""
                + out.get(out.size() - 1).text()
                + "\", found "
                + show(after));
      }
      Kind k = tokens.get(i).kind();
      if (k != Kind.IDENT && k != Kind.NOT) {
        return bad("expected a requirement after \",\", found " + show(tokens.get(i)));
      }
    }
  }

  /** Reads {@code a,b)} from {@code i}; the index after {@code )}, or -1. */
  private static int values(List<Token> tokens, int i, List<String> values) {
    boolean expectValue = true;
    while (true) {
      Token t = tokens.get(i++);
      switch (t.kind()) {
        case IDENT -> {
          if (!expectValue) {
            return -1;
          }
          values.add(t.text());
          expectValue = false;
        }
        case COMMA -> {
          if (expectValue) {
            values.add("");
          }
          expectValue = true;
        }
        case CLOSE -> {
          if (expectValue) {
            values.add("");
          }
          return i;
        }
        default -> {
          return -1;
        }
      }
    }
  }

  private static boolean isWholeNumber(String s) {
    if (!Digits.only(s, 1, 19)) {
      return false;
    }
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Operator operator(Token t) {
    return switch (t.kind()) {
      case EQ -> Operator.EQUALS;
      case EQ2 -> Operator.DOUBLE_EQUALS;
      case NE -> Operator.NOT_EQUALS;
      case GT -> Operator.GREATER_THAN;
      case LT -> Operator.LESS_THAN;
      case IDENT ->
          t.text().equals("in") ? Operator.IN : t.text().equals("notin") ? Operator.NOT_IN : null;
      default -> null;
    };
  }

  /** The key rules of Kubernetes: an optional DNS subdomain prefix and "/", then a name. */
  /**
   * Why {@code key: value} is not a label Kubernetes accepts (the key's rules as {@link #checkKey},
   * a value of at most 63 letters, digits, '-', '_' or '.'), or null when it is one.
   */
  static String labelProblem(String key, String value) {
    String keyError = checkKey(key);
    if (keyError != null) {
      return keyError;
    }
    return value.length() > 63 || !VALUE.matcher(value).matches()
        ? Result.quoted(value)
            + " is not a label value (at most 63 letters, digits, '-', '_' or '.', starting and"
            + " ending with a letter or digit)"
        : null;
  }

  private static String checkKey(String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    String why = null;
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || !TargetSyntax.dnsSubdomain(prefix)) {
        why = "its prefix \"" + prefix + "\" is not a lowercase DNS subdomain";
      }
    }
    if (why == null && (name.isEmpty() || name.length() > 63 || !NAME.matcher(name).matches())) {
      why =
          "its name part must be 1 to 63 letters, digits, '-', '_' or '.', starting and ending"
              + " with a letter or digit";
    }
    return why == null ? null : Result.quoted(key) + " is not a label key: " + why;
  }

  private static String lex(String s, List<Token> out) {
    int i = 0;
    while (true) {
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
      if (i == s.length()) {
        out.add(new Token(Kind.END, ""));
        return null;
      }
      char c = s.charAt(i);
      char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (c == '!' && d == '=') {
        out.add(new Token(Kind.NE, "!="));
        i += 2;
      } else if (c == '=' && d == '=') {
        out.add(new Token(Kind.EQ2, "=="));
        i += 2;
      } else if (isSpecial(c)) {
        out.add(new Token(single(c), String.valueOf(c)));
        i++;
      } else {
        int from = i;
        while (i < s.length() && !isSpecial(s.charAt(i)) && !isSpace(s.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.IDENT, s.substring(from, i)));
      }
    }
  }

  private static Kind single(char c) {
    return switch (c) {
      case '!' -> Kind.NOT;
      case '=' -> Kind.EQ;
      case '>' -> Kind.GT;
      case '<' -> Kind.LT;
      case '(' -> Kind.OPEN;
      case ')' -> Kind.CLOSE;
      default -> Kind.COMMA;
    };
  }

  private static boolean isSpecial(char c) {
    return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static String show(Token t) {
    return t.kind() == Kind.END ? "the end" : Result.quoted(t.text());
  }

  private static Parsed bad(String error) {
    return new Parsed(null, error);
  }
}
