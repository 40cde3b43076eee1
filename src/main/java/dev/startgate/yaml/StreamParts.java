package dev.startgate.yaml;

import dev.startgate.yaml.SimpleBlockParser.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Parses a large multi-document stream in parts, one thread per part, each part a run of whole
 * documents: the parse is most of a large run, and a machine has more than one core.
 *
 * <p>A part starts at a line that starts with {@code ---} and a space, a tab or the line's end: in
 * YAML such a line starts a document wherever it stands (a block scalar ends before it, a quoted
 * scalar may not contain it), so each part is a stream of its own and parses as it would within the
 * whole. Every byte is parsed once and every document is checked as before. Anything unusual falls
 * back to one parse of the whole text, which then gives the error, with its line, exactly as
 * before: any error in any part, directives ({@code %YAML}, whose scope is the next document), a
 * first part without a document (only comments before the first {@code ---}), or more aliases in
 * all parts together than the limit.
 */
final class StreamParts {
  /**
   * Inputs shorter than this per part are parsed in one go: each thread runs the parser cold
   * (interpreted while the one C1 thread compiles it) and competes with that thread for the cores.
   * At 1,000 resources (kpt's 1.7 MB ResourceList) one thread was 30 ms faster than two (of about
   * 350 ms, docs/performance-rounds.md, first round); at 10,000 (11.7 MB) two save a fifth.
   */
  static final int MIN_PART_CHARS = 1024 * 1024;

  /** At most this many parts, whatever the number of cores. */
  private static final int MAX_PARTS = 4;

  private StreamParts() {}

