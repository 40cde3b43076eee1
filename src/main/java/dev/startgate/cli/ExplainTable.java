package dev.startgate.cli;

import dev.startgate.intent.Durations;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code explain}'s default format: aligned columns, then warnings and cycles. */
final class ExplainTable {
  private static final List<String> HEADER =
      List.of("WORKLOAD", "CONTAINER", "GATE", "TARGET", "IMAGE", "TIMEOUT", "RBAC");

  private ExplainTable() {}

  /**
   * The table; with a custom-resource gate, a WAITS FOR column after TARGET says what each one
   * waits for ({@code condition=Ready}, or the options written).
   */
  static String render(ExplainReport report) {
    boolean waits =
        report.workloads().stream()
            .flatMap(w -> w.gates().stream())
            .anyMatch(g -> g.waitsFor() != null);
    List<List<String>> rows = new ArrayList<>();
    rows.add(waits ? withWaits(HEADER, "WAITS FOR") : HEADER);
    for (ExplainReport.Workload w : report.workloads()) {
      if (w.gates().isEmpty()) {
        List<String> row = List.of(w.id(), "-", "-", "-", "-", "-", "-");
        rows.add(waits ? withWaits(row, "-") : row);
      }
      for (GateFacts.Fact g : w.gates()) {
        List<String> row =
            List.of(
                w.id(),
                g.container(),
                g.kind(),
                g.shown(),
                withoutDigest(g.image()),
                Durations.format(g.timing().timeoutSeconds()),
                g.rbac().isEmpty() ? "-" : String.join("; ", g.rbac()));
        rows.add(waits ? withWaits(row, g.waitsFor() == null ? "-" : g.waitsFor()) : row);
      }
    }
    StringBuilder out = new StringBuilder();
    long errors = report.results().stream().filter(r -> r.severity() == Severity.ERROR).count();
    if (report.workloads().isEmpty()) {
      out.append(
          errors > 0
              ? "No workload could be planned: the errors are on stderr.\n"
              : "No workload has a startgate intent.\n");
    } else {
      align(rows, out);
    }
    if (errors > 0) {
      // An intent with an error is planned with no gate: the table is not what a run would do.
      // The clause only when the table is there and an error is on an object it leaves out (a
      // cycle's error is on workloads the table shows; a Kptfile's or a Kustomization's is on no
      // workload).
      // By object and file: the same Job in two folders is two workloads.
      Set<String> shown = new HashSet<>();
      for (ExplainReport.Workload w : report.workloads()) {
        shown.add(Result.refOf(w.resource()) + "\n" + w.resource().file());
      }
      boolean leftOut =
          !report.workloads().isEmpty()
              && report.results().stream()
                  .anyMatch(
                      r ->
                          r.severity() == Severity.ERROR
                              && r.resource() != null
                              && WorkloadShape.of(r.resource()).isPresent()
                              && !shown.contains(r.resource() + "\n" + r.file()));
      out.append("\nA run would fail: ")
          .append(errors)
          .append(errors == 1 ? " error" : " errors")
          .append(
              leftOut
                  ? " (exit 1); a workload whose intent has an error is not in the table.\n"
                  : " (exit 1).\n");
    }
    List<String> changes = new ArrayList<>();
    for (ExplainChanges.Change c : report.changes()) {
      changes.add(c.object() + ": " + c.change() + " " + c.detail());
    }
    section(out, "BESIDES THE GATES", changes);
    List<String> warnings = new ArrayList<>();
    for (Result r : report.results()) {
      if (r.severity() == Severity.WARNING) {
        warnings.add(Diagnostics.line(r.file(), r));
      }
    }
    section(out, "WARNINGS", warnings);
    List<String> cycles = report.cycles().stream().map(c -> String.join(" -> ", c)).toList();
    section(out, "CYCLES", cycles);
    return out.toString();
  }

  /** {@code row} with {@code cell} after its TARGET column. */
  private static List<String> withWaits(List<String> row, String cell) {
    List<String> out = new ArrayList<>(row);
    out.add(4, cell);
    return out;
  }

  private static void section(StringBuilder out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    for (String line : lines) {
      out.append(line).append('\n');
    }
  }

  private static void align(List<List<String>> written, StringBuilder out) {
    // A cell on one line of plain text, as results are: a target's control or bidi character
    // would reach the terminal raw, a lone surrogate would come out ? (review DT).
    List<List<String>> rows = new ArrayList<>(written.size());
    for (List<String> row : written) {
      List<String> cells = new ArrayList<>(row.size());
      for (String cell : row) {
        cells.add(Result.oneLine(cell));
      }
      rows.add(cells);
    }
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row.get(i));
        if (i < columns - 1) {
          line.append(" ".repeat(width[i] - row.get(i).length() + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** {@code busybox:1.37.0} for {@code busybox:1.37.0@sha256:...}: the digest does not fit. */
  static String withoutDigest(String image) {
    int at = image.indexOf('@');
    return at < 0 ? image : image.substring(0, at);
  }
}
