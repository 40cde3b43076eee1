package dev.startgate.yaml;

import dev.startgate.yaml.SimpleBlockParser.Region;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML stream into {@link YDocument}s with char positions, in one pass over
 * snakeyaml-engine's events. It builds its own light tree instead of composing snakeyaml nodes so
 * that aliases stay visible (never followed, so alias bombs and recursive anchors cost nothing),
 * nesting depth is checked before anything deep is built, and duplicate keys are reported.
 */
public final class YamlParser {
  /** Chars snakeyaml-engine reads at a time; see the comment where it is set. */
  private static final int READ_BUFFER_CHARS = 1 << 16;

  private final YamlLimits limits;

  /** Parts a large stream is parsed in; 0: as many as {@link StreamParts#parts} says. */
  private final int parts;

  /** A parser bounded by {@code limits}. */
  public YamlParser(YamlLimits limits) {
    this(limits, 0);
  }

  /**
   * A parser bounded by {@code limits} that parses a stream in up to {@code parts} parts whatever
   * its size (1: in one go; 0: by size and cores), so tests can compare the two.
   */
  YamlParser(YamlLimits limits, int parts) {
    this.limits = limits;
    this.parts = parts;
  }

  /** Parses every document of {@code text}. */
  public List<YDocument> parse(String text) throws YamlInputException {
    return read(text).documents();
  }

  /** The documents of a text and its line break: "\r\n" if it holds a CRLF, else "\n". */
  public record Parsed(List<YDocument> documents, String newline) {}

  /** Parses every document of {@code text}, and tells its line break. */
  public Parsed read(String text) throws YamlInputException {
    if (text.length() > limits.maxInputChars()) {
      throw new YamlInputException(
          "input is "
              + text.length()
              + " characters, more than the limit of "
              + limits.maxInputChars(),
          0);
    }
    // One pass finds the first char the simple parser leaves to snakeyaml-engine (a NUL, a CR, a
    // tab, a directive's %...). Every look below for such chars starts there (each was a pass).
    int clean = CleanRun.of(text);
    boolean crlf = text.indexOf("\r\n", clean) >= 0;
    List<YDocument> documents;
    try {
      documents = crlf ? crlfDocuments(text, clean) : documents(text, clean);
    } catch (NumberFormatException e) {
      // snakeyaml-engine 3 reads \UFFFFFFFF with Integer.parseInt, which overflows.
      throw YamlErrors.badEscape(text, e);
    } catch (YamlInputException e) {
      throw YamlErrors.withUnicodeBreak(text, clean, e);
    }
    return new Parsed(documents, crlf ? "\r\n" : "\n");
  }

  /**
   * The documents of a text with CRLF line breaks: those of its LF twin ({@link LineFeeds}), which
   * the simple parser reads, at the text's own offsets. Anything wrong in the text (a bare CR, a
   * NUL, a syntax error) is reported by parsing the text itself, so the error is exactly the one it
   * gives.
   */
  private List<YDocument> crlfDocuments(String text, int clean) throws YamlInputException {
    LineFeeds lf = LineFeeds.of(text, clean);
    if (lf == null) {
      return documents(text, clean); // a bare CR: the error
    }
    String twin = lf.text();
    List<YDocument> documents;
    try {
      // The twin is the text up to the first CR (at or after clean): its line is read again.
      int lineStart = twin.lastIndexOf('\n', clean - 1) + 1;
      documents =
          documents(twin, SimpleBlockParser.firstNotAllowed(twin, lineStart, twin.length()));
    } catch (YamlInputException e) {
      return documents(text, clean);
    }
    return lf.restore(documents);
  }

  private List<YDocument> documents(String text, int clean) throws YamlInputException {
    int nul = text.indexOf('\0', clean);
    if (nul >= 0) {
      throw YamlErrors.nul(text, nul);
    }
    int bareCr = bareCarriageReturn(text, clean);
    if (bareCr >= 0) {
      // YAML reads a lone CR as a line break, but the splice editor works on LF lines.
      throw new YamlInputException(
          "line "
              + TreeBuilder.lineOf(text, bareCr)
              + " ends with a carriage return (CR) alone; save the file with LF or CRLF line"
              + " endings",
          TreeBuilder.lineOf(text, bareCr));
    }
    int count = parts(text);
    Region inParts = StreamParts.parse(text, count, limits, this::settings, clean);
    if (inParts != null && inParts.documents() != null) {
      return inParts.documents();
    }
    if (inParts != null) {
      throwErrorFrom(text, inParts);
    }
    List<YDocument> items = ListParts.parse(text, count, limits, this::settings, clean);
    if (items != null) {
      return items;
    }
    // The block YAML Kubernetes tools write, without snakeyaml-engine (the same tree, or null).
    // A document outside that subset is parsed alone by snakeyaml-engine (Snake); an error there
    // is reported as a parse of the whole text would, from that document on (throwErrorFrom).
    Region simple =
        SimpleBlockParser.parse(
            text,
            0,
            text.length(),
            0,
            limits,
            new StreamParts.Snake(text, limits, this::settings),
            clean);
    if (simple.documents() != null) {
      return simple.documents();
    }
    throwErrorFrom(text, simple);
    // Anything else (a tab after a key, which kubectl reads as a space; aliases over the limit in
    // all documents together): the whole text in one go, for its documents or its error.
    return inOneGo(text);
  }

  /**
   * The documents of {@code text} parsed by snakeyaml-engine in one go, or its error with the line
   * and a fix: what {@link #parse} gives for any text, only slower (tests hold the two equal).
   */
  List<YDocument> inOneGo(String text) throws YamlInputException {
    try {
      return oneParse(text);
    } catch (YamlInputException e) {
      throw YamlErrors.withUnicodeBreak(text, 0, e);
    }
  }

