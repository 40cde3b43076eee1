package dev.startgate.yaml;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A mapping with its entries in source order. Its keys and values are kept in one array, key then
 * value: an {@link Entry} object per entry and a list around them were a third of the objects of a
 * large input's tree, and each young collection copies the tree read so far once. {@link
 * #entries()} makes the entries on demand. Equal by value, as a record.
 */
public final class YMapping implements YNode {
  private final YNode[] pairs;
  private final boolean flow;
  private final int start;
  private final int end;
  private final int line;
  private final int column;

  /** One key and its value. */
  public record Entry(YNode key, YNode value) {
    /** The key's text if it is a scalar, else null. */
    public String keyText() {
      return key instanceof YScalar s ? s.value() : null;
    }
  }

  /** A mapping of {@code entries}. */
  public YMapping(List<Entry> entries, boolean flow, int start, int end, int line, int column) {
    this(pairsOf(entries), flow, start, end, line, column);
  }

  private YMapping(YNode[] pairs, boolean flow, int start, int end, int line, int column) {
    this.pairs = pairs;
    this.flow = flow;
    this.start = start;
    this.end = end;
    this.line = line;
    this.column = column;
  }

  /** A mapping of {@code pairs}: each key followed by its value. */
  static YMapping ofPairs(
      List<? extends YNode> pairs, boolean flow, int start, int end, int line, int column) {
    if (pairs.size() % 2 != 0) {
      throw new IllegalArgumentException("a key without a value");
    }
    return new YMapping(pairs.toArray(new YNode[0]), flow, start, end, line, column);
  }

  /** This mapping with {@code pairs} instead of its own, from {@code start} to {@code end}. */
  YMapping withPairs(YNode[] pairs, int start, int end) {
    return new YMapping(pairs, flow, start, end, line, column);
  }

  private static YNode[] pairsOf(List<Entry> entries) {
    YNode[] pairs = new YNode[2 * entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      pairs[2 * i] = entries.get(i).key();
      pairs[2 * i + 1] = entries.get(i).value();
    }
    return pairs;
  }

  /** The entries in source order: a view, each entry made when it is read. */
  public List<Entry> entries() {
    return new Entries();
  }

  /** The number of entries. */
  public int size() {
    return pairs.length / 2;
  }

  /** The key of entry {@code i}. */
  public YNode key(int i) {
    return pairs[2 * i];
  }

  /** The text of the key of entry {@code i} if it is a scalar, else null. */
  public String keyText(int i) {
    return pairs[2 * i] instanceof YScalar s ? s.value() : null;
  }

  /** The value of entry {@code i}. */
  public YNode value(int i) {
    return pairs[2 * i + 1];
  }

  /** True if written in flow style ({@code {a: 1}}). */
  public boolean flow() {
    return flow;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YMapping m
        && m.start == start
        && m.end == end
        && m.line == line
        && m.column == column
        && m.flow == flow
        && Arrays.equals(m.pairs, pairs);
  }

  @Override
  public int hashCode() {
    return ((Arrays.hashCode(pairs) * 31 + Boolean.hashCode(flow)) * 31 + start) * 31 + end;
  }

  @Override
  public String toString() {
    return "YMapping[entries="
        + entries()
        + ", flow="
        + flow
        + ", start="
        + start
        + ", end="
        + end
        + ", line="
        + line
        + ", column="
        + column
        + "]";
  }

  /** The entries of this mapping, made as they are read. */
  private final class Entries extends AbstractList<Entry> implements RandomAccess {
    @Override
    public Entry get(int i) {
      return new Entry(key(i), value(i));
    }

    @Override
    public int size() {
      return YMapping.this.size();
    }
  }

  /** The entry whose scalar key equals {@code key}. */
  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(entryOrNull(key));
  }

  /** The value of {@code key}, if present. */
  public Optional<YNode> get(String key) {
    return Optional.ofNullable(valueOrNull(key));
  }

  /** The value of {@code key} if it is a mapping. */
  public Optional<YMapping> mapping(String key) {
    return valueOrNull(key) instanceof YMapping m ? Optional.of(m) : Optional.empty();
  }

  /** The value of {@code key} if it is a sequence. */
  public Optional<YSequence> sequence(String key) {
    return valueOrNull(key) instanceof YSequence s ? Optional.of(s) : Optional.empty();
  }

  /** The value of {@code key} if it is a non-null scalar. */
  public Optional<String> text(String key) {
    return valueOrNull(key) instanceof YScalar s && !s.isNull()
        ? Optional.of(s.value())
        : Optional.empty();
  }

  /**
   * The value of {@code key} if it is a non-null scalar, or an alias of one ({@code namespace:
   * *ns}): kubectl reads through the alias. Reading only; never edit through it.
   */
  public Optional<String> resolvedText(String key) {
    return YAlias.resolve(valueOrNull(key)) instanceof YScalar s && !s.isNull()
        ? Optional.of(s.value())
        : Optional.empty();
  }

  /** The value at a path of mapping keys. */
  public Optional<YNode> at(String... path) {
    return Optional.ofNullable(nodeAt(path));
  }

  /** The mapping at a path of mapping keys. */
  public Optional<YMapping> mappingAt(String... path) {
    return nodeAt(path) instanceof YMapping m ? Optional.of(m) : Optional.empty();
  }

  // The lookups without Optionals: they run for every key startgate reads of every object, and a
  // chain of Optionals and method references cost several times the search in the interpreter,
  // where a run of 1,000 resources spends most of its time.

  private Entry entryOrNull(String key) {
    int i = indexOf(key);
    return i < 0 ? null : new Entry(pairs[i], pairs[i + 1]);
  }

  /** The index in {@link #pairs} of the scalar key {@code key}, or -1. */
  private int indexOf(String key) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i] instanceof YScalar s && key.equals(s.value())) {
        return i;
      }
    }
    return -1;
  }

  private YNode valueOrNull(String key) {
    int i = indexOf(key);
    return i < 0 ? null : pairs[i + 1];
  }

  private YNode nodeAt(String... path) {
    YNode node = this;
    for (String key : path) {
      if (!(node instanceof YMapping m) || (node = m.valueOrNull(key)) == null) {
        return null;
      }
    }
    return node;
  }
}
