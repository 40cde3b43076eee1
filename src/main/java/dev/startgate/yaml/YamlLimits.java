package dev.startgate.yaml;

/**
 * Bounds on what the parser accepts. Input beyond them is rejected with a clear error instead of
 * exhausting the stack or the heap.
 *
 * @param maxInputChars the whole input, in chars
 * @param maxDepth nesting of collections
 * @param maxAliases aliases in the whole input
 */
public record YamlLimits(int maxInputChars, int maxDepth, int maxAliases) {

  /** 64 MiB of text, 100 levels of nesting, 50 aliases. */
  public static final YamlLimits DEFAULT = new YamlLimits(64 * 1024 * 1024, 100, 50);
}
