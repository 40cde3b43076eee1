package dev.startgate.yaml;

/**
 * One document of a stream: its root node (null for an empty document) and its char range in the
 * source, from its first byte (directives, {@code ---}, leading comments) to the start of the next.
 */
public record YDocument(YNode root, int start, int end, int index) {}
