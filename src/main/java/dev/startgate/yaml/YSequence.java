package dev.startgate.yaml;

import java.util.List;

/** A sequence with its items in source order. */
public record YSequence(List<YNode> items, boolean flow, int start, int end, int line, int column)
    implements YNode {}
