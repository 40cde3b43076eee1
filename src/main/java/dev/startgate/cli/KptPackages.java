package dev.startgate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files of kpt packages, which {@code rewrite} leaves to {@code kpt fn render}: kpt writes a
 * workload's generated objects to a file of their own beside it, where a rewrite of the workload's
 * file would write them into it, and each would undo the other on every run.
 */
final class KptPackages {
  private KptPackages() {}

  /**
   * The kpt package {@code file} belongs to: the outermost folder above it with a {@code Kptfile}
   * (a package's subfolders and subpackages are the package's, and {@code kpt fn render} of it
   * renders them), looked for up to the repository's root (a folder with {@code .git}); null if
   * none. A symlink's package is its file's, else the one it stands in.
   */
  static Path packageOf(Path file) {
    Path real = FolderContext.real(file).getParent();
    Path pkg = real == null ? null : packageAt(real);
    return pkg != null ? pkg : packageAt(FolderContext.folder(file));
  }

  /** The kpt package {@code folder} (absolute) belongs to, as {@link #packageOf} finds it. */
  static Path packageAt(Path folder) {
    Path outermost = null;
    for (Path d = folder; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("Kptfile"))) {
        outermost = d;
      }
      if (Files.exists(d.resolve(".git"))) {
        break;
      }
    }
    return outermost;
  }

  /** {@code files} but those of kpt packages, each of which gets a warning that says why. */
  static Set<Path> leaveToKpt(Set<Path> files, Diagnostics diagnostics) {
    Set<Path> out = new LinkedHashSet<>();
    Map<Path, List<Path>> byPackage = new LinkedHashMap<>();
    for (Path f : files) {
      Path pkg = packageOf(f);
      if (pkg == null) {
        out.add(f);
      } else {
        byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(f);
      }
    }
    // One line per package: a hook over a whole repository gives every file of one.
    Path cwd = Path.of("").toAbsolutePath();
    for (Map.Entry<Path, List<Path>> e : byPackage.entrySet()) {
      Path pkg = e.getKey();
      String shown =
          pkg.equals(cwd) ? "." : pkg.startsWith(cwd) ? cwd.relativize(pkg).toString() : "" + pkg;
      List<Path> left = e.getValue();
      String why =
          "in the kpt package "
              + shown
              + " (a Kptfile), where kpt writes startgate's generated objects to files of their"
              + " own; render it with kpt fn render "
              + shown;
      if (left.size() == 1) {
        diagnostics.warning(left.get(0).toString(), "left as it is: it is " + why);
      } else {
        diagnostics.warning(
            null,
            left.size()
                + " files left as they are ("
                + String.join(", ", left.stream().map(Path::toString).toList())
                + "): they are "
                + why);
      }
    }
    return out;
  }
}
