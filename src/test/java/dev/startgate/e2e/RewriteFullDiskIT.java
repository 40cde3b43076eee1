package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.FileTree;
import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code startgate rewrite} on a disk that fills up: simulated with a file-size limit ({@code
 * ulimit -f}), under which every write past the limit fails as a full disk does. Every file must
 * stay byte-identical, no temporary file may be left behind, and the exit code is 1.
 */
class RewriteFullDiskIT {
  @TempDir Path tmp;

  @Test
  void aFailedWriteLeavesEveryFileAsItWas() throws Exception {
    Files.copy(Path.of("testdata/sidecar-order/input.yaml"), tmp.resolve("a.yaml"));
    Files.copy(Path.of("testdata/retry/input.yaml"), tmp.resolve("b.yaml"));
    Map<String, String> before = FileTree.read(tmp);
    String bin = Path.of("bin/startgate").toAbsolutePath().toString();
    Proc.Outcome run =
        Proc.run(
            tmp,
            null,
            120,
            Map.of("STARTGATE_CACHE", "off"),
            List.of("sh", "-c", "ulimit -f 2; exec \"$0\" rewrite a.yaml b.yaml", bin));
    assertEquals(1, run.code(), run.out() + run.err());
    // The file whose write failed is named, as every other error of rewrite names its file.
    assertTrue(
        run.err()
            .matches("(?s).*\\[error\\] [ab]\\.yaml: cannot write: .*; no file was written\n.*"),
        run.err());
    assertEquals(before, FileTree.read(tmp), "files and folder after the failed rewrite");
  }
}
