package dev.startgate.yaml;

/**
 * Bounds on what the parser accepts. Input beyond them is rejected with a clear error instead of
 * exhausting the stack or the heap.
 *
 * @param maxInputChars the whole input, in chars
 * @param maxDepth nesting of collections in a document
 * @param maxAliases aliases in one object: a document, or an item of a ResourceList
 * @param uncountedLevels the levels above the documents that count: a ResourceList's root mapping
 *     and its {@code items} list, so an object nests as deep in a ResourceList as in a stream
 */
public record YamlLimits(int maxInputChars, int maxDepth, int maxAliases, int uncountedLevels) {

  /** 64 MiB of text, 100 levels of nesting, 50 aliases. */
  public static final YamlLimits DEFAULT = new YamlLimits(64 * 1024 * 1024, 100, 50);

  /** Limits on documents at the top of the text. */
  public YamlLimits(int maxInputChars, int maxDepth, int maxAliases) {
    this(maxInputChars, maxDepth, maxAliases, 0);
  }

  /** The nesting a parse may reach: {@link #maxDepth} below the uncounted levels. */
  public int depthBound() {
    return maxDepth + uncountedLevels;
  }

  /** These limits for documents that start {@code levels} deeper in the text (may be negative). */
  public YamlLimits below(int levels) {
    return new YamlLimits(maxInputChars, maxDepth, maxAliases, uncountedLevels + levels);
  }

  /** These limits with no limit on aliases: for parts whose aliases the caller adds up. */
  YamlLimits aliasesUncounted() {
    return new YamlLimits(maxInputChars, maxDepth, Integer.MAX_VALUE, uncountedLevels);
  }
}
