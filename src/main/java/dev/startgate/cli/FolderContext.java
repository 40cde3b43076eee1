package dev.startgate.cli;

import dev.startgate.function.StartGate;
import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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

  /** The YAML files in {@code folder} but {@code leftOut}, in the order of their names. */
  static List<String> texts(Path folder, Collection<Path> leftOut) {
    Set<Path> out = new HashSet<>();
    for (Path p : leftOut) {
      out.add(real(p));
    }
    List<String> texts = new ArrayList<>();
    for (Path p : files(folder)) {
      if (!out.isEmpty() && out.contains(real(p))) {
        continue;
      }
      try {
        texts.add(BoundedInput.readFile(p));
      } catch (IOException e) {
        // Context only: a file that cannot be read reports its own error if it is rewritten.
      }
    }
    return texts;
  }

  /**
   * The YAML files in {@code folder} that can be read, by their names as messages show them
   * (relative to the working directory when below it), in the order of their names; a symlink to
   * one of them beside it is left out.
   */
  static Map<String, String> named(Path folder) {
    Path cwd = Path.of("").toAbsolutePath();
    Map<String, String> out = new LinkedHashMap<>();
    Set<Path> seen = new HashSet<>();
    for (Path p : files(folder)) {
      if (!seen.add(real(p))) {
        // A symlink beside the file it names: one file, as rewrite takes it.
        continue;
      }
      try {
        String text = BoundedInput.readFile(p);
        out.put(p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString(), text);
      } catch (IOException e) {
        // Context only: a file that cannot be read reports its own error if it is rewritten.
      }
    }
    return out;
  }

  /**
   * The function for the files of {@code folder} that {@code rewrite} is {@code given}: every YAML
   * file of the folder is its context, by name; those given are rewritten too.
   */
  static StartGate function(Path folder, Set<Path> given, String namespace) {
    Map<String, String> named = named(folder);
    return new StartGate(
        YamlLimits.DEFAULT,
        List.copyOf(named.values()),
        List.copyOf(named.keySet()),
        namespace,
        givenTexts(folder, given));
  }

  /** The texts of the files of {@code folder} that are among {@code given}, by real path. */
  static List<String> givenTexts(Path folder, Collection<Path> given) {
    Set<Path> wanted = new HashSet<>();
    for (Path p : given) {
      wanted.add(real(p));
    }
    List<String> texts = new ArrayList<>();
    for (Path p : files(folder)) {
      if (wanted.contains(real(p))) {
        try {
          texts.add(BoundedInput.readFile(p));
        } catch (IOException e) {
          // It reports its own error when it is rewritten.
        }
      }
    }
    return texts;
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

  /** {@code f} as one file of one folder's package: its folder and its real path. */
  static String identity(Path f) {
    return folder(f) + "\n" + real(f);
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
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
