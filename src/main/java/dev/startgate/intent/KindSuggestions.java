package dev.startgate.intent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an unknown target kind without a group ({@code deploy/api}) most likely meant: kubectl's
 * ways to name a kind (a capital, a plural, a short name), a typo, or a label key of a {@code
 * pods/} selector that a comma cut off from it.
 */
final class KindSuggestions {
  private KindSuggestions() {}

  private static final List<String> KINDS =
      List.of("service", "deployment", "statefulset", "daemonset", "job", "pods");

  /** The name part of a label key (after its prefix and slash). */
  private static final Pattern LABEL_NAME =
      Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  /** kubectl's short names and singular forms of the kinds startgate knows, lowercase. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "svc", "service",
          "deploy", "deployment",
          "sts", "statefulset",
          "ds", "daemonset",
          "po", "pods",
          "pod", "pods");

  /**
   * The text to add to "unknown target kind" for {@code prefix/rest} (starting with "; "), or ""
   * when the kind is not one of startgate's written another way or with a typo.
   */
  static String hint(String prefix, String rest) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    String kind = ALIASES.get(lower);
    if (kind == null && KINDS.contains(lower)) {
      kind = lower; // Deployment: kinds are written in lowercase
    }
    if (kind == null
        && lower.endsWith("s")
        && KINDS.contains(lower.substring(0, lower.length() - 1))) {
      kind = lower.substring(0, lower.length() - 1); // deployments
    }
    if (kind == null && lower.length() >= 4) {
      for (String k : KINDS) {
        if (Suggestions.distance(lower, k) <= 2) {
          kind = k;
          break;
        }
      }
    }
    return kind == null ? "" : "; write it like " + kind + "/" + rest;
  }

  /**
   * The error for {@code text}, the target after {@code previous} in a list, when {@code previous}
   * is a {@code pods/} selector and {@code text} is a label key with a one-word prefix that must
   * exist ({@code pods/app=x,team/name}): the comma ended the selector before it, as before any
   * {@code KIND/NAME} target. The valid example puts it first after the selector's namespace, else
   * {@code namespace} (the workload's; null: none). Null otherwise.
   */
  static String cutFromSelector(String previous, String text, String namespace) {
    int slash = text.indexOf('/');
    if (previous == null
        || !previous.toLowerCase(Locale.ROOT).startsWith("pods/")
        || slash <= 0
        || text.substring(0, slash).indexOf('.') >= 0 // a custom resource's RESOURCE.GROUP/
        || !TargetSyntax.dnsLabel(text.substring(0, slash))
        || !LABEL_NAME.matcher(text.substring(slash + 1)).matches()
        || !hint(text.substring(0, slash), "").isEmpty()) {
      return null;
    }
    String key = text.substring(0, slash);
    String selector = previous.substring(5);
    String ns = namespace == null ? "NAMESPACE" : namespace;
    int at = selector.indexOf('/');
    if (at > 0 && TargetSyntax.dnsLabel(selector.substring(0, at))) {
      ns = selector.substring(0, at);
      selector = selector.substring(at + 1);
    }
    return "\""
        + text
        + "\" after "
        + previous
        + " reads as a target of kind \""
        + key
        + "\", not as a label key of that selector: a key with a one-word prefix that must exist"
        + " cannot follow a comma there; write it first, after the namespace, like pods/"
        + ns
        + "/"
        + text
        + ","
        + selector;
  }
}
