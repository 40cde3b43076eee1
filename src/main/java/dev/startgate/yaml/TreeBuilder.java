package dev.startgate.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Builds the tree of one region of the input (the whole input, or a run of whole documents of it)
 * from snakeyaml-engine's events, with an explicit stack. Positions, lines and document indexes are
 * those of the whole input: the region's own offsets plus where it starts.
 */
final class TreeBuilder {

  private final String text;
  private final Positions positions;
  private final YamlLimits limits;
  private final int base;
  private final int end;
  private final int lineBase;
  private final int indexBase;
  private final List<YDocument> documents = new ArrayList<>();
  private final Deque<TreeFrame> stack = new ArrayDeque<>();

  /**
   * One instance of each short scalar value: a 10,000-resource stream has ~600,000 scalars, most of
   * them keys, and one String each kept ~30 MB more alive until the output was written.
   */
  private final SharedStrings shared = new SharedStrings();

  /** Aliases in the object being built (a document, or an item of a ResourceList). */
  private int aliases;

  /** The most aliases in one object so far. */
  private int most;

  /** The anchors of the document being built so far: an alias may name only one of them. */
  private final Set<String> anchors = new HashSet<>();

  /**
   * The node each anchor of the document names, once built: an alias's target. An anchor whose
   * collection is still open has none (an alias inside it).
   */
  private final Map<String, YNode> anchored = new HashMap<>();

  private YNode root;
  private int docStart;

  /**
   * A builder for {@code text[base, end)}, whose first line is line {@code lineBase} of {@code
   * text} and whose first document is document {@code indexBase}; {@code positions} maps the
   * region's code points to its chars.
   */
  TreeBuilder(
      String text,
      Positions positions,
      YamlLimits limits,
      int base,
      int end,
      int lineBase,
      int indexBase) {
    this.text = text;
    this.positions = positions;
    this.limits = limits;
    this.base = base;
    this.end = end;
    this.lineBase = lineBase;
    this.indexBase = indexBase;
    this.docStart = base;
  }

  /** A builder for all of {@code text}. */
  static TreeBuilder whole(String text, Positions positions, YamlLimits limits) {
    return new TreeBuilder(text, positions, limits, 0, text.length(), 0, 0);
  }

  /** The limit's error for the alias at {@code start} of {@code text}, one too many. */
  static YamlInputException tooManyAliases(YamlLimits limits, String text, int start) {
    return tooManyAliases(limits, lineOf(text, start));
  }

  /** The limit's error for an alias one too many on {@code line} (one-based). */
  static YamlInputException tooManyAliases(YamlLimits limits, int line) {
    return YamlInputException.limit(
        "more than "
            + limits.maxAliases()
            + " aliases in one object (a guard against alias bombs, which expand into huge"
            + " documents)",
        "write the aliased parts out",
        line);
  }

  /** The most aliases in one object (a document, an item of a ResourceList) so far. */
  int aliases() {
    return most;
  }

