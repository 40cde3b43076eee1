package dev.startgate.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the block YAML that Kubernetes tools write (kubectl, kustomize, Helm, kpt, startgate
 * itself) without snakeyaml-engine, into the tree snakeyaml-engine's events give {@link
 * TreeBuilder}, node for node and position for position; or says it cannot, and the region is
 * parsed by snakeyaml-engine as before. Profiles put snakeyaml-engine's scanner at two thirds of a
 * large run; this parser reads each char once, allocates a node per node, and needs no warm-up of a
 * general parser.
 *
 * <p>The subset: documents whose root is a block mapping or sequence at column 0, or a flow one
 * over lines (JSON, {@link FlowReader}), separated by {@code ---} lines; block mappings with
 * one-line plain or quoted keys; block sequences, indented or not; one-line plain and quoted
 * scalars; literal and folded block scalars without an indentation indicator; one-line flow
 * collections of such scalars; comments; anchors and aliases as {@link BlockAnchors} reads them.
 * Everything else (other anchors and aliases, tags, directives, {@code ...}, complex keys,
 * multi-line plain or quoted scalars, tabs (but in a comment or a literal block scalar's text),
 * CRs, characters that YAML does not allow (a surrogate pair, a character outside the Basic
 * Multilingual Plane, is one character that columns count once, as snakeyaml-engine's do), nesting
 * past the limit, a duplicate key, any syntax error) makes it give up on that document, which its
 * {@link Fallback} (snakeyaml-engine) parses alone: it never accepts what snakeyaml-engine rejects,
 * and every error is still reported by snakeyaml-engine with its message and line. {@code
 * SimpleBlockParserTest} holds the two parsers equal on every golden input and on many thousand
 * mutations of them.
 */
final class SimpleBlockParser {
  /** Parses a run of whole documents the subset cannot, with snakeyaml-engine. */
  interface Fallback {
    /**
     * The documents of {@code text[start, end)}, whose first line is line {@code line} of the text,
     * numbered from 0; null documents if snakeyaml-engine rejects them.
     */
    Region parse(int start, int end, int line);
  }

  /**
   * Documents of a region, numbered from 0, and the most aliases in one of its objects (never
   * followed, but counted against the limit); null documents if the region could not be parsed.
   * Then {@code failedAt} is where the first document that snakeyaml-engine rejected starts, at the
   * start of the text's line {@code failedLine} (numbered from 0), and {@code aliases} is the most
   * before it; -1 if no document was found wrong (the region failed as a whole: too many aliases,
   * say).
   */
  record Region(List<YDocument> documents, int aliases, int failedAt, int failedLine) {
    Region(List<YDocument> documents, int aliases) {
      this(documents, aliases, -1, 0);
    }

    /** A region whose document at {@code at} snakeyaml-engine rejected. */
    static Region failed(int at, int line, int aliasesBefore) {
      return new Region(null, aliasesBefore, at, line);
    }
  }

  private final Cursor in;
  private final BlockNodes nodes;

  private final int clean;

  /** The offset of a tab at or after the documents read so far, -1 for none, -2 not looked for. */
  private int nextTab = -2;

  private SimpleBlockParser(Cursor in, YamlLimits limits, int clean) {
    this.in = in;
    this.nodes = new BlockNodes(in, limits);
    this.clean = clean;
  }

  /**
   * The documents of {@code text[start, end)} (numbered from 0; a region starts at a line's start,
   * its first line being line {@code line} of the text), or null documents if any document is
   * outside the subset and {@code fallback} is null or cannot parse it. A document outside the
   * subset goes to {@code fallback} alone: one document with an anchor does not send a whole stream
   * to the slower parser. {@code text[0, clean)} is known to hold no char outside the subset and no
   * directive ({@link #firstNotAllowed} of the whole text; 0 if unknown): a region that ends before
   * that offset is not read for them again.
   */
  static Region parse(
      String text, int start, int end, int line, YamlLimits limits, Fallback fallback, int clean) {
    return new SimpleBlockParser(new Cursor(text, start, end, line), limits, clean)
        .documents(start, limits, fallback);
  }

  /**
   * The first offset from {@code start} (a line's start) before {@code end} of a char the subset
   * leaves to snakeyaml-engine, or of a {@code %} at a line's start: a directive, which applies to
   * the next document (the region that holds one fails in snakeyaml-engine too, and the whole text
   * is parsed in one go); {@code end} if there is none. {@link YamlParser} reads the whole text
   * with it once, and a region is read again only if that found such a char before the region's
   * end. One call reads a long run, not one call per document: the loop is compiled after its first
   * 60,000 chars instead of running interpreted for the first 200 documents.
   */
  static int firstNotAllowed(String text, int start, int end) {
    return firstNotAllowed(text, start, end, '\n');
  }

  /** As above, after the char {@code before} ('\n' at a line's start). */
  static int firstNotAllowed(String text, int start, int end, char before) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x20
          ? c != '\n' && c != '\t'
          : c >= 0x7F && (c <= 0x9F || c >= 0x2028 && notPlain(c))) {
        if (!Character.isHighSurrogate(c)
            || i + 1 >= end
            || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return i;
        }
        i++; // a character outside the Basic Multilingual Plane, such as an emoji
        c = text.charAt(i);
      }
      if (c == '%' && before == '\n') {
        return i;
      }
      before = c;
    }
    return end;
  }

  private static boolean notPlain(char c) {
    return c == 0x2028 || c == 0x2029 || c >= 0xD800 && c < 0xE000 || c == 0xFEFF || c >= 0xFFFE;
  }

  /**
   * Where the document whose first content (its own {@code ---} line, if any) is at {@code from}
   * ends: the next {@code ---} line, or the region's end.
   */
  private int nextMarker(int from) {
    int at = Chars.markerLine(in.text, from, in.end);
    return at < 0 ? in.end : at;
  }

  /**
   * The tabs in {@code text[from, to)}, regions read in order: the next tab is looked for once past
   * the last one found, so a text without a tab is read once (by the JDK's vectorized search).
   */
  private int tabs(int from, int to) {
    if (nextTab != -1 && nextTab < from) {
      // -1 for none up to the region's end: no later call looks past it.
      nextTab = Chars.indexOf(in.text, '\t', from, in.end);
    }
    if (nextTab < 0 || nextTab >= to) {
      return 0;
    }
    int n = 0;
    for (int i = nextTab; i < to; i++) {
      n += in.text.charAt(i) == '\t' ? 1 : 0;
    }
    return n;
  }

  private Region documents(int start, YamlLimits limits, Fallback fallback) {
    List<YDocument> documents = new ArrayList<>();
    int aliases = 0;
    int docStart = start;
    int docLine = in.line;
    in.textTabs = 0;
    int column = in.nextContent();
    int notAllowed = clean >= in.end ? in.end : firstNotAllowed(in.text, docStart, in.end);
    while (column >= 0) {
      int next = nextMarker(in.pos);
      YNode root = null;
      if (notAllowed < docStart) {
        notAllowed = firstNotAllowed(in.text, docStart, in.end);
      }
      boolean simple = notAllowed >= next;
      if (simple) {
        try {
          root = nodes.document(column);
          simple = in.pos == next || in.atEnd() && next == in.end;
          simple = simple && tabs(docStart, next) == in.textTabs;
        } catch (Cursor.NotSimple e) {
          simple = false;
        }
      }
      if (simple) {
        // A document starts where the one before ended (after a "..." line snakeyaml-engine read),
        // and the first at the region's start, even after a part snakeyaml-engine read that held
        // none (a byte order mark or a comment before the first "---").
        int from = documents.isEmpty() ? start : documents.get(documents.size() - 1).end();
        documents.add(new YDocument(root, from, in.pos, documents.size()));
      } else {
        if (fallback == null) {
          return new Region(null, 0);
        }
        Region region = fallback.parse(docStart, next, docLine);
        if (region.documents() == null) {
          return Region.failed(docStart, docLine, aliases);
        }
        aliases = Math.max(aliases, region.aliases());
        for (YDocument d : region.documents()) {
          // The first at the region's start too, as above (snakeyaml-engine starts it at its ---).
          int from = documents.isEmpty() ? start : documents.get(documents.size() - 1).end();
          documents.add(new YDocument(d.root(), from, d.end(), documents.size()));
        }
        in.line = docLine + Chars.newlines(in.text, docStart, next);
        in.pos = next;
        in.lineStart = next;
      }
      docStart = in.pos;
      docLine = in.line;
      in.textTabs = 0;
      column = in.atEnd() ? -1 : in.column();
    }
    aliases = Math.max(aliases, nodes.aliases());
    return aliases > limits.maxAliases() ? new Region(null, 0) : new Region(documents, aliases);
  }
}
