// Over 300 lines: every structural splice, each keeping its neighbours' style, on one TextEdits.
package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Structural edits expressed as text splices on the original source: a new entry is written as
 * lines in the style of its neighbours, a replaced value overwrites only its own characters, and
 * everything else (comments, quoting, key order, anchors) is left as it was.
 */
public final class YamlEditor {
  private final String text;
  private final TextEdits edits;
  private final EditGuards guards;
  private final UnicodeBreaks.Finder breaks;
  private final SourceLayout layout;

  /** The CRLF form of each shared script written so far, by identity (a CRLF file only). */
  private final Map<String, String> crlfScripts = new IdentityHashMap<>();

  /** An editor that records into {@code edits}. */
  public YamlEditor(TextEdits edits) {
    this.text = edits.source();
    this.edits = edits;
    this.guards = new EditGuards(text);
    this.breaks = new UnicodeBreaks.Finder(text);
    this.layout = new SourceLayout(text, edits.newline());
  }

  /**
   * Refuses edits inside {@code node}, at {@code path} of its object, when an alias elsewhere
   * repeats the anchor it carries (the alias would repeat the edits too).
   */
  public void requireNotRepeated(YNode node, String path) {
    guards.requireNotRepeated(node, path);
  }

  /**
   * Refuses edits inside {@code node} when its text holds a raw NEL, LINE SEPARATOR or PARAGRAPH
   * SEPARATOR that kubectl reads as structure ({@link UnicodeBreaks}): what startgate writes where
   * it reads a key could land inside another one of kubectl's reading. One in a quoted scalar, or
   * in a block scalar that goes on after it, only changes a value; an untouched document passes.
   * The error gives the line and column in {@code object}, the object {@code node} is part of.
   */
  public void requireLineBreaksAsKubectlReads(YNode node, YNode object) {
    int at = UnicodeBreaks.harmful(text, node, breaks);
    if (at >= 0) {
      // Line and column in the object (under kpt the text is the ResourceList, not the file).
      throw new YamlEditException(
          YamlErrors.unicodeBreak(
              text, at, object, "startgate cannot place its edits where kubectl would read them"));
    }
  }

  /**
   * A writer that indents like {@code scope}: mappings like its first nested block mapping,
   * sequences like its first block sequence under a key.
   */
  public BlockWriter writerFor(YNode scope) {
    return new BlockWriter(
        SourceLayout.indentUnit(scope).orElse(2), layout.sequenceOffset(scope).orElse(0));
  }

  /**
   * Sets {@code key} in {@code map} to {@code value}. An existing scalar is overwritten only if its
   * value differs; a new entry goes before {@code beforeKey} if given and present, else at the end.
   */
  public void set(YMapping map, String key, Object value, BlockWriter writer, String beforeKey) {
    Optional<YMapping.Entry> existing = map.entry(key);
    boolean scalarValue =
        !(value instanceof Map<?, ?> || value instanceof List<?> || value instanceof Fixed);
    if (existing.isPresent()
        && existing.get().value() instanceof YScalar s
        && scalarValue
        && same(s, value)) {
      return; // nothing to write: a flow mapping or an alias around it is no obstacle
    }
    guards.requireBlock(map, key);
    if (existing.isPresent()) {
      YNode old = existing.get().value();
      if (old instanceof YScalar s && scalarValue && !s.isNull() && !layout.spansLines(s)) {
        edits.replace(s.start(), s.end(), BlockWriter.scalar(value));
        return;
      }
      if (!scalarValue) {
        replaceEntry(existing.get(), writer.sharedEntry(key, value, existing.get().key().column()));
        return;
      }
      // A block scalar (restartPolicy: |- and its line) or one folded over lines: the whole entry,
      // and a comment after its header (|- # note) stays on the new line.
      String fresh = writer.entry(key, value, existing.get().key().column());
      String comment = old instanceof YScalar s ? layout.headerComment(s) : null;
      int nl = fresh.indexOf('\n');
      if (comment != null && nl > 0 && scalarValue) {
        fresh = fresh.substring(0, nl) + comment + fresh.substring(nl);
      }
      replaceEntry(existing.get(), fresh);
      return;
    }
    insertEntry(map, writer.sharedEntry(key, value, layout.keyColumn(map)), beforeKey);
  }

