package dev.startgate.cli;

import dev.startgate.function.StartGate;
import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The other YAML files beside the files {@code rewrite} and {@code explain} are given: read as
 * context, so that both plan a file alike.
 */
final class FolderContext {
  private FolderContext() {}

  /** The folder that holds {@code file}, as an absolute path. */
  static Path folder(Path file) {
    return file.toAbsolutePath().normalize().getParent();
  }

  /**
   * A YAML file of a folder, read.
   *
   * @param real its real path
   * @param name its name as messages show it (relative to the working directory when below it)
   * @param text its text, or null if it cannot be read
   * @param why why it cannot be read, or null
   */
  record Read(Path real, String name, String text, String why) {
    Read(Path real, String name, String text) {
      this(real, name, text, null);
    }
  }

  /**
   * The YAML files in {@code folder} that can be read, in the order of their names; a symlink to
   * one of them beside it is left out (one file, as rewrite takes it). A file that cannot be read
   * is no context: it reports its own error if it is rewritten, and {@link #function} names it
   * where a run fails.
   */
  static List<Read> read(Path folder) {
    return readable(readAll(folder));
  }

  private static String why(IOException e) {
    if (e instanceof BoundedInput.TooLarge t) {
      return "it is larger than " + BoundedInput.mib(t.limit);
    }
    if (e instanceof java.nio.charset.CharacterCodingException c) {
      return "it is not valid UTF-8" + BoundedInput.where(c);
    }
    return "it cannot be read: " + ConfigOption.reason(e);
  }

  /** {@code files} that could be read. */
  static List<Read> readable(List<Read> files) {
    return files.stream().filter(f -> f.why() == null).toList();
  }

  /** As {@link #read}, with each file that cannot be read too (its text null, its reason). */
  static List<Read> readAll(Path folder) {
    Path cwd = Path.of("").toAbsolutePath();
    List<Read> out = new ArrayList<>();
    Map<Path, Integer> seen = new HashMap<>();
    Set<Integer> links = new HashSet<>();
    List<Path> files;
    try {
      files = listed(folder);
    } catch (IOException e) {
      // Its files are no context: named, as one that cannot be read is, where a run fails.
      Path all = folder.resolve("*.yaml");
      String why = "the folder cannot be listed: " + ConfigOption.reason(e);
      return List.of(new Read(real(folder), name(cwd, all), null, why));
    }
    for (Path p : files) {
      Path real = real(p);
      String name = name(cwd, p);
      Integer at = seen.get(real);
      if (at != null) {
        // A symlink beside its file: named by the file, the path git keeps its text at.
        if (links.remove(at) && !Files.isSymbolicLink(p)) {
          Read was = out.get(at);
          out.set(at, new Read(real, name, was.text(), was.why()));
        }
        continue;
      }
      try {
        out.add(new Read(real, name, BoundedInput.readFile(p)));
      } catch (IOException e) {
        // Not context (a given file reports its own error); named where a run fails.
        out.add(new Read(real, name, null, why(e)));
      }
      seen.put(real, out.size() - 1);
      if (Files.isSymbolicLink(p)) {
        links.add(out.size() - 1);
      }
    }
    return out;
  }

  /**
   * The name {@link #read} gives each file of {@code folder}, by its real path (a symlink beside
   * its file is named by the file), without reading them.
   */
  static Map<Path, String> namesByReal(Path folder) {
    Path cwd = Path.of("").toAbsolutePath();
    Map<Path, Path> named = new HashMap<>();
    for (Path p : files(folder)) {
      Path was = named.putIfAbsent(real(p), p);
      if (was != null && Files.isSymbolicLink(was) && !Files.isSymbolicLink(p)) {
        named.put(real(p), p);
      }
    }
    Map<Path, String> out = new HashMap<>();
    for (Map.Entry<Path, Path> e : named.entrySet()) {
      out.put(e.getKey(), name(cwd, e.getValue()));
    }
    return out;
  }

