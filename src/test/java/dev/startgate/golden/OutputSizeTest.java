package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.InProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Output size of the reference Job (README, "Output size": {@code tcp://}, {@code http://}, {@code
 * deployment/} and {@code job/} targets), without its gate scripts, which are measured apart: the
 * structure around them (containers, volumes, RBAC objects) must stay small for a reviewer. Short
 * generated collections written in flow style brought it from 175 to 120 lines, and each gate
 * container's resources and securityContext on one line to 98.
 */
class OutputSizeTest {
  private static final Path INPUT = Path.of("testdata/reference-job/input.yaml");

  /** Lines outside the gate scripts: at most this many. */
  private static final int MAX_STRUCTURE_LINES = 100;

  @Test
  void theReferenceJobsStructureStaysSmall() throws Exception {
    InProcess.Run run = InProcess.run(List.of(), Files.readAllBytes(INPUT));
    assertEquals(0, run.code(), run.err());
    // Without the input's own head comment.
    List<String> lines = run.out().lines().filter(l -> !l.startsWith("#")).toList();
    int script = scriptLines(lines);
    int structure = lines.size() - script;
    assertTrue(
        structure <= MAX_STRUCTURE_LINES,
        structure
            + " lines outside the scripts (at most "
            + MAX_STRUCTURE_LINES
            + "), "
            + lines.size()
            + " in all:\n"
            + run.out());
  }

  /** Lines of the block scalars ({@code - |} items) in the output: the gate scripts. */
  private static int scriptLines(List<String> lines) {
    int count = 0;
    int scalarIndent = -1;
    for (String line : lines) {
      int indent = line.length() - line.stripLeading().length();
      if (scalarIndent >= 0 && (line.isBlank() || indent > scalarIndent)) {
        count++;
        continue;
      }
      scalarIndent = line.stripTrailing().endsWith("- |") ? indent : -1;
    }
    return count;
  }
}