  /**
   * Whether {@code s} already says {@code value}: the same text, and for a number or a boolean a
   * plain scalar without a tag, or one tagged as such ({@code !!int 3}, {@code !!int "3"}): {@code
   * "3"} and {@code !!str 3} are strings, not the number 3.
   */
  private static boolean same(YScalar s, Object value) {
    if (s.isNull() || !s.value().equals(String.valueOf(value))) {
      return false;
    }
    if (value instanceof Number) {
      return s.tag() == null ? s.plain() : s.tag().equals("tag:yaml.org,2002:int");
    }
    if (value instanceof Boolean) {
      return s.tag() == null ? s.plain() : s.tag().equals("tag:yaml.org,2002:bool");
    }
    return true;
  }

  /**
   * Puts {@code put} into, and removes {@code remove} from, the mapping under {@code key} of {@code
   * parent} (such as {@code metadata.annotations}). Creates the mapping (before {@code beforeKey})
   * when it is missing or null, rewrites a one-line flow mapping such as {@code {}} in block style
   * when it has to change, and removes the whole entry when nothing would remain. Records no edit
   * when every value is already in place.
   */
  public void editMapping(
      YMapping parent,
      String key,
      Map<String, ?> put,
      Collection<String> remove,
      BlockWriter writer,
      String beforeKey) {
    Optional<YMapping.Entry> entry = parent.entry(key);
    YNode value = entry.map(YMapping.Entry::value).orElse(null);
    if (value == null || (value instanceof YScalar s && s.isNull())) {
      if (!put.isEmpty()) {
        set(parent, key, new LinkedHashMap<>(put), writer, beforeKey);
      }
      return;
    }
    EditGuards.requireNoAlias(value, key);
    if (!(value instanceof YMapping map)) {
      throw new YamlEditException(key + " is not a mapping");
    }
    if (!changes(map, put, remove)) {
      return;
    }
    guards.requireBlock(parent, key);
    if (map.flow()) {
      rewriteFlowMapping(entry.get(), map, put, remove, writer);
      return;
    }
    boolean emptied =
        put.isEmpty() && map.entries().stream().allMatch(e -> remove.contains(e.keyText()));
    if (emptied) {
      replaceEntry(entry.get(), "");
      return;
    }
    for (String k : remove) {
      if (!put.containsKey(k)) {
        remove(map, k);
      }
    }
    for (Map.Entry<String, ?> e : put.entrySet()) {
      set(map, e.getKey(), e.getValue(), writer, null);
    }
  }

  /** Removes {@code key} from {@code map} with its whole value, if present. */
  public void remove(YMapping map, String key) {
    map.entry(key).ifPresent(e -> replaceEntry(e, ""));
  }

