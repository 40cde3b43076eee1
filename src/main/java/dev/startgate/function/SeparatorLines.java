package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid YAML that kubectl kustomize and kpt cannot read, found in a stream's document lines: a
 * directive ({@code %YAML 1.2}, {@code %TAG}) before the first document ("found incompatible YAML
 * document", "did not find expected <document start>": they split a stream at its {@code ---}
 * lines, and the directive is left alone), and a document that starts on its {@code ---} line
 * ({@code --- {a: 1}}, {@code --- |}, {@code --- !!map}: "invalid document separator"). startgate
 * reads both as YAML does; a warning says to write them the way those tools read, as the output
 * keeps them. A ResourceList (kpt's, kustomize's) holds neither.
 */
final class SeparatorLines {
  private SeparatorLines() {}

  /** A warning per such line of {@code input}, in input order. */
  static List<Result> check(Input input) {
    List<Result> out = new ArrayList<>();
    if (input.isResourceList()) {
      return out;
    }
    String text = input.text();
    String directive = null;
    for (YDocument d : input.documents()) {
      Resource r = d.root() == null ? null : resourceAt(input, d);
      if (d.root() != null && (r == null || !r.isGenerated())) {
        // The first document startgate keeps (its own objects of an earlier run may go before).
        directive = directive(text, d.start(), d.root().start());
        break;
      }
    }
    if (directive != null) {
      out.add(
          new Result(
              Severity.WARNING,
              "the directive "
                  + directive
                  + " comes before the first document (startgate's own objects aside), where"
                  + " kubectl (apply and kustomize) and kpt refuse it (\"found incompatible YAML document\" or"
                  + " \"did not find expected <document start>\"): take it out, a manifest needs"
                  + " none (startgate reads it, and leaves it where it is)",
              null,
              null,
              null,
              null));
    }
    for (YDocument d : input.documents()) {
      if (d.root() == null) {
        continue;
      }
      int start = d.root().start();
      int line = text.lastIndexOf('\n', start - 1) + 1;
      if (start <= line + 3
          || line == 0 // kustomize and kpt read a document on the stream's first line
          || !text.startsWith("---", line)
          || (text.charAt(line + 3) != ' ' && text.charAt(line + 3) != '\t')) {
        continue;
      }
      Resource resource = resourceAt(input, d);
      if (resource != null && resource.isGenerated()) {
        continue; // startgate's own object of an earlier run: this run writes it anew
      }
      int eol = text.indexOf('\n', line);
      String marker = text.substring(line, eol < 0 ? text.length() : eol).strip();
      out.add(
          Result.warning(
              resource,
              null,
              "line "
                  + (d.root().line() + 1)
                  + " starts a document on its --- line ("
                  + (marker.length() > 40 ? marker.substring(0, 40) + "..." : marker)
                  + "), which kubectl (apply and kustomize) and kpt refuse (\"invalid document separator\");"
                  + " put what follows --- on the next line"));
    }
    return out;
  }

  /** The first directive line of {@code text[from, to)}, a document's head, or null. */
  private static String directive(String text, int from, int to) {
    for (int at = from; at < to; ) {
      int eol = text.indexOf('\n', at);
      int end = eol < 0 || eol > to ? to : eol;
      String line = text.substring(at, end).strip();
      if (line.startsWith("%") || line.startsWith("\uFEFF%")) {
        line = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
      }
      at = end + 1;
    }
    return null;
  }

  private static Resource resourceAt(Input input, YDocument d) {
    for (Resource r : input.resources()) {
      if (r.node() == d.root()) {
        return r;
      }
    }
    return null;
  }
}
