package dev.startgate.function;

/**
 * Which object of a YAML stream a line of it falls in, read from the text alone (an input beyond a
 * limit, or broken, has no tree): so an error in a stream of a thousand documents, as {@code
 * kubectl kustomize} or Helm writes them, names the object and the chart's template to look at.
 */
final class DocumentAtLine {
  private DocumentAtLine() {}

  /**
   * {@code " (in KIND NAME, from TEMPLATE)"} for {@code line} (one-based) of the stream {@code
   * text}: the document's top-level {@code kind}, its {@code metadata.name} (block style) and the
   * {@code # Source:} comment Helm writes above it; empty when the document shows none of them.
   */
  static String describe(String text, int line) {
    String[] lines = text.split("\n", -1);
    if (line <= 0 || line > lines.length) {
      return "";
    }
    // An error reported on a bare --- or ... (a flow collection or quote left open) is in the
    // document before it. Else the document starts at the last --- at or above the line (a ---
    // may carry content), or after a ... there.
    int at = line - 1;
    String here = lines[at].strip();
    if (at > 0 && (here.equals("---") || here.equals("...") || here.startsWith("--- #"))) {
      at--;
    }
    int start = 0;
    for (int i = at; i >= 0; i--) {
      if (marker(lines[i], "---") || marker(lines[i], "...")) {
        start = marker(lines[i], "...") ? i + 1 : i;
        break;
      }
    }
    String kind = null;
    String name = null;
    String source = null;
    int childIndent = -1;
    boolean inMetadata = false;
    for (int i = start; i < lines.length; i++) {
      String l = lines[i].stripTrailing();
      if (i > start && (marker(l, "---") || marker(l, "..."))) {
        break;
      }
      if (l.startsWith("# Source: ") && source == null) {
        source = l.substring("# Source: ".length()).strip();
      } else if (l.startsWith("kind:") && kind == null) {
        kind = unquote(l.substring(5));
      } else if (l.equals("metadata:")) {
        inMetadata = true;
      } else if (!l.isEmpty() && !l.startsWith(" ") && !l.startsWith("#")) {
        inMetadata = false;
      } else if (inMetadata && !l.isBlank() && !l.strip().startsWith("#")) {
        int indent = l.length() - l.stripLeading().length();
        childIndent = childIndent < 0 ? indent : childIndent;
        if (indent == childIndent && l.stripLeading().startsWith("name:") && name == null) {
          name = unquote(l.stripLeading().substring(5));
        }
      }
    }
    if (kind == null && name == null && source == null) {
      return "";
    }
    String object =
        kind == null ? "the object " + name : name == null ? "a " + kind : kind + " " + name;
    return kind == null && name == null
        ? " (in the document from " + source + ")"
        : " (in " + object + (source == null ? "" : ", from " + source) + ")";
  }

  private static boolean marker(String line, String marker) {
    return line.startsWith(marker)
        && (line.length() == 3
            || line.charAt(3) == ' '
            || line.charAt(3) == '\t'
            || line.charAt(3) == '\r');
  }

  /** A scalar as a line of block YAML writes it: its comment cut, its quotes taken off. */
  static String unquote(String value) {
    String v = value.strip();
    char q = v.isEmpty() ? ' ' : v.charAt(0);
    if (q == '\'' || q == '"') {
      int end = v.indexOf(q, 1); // a comment may follow the closing quote
      return end < 0 ? v.substring(1) : v.substring(1, end);
    }
    int comment = v.indexOf(" #");
    return comment < 0 ? v : v.substring(0, comment).strip();
  }
}
