package dev.startgate.function;

import dev.startgate.model.Result;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.Spliced;
import dev.startgate.yaml.TextEdits;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A ResourceList told by its text, before it is parsed: to count nesting from its items, as in a
 * stream, and to answer one that startgate will not read (beyond its limits) the KRM way, with its
 * items unchanged and the error as a result.
 */
final class ResourceListText {
  private static final Pattern KIND =
      Pattern.compile("(?m)^kind:[ \\t]*([\"']?)ResourceList\\1[ \\t]*(#.*)?\\r?$");
  private static final Pattern API_VERSION =
      Pattern.compile(
          "(?m)^apiVersion:[ \\t]*([\"']?)config\\.kubernetes\\.io/v1(beta1)?\\1[ \\t]*(#.*)?\\r?$");
  private static final Pattern RESULTS = Pattern.compile("(?m)^results[ \\t]*:");
  private static final Pattern MARKER = Pattern.compile("(?m)^(---|\\.\\.\\.)([ \\t].*)?\\r?$");

  private ResourceListText() {}

  /**
   * True if {@code text} reads as one block-style ResourceList: its {@code apiVersion} and {@code
   * kind} at the top level, and no document marker after its first line.
   */
  static boolean is(String text) {
    if (!KIND.matcher(text).find() || !API_VERSION.matcher(text).find()) {
      return false;
    }
    java.util.regex.Matcher m = MARKER.matcher(text);
    while (m.find()) {
      if (m.start() > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code text} with {@code error} as its results, when it is a ResourceList with none yet; null
   * otherwise (the error then goes to stderr alone).
   */
  static Spliced withResult(String text, Result error) {
    if (!is(text) || RESULTS.matcher(text).find()) {
      return null;
    }
    // Appended after the last line: with its line break (a text may mix LF and CRLF lines).
    String newline = TextEdits.lineBreak(text, text.lastIndexOf('\n'), "\n");
    String results =
        new BlockWriter(2, 0)
            .entry("results", ResultMaps.of(List.of(error)), 0)
            .replace("\n", newline);
    boolean ends = text.isEmpty() || text.endsWith("\n");
    return Spliced.of(text + (ends ? "" : newline) + results);
  }
}