  private static String name(Path cwd, Path p) {
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
  }

  /** The texts of {@code files} that could be read. */
  static List<String> texts(List<Read> files) {
    return readable(files).stream().map(Read::text).toList();
  }

  /** The YAML files in {@code folder} but {@code leftOut}, in the order of their names. */
  static List<String> texts(Path folder, Collection<Path> leftOut) {
    Set<Path> out = reals(leftOut);
    return texts(read(folder).stream().filter(f -> !out.contains(f.real())).toList());
  }

  /**
   * The function for a folder's {@code files}, each its context by name, of which {@code planned}
   * (texts) are planned too: rewritten by the same rewrite, or explained together.
   */
  static StartGate function(List<Read> files, String namespace, Collection<String> planned) {
    List<Read> readable = readable(files);
    Map<String, String> unreadable = new LinkedHashMap<>();
    files.stream().filter(f -> f.why() != null).forEach(f -> unreadable.put(f.name(), f.why()));
    return new StartGate(
        YamlLimits.DEFAULT,
        texts(readable),
        readable.stream().map(Read::name).toList(),
        namespace,
        planned,
        unreadable);
  }

  /** The function for the files of {@code folder} that {@code rewrite} is {@code given}. */
  static StartGate function(Path folder, Set<Path> given, String namespace) {
    Set<Path> wanted = reals(given);
    // A given file that cannot be read reports its own error: it is no sibling left out.
    List<Read> files =
        readAll(folder).stream()
            .filter(f -> f.why() == null || !wanted.contains(f.real()))
            .toList();
    return function(
        files, namespace, texts(files.stream().filter(f -> wanted.contains(f.real())).toList()));
  }

  private static Set<Path> reals(Collection<Path> files) {
    Set<Path> out = new HashSet<>();
    for (Path p : files) {
      out.add(real(p));
    }
    return out;
  }

  /**
   * {@code files}, a file named twice in its folder ({@code ./a.yaml} and {@code a.yaml}, or a
   * symlink beside it) once, as first named. A symlink in another folder is a file of that folder's
   * package.
   */
  static Set<Path> unique(List<Path> files) {
    Set<Path> unique = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    for (Path f : files) {
      if (seen.add(identity(f))) {
        unique.add(f);
      }
    }
    return unique;
  }

  /** {@code f} relative to the working directory if it lies below it, for diffs and messages. */
  static String label(Path f) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = f.toAbsolutePath().normalize();
    // ../deploy/a.yaml from deploy/ is a.yaml: git apply takes no path that leaves the folder.
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : f.toString();
  }

  /** {@code f} as one file of one folder's package: its folder and its real path. */
  static String identity(Path f) {
    return folder(f) + "\n" + real(f);
  }

  /**
   * True if {@code f} is the {@code --config} file {@code config} (null: none), named any way: the
   * config among the files given ({@code rewrite --config deploy/startgate.yaml deploy/*.yaml}),
   * which is no manifest to plan.
   */
  static boolean isConfig(Path f, Path config) {
    return config != null && real(f).equals(real(config));
  }

  /**
   * {@code files} without the {@code --config} file {@code config}: none when it is all of them
   * (pre-commit passes the config alone when only it changed).
   */
  static Set<Path> withoutConfig(Set<Path> files, Path config) {
    Set<Path> manifests = new LinkedHashSet<>();
    files.stream().filter(f -> !isConfig(f, config)).forEach(manifests::add);
    return manifests;
  }

  /** {@code f}'s real path, or its absolute one if it has none (a file that is not there). */
  static Path real(Path f) {
    try {
      return f.toRealPath();
    } catch (IOException e) {
      return f.toAbsolutePath().normalize();
    }
  }

  /**
   * The regular {@code .yaml}/{@code .yml} files in {@code folder}, in the order of their names.
   */
  static List<Path> files(Path folder) {
    try {
      return listed(folder);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<Path> listed(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }
}
