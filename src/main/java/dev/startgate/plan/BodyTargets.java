package dev.startgate.plan;

import dev.startgate.intent.HttpExpect;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;

/**
 * A {@code body=} text that holds what looks like the next target: the text runs to the end of its
 * target, commas and spaces included (README "HTTP expectations"), so in {@code http://api/ready
 * body=ok, redis://cache} (a folded block joins its lines like that) the gate waits for a body line
 * that contains {@code ok, redis://cache} and never for the cache.
 */
final class BodyTargets {
  private BodyTargets() {}

  /**
   * A warning when {@code expect}'s body holds a target or a {@code status=} option after a comma
   * or a space.
   */
  static void check(
      Resource w, String waitFor, String target, HttpExpect expect, List<Result> results) {
    String body = expect.body();
    if (body == null) {
      return;
    }
    for (int i = 1; i < body.length(); i++) {
      char before = body.charAt(i - 1);
      if (before != ',' && before != ' ') {
        continue;
      }
      String word = word(body, i);
      if (word.startsWith("status=")) {
        results.add(
            Result.warning(
                w,
                waitFor,
                target
                    + ": the body= text runs to the end of its target, spaces included, so "
                    + word
                    + " is part of the text the gate looks for in the body, not the statuses it"
                    + " takes; write status= before body=, like http://api:8080/healthz status=200"
                    + " body=UP"));
        return;
      }
      if (looksLikeTarget(word)) {
        results.add(
            Result.warning(
                w,
                waitFor,
                target
                    + ": the body= text runs to the end of its target, commas and spaces included,"
                    + " so "
                    + word
                    + " is part of the text the gate looks for in the body, not a target it waits"
                    + " for; write body= last and "
                    + word
                    + (waitFor.startsWith("metadata.annotations.")
                        ? " on a line of its own, in a literal block (startgate.dev/wait-for: |),"
                            + " not a folded one (>-)"
                        : " as an item of its own in " + waitFor)));
        return;
      }
    }
  }

  /** The word of {@code text} from {@code from}, spaces before it skipped, to a space or comma. */
  private static String word(String text, int from) {
    int start = from;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ',') {
      end++;
    }
    return text.substring(start, end);
  }

  /** True for a word startgate would read as a target: a URL with a scheme, or KIND/NAME. */
  static boolean looksLikeTarget(String word) {
    int scheme = word.indexOf("://");
    if (scheme > 0) {
      String s = word.substring(0, scheme);
      return s.equals("tcp")
          || s.equals("http")
          || s.equals("https")
          || s.equals("postgres")
          || s.equals("mysql")
          || s.equals("redis");
    }
    int slash = word.indexOf('/');
    if (slash <= 0 || slash == word.length() - 1) {
      return false;
    }
    String prefix = word.substring(0, slash);
    return prefix.equals("service")
        || prefix.equals("pods")
        || WorkloadKind.ofPrefix(prefix) != null
        || resourceDotGroup(prefix);
  }

  /**
   * True for a {@code RESOURCE.GROUP} of a custom resource or built-in target ({@code jobs.batch},
   * {@code clusters.postgresql.cnpg.io}): two or more words of lowercase letters, digits and dashes
   * joined by dots, each starting with a letter. No regex: this runs on every body= target.
   */
  private static boolean resourceDotGroup(String text) {
    boolean wordStart = true;
    int dots = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (wordStart) {
        if (c < 'a' || c > 'z') {
          return false;
        }
        wordStart = false;
      } else if (c == '.') {
        dots++;
        wordStart = true;
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return dots > 0 && !wordStart;
  }
}
