package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Parses a large KRM ResourceList in parts, as {@link StreamParts} does a stream: a ResourceList is
 * one YAML document, but its {@code items:} list, as kpt and kustomize write it, is a block
 * sequence at column 0 whose items each start with a {@code - } line at column 0, and a run of
 * whole items is a YAML document of its own (a sequence). The head (the keys before {@code
 * items:}), the runs of items and the tail (the keys after the list) are parsed at once, one thread
 * each, and stitched into the tree one parse gives: the same nodes, offsets, lines and columns
 * (held by {@code StreamPartsTest}). Every byte is still parsed and checked; anything unusual
 * (directives or document markers, an item line that is not {@code - }, a key twice, any error)
 * returns null, and the whole text is parsed in one go.
 */
final class ListParts {
  private ListParts() {}

  /** The one document of {@code text} parsed in parts, or null. */
  static List<YDocument> parse(
      String text, int parts, YamlLimits limits, IntFunction<LoadSettings> settings, int clean)
      throws YamlInputException {
    if (parts < 2 || text.startsWith("%") || text.startsWith("---")) {
      return null;
    }
    int[] lines = scan(text);
    int items = lines == null ? -1 : itemsStart(text, lines[0]);
    if (items < 0) {
      return null;
    }
    // The keys after the list: the first line at column 0 after the items line that is neither an
    // item, a comment nor blank (the end of the text if none).
    int tail = lines[1];
    List<int[]> regions = new ArrayList<>();
    regions.add(new int[] {0, items});
    int from = items;
    for (int k = 1; k < parts; k++) {
      int at = itemAt(text, Math.max(items + (int) ((long) (tail - items) * k / parts), from + 1));
      if (at < 0 || at >= tail) {
        break;
      }
      regions.add(new int[] {from, at});
      from = at;
    }
    regions.add(new int[] {from, tail});
    regions = alone(text, regions, clean, tail);
    if (tail < text.length()) {
      regions.add(new int[] {tail, text.length()});
    }
    if (regions.size() < 3) {
      return null;
    }
    // A run of items is parsed as a list at the top: its items one level higher than in the text.
    List<SimpleBlockParser.Region> results =
        StreamParts.parseRegions(
            text,
            regions,
            // Where the list is one object (a stream's reader), stitch adds up the runs' aliases
            // for the limit: a run past it alone was given up and read again (review EG).
            limits.uncountedLevels() >= 2 ? limits.below(-1) : limits.below(-1).aliasesUncounted(),
            settings,
            clean);
    if (results == null) {
      return null;
    }
    for (SimpleBlockParser.Region part : results) {
      // Runs of items are not documents: whatever failed, the text is parsed in one go.
      if (part.documents() == null) {
        return null;
      }
    }
    return stitch(text, results, tail, limits);
  }