  List<YDocument> build(Iterable<Event> events) throws YamlInputException {
    for (Event event : events) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          root = null;
          anchors.clear();
          anchored.clear();
          aliases = 0;
        }
        case DocumentEnd -> {
          int at = endOf(event);
          documents.add(new YDocument(root, docStart, at, indexBase + documents.size()));
          docStart = at;
        }
        case Scalar -> {
          String name = anchor((NodeEvent) event);
          YScalar scalar = scalar((ScalarEvent) event);
          if (name != null) {
            anchored.put(name, scalar);
          }
          add(scalar);
        }
        case Alias -> alias((AliasEvent) event);
        case MappingStart, SequenceStart -> {
          String name = anchor((NodeEvent) event);
          if (name != null) {
            anchored.remove(name); // an alias inside the collection names no built node
          }
          open((CollectionStartEvent) event, name);
        }
        case MappingEnd, SequenceEnd -> {
          TreeFrame frame = stack.pop();
          YNode node = frame.close(endOf(event));
          if (frame.anchor != null) {
            anchored.put(frame.anchor, node);
          }
          add(node);
        }
        default -> {
          // StreamStart, StreamEnd, Comment: nothing to build.
        }
      }
    }
    if (!documents.isEmpty() && end == text.length()) {
      // The last document runs to the end of the input, trailing comments included.
      YDocument last = documents.get(documents.size() - 1);
      documents.set(
          documents.size() - 1, new YDocument(last.root(), last.start(), end, last.index()));
    }
    return documents;
  }

  /** Records the anchor of {@code event}, if it has one; its name, or null. */
  private String anchor(NodeEvent event) {
    if (event.getAnchor().isEmpty()) {
      return null;
    }
    String name = event.getAnchor().get().getValue();
    anchors.add(name);
    return name;
  }

  /**
   * An alias, which must name an anchor set before it in its document: snakeyaml-engine's events
   * leave that to its composer, which startgate does not run, and kubectl rejects such an alias
   * ("unknown anchor"), whether its anchor comes later, in another document or nowhere.
   */
  private void alias(AliasEvent event) throws YamlInputException {
    String name = event.getAlias().getValue();
    Mark m = event.getStartMark().orElseThrow();
    // The line from the mark: one counted from the text's start per error made a ResourceList
    // whose items alias each other's anchors quadratic (each run of items failed so: 19-44 s).
    int line = lineBase + m.getLine() + 1;
    if (!anchors.contains(name)) {
      throw new YamlInputException(
          "line "
              + line
              + ": the alias *"
              + name
              + " names no anchor &"
              + name
              + " before it in its document (an anchor in another document does not count)",
          line);
    }
    aliases++;
    most = Math.max(most, aliases);
    if (aliases > limits.maxAliases()) {
      throw tooManyAliases(limits, line);
    }
    add(
        new YAlias(
            event.getAlias().getValue(),
            startOf(event),
            endOf(event),
            lineBase + m.getLine(),
            m.getColumn(),
            anchored.get(name)));
  }

  private YScalar scalar(ScalarEvent e) throws YamlInputException {
    Mark m = e.getStartMark().orElseThrow();
    String value = shared.of(e.getValue());
    String tag = e.getTag().orElse(null);
    String problem = CoreTags.problem(tag, value);
    if (problem != null) {
      throw new YamlInputException(
          problem
              + " (line "
              + (lineBase + m.getLine() + 1)
              + ", column "
              + (m.getColumn() + 1)
              + ")",
          lineBase + m.getLine() + 1);
    }
    return new YScalar(
        value, e.isPlain(), tag, startOf(e), endOf(e), lineBase + m.getLine(), m.getColumn());
  }

  private void open(CollectionStartEvent e, String anchor) throws YamlInputException {
    if (stack.size() <= limits.uncountedLevels()) {
      aliases = 0; // an object starts: a document's root, or an item of a ResourceList
    }
    Mark m = e.getStartMark().orElseThrow();
    if (stack.size() >= limits.depthBound()) {
      throw YamlInputException.limit(
          "nesting deeper than " + limits.maxDepth() + " levels", "", lineBase + m.getLine() + 1);
    }
    stack.push(
        new TreeFrame(
            e.getEventId() == Event.ID.MappingStart,
            e.isFlow(),
            startOf(e),
            lineBase + m.getLine(),
            m.getColumn(),
            anchor));
  }

  private void add(YNode node) throws YamlInputException {
    if (stack.isEmpty()) {
      root = node;
    } else {
      stack.peek().add(node);
    }
  }

  private int startOf(Event e) {
    return base + positions.toChar(e.getStartMark().map(Mark::getIndex).orElse(0));
  }

  private int endOf(Event e) {
    return e.getEndMark().map(m -> base + positions.toChar(m.getIndex())).orElse(end);
  }

  /** The one-based line of char {@code offset} in {@code text}. */
  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