  private List<YDocument> oneParse(String text) throws YamlInputException {
    Positions positions = Positions.of(text);
    try {
      return parse(text, positions, settings(text.length()));
    } catch (MarkedYamlEngineException e) {
      throw isTab(e) ? YamlErrors.tabError(text, e) : YamlErrors.syntaxError(e, 0);
    } catch (YamlEngineException | StackOverflowError e) {
      throw YamlErrors.unmarked(e, text, 0);
    } catch (NumberFormatException e) {
      throw YamlErrors.badEscape(text, e);
    }
  }

  /**
   * Throws the error of the first document snakeyaml-engine rejected in {@code failed}, as one
   * parse of the whole text reports it, by parsing only from that document on: the documents before
   * it parsed, and a document starts afresh (a directive, whose scope crosses documents, never gets
   * here: the simple parser leaves it, and the region around it, to snakeyaml-engine). Returns if
   * it cannot tell: no document was found wrong, aliases before it count towards the limit, the
   * error is a tab (the whole text is then read with tabs after keys as spaces), or the rest parses
   * after all.
   */
  private void throwErrorFrom(String text, Region failed) throws YamlInputException {
    int from = failed.failedAt();
    if (from < 0 || failed.aliases() > 0) {
      return;
    }
    try {
      new StreamParts.Snake(text, limits, this::settings)
          .read(from, text.length(), failed.failedLine());
    } catch (MarkedYamlEngineException e) {
      // A tab after a key and \L or \P escapes are read in the parse of the whole text.
      if (!isTab(e) && !SeparatorEscapes.is(e)) {
        throw YamlErrors.syntaxError(e, failed.failedLine());
      }
    } catch (YamlEngineException | StackOverflowError e) {
      throw YamlErrors.unmarked(e, text, from);
    }
  }

  private int parts(String text) {
    return parts > 0 ? parts : StreamParts.parts(text.length());
  }

  private LoadSettings settings(int length) {
    return LoadSettings.builder()
        .setCodePointLimit(Math.max(limits.maxInputChars(), 1))
        .setMaxAliasesForCollections(limits.maxAliases())
        .setUseMarks(true)
        // snakeyaml-engine copies every pending code point on each buffer refill, so one long
        // token costs (length^2 / buffer size): 8 MB took 40 s with the default 1 KiB buffer.
        // Each refill also allocates a new window of the buffer's size (4 bytes a code point):
        // windows of 1M code points outlived their use in the old generation, ~50 MB of a
        // 10,000-resource run's peak memory (256K: ~25 MB); 64K keeps them young, and the 8 MB
        // token still takes well under a second.
        .setBufferSize(Math.min(Math.max(length, 1), READ_BUFFER_CHARS))
        .build();
  }

  /**
   * Parses {@code text}; where snakeyaml-engine rejects a tab that go-yaml (and so kubectl) takes
   * as the space after a key, parses again with those tabs read as spaces (see {@link
   * TabSeparators}).
   */
  private List<YDocument> parse(String text, Positions positions, LoadSettings settings)
      throws YamlInputException {
    try {
      return TreeBuilder.whole(text, positions, limits)
          .build(new Parse(settings).parseReader(new RegionReader(text)));
    } catch (MarkedYamlEngineException e) {
      if (SeparatorEscapes.is(e)) {
        return withSeparatorEscapes(text, positions, settings, e);
      }
      List<int[]> runs = isTab(e) ? TabSeparators.candidates(text) : List.of();
      if (runs.isEmpty()) {
        throw e;
      }
      Set<Integer> skipped = new HashSet<>();
      // At most twice: the second pass leaves out the runs the first found inside a scalar.
      for (int pass = 0; pass < 2; pass++) {
        String spaced = TabSeparators.replace(text, runs, skipped);
        List<YDocument> documents =
            TreeBuilder.whole(text, positions, limits)
                .build(new Parse(settings).parseReader(new RegionReader(spaced)));
        Set<Integer> inside = TabSeparators.insideScalars(text, documents, runs);
        inside.removeAll(skipped);
        if (inside.isEmpty()) {
          return documents;
        }
        skipped.addAll(inside);
      }
      throw e;
    }
  }

  /**
   * Parses {@code text}, which snakeyaml-engine rejected ({@code e}) for a {@code \L}, {@code \P}
   * or {@code \'} escape, with those escapes read as U+2028, U+2029 and a quote ({@link
   * SeparatorEscapes}); throws the first other error, or {@code e} when that cannot be done.
   */
  private List<YDocument> withSeparatorEscapes(
      String text, Positions positions, LoadSettings settings, MarkedYamlEngineException e)
      throws YamlInputException {
    return SeparatorEscapes.read(
        text,
        0,
        e,
        escapes ->
            TreeBuilder.whole(text, positions, limits)
                .build(
                    escapes.restore(
                        new Parse(settings).parseReader(new RegionReader(escapes.copy())))));
  }

  private static boolean isTab(MarkedYamlEngineException e) {
    // snakeyaml-engine names a tab \t(TAB), and after a tag or a block scalar's indicators
    // prints the tab itself, then "(9)".
    String p = e.getProblem();
    return p != null && (p.contains("\\t(TAB)") || p.contains("\t' (9)") || p.contains("\t(9)"));
  }

  private static int bareCarriageReturn(String text, int from) {
    for (int i = text.indexOf('\r', from); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
        return i;
      }
    }
    return -1;
  }
}
