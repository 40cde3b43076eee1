package dev.startgate.yaml;

/** An alias ({@code *name}); startgate never follows aliases when it edits. */
public record YAlias(String anchor, int start, int end, int line, int column) implements YNode {}
