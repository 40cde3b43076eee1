package dev.startgate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
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
    for (Path f : files) {
      Path pkg = packageOf(f);
      if (pkg == null) {
        out.add(f);
        continue;
      }
      Path cwd = Path.of("").toAbsolutePath();
      String shown = pkg.startsWith(cwd) && !pkg.equals(cwd) ? cwd.relativize(pkg) + "" : pkg + "";
      diagnostics.warning(
          f.toString(),
          "left as it is: it is in the kpt package "
              + (pkg.equals(cwd) ? "." : shown)
              + " (a Kptfile), where kpt writes startgate's generated objects to files of their"
              + " own; render it with kpt fn render "
              + (pkg.equals(cwd) ? "." : shown));
    }
    return out;
  }
}
