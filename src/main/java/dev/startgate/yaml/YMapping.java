package dev.startgate.yaml;

import java.util.List;
import java.util.Optional;

/** A mapping with its entries in source order. */
public record YMapping(List<Entry> entries, boolean flow, int start, int end, int line, int column)
    implements YNode {

  /** One key and its value. */
  public record Entry(YNode key, YNode value) {
    /** The key's text if it is a scalar, else null. */
    public String keyText() {
      return key instanceof YScalar s ? s.value() : null;
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
    // Indexed: C1 allocates an iterator for each for-each loop.
    for (int i = 0, n = entries.size(); i < n; i++) {
      Entry e = entries.get(i);
      if (key.equals(e.keyText())) {
        return e;
      }
    }
    return null;
  }

  private YNode valueOrNull(String key) {
    Entry e = entryOrNull(key);
    return e == null ? null : e.value();
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
