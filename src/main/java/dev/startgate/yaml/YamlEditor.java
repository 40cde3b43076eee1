// Over 300 lines: every splice shares the indentation and line-style helpers.
package dev.startgate.yaml;

import java.util.ArrayDeque;
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
  private final String newline;
  private final EditGuards guards;
  private final UnicodeBreaks.Finder breaks;

  /** The CRLF form of each shared script written so far, by identity (a CRLF file only). */
  private final Map<String, String> crlfScripts = new IdentityHashMap<>();

  /** An editor that records into {@code edits}. */
  public YamlEditor(TextEdits edits) {
    this.text = edits.source();
    this.edits = edits;
    this.newline = edits.newline();
    this.guards = new EditGuards(text);
    this.breaks = new UnicodeBreaks.Finder(text);
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
    return new BlockWriter(indentUnit(scope).orElse(2), sequenceOffset(scope).orElse(0));
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
      if (old instanceof YScalar s && scalarValue && !s.isNull() && !spansLines(s)) {
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
      String comment = old instanceof YScalar s ? headerComment(s) : null;
      int nl = fresh.indexOf('\n');
      if (comment != null && nl > 0 && scalarValue) {
        fresh = fresh.substring(0, nl) + comment + fresh.substring(nl);
      }
      replaceEntry(existing.get(), fresh);
      return;
    }
    insertEntry(map, writer.sharedEntry(key, value, keyColumn(map)), beforeKey);
  }

  /**
   * The comment after a block scalar's header on its first line ({@code " # note"} of {@code |- #
   * note}), with the blanks before it, or null.
   */
  private String headerComment(YScalar s) {
    int eol = text.indexOf('\n', s.start());
    if (eol < 0 || eol >= s.end()) {
      return null;
    }
    int end = eol > 0 && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
    for (int i = s.start() + 1; i < end; i++) {
      if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
        int blank = i;
        while (text.charAt(blank - 1) == ' ' || text.charAt(blank - 1) == '\t') {
          blank--;
        }
        return text.substring(blank, end);
      }
    }
    return null;
  }

  /** Whether {@code s} ends on a later line than it starts (a block scalar ends after a break). */
  private boolean spansLines(YScalar s) {
    int nl = text.indexOf('\n', s.start());
    return nl >= 0 && nl < s.end();
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
    if (entry.get().value() instanceof YScalar s && !s.isNull() && commentAfter(s.end())) {
      set(map, key, instead, writer, null);
    } else {
      replaceEntry(entry.get(), "");
    }
  }

  /** Whether only blanks and a comment follow {@code from} on its line. */
  private boolean commentAfter(int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#') {
        return i > from; // a # right after the value is part of it
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
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
          insertEntry(map, writer.sharedEntry(key, fresh, keyColumn(map)), beforeKey);
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
    boolean inline = afterIndicator(seq.items().get(0));
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
    int insertAt = atEnd ? endWithComments(seq, dash) : headStart(itemStart(user.get(at)), dash);
    String eol = atEnd ? newlineBefore(insertAt) : newlineAt(insertAt);
    Spliced freshText = nl(eol, writer.sharedItems(fresh, dash));
    List<int[]> ourRanges = new ArrayList<>();
    // Comment lines after one of our items are the user's (startgate writes none; kpt moves a
    // comment that followed the list into its last item): they stay, after the fresh items.
    StringBuilder comments = new StringBuilder();
    for (YNode item : seq.items()) {
      if (ours.test(item)) {
        int end = endWithComments(item, dash);
        int content = Math.min(afterLine(lastLeafEnd(item)), end);
        ourRanges.add(new int[] {itemStart(item), end, content});
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
          fresh.isEmpty() ? copiedHeadStart(first, insertAt, dash) : first,
          insertAt,
          comments.isEmpty() ? freshText : suffixed(freshText, comments.toString()));
      return;
    }
    for (int[] r : ourRanges) {
      edits.replace(copiedHeadStart(r[0], r[1], dash), r[1], text.substring(r[2], r[1]));
    }
    if (beforeInline) { // ": - name: a" becomes ":", the fresh items, "- name: a" at its column
      int d = dashPosition(user.get(0));
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
    int at = endWithComments(seq, dash);
    // In slices, not one string: the RBAC objects of 10,000 gated items were 16 MB at once.
    edits.append(
        at,
        seq.start(),
        prefixed(prefixAtEnd(at), nl(newlineBefore(at), writer.sharedItems(fresh, dash))));
  }

  /** Replaces one item of a block sequence with {@code fresh}. */
  public void replaceItem(YNode item, Object fresh, BlockWriter writer) {
    if (SameData.same(item, fresh)) {
      return;
    }
    String text = nl(newlineAt(item.start()), writer.items(List.of(fresh), dashColumn(item)));
    edits.replace(itemStart(item), afterLine(lastLeafEnd(item)), text);
  }

  /** Removes one item of a block sequence. */
  public void removeItem(YNode item) {
    edits.replace(itemStart(item), afterLine(lastLeafEnd(item)), "");
  }

  /** Replaces the root mapping of a document with {@code fresh}, keeping what precedes it. */
  public void replaceRoot(YMapping root, Map<String, ?> fresh, BlockWriter writer) {
    if (SameData.same(root, fresh)) {
      return;
    }
    int from = lineStart(root.start());
    // A root on its document's --- line (--- {apiVersion: v1, ...}) keeps the marker on a line of
    // its own: without it the block entries would join the document before.
    String marker = from < root.start() && text.startsWith("---", from) ? "---\n" : "";
    edits.replace(
        from,
        afterLine(lastLeafEnd(root)),
        nl(newlineAt(root.start()), marker + writer.entries(fresh, 0)));
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
    int marker = markerLine(document);
    int end = document.end();
    if (document.root() != null) {
      // Comment lines after its last line, above the next ---, are the user's too (written there
      // about the next document): they stay, and so does what follows them.
      for (int line = afterLine(lastLeafEnd(document.root()));
          line < document.end();
          line = nextLine(line)) {
        int at = pastBlanks(line);
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
        && isMarker(lineStart(end), "...")) {
      end = afterLine(end);
    }
    // Without a --- (the stream's first document), from its root's line: the comments and the
    // byte order mark above it are the user's.
    int from =
        marker >= 0 ? marker : lineStart(document.root() == null ? 0 : document.root().start());
    if (marker < 0 && (document.root() == null || from < document.start())) {
      from = document.start();
    }
    if (from == 0 && text.startsWith("\uFEFF")) {
      from = 1;
    }
    edits.replace(from, end, "");
    // Its directives (%YAML 1.1 above its ---) go with it: left alone, one would stand before no
    // document (invalid YAML) or before the next one, which it was not written for.
    for (int line = document.start(); marker >= 0 && line < marker; line = nextLine(line)) {
      if (text.charAt(line) == '%' || line == 0 && text.startsWith("\uFEFF%")) {
        edits.replace(line == 0 && text.charAt(0) == '\uFEFF' ? 1 : line, nextLine(line), "");
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
              : nextLine(document.end());
      while (line < text.length() && !isMarker(line, "---")) {
        int at = pastBlanks(line);
        // Comments, blank lines and the next document's directives (%YAML) before its ---.
        boolean skip = at == text.length() || "#%\r\n".indexOf(text.charAt(at)) >= 0;
        if (!skip && !isMarker(line, "...")) {
          break;
        }
        line = nextLine(line);
      }
      if (line < text.length() && isMarker(line, "---")) {
        limit = line;
      }
    }
    for (int line = end; line < limit; line = nextLine(line)) {
      if (isMarker(line, "...")) {
        edits.replace(line, nextLine(line), "");
      }
    }
  }

  /** The first position from {@code at} that is no space or tab (or the text's end). */
  private int pastBlanks(int at) {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  /** True if the line at {@code line} is the marker {@code mark} ({@code ---} or {@code ...}). */
  private boolean isMarker(int line, String mark) {
    return text.startsWith(mark, line)
        && (line + 3 == text.length() || " \t\r\n".indexOf(text.charAt(line + 3)) >= 0);
  }

  /**
   * Inserts a new document ({@code ---} and the mapping) before {@code document}: at its {@code
   * ---} line, after the comments above that line; without one (the stream's first document), right
   * before its root, as that document's.
   */
  public void insertDocumentBefore(YDocument document, Map<String, ?> fresh, BlockWriter writer) {
    int marker = markerLine(document);
    if (marker >= 0) {
      edits.insert(marker, nl(newlineAt(marker), "---\n" + writer.entries(fresh, 0)));
    } else {
      // After a byte order mark, which must stay the stream's first character.
      int at = lineStart(document.root().start());
      edits.insert(
          at == 0 && text.startsWith("\uFEFF") ? 1 : at,
          nl(newlineAt(at), writer.entries(fresh, 0) + "---\n"));
    }
  }

  /** Inserts {@code fresh} items into a block sequence before {@code item}. */
  public void insertItemsBefore(YNode item, List<?> fresh, BlockWriter writer) {
    edits.insert(
        itemStart(item), nl(newlineAt(item.start()), writer.items(fresh, dashColumn(item))));
  }

  /** The start of the {@code ---} line that opens {@code document}, or -1 without one. */
  private int markerLine(YDocument document) {
    int from = document.start();
    int limit = document.root() == null ? document.end() : document.root().start();
    int first = from == 0 || text.charAt(from - 1) == '\n' ? from : nextLine(from);
    for (int line = first; line < limit; line = nextLine(line)) {
      if (isMarker(line, "---")) {
        return line;
      }
    }
    return -1;
  }

  /** Appends a new document ({@code ---} and the mapping) at the end of the stream. */
  public void appendDocument(Map<String, ?> fresh, BlockWriter writer) {
    int at = text.length();
    edits.insert(at, prefixAtEnd(at) + nl(newlineAt(at), "---\n" + writer.entries(fresh, 0)));
  }

  /** Column of the dash before a block sequence item. */
  public int dashColumn(YNode item) {
    int dash = dashPosition(item);
    return dash - lineStart(dash);
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
        entry, entry.key().end(), afterLine(lastLeafEnd(seq)), seq.items(), "list");
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
        entry, entry.key().end(), afterLine(lastLeafEnd(map)), nodes, "mapping");
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
            : map.entry(beforeKey).filter(e -> atLineStart(e.key()));
    if (before.isPresent()) {
      YNode key = before.get().key();
      edits.insert(
          headStart(lineStart(key.start()), key.column()), nl(newlineAt(key.start()), entryText));
      return;
    }
    int at = endWithComments(map, keyColumn(map));
    edits.append(at, map.start(), prefixed(prefixAtEnd(at), nl(newlineBefore(at), entryText)));
  }

  /**
   * Where text that continues {@code node} goes: after its last line and the comment lines that
   * follow it indented deeper than {@code column} (they belong to it), or after every comment line
   * that follows it when nothing but comments indented at least {@code column} and blank lines
   * follows up to the end of the input (a comment indented less belongs to an outer level).
   */
  private int endWithComments(YNode node, int column) {
    int end = afterLine(lastLeafEnd(node));
    boolean shallow = false;
    for (int line = end; line < text.length(); ) {
      int next = nextLine(line);
      int indent = line;
      while (indent < next && text.charAt(indent) == ' ') {
        indent++;
      }
      boolean blank = indent == next || text.charAt(indent) == '\n' || text.charAt(indent) == '\r';
      if (!blank) {
        if (text.charAt(indent) != '#' || indent - line < column) {
          // Content, or a comment of an outer level.
          return end;
        }
        shallow |= indent - line == column;
        if (!shallow) {
          end = next;
        }
      }
      line = next;
    }
    // Only comments at this level or deeper follow up to the end: keep them all with the node.
    return shallow ? lastCommentEnd(end) : end;
  }

  private int lastCommentEnd(int from) {
    int end = from;
    for (int line = from; line < text.length(); ) {
      int next = nextLine(line);
      if (!text.substring(line, next).isBlank()) {
        end = next;
      }
      line = next;
    }
    return end;
  }

  /**
   * Where a removed item's range starts: its dash line, or the start of its head comment when the
   * item that follows starts with the very same comment lines. kpt copies comments back by list
   * position, so a gate put in before a commented item got a copy of that item's comment; the copy
   * goes with the gate.
   */
  private int copiedHeadStart(int itemStart, int itemEnd, int column) {
    int head = headStart(itemStart, column);
    String comment = text.substring(head, itemStart);
    return head < itemStart && text.startsWith(comment, itemEnd) ? head : itemStart;
  }

  /**
   * The start of the comment lines directly above the line at {@code lineStart} that are indented
   * no deeper than {@code column}: the head comment of what starts that line.
   */
  private int headStart(int lineStart, int column) {
    int start = lineStart;
    while (start > 0) {
      int previous = lineStart(start - 1);
      int indent = previous;
      while (indent < start && text.charAt(indent) == ' ') {
        indent++;
      }
      if (indent >= start || text.charAt(indent) != '#' || indent - previous > column) {
        return start;
      }
      start = previous;
    }
    return start;
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
    if (!atLineStart(entry.key())) {
      throw new YamlEditException(
          "cannot rewrite " + entry.keyText() + ": it does not start its own line");
    }
    String comment = keyLineComment(entry);
    Spliced kept = replacement;
    if (comment != null) {
      String fresh = replacement.toString();
      int nl = fresh.indexOf('\n');
      kept =
          Spliced.of(
              nl < 0
                  ? text.substring(lineStart(entry.key().start()), entry.key().end())
                      + ":"
                      + comment
                      + "\n"
                  : fresh.substring(0, nl) + comment + fresh.substring(nl));
    }
    edits.replace(
        lineStart(entry.key().start()),
        afterLine(lastLeafEnd(entry.value())),
        nl(newlineAt(entry.key().start()), kept));
  }

  /**
   * The comment that ends {@code entry}'s key line, with the blanks before it ({@code " # TODO"}),
   * when the value is null or starts on a later line (a block list or mapping); else null.
   */
  private String keyLineComment(YMapping.Entry entry) {
    int from = entry.key().end();
    int eol = text.indexOf('\n', from);
    eol = eol < 0 ? text.length() : eol;
    if (eol > from && text.charAt(eol - 1) == '\r') {
      eol--;
    }
    YNode value = entry.value();
    if (value instanceof YScalar s && s.isNull()) {
      from = value.end() <= eol ? Math.max(from, value.end()) : from;
    } else if (value.start() < eol) {
      return null;
    }
    for (int i = from; i < eol; i++) {
      char c = text.charAt(i);
      if (c == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
        int blank = i;
        while (text.charAt(blank - 1) == ' ' || text.charAt(blank - 1) == '\t') {
          blank--;
        }
        return text.substring(blank, eol);
      }
    }
    return null;
  }

  /**
   * The column of {@code map}'s keys: its first key's, or the column of the {@code ?} before it
   * when that key is written explicitly ({@code ? containers} on one line, {@code : - name: app} on
   * the next), where the key itself stands two columns further in.
   */
  private int keyColumn(YMapping map) {
    if (map.entries().isEmpty()) {
      return map.column();
    }
    YNode key = map.entries().get(0).key();
    int i = key.start() - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '?' ? key.column() - (key.start() - i) : key.column();
  }

  private static Optional<Integer> indentUnit(YNode node) {
    if (node instanceof YMapping m && !m.flow()) {
      for (YMapping.Entry e : m.entries()) {
        if (e.value() instanceof YMapping child && !child.flow() && !child.entries().isEmpty()) {
          int unit = child.entries().get(0).key().column() - e.key().column();
          if (unit > 0) {
            return Optional.of(unit);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The offset of the first block sequence's dashes from its key, searched depth-first (a mapping's
   * own entries before those nested in them), with a stack of its own.
   */
  private Optional<Integer> sequenceOffset(YNode root) {
    ArrayDeque<YNode> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      YNode node = stack.pop();
      List<YNode> children = new ArrayList<>();
      if (node instanceof YMapping m && !m.flow()) {
        for (YMapping.Entry e : m.entries()) {
          if (e.value() instanceof YSequence s && !s.flow() && !s.items().isEmpty()) {
            return Optional.of(Math.max(0, dashColumn(s.items().get(0)) - e.key().column()));
          }
          children.add(e.value());
        }
      } else if (node instanceof YSequence s && !s.flow()) {
        children.addAll(s.items());
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return Optional.empty();
  }

  private boolean atLineStart(YNode node) {
    for (int i = node.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * True if more than spaces stand before {@code item}'s dash on its line ({@code : - name: a}).
   */
  private boolean afterIndicator(YNode item) {
    for (int i = dashPosition(item) - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) != ' ') {
        return true;
      }
    }
    return false;
  }

  private int itemStart(YNode item) {
    return lineStart(dashPosition(item));
  }

  /**
   * The dash of a block sequence item: on the item's own line ({@code - name: a}), or on a line
   * above it when the item's content starts on a line of its own: {@code - # a comment} (as kpt
   * writes the first item of a file that starts with a comment) or a dash alone, with blank and
   * comment lines between. Between the dash and the item only spaces, line breaks and comments can
   * stand (an anchor or tag is part of the item). The item's start if no dash is found.
   */
  private int dashPosition(YNode item) {
    int i = item.start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i >= 0 && text.charAt(i) == '-') {
      return i;
    }
    if (i >= 0 && text.charAt(i) != '\n') {
      return item.start();
    }
    // The content starts its line: look at the lines above, skipping blank and comment lines.
    for (int end = i; end > 0; ) {
      int start = lineStart(end);
      int first = start;
      while (first < end && text.charAt(first) == ' ') {
        first++;
      }
      char c = first < end ? text.charAt(first) : '\n';
      if (c == '-' && dashAlone(first + 1, end)) {
        return first;
      }
      if (c != '\n' && c != '\r' && c != '#') {
        break;
      }
      end = start - 1;
    }
    return item.start();
  }

  /** True if {@code text[from, end)}, after a dash, is spaces and at most a comment. */
  private boolean dashAlone(int from, int end) {
    int at = from;
    while (at < end && text.charAt(at) == ' ') {
      at++;
    }
    return at == end || text.charAt(at) == '\r' || (text.charAt(at) == '#' && at > from);
  }

  private int lineStart(int pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
  }

  private int nextLine(int lineStart) {
    int nl = text.indexOf('\n', lineStart);
    return nl < 0 ? text.length() : nl + 1;
  }

  private int afterLine(int pos) {
    if (pos > 0 && text.charAt(pos - 1) == '\n') {
      return pos;
    }
    int nl = text.indexOf('\n', pos);
    return nl < 0 ? text.length() : nl + 1;
  }

  private static int lastLeafEnd(YNode node) {
    YNode n = node;
    while (true) {
      if (n instanceof YMapping m && !m.flow() && !m.entries().isEmpty()) {
        n = m.entries().get(m.entries().size() - 1).value();
      } else if (n instanceof YSequence s && !s.flow() && !s.items().isEmpty()) {
        n = s.items().get(s.items().size() - 1);
      } else {
        return n.end();
      }
    }
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

  /**
   * The line break of the text at {@code at}: that of the line {@code at} is on (at the text's end,
   * of its last line). A stream may mix LF and CRLF documents ({@code cat a.yaml b.yaml}, a chart
   * with one template saved on Windows): what startgate writes into one takes its own. Positions
   * passed are on a line of the document edited (a node's start, where an insertion goes).
   */
  private String newlineAt(int at) {
    if (newline.equals("\n")) {
      return newline; // no CRLF anywhere in the text
    }
    int lf = text.indexOf('\n', at);
    return TextEdits.lineBreak(text, lf >= 0 ? lf : text.lastIndexOf('\n'), newline);
  }

  /**
   * The line break of the line that ends at {@code at} (text appended after a collection's last
   * line goes on with its line breaks); that of the line at {@code at} if none ends there.
   */
  private String newlineBefore(int at) {
    if (newline.equals("\n")) {
      return newline;
    }
    int lf = at > 0 ? text.lastIndexOf('\n', at - 1) : -1;
    return lf < 0 ? newlineAt(at) : TextEdits.lineBreak(text, lf, newline);
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
