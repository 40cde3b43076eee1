package dev.startgate.cli;

import dev.startgate.function.StartGate;
import dev.startgate.model.Result;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code rewrite} checks across the files it is given, beyond each file's own run. */
final class GivenFiles {
  private GivenFiles() {}

  /**
   * Warns about each object of a file that an earlier file {@code given} in the same folder holds
   * too: explain plans the files of a folder as one stream and warns so, while the run over each
   * file sees its own duplicates only. {@code functions}: each folder's function, whose context
   * holds its files.
   */
  static void warnDuplicates(
      Map<Path, StartGate> functions, Collection<Path> given, Diagnostics diagnostics) {
    for (Map.Entry<Path, StartGate> folder : functions.entrySet()) {
      Map<Path, String> names = FolderContext.namesByReal(folder.getKey());
      Map<String, Path> byName = new LinkedHashMap<>();
      for (Path f : given) {
        String name = names.get(FolderContext.real(f));
        if (name != null && FolderContext.folder(f).equals(folder.getKey())) {
          byName.putIfAbsent(name, f);
        }
      }
      for (Result r : folder.getValue().duplicatesAcross(List.copyOf(byName.keySet()))) {
        diagnostics.result(byName.get(r.file()).toString(), r);
      }
    }
  }
}
