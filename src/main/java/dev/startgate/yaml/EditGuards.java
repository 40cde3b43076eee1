package dev.startgate.yaml;

import java.util.List;

/**
 * The edits {@link YamlEditor} refuses, each with the error that says what to write instead: a
 * splice that would lose a comment, an anchor or a tag, write into a flow-style mapping, or show up
 * again where an alias repeats the edited collection.
 */
final class EditGuards {
  private final String text;

  /** Guards for edits of {@code text}. */
  EditGuards(String text) {
    this.text = text;
  }

  /** Writing {@code key} into {@code map} needs a block mapping that no alias repeats. */
  void requireBlock(YMapping map, String key) {
    if (map.flow()) {
      throw new YamlEditException(
          "cannot write "
              + key
              + " into a flow-style mapping ({...}, as JSON is written); startgate edits"
              + " block-style YAML only: write this mapping in block style, a key on each line"
              + " (spec: {a: 1, b: 2} is spec: with a: 1 and b: 2 each on a line below it,"
              + " indented)");
    }
    requireNotAliased(map, key);
    map.get(key).ifPresent(value -> requireNotAliased(value, key));
    if (map.get(key).isEmpty() && map.get("<<").filter(m -> brings(m, key)).isPresent()) {
      throw new YamlEditException(
          "cannot write "
              + key
              + ": a << merge in this mapping brings "
              + key
              + ", and one written in place would replace it (Kubernetes would never see the"
              + " merged one); write "
              + key
              + " out in place of the merge");
    }
  }

  /**
   * True if the merge value {@code merged} ({@code <<: {...}}, {@code <<: *anchor} or a list of
   * them) may bring {@code key}. An alias counts when {@code key:} stands between its anchor and
   * it, where the anchored node is: an error there is never a lost value.
   */
  private boolean brings(YNode merged, String key) {
    if (merged instanceof YMapping m) {
      return m.get(key).isPresent() || m.get("<<").filter(n -> brings(n, key)).isPresent();
    }
    if (merged instanceof YSequence s) {
      return s.items().stream().anyMatch(item -> brings(item, key));
    }
    if (merged instanceof YAlias a) {
      int anchor = text.lastIndexOf("&" + a.anchor(), a.start());
      for (int at = text.indexOf(key, Math.max(anchor, 0));
          anchor >= 0 && at >= 0 && at < a.start();
          at = text.indexOf(key, at + 1)) {
        int after = at + key.length();
        while (after < text.length() && text.charAt(after) == ' ') {
          after++;
        }
        boolean keyStart = at == 0 || " \t\n{,?".indexOf(text.charAt(at - 1)) >= 0;
        int line = text.lastIndexOf('\n', at) + 1;
        boolean comment = text.substring(line, at).contains("#");
        if (keyStart && !comment && after < text.length() && text.charAt(after) == ':') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An edit inside a collection with an anchor that an alias repeats would show up at the alias too
   * (gates in {@code containers: *init}): an error instead. An alias is looked for as its text
   * anywhere in the input, so a comment that holds it counts too (an error, never a wrong edit).
   */
  /**
   * Refuses an edit inside {@code node}, at {@code path} of its object ({@code the Job} for the
   * object itself), when an alias repeats the anchor it carries: the alias would show the edit too.
   */
  void requireNotRepeated(YNode node, String path) {
    String name = anchor(node);
    if (name != null && text.contains("*" + name)) {
      throw new YamlEditException(
          path
              + " carries the anchor &"
              + name
              + ", which the alias *"
              + name
              + " repeats, so what startgate adds inside it would show up there too; write out"
              + " what the alias stands for instead of the alias");
    }
  }

  /** The anchor {@code node} is written with, or null. */
  private String anchor(YNode node) {
    if (node.start() >= text.length() || text.charAt(node.start()) != '&') {
      return null;
    }
    int end = node.start() + 1;
    while (end < text.length() && " \t\r\n,[]{}".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String name = text.substring(node.start() + 1, end);
    return name.isEmpty() ? null : name;
  }

  private void requireNotAliased(YNode node, String key) {
    String name = anchor(node);
    if (name != null && text.contains("*" + name)) {
      throw new YamlEditException(
          "cannot write "
              + key
              + ": the anchor &"
              + name
              + " there is repeated by the alias *"
              + name
              + ", which would repeat what startgate adds too; write out what the alias stands"
              + " for instead of the alias");
    }
  }

  /**
   * A value written as an alias ({@code initContainers: *init}) stands for a collection written
   * elsewhere, which an edit here cannot reach without changing every place that repeats it.
   */
  static void requireNoAlias(YNode value, String key) {
    if (value instanceof YAlias a) {
      throw new YamlEditException(
          "cannot write into "
              + key
              + ": it is the alias *"
              + a.anchor()
              + ", which stands for a collection written elsewhere; write out what *"
              + a.anchor()
              + " stands for in place of the alias");
    }
  }

  /**
   * Rewriting a flow collection in block style drops what stands before its bracket: an anchor or a
   * tag there would be lost (and an alias to the anchor left dangling), so that is an error.
   */
  void requireNoAnchor(YMapping.Entry entry, YNode collection, String what) {
    char first = text.charAt(collection.start());
    if (first == '&' || first == '!') {
      throw new YamlEditException(
          entry.keyText()
              + " is a flow-style "
              + what
              + " with an anchor or tag, which rewriting it in block style would lose; write it"
              + " in block style"
              + blockExample(what));
    }
  }

  /**
   * Rewriting a flow collection replaces {@code text[from, to)}: its entry's lines whole when it
   * becomes a block collection, or its brackets when it becomes empty. A comment there would be
   * lost, so that is an error instead. {@code nodes} are the collection's own: a {@code #} inside
   * one is text, and any other is a comment (PyYAML and kpt read {@code ]#c} as one too).
   */
  void requireNoComment(YMapping.Entry entry, int from, int to, List<YNode> nodes, String what) {
    int node = 0;
    for (int i = from; i < to; i++) {
      while (node < nodes.size() && nodes.get(node).end() <= i) {
        node++;
      }
      if (node < nodes.size() && nodes.get(node).start() <= i) {
        i = nodes.get(node).end() - 1;
      } else if (text.charAt(i) == '#') {
        throw new YamlEditException(
            entry.keyText()
                + " is a flow-style "
                + what
                + " with a comment, which rewriting it in block style would lose; write it in"
                + " block style"
                + blockExample(what));
      }
    }
  }

  /** How a flow {@code what} ("list" or "mapping") is written in block style, for an error. */
  static String blockExample(String what) {
    return what.equals("list")
        ? ", an item on each line ([a, b] is - a and - b each on a line below the key)"
        : ", a key on each line ({a: 1, b: 2} is a: 1 and b: 2 each on a line below the key,"
            + " indented)";
  }
}