  /**
   * {@code regions} (the head, then runs of items up to {@code tail}) with each item that holds a
   * char the subset parser leaves to snakeyaml-engine ({@code clean} is the first, or 0 when not
   * known) or an anchor or alias it leaves ({@link #mark}) in a run of its own: that item goes to
   * snakeyaml-engine, not its run (an emoji or a tab before the forty-second round: one in a
   * 10,000-item list had half the list parsed by it, 2.0 s and 348 MB against 0.94 s and 187 MB).
   * Up to the forty-fourth round only the first eight anchored items were: 200 of 10,000 took
   * 2.9-3.4 s and 268 MB.
   */
  private static List<int[]> alone(String text, List<int[]> regions, int clean, int tail) {
    if (clean <= 0) {
      return regions; // not known
    }
    int items = regions.get(1)[0];
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int i = 1; i < regions.size(); i++) {
      cuts.add(regions.get(i)[0]);
    }
    int chars =
        clean >= tail
            ? tail
            : clean < items ? SimpleBlockParser.firstNotAllowed(text, items, tail) : clean;
    int anchors = mark(text, '&', items, tail);
    int aliases = mark(text, '*', items, tail);
    while (Math.min(chars, Math.min(anchors, aliases)) < tail) {
      int at = Math.min(chars, Math.min(anchors, aliases));
      cuts.add(Math.max(text.lastIndexOf("\n- ", at - 1) + 1, items));
      int next = itemAt(text, at + 1);
      if (next < 0 || next >= tail) {
        break;
      }
      cuts.add(next);
      chars = chars < next ? SimpleBlockParser.firstNotAllowed(text, next, tail) : chars;
      anchors = anchors < next ? mark(text, '&', next, tail) : anchors;
      aliases = aliases < next ? mark(text, '*', next, tail) : aliases;
    }
    if (cuts.size() == regions.size() - 1) {
      return regions;
    }
    List<int[]> out = new ArrayList<>();
    out.add(regions.get(0));
    Integer from = null;
    for (int cut : cuts) {
      if (from != null) {
        out.add(new int[] {from, cut});
      }
      from = cut;
    }
    out.add(new int[] {from, tail});
    return out;
  }

  /**
   * The offset of the first anchor or alias ({@code sign} {@code &} or {@code *}) in {@code
   * text[from, end)} that the subset parser leaves to snakeyaml-engine ({@link
   * BlockAnchors#readable}: PyYAML's {@code &id001} is read), or {@code end}: after {@code ": "},
   * {@code "- "} or a flow collection's {@code ", "}, {@code "[ "}, {@code "{ "}, before a name
   * char. Shell and prose ({@code a && b}, {@code rm *.log}, a cron schedule's {@code * * *}) are
   * none; a false find only parses an item alone. An alias to an anchor of another item fails its
   * run, and the list is then parsed in one go, as any failed run is.
   */
  private static int mark(String text, char sign, int from, int end) {
    for (int i = text.indexOf(sign, from); i >= 0 && i < end; i = text.indexOf(sign, i + 1)) {
      char after = i + 1 < end ? text.charAt(i + 1) : ' ';
      if (text.charAt(i - 1) == ' '
          && ":-,[{".indexOf(text.charAt(i - 2)) >= 0
          && " \n\r\t,[]{}\"'&*".indexOf(after) < 0
          && !(":-".indexOf(text.charAt(i - 2)) >= 0 && BlockAnchors.readable(text, i, end))) {
        return i;
      }
    }
    return end;
  }

  private static List<YDocument> stitch(
      String text, List<SimpleBlockParser.Region> results, int tail, YamlLimits limits)
      throws YamlInputException {
    // The limit counts one object: an item, when the list's own levels are not counted (a
    // ResourceList read as one); else the whole list, whose parts then add up.
    boolean perItem = limits.uncountedLevels() >= 2;
    int aliases = 0;
    for (SimpleBlockParser.Region part : results) {
      aliases = perItem ? Math.max(aliases, part.aliases()) : aliases + part.aliases();
    }
    if (aliases > limits.maxAliases()) {
      // The whole list is one object here (a stream's reader): the error one parse gives, at the
      // alias one too many, without that parse (a ResourceList is then read again with the limit
      // on each item: InputReader).
      throw TreeBuilder.tooManyAliases(
          limits, text, AliasOrder.nth(results, limits.maxAliases() + 1));
    }
    // The head: a block mapping whose last key is "items", with nothing after it.
    if (results.get(0).documents().size() != 1
        || !(results.get(0).documents().get(0).root() instanceof YMapping head)
        || head.flow()
        || head.entries().isEmpty()) {
      return null;
    }
    YMapping.Entry itemsEntry = head.entries().get(head.entries().size() - 1);
    if (!"items".equals(itemsEntry.keyText())
        || !(itemsEntry.value() instanceof YScalar empty)
        || !empty.isNull()
        || !empty.value().isEmpty()) {
      return null;
    }
    int lastItems = tail < text.length() ? results.size() - 2 : results.size() - 1;
    List<YNode> items = new ArrayList<>();
    YSequence first = null;
    for (int i = 1; i <= lastItems; i++) {
      List<YDocument> documents = results.get(i).documents();
      if (documents.size() != 1
          || !(documents.get(0).root() instanceof YSequence run)
          || run.flow()) {
        return null;
      }
      first = first == null ? run : first;
      items.addAll(run.items());
    }
    List<YMapping.Entry> entries = new ArrayList<>(head.entries());
    entries.set(
        entries.size() - 1,
        new YMapping.Entry(
            itemsEntry.key(),
            new YSequence(
                List.copyOf(items), false, first.start(), tail, first.line(), first.column())));
    if (tail < text.length()) {
      List<YDocument> documents = results.get(results.size() - 1).documents();
      if (documents.size() > 1) {
        return null;
      }
      if (documents.size() == 1) {
        if (!(documents.get(0).root() instanceof YMapping rest) || rest.flow()) {
          return null;
        }
        entries.addAll(rest.entries());
      }
    }
    Set<String> keys = new HashSet<>();
    for (YMapping.Entry e : entries) {
      if (e.keyText() == null || !keys.add(e.keyText())) {
        return null;
      }
    }
    YMapping root =
        new YMapping(
            List.copyOf(entries), false, head.start(), text.length(), head.line(), head.column());
    return List.of(new YDocument(root, 0, text.length(), 0));
  }

  /**
   * One pass over the line starts (five {@code String.contains} and {@code indexOf} passes and a
   * second pass for the tail cost 60-90 ms of a cold 10,000-resource run): the offset of the line
   * break before the one column-0 {@code items:} line, and where the keys after the list start;
   * null if there is no {@code items:} line or more than one, if a line after the first starts with
   * {@code %}, {@code ---} or {@code ...} (a directive or a document marker), or if a line at
   * column 0 before the tail starts with a {@code -} that does not start an item.
   */
  private static int[] scan(String text) {
    int items = -1;
    int tail = -1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      int next = at + 1;
      if (next >= text.length()) {
        break;
      }
      char c = text.charAt(next);
      if (c == '%'
          || c == '-' && text.startsWith("---", next)
          || c == '.' && text.startsWith("...", next)) {
        return null;
      }
      if (c == 'i' && text.startsWith("items:", next)) {
        if (items >= 0) {
          return null;
        }
        items = at;
      } else if (items >= 0 && tail < 0) {
        if (c == '-' && !text.startsWith("- ", next) && !text.startsWith("-\n", next)) {
          return null;
        }
        if (c != '-' && c != ' ' && c != '#' && c != '\n' && c != '\r') {
          tail = next;
        }
      }
    }
    return items < 0 ? null : new int[] {items, tail < 0 ? text.length() : tail};
  }

  /**
   * Where the first item starts: the first {@code - } line after the column-0 {@code items:} line
   * whose line break is at {@code at}, with only blank and comment lines between them; or -1.
   */
  private static int itemsStart(String text, int at) {
    if (at < 0) {
      return -1;
    }
    int end = text.indexOf('\n', at + 1);
    if (end < 0 || !text.substring(at + "\nitems:".length(), end).isBlank()) {
      return -1;
    }
    // Blank and comment lines before the first item stay with the head.
    int line = end + 1;
    while (line < text.length() && text.charAt(line) != '-') {
      int next = text.indexOf('\n', line);
      if (next < 0
          || !(text.substring(line, next).isBlank()
              || text.substring(line, next).strip().startsWith("#"))) {
        return -1;
      }
      line = next + 1;
    }
    return text.startsWith("- ", line) ? line : -1;
  }

  /** The first item line that starts after {@code from}, or -1. */
  private static int itemAt(String text, int from) {
    int at = text.indexOf("\n- ", from - 1);
    return at < 0 ? -1 : at + 1;
  }
}
