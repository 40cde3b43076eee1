package dev.startgate.function;

/**
 * Which item of a ResourceList a line of it falls in, read from the text alone (the YAML error at
 * that line means there is no tree): under kpt a line number counts in the ResourceList kpt made,
 * not in the user's file, so a YAML error also names the file and object kpt read the item from.
 */
final class ItemAtLine {
  private ItemAtLine() {}

  /**
   * {@code " (in the item kpt read from FILE: KIND NAME)"} for {@code line} (one-based) of {@code
   * text}, a ResourceList as kpt writes it (items at column 0); empty when it is none or the item
   * names no file.
   */
  static String describe(String text, int line) {
    if (line <= 0
        || !text.startsWith("apiVersion: config.kubernetes.io/")
            && !text.contains("\nkind: ResourceList")) {
      return "";
    }
    String[] lines = text.split("\n", -1);
    if (line > lines.length) {
      return "";
    }
    int start = -1;
    boolean inItems = false;
    for (int i = 0; i < line; i++) {
      String l = lines[i];
      if (l.startsWith("items:")) {
        inItems = true;
      } else if (inItems && l.startsWith("- ")) {
        start = i;
      } else if (!l.isEmpty() && Character.isLetter(l.charAt(0))) {
        inItems = false;
        start = -1;
      }
    }
    if (start < 0) {
      return "";
    }
    String file = null;
    String kind = null;
    String name = null;
    for (int i = start; i < lines.length; i++) {
      String l = lines[i].stripTrailing();
      if (i > start && !l.isEmpty() && !l.startsWith(" ")) {
        break;
      }
      String body = i == start ? "  " + l.substring(2) : l;
      String t = body.strip();
      if (t.startsWith("internal.config.kubernetes.io/path:")
          || file == null && t.startsWith("config.kubernetes.io/path:")) {
        file = DocumentAtLine.unquote(t.substring(t.indexOf(':') + 1));
      } else if (body.startsWith("  kind:")) {
        kind = DocumentAtLine.unquote(t.substring(5));
      } else if (body.startsWith("    name:") && name == null) {
        name = DocumentAtLine.unquote(t.substring(5));
      }
    }
    if (file == null) {
      return "";
    }
    return " (in the item kpt read from "
        + file
        + (kind == null ? "" : ": " + kind + (name == null ? "" : " " + name))
        + "; the line counts in the ResourceList kpt sent)";
  }
}
