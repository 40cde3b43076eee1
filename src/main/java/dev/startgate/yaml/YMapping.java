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
    for (Entry e : entries) {
      if (key.equals(e.keyText())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The value of {@code key}, if present. */
  public Optional<YNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  /** The value of {@code key} if it is a mapping. */
  public Optional<YMapping> mapping(String key) {
    return get(key).filter(YMapping.class::isInstance).map(YMapping.class::cast);
  }

  /** The value of {@code key} if it is a sequence. */
  public Optional<YSequence> sequence(String key) {
    return get(key).filter(YSequence.class::isInstance).map(YSequence.class::cast);
  }

  /** The value of {@code key} if it is a non-null scalar. */
  public Optional<String> text(String key) {
    return get(key)
        .filter(YScalar.class::isInstance)
        .map(YScalar.class::cast)
        .filter(s -> !s.isNull())
        .map(YScalar::value);
  }

  /** The value at a path of mapping keys. */
  public Optional<YNode> at(String... path) {
    YNode node = this;
    for (String key : path) {
      if (!(node instanceof YMapping m)) {
        return Optional.empty();
      }
      Optional<YNode> next = m.get(key);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      node = next.get();
    }
    return Optional.of(node);
  }

  /** The mapping at a path of mapping keys. */
  public Optional<YMapping> mappingAt(String... path) {
    return at(path).filter(YMapping.class::isInstance).map(YMapping.class::cast);
  }
}