  /**
   * Removes {@code key} from {@code map}, or, when a comment ends the line of its one-line scalar
   * value ({@code serviceAccountName: app-startgate # chart policy}), sets it to {@code instead}:
   * the comment is the user's and stays.
   */
  public void removeKeepingComment(YMapping map, String key, String instead, BlockWriter writer) {
    Optional<YMapping.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      return;
    }
    if (entry.get().value() instanceof YScalar s && !s.isNull() && layout.commentAfter(s.end())) {
      set(map, key, instead, writer, null);
    } else {
      replaceEntry(entry.get(), "");
    }
  }

  /**
   * Replaces the items of the sequence under {@code key} that {@code ours} selects with {@code
   * fresh}, placed before the user item at {@code position} among the remaining user items. Creates
   * the entry (before {@code beforeKey}) if needed and removes it if nothing would remain.
   */
  public void replaceItems(
      YMapping map,
      String key,
      Predicate<YNode> ours,
      PositionChooser position,
      List<?> fresh,
      BlockWriter writer,
      String beforeKey) {
    Optional<YMapping.Entry> entry = map.entry(key);
    YNode value = entry.map(YMapping.Entry::value).orElse(null);
    if (value == null || (value instanceof YScalar s && s.isNull())) {
      if (!fresh.isEmpty()) {
        guards.requireBlock(map, key);
        // The fresh items (gate containers) share their long blocks (gate scripts) with every
        // other workload's, in the edits and in the output.
        if (entry.isPresent()) {
          replaceEntry(entry.get(), writer.sharedEntry(key, fresh, entry.get().key().column()));
        } else {
          insertEntry(map, writer.sharedEntry(key, fresh, layout.keyColumn(map)), beforeKey);
        }
      }
      return;
    }
    EditGuards.requireNoAlias(value, key);
    if (!(value instanceof YSequence seq)) {
      String shown = value instanceof YScalar s ? "\"" + s.value() + "\"" : "a mapping";
      throw new YamlEditException(
          key
              + " is "
              + shown
              + ", not a list; write its items as a list, like "
              + key
              + ": [{name: NAME, ...}]",
          key);
    }
    List<YNode> user = seq.items().stream().filter(ours.negate()).toList();
    if (fresh.isEmpty() && user.size() == seq.items().size()) {
      return;
    }
    int at = position.choose(user);
    if (SameData.sameItems(seq, ours, at, fresh)) {
      return; // as startgate would write them, in another style (a formatter's)
    }
    guards.requireBlock(map, key);
    if (seq.flow()) {
      rewriteFlowSequence(entry.get(), seq, user, at, fresh, writer);
      return;
    }
    if (user.isEmpty() && fresh.isEmpty()) {
      replaceEntry(entry.get(), "");
      return;
    }
    int dash = dashColumn(seq.items().get(0));
    // After "? initContainers" the first item can stand on the value indicator's line.
    boolean inline = layout.afterIndicator(seq.items().get(0));
    if (inline && ours.test(seq.items().get(0))) {
      throw new YamlEditException(
          "cannot rewrite "
              + key
              + ": its first item starts on the line of the \":\" after \"? "
              + key
              + "\"; write the items on lines of their own, like ? "
              + key
              + " / : / - name: ...",
          key);
    }
    // Fresh items go above the comment lines that head the user item they precede, so a comment
    // stays with its item (kpt copies comments back by item name: one left above a gate would be
    // copied to the user's item as well and grow on every run).
    boolean atEnd = at == user.size();
    int insertAt =
        atEnd
            ? layout.endWithComments(seq, dash)
            : layout.headStart(layout.itemStart(user.get(at)), dash);
    String eol = atEnd ? layout.newlineBefore(insertAt) : layout.newlineAt(insertAt);
    Spliced freshText = nl(eol, writer.sharedItems(fresh, dash));
    List<int[]> ourRanges = new ArrayList<>();
    // Comment lines after one of our items are the user's (startgate writes none; kpt moves a
    // comment that followed the list into its last item): they stay, after the fresh items.
    StringBuilder comments = new StringBuilder();
    for (YNode item : seq.items()) {
      if (ours.test(item)) {
        int end = layout.endWithComments(item, dash);
        int content = Math.min(layout.afterLine(SourceLayout.lastLeafEnd(item)), end);
        ourRanges.add(new int[] {layout.itemStart(item), end, content});
        comments.append(text, content, end);
      }
    }
    boolean beforeInline = inline && at == 0 && !fresh.isEmpty();
    if (!beforeInline
        && ourRanges.size() >= 1
        && contiguous(ourRanges)
        && last(ourRanges)[1] == insertAt) {
      int first = ourRanges.get(0)[0];
      edits.replace(
          fresh.isEmpty() ? layout.copiedHeadStart(first, insertAt, dash) : first,
          insertAt,
          comments.isEmpty() ? freshText : suffixed(freshText, comments.toString()));
      return;
    }
    for (int[] r : ourRanges) {
      edits.replace(layout.copiedHeadStart(r[0], r[1], dash), r[1], text.substring(r[2], r[1]));
    }
    if (beforeInline) { // ": - name: a" becomes ":", the fresh items, "- name: a" at its column
      int d = layout.dashPosition(user.get(0));
      int from = d;
      while (text.charAt(from - 1) == ' ') {
        from--;
      }
      edits.replace(from, d, prefixed(eol, suffixed(freshText, " ".repeat(dash))));
      return;
    }
    Spliced text = prefixed(prefixAtEnd(insertAt), freshText);
    if (atEnd) {
      edits.append(insertAt, seq.start(), text);
    } else {
      edits.insert(insertAt, text);
    }
  }

  /** Appends {@code fresh} items at the end of a block sequence. */
  public void append(YSequence seq, List<?> fresh, BlockWriter writer) {
    if (fresh.isEmpty()) {
      return;
    }
    if (seq.flow() || seq.items().isEmpty()) {
      throw new YamlEditException("cannot append to a flow-style list");
    }
    int dash = dashColumn(seq.items().get(0));
    int at = layout.endWithComments(seq, dash);
    // In slices, not one string: the RBAC objects of 10,000 gated items were 16 MB at once.
    edits.append(
        at,
        seq.start(),
        prefixed(prefixAtEnd(at), nl(layout.newlineBefore(at), writer.sharedItems(fresh, dash))));
  }

  /** Replaces one item of a block sequence with {@code fresh}. */
  public void replaceItem(YNode item, Object fresh, BlockWriter writer) {
    if (SameData.same(item, fresh)) {
      return;
    }
    String text =
        nl(layout.newlineAt(item.start()), writer.items(List.of(fresh), dashColumn(item)));
    edits.replace(layout.itemStart(item), layout.afterLine(SourceLayout.lastLeafEnd(item)), text);
  }

  /** Removes one item of a block sequence. */
  public void removeItem(YNode item) {
    edits.replace(layout.itemStart(item), layout.afterLine(SourceLayout.lastLeafEnd(item)), "");
  }

  /** Replaces the root mapping of a document with {@code fresh}, keeping what precedes it. */
  public void replaceRoot(YMapping root, Map<String, ?> fresh, BlockWriter writer) {
    if (SameData.same(root, fresh)) {
      return;
    }
    int from = layout.lineStart(root.start());
    // A root on its document's --- line (--- {apiVersion: v1, ...}) keeps the marker on a line of
    // its own: without it the block entries would join the document before.
    String marker = from < root.start() && text.startsWith("---", from) ? "---\n" : "";
    edits.replace(
        from,
        layout.afterLine(SourceLayout.lastLeafEnd(root)),
        nl(layout.newlineAt(root.start()), marker + writer.entries(fresh, 0)));
  }

  /**
   * Removes a whole document, from its {@code ---} line to the start of the next. What stands
   * before that line in its range (the line break after a {@code ...} that ended the document
   * before, comment lines below it) is the user's: startgate writes no comments. So are comment
   * lines after its content: they and what follows them stay.
   */
  public void removeDocument(YDocument document) {
    removeDocument(document, document.index() == 0);
  }

  /**
   * As {@link #removeDocument(YDocument)}; {@code first}: no document before it stays (each is
   * removed too), so a {@code ...} after it would end no document.
   */
  public void removeDocument(YDocument document, boolean first) {
    int marker = layout.markerLine(document);
    int end = document.end();
    if (document.root() != null) {
      // Comment lines after its last line, above the next ---, are the user's too (written there
      // about the next document): they stay, and so does what follows them.
      for (int line = layout.afterLine(SourceLayout.lastLeafEnd(document.root()));
          line < document.end();
          line = layout.nextLine(line)) {
        int at = layout.pastBlanks(line);
        if (at < document.end() && text.charAt(at) == '#') {
          end = line;
          break;
        }
      }
    }
    // A document ended by ... leaves the line break after the marker to the next one's range: it
    // goes with it (else a blank line stayed where the document was).
    if (end == document.end()
        && end > 0
        && text.charAt(end - 1) == '.'
        && layout.isMarker(layout.lineStart(end), "...")) {
      end = layout.afterLine(end);
    }
    // Without a --- (the stream's first document), from its root's line: the comments and the
    // byte order mark above it are the user's.
    int from =
        marker >= 0
            ? marker
            : layout.lineStart(document.root() == null ? 0 : document.root().start());
    if (marker < 0 && (document.root() == null || from < document.start())) {
      from = document.start();
    }
    if (from == 0 && text.startsWith("\uFEFF")) {
      from = 1;
    }
    edits.replace(from, end, "");
    // Its directives (%YAML 1.1 above its ---) go with it: left alone, one would stand before no
    // document (invalid YAML) or before the next one, which it was not written for.
    for (int line = document.start(); marker >= 0 && line < marker; line = layout.nextLine(line)) {
      if (text.charAt(line) == '%' || line == 0 && text.startsWith("\uFEFF%")) {
        edits.replace(
            line == 0 && text.charAt(0) == '\uFEFF' ? 1 : line, layout.nextLine(line), "");
      }
    }
    // Its ... below the comments kept goes too: left alone, it could end up first in the stream.
    // For the stream's first document, so do the ... lines after it up to the next --- (a ...
    // that ends no document is invalid YAML); only up to a ---, where the next one's edits start.
    int limit = document.end();
    if (first) {
      int line =
          document.end() == 0 || text.charAt(document.end() - 1) == '\n'
              ? document.end()
              : layout.nextLine(document.end());
      while (line < text.length() && !layout.isMarker(line, "---")) {
        int at = layout.pastBlanks(line);
        // Comments, blank lines and the next document's directives (%YAML) before its ---.
        boolean skip = at == text.length() || "#%\r\n".indexOf(text.charAt(at)) >= 0;
        if (!skip && !layout.isMarker(line, "...")) {
          break;
        }
        line = layout.nextLine(line);
      }
      if (line < text.length() && layout.isMarker(line, "---")) {
        limit = line;
      }
    }
    for (int line = end; line < limit; line = layout.nextLine(line)) {
      if (layout.isMarker(line, "...")) {
        edits.replace(line, layout.nextLine(line), "");
      }
    }
  }

  /**
   * Inserts a new document ({@code ---} and the mapping) before {@code document}: at its {@code
   * ---} line, after the comments above that line; without one (the stream's first document), right
   * before its root, as that document's.
   */
  public void insertDocumentBefore(YDocument document, Map<String, ?> fresh, BlockWriter writer) {
    int marker = layout.markerLine(document);
    if (marker >= 0) {
      edits.insert(marker, nl(layout.newlineAt(marker), "---\n" + writer.entries(fresh, 0)));
    } else {
      // After a byte order mark, which must stay the stream's first character.
      int at = layout.lineStart(document.root().start());
      edits.insert(
          at == 0 && text.startsWith("\uFEFF") ? 1 : at,
          nl(layout.newlineAt(at), writer.entries(fresh, 0) + "---\n"));
    }
  }

  /** Inserts {@code fresh} items into a block sequence before {@code item}. */
  public void insertItemsBefore(YNode item, List<?> fresh, BlockWriter writer) {
    edits.insert(
        layout.itemStart(item),
        nl(layout.newlineAt(item.start()), writer.items(fresh, dashColumn(item))));
  }

  /** Appends a new document ({@code ---} and the mapping) at the end of the stream. */
  public void appendDocument(Map<String, ?> fresh, BlockWriter writer) {
    int at = text.length();
    edits.insert(
        at, prefixAtEnd(at) + nl(layout.newlineAt(at), "---\n" + writer.entries(fresh, 0)));
  }

  /** Column of the dash before a block sequence item. */
  public int dashColumn(YNode item) {
    return layout.dashColumn(item);
  }

  /** Chooses where fresh items go among the user's items. */
  @FunctionalInterface
  public interface PositionChooser {
    /** Index among {@code userItems} before which fresh items go (size: at the end). */
    int choose(List<YNode> userItems);
  }

  private void rewriteFlowSequence(
      YMapping.Entry entry, YSequence seq, List<YNode> user, int at, List<?> fresh, BlockWriter w) {
    List<Object> all = new ArrayList<>();
    for (YNode item : user) {
      String raw = text.substring(item.start(), item.end());
      if (raw.contains("\n")) {
        throw new YamlEditException(
            entry.keyText()
                + " is a flow-style list that spans lines; write it in block style"
                + EditGuards.blockExample("list"));
      }
      all.add(new BlockWriter.Raw(raw));
    }
    all.addAll(at, fresh);
    if (all.isEmpty()) {
      if (!seq.items().isEmpty()) {
        // Only the brackets and what is between them are replaced.
        int open = text.indexOf('[', seq.start());
        guards.requireNoComment(entry, open, seq.end(), seq.items(), "list");
        edits.replace(open, seq.end(), "[]");
      }
      return;
    }
    guards.requireNoAnchor(entry, seq, "list");
    guards.requireNoComment(
        entry,
        entry.key().end(),
        layout.afterLine(SourceLayout.lastLeafEnd(seq)),
        seq.items(),
        "list");
    replaceEntry(entry, w.entry(entry.keyText(), all, entry.key().column()));
  }

  private static boolean changes(YMapping map, Map<String, ?> put, Collection<String> remove) {
    for (String k : remove) {
      if (!put.containsKey(k) && map.entry(k).isPresent()) {
        return true;
      }
    }
    for (Map.Entry<String, ?> e : put.entrySet()) {
      YNode old = map.get(e.getKey()).orElse(null);
      boolean same =
          old instanceof YScalar s
              && !s.isNull()
              && !(e.getValue() instanceof Map<?, ?>
                  || e.getValue() instanceof List<?>
                  || e.getValue() instanceof Fixed)
              && s.value().equals(String.valueOf(e.getValue()));
      if (!same) {
        return true;
      }
    }
    return false;
  }

  private void rewriteFlowMapping(
      YMapping.Entry entry,
      YMapping map,
      Map<String, ?> put,
      Collection<String> remove,
      BlockWriter w) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (YMapping.Entry e : map.entries()) {
      String k = e.keyText();
      String raw = text.substring(e.value().start(), e.value().end());
      if (k == null || raw.contains("\n")) {
        throw new YamlEditException(
            entry.keyText()
                + " is a flow-style mapping that spans lines; write it in block style"
                + EditGuards.blockExample("mapping"));
      }
      if (put.containsKey(k)) {
        all.put(k, put.get(k));
      } else if (!remove.contains(k)) {
        all.put(k, new BlockWriter.Raw(raw));
      }
    }
    List<YNode> nodes = new ArrayList<>();
    for (YMapping.Entry e : map.entries()) {
      nodes.add(e.key());
      nodes.add(e.value());
    }
    guards.requireNoAnchor(entry, map, "mapping");
    guards.requireNoComment(
        entry,
        entry.key().end(),
        layout.afterLine(SourceLayout.lastLeafEnd(map)),
        nodes,
        "mapping");
    for (Map.Entry<String, ?> e : put.entrySet()) {
      all.putIfAbsent(e.getKey(), e.getValue());
    }
    replaceEntry(entry, all.isEmpty() ? "" : w.entry(entry.keyText(), all, entry.key().column()));
  }

  private void insertEntry(YMapping map, String entryText, String beforeKey) {
    insertEntry(map, Spliced.of(entryText), beforeKey);
  }

  private void insertEntry(YMapping map, Spliced entryText, String beforeKey) {
    Optional<YMapping.Entry> before =
        beforeKey == null
            ? Optional.empty()
            : map.entry(beforeKey).filter(e -> layout.atLineStart(e.key()));
    if (before.isPresent()) {
      YNode key = before.get().key();
      edits.insert(
          layout.headStart(layout.lineStart(key.start()), key.column()),
          nl(layout.newlineAt(key.start()), entryText));
      return;
    }
    int at = layout.endWithComments(map, layout.keyColumn(map));
    edits.append(
        at, map.start(), prefixed(prefixAtEnd(at), nl(layout.newlineBefore(at), entryText)));
  }

  private void replaceEntry(YMapping.Entry entry, String replacement) {
    replaceEntry(entry, Spliced.of(replacement));
  }

  /**
   * Replaces {@code entry}, key and value, with {@code replacement} (empty: removes it). A comment
   * on the key's line ({@code initContainers: # TODO}) is the user's: it stays on the new key line,
   * and when the entry goes, the key stays with it and no value.
   */
  private void replaceEntry(YMapping.Entry entry, Spliced replacement) {
    if (!layout.atLineStart(entry.key())) {
      throw new YamlEditException(
          "cannot rewrite " + entry.keyText() + ": it does not start its own line");
    }
    String comment = layout.keyLineComment(entry);
    Spliced kept = replacement;
    if (comment != null) {
      String fresh = replacement.toString();
      int nl = fresh.indexOf('\n');
      kept =
          Spliced.of(
              nl < 0
                  ? text.substring(layout.lineStart(entry.key().start()), entry.key().end())
                      + ":"
                      + comment
                      + "\n"
                  : fresh.substring(0, nl) + comment + fresh.substring(nl));
    }
    edits.replace(
        layout.lineStart(entry.key().start()),
        layout.afterLine(SourceLayout.lastLeafEnd(entry.value())),
        nl(layout.newlineAt(entry.key().start()), kept));
  }

  /**
   * Text inserted at the end of a text without a final line break starts a new line: the edits add
   * that break once, before everything inserted there (the prefix returned is empty).
   */
  private String prefixAtEnd(int at) {
    if (at == text.length()) {
      edits.breakLineAtEnd();
    }
    return "";
  }

  private String nl(String eol, String lines) {
    return eol.equals("\n") ? lines : lines.replace("\n", eol);
  }

  /** {@code lines} with CRLF line breaks in a CRLF document, its shared scripts converted once. */
  private Spliced nl(String eol, Spliced lines) {
    return eol.equals("\n") ? lines : lines.withCrlf(crlfScripts);
  }

  private static Spliced prefixed(String prefix, Spliced text) {
    return prefix.isEmpty()
        ? text
        : Spliced.builder(4).add(prefix, 0, prefix.length()).add(text).build();
  }

  private static Spliced suffixed(Spliced text, String suffix) {
    return Spliced.builder(4).add(text).add(suffix, 0, suffix.length()).build();
  }

  private static boolean contiguous(List<int[]> ranges) {
    for (int i = 1; i < ranges.size(); i++) {
      if (ranges.get(i)[0] != ranges.get(i - 1)[1]) {
        return false;
      }
    }
    return true;
  }

  private static int[] last(List<int[]> ranges) {
    return ranges.get(ranges.size() - 1);
  }
}