  /** How many parts to parse {@code length} chars in on this machine (1: in one go). */
  static int parts(int length) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(Math.min(cores, MAX_PARTS), length / MIN_PART_CHARS));
  }

  /**
   * The documents of {@code text} parsed in about {@code parts} parts; null if they must be parsed
   * in one go (see the class comment). A region without documents names the first document that
   * snakeyaml-engine rejected, in the first part that has one: the parts before it parsed. {@code
   * text[0, clean)} holds no char outside the simple parser's subset and no directive ({@link
   * SimpleBlockParser#parse(String, int, int, int, YamlLimits, SimpleBlockParser.Fallback, int)}).
   */
  static Region parse(
      String text, int parts, YamlLimits limits, IntFunction<LoadSettings> settings, int clean) {
    if (parts < 2 || text.startsWith("%")) {
      return null;
    }
    // Where the parts start first: a ResourceList (one document) has no second start, and the
    // search for one reads half the text where the search for a directive reads all of it.
    List<Integer> starts = starts(text, parts);
    // A directive's % at a line's start would have ended the clean run (YamlParser): look after it.
    if (starts.size() < 2 || text.indexOf("\n%", Math.max(clean - 1, 0)) >= 0) {
      return null;
    }
    List<int[]> regions = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      regions.add(
          new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()});
    }
    List<Region> results = parseRegions(text, regions, limits, settings, clean);
    if (results == null) {
      return null;
    }
    // Document indexes: each part numbered its documents from 0.
    List<YDocument> documents = new ArrayList<>();
    int aliases = 0;
    for (Region part : results) {
      if (part.documents() == null) {
        return part.failedAt() < 0
            ? null
            : Region.failed(part.failedAt(), part.failedLine(), Math.max(aliases, part.aliases()));
      }
      if (part == results.get(0) && part.documents().isEmpty()) {
        return null;
      }
      aliases = Math.max(aliases, part.aliases());
      for (YDocument d : part.documents()) {
        // A document starts where the one before it ended (after a "..." line, say), as in one
        // parse; the first of a part would otherwise start at the part's "---" line.
        int start = documents.isEmpty() ? d.start() : documents.get(documents.size() - 1).end();
        documents.add(new YDocument(d.root(), start, d.end(), documents.size()));
      }
    }
    return aliases > limits.maxAliases() ? null : new Region(documents, aliases);
  }

  /**
   * Parses each region {@code [start, end)} of {@code text}, on as many threads as there are cores
   * (this one among them), each taking the next region not yet taken: a list whose unusual items
   * are parsed alone has thousands of regions, and a thread each cost more than they saved. Null if
   * interrupted or if a region's thread failed. A region that failed has null documents. The
   * regions follow each other from offset 0.
   */
  static List<Region> parseRegions(
      String text,
      List<int[]> regions,
      YamlLimits limits,
      IntFunction<LoadSettings> settings,
      int clean) {
    int n = regions.size();
    int[] lines = new int[n];
    for (int i = 1; i < n; i++) {
      lines[i] = lines[i - 1] + Chars.newlines(text, regions.get(i - 1)[0], regions.get(i)[0]);
    }
    Region[] results = new Region[n];
    // A class, not a lambda: the launcher's training input is too small to reach this code, and a
    // lambda no class-data archive holds is spun at run time (a few ms of every large run).
    PartTask task =
        new PartTask(results, new AtomicInteger(), text, regions, lines, limits, settings, clean);
    Thread[] threads =
        new Thread[Math.min(n, Math.max(1, Runtime.getRuntime().availableProcessors())) - 1];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(task, "startgate-parse-" + (i + 1));
      threads[i].setDaemon(true);
      threads[i].start();
    }
    task.run();
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    for (Region part : results) {
      if (part == null) {
        return null; // a part's thread ended with an exception
      }
    }
    return List.of(results);
  }

  /**
   * Where each part starts: 0, then for each further part the first document start line at or after
   * an even share of the text.
   */
  static List<Integer> starts(String text, int parts) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int k = 1; k < parts; k++) {
      int from = Math.max((int) ((long) text.length() * k / parts), starts.get(starts.size() - 1));
      int at = documentStart(text, from);
      if (at < 0) {
        break;
      }
      if (at > starts.get(starts.size() - 1)) {
        starts.add(at);
      }
    }
    return starts;
  }

  /** The first offset at or after {@code from} (not 0) where a {@code ---} line starts, or -1. */
  private static int documentStart(String text, int from) {
    int at = Chars.markerLine(text, Math.max(from - 1, 0), text.length());
    // A last, empty document is not worth a part.
    return at >= 0 && at + 3 < text.length() ? at : -1;
  }

  /** One part's documents: the simple parser's, with snakeyaml-engine for what it leaves. */
  static Region part(
      String text,
      int start,
      int end,
      int line,
      YamlLimits limits,
      IntFunction<LoadSettings> settings,
      int clean) {
    return SimpleBlockParser.parse(
        text, start, end, line, limits, new Snake(text, limits, settings), clean);
  }

  /**
   * snakeyaml-engine's parse of a region of whole documents: for the documents {@link
   * SimpleBlockParser} leaves to it.
   */
  record Snake(String text, YamlLimits limits, IntFunction<LoadSettings> settings)
      implements SimpleBlockParser.Fallback {
    @Override
    public Region parse(int start, int end, int line) {
      try {
        return read(start, end, line);
      } catch (YamlInputException | RuntimeException | StackOverflowError e) {
        return new Region(null, 0);
      }
    }

    /**
     * The documents of {@code text[start, end)}, whose first line is line {@code line} of the text,
     * or snakeyaml-engine's (or the tree's) exception as it is.
     */
    Region read(int start, int end, int line) throws YamlInputException {
      try {
        return build(start, end, line, new RegionReader(text, start, end), null);
      } catch (MarkedYamlEngineException e) {
        if (!SeparatorEscapes.is(e)) {
          throw e;
        }
        // \L, \P or \' in this region: read here, not by a parse of the whole text (one per
        // double-quoted string with \', review ED: 20,000 documents before one took 0.4 s each).
        return SeparatorEscapes.read(
            text.substring(start, end),
            line,
            e,
            escapes -> build(start, end, line, new RegionReader(escapes.copy()), escapes));
      }
    }

    /** The tree of what {@code reader} reads, with {@code escapes}' values restored if given. */
    private Region build(
        int start, int end, int line, RegionReader reader, SeparatorEscapes escapes)
        throws YamlInputException {
      TreeBuilder builder =
          new TreeBuilder(text, Positions.of(text, start, end), limits, start, end, line, 0);
      Iterable<Event> events = new Parse(settings.apply(end - start)).parseReader(reader);
      List<YDocument> documents = builder.build(escapes == null ? events : escapes.restore(events));
      return new Region(documents, builder.aliases());
    }
  }

  /** Parses the regions not yet taken ({@code next}), each into its slot of {@code results}. */
  private record PartTask(
      Region[] results,
      AtomicInteger next,
      String text,
      List<int[]> regions,
      int[] lines,
      YamlLimits limits,
      IntFunction<LoadSettings> settings,
      int clean)
      implements Runnable {
    @Override
    public void run() {
      for (int k = next.getAndIncrement(); k < regions.size(); k = next.getAndIncrement()) {
        int[] region = regions.get(k);
        try {
          results[k] = part(text, region[0], region[1], lines[k], limits, settings, clean);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          // The slot stays empty: the caller parses the text again on its own thread, where the
          // failure is reported in one line (uncaught here, it printed a stack trace).
        }
      }
    }
  }
}
