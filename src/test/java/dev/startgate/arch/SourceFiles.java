package dev.startgate.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The production sources under {@code src/main/java}, by fully qualified class name (one top-level
 * type per file), as written and with comments and string literals blanked out, so rules about code
 * are not fooled by prose.
 */
final class SourceFiles {
  static final Path ROOT = Path.of("src", "main", "java");

  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
          Pattern.DOTALL);

  /** One file: its text and its code without comments and literals. */
  record Source(String name, Path path, String text, String code) {
    String packageName() {
      int dot = name.lastIndexOf('.');
      return name.substring(0, dot);
    }

    String simpleName() {
      return name.substring(name.lastIndexOf('.') + 1);
    }
  }

  private SourceFiles() {}

  /** Every {@code .java} file of the main sources, sorted by name. */
  static Map<String, Source> all() {
    Map<String, Source> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String rel = ROOT.relativize(p).toString().replace('\\', '/');
        String name = rel.substring(0, rel.length() - ".java".length()).replace('/', '.');
        String text = Files.readString(p, StandardCharsets.UTF_8);
        out.put(name, new Source(name, p, text, code(text)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no sources under " + ROOT.toAbsolutePath());
    }
    return out;
  }

  /** {@code text} with comments and string and char literals replaced by blanks. */
  static String code(String text) {
    return COMMENT_OR_STRING
        .matcher(text)
        .replaceAll(
            m -> {
              String s = m.group();
              return s.startsWith("/") ? " " : s.charAt(0) == '\'' ? "' '" : "\"\"";
            });
  }
}
