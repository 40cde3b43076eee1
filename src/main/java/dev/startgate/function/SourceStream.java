package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several files as the one stream {@code cat FILE... | startgate} would read, each file still known
 * by where its text starts, so every resource can carry the name of its file.
 *
 * @param text the files, each starting a new document
 * @param sources the files
 * @param starts where each file's text starts in {@code text}
 */
record SourceStream(String text, List<Source> sources, List<Integer> starts) {

  /** The files joined; one file is its own text. */
  static SourceStream of(List<Source> sources) {
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (Source source : sources) {
      String file = source.text();
      if (!starts.isEmpty()) {
        // A file's byte order mark starts the file, as each file is read alone by a run: in the
        // stream it would start the first key of the file's first object.
        file = file.startsWith("\uFEFF") ? file.substring(1) : file;
        text.append(separator(text, file));
      }
      starts.add(text.length());
      text.append(file);
    }
    return new SourceStream(text.toString(), List.copyOf(sources), List.copyOf(starts));
  }

  /** What goes between a stream and the next file's {@code next} so both stay whole documents. */
  private static String separator(StringBuilder stream, String next) {
    boolean endsLine = stream.length() == 0 || stream.charAt(stream.length() - 1) == '\n';
    return (endsLine ? "" : "\n")
        + (next.startsWith("%") ? "...\n" : next.startsWith("---") ? "" : "---\n");
  }

  /**
   * The error of the first of {@code sources} that does not read on its own, named after its file
   * (a YAML error's line is then the file's own); {@code error} is the one source's when there is
   * only one. Null if each reads.
   */
  static Result firstError(InputReader inputs, List<Source> sources, Result error) {
    for (Source source : sources) {
      Result e = sources.size() == 1 ? error : inputs.read(source.text()).error();
      if (e != null) {
        return e.inFile(source.name(), e.index());
      }
    }
    return null;
  }

  /** {@code input}, read from {@link #text}, with each resource named after its file. */
  Input named(Input input) {
    Map<Resource, Resource> renamed = new IdentityHashMap<>();
    for (Resource r : input.resources()) {
      renamed.put(r, r.readFrom(sourceAt(r.node().start()).name()));
    }
    Resource config = input.functionConfig();
    if (config != null) {
      renamed.computeIfAbsent(config, c -> c.readFrom(sourceAt(c.node().start()).name()));
    }
    return new Input(
        input.text(),
        input.documents(),
        input.resources().stream().map(renamed::get).toList(),
        input.resourceList(),
        input.items(),
        config == null ? null : renamed.get(config),
        input.newline());
  }

  private Source sourceAt(int offset) {
    int i = sources.size() - 1;
    while (i > 0 && starts.get(i) > offset) {
      i--;
    }
    return sources.get(i);
  }
}
