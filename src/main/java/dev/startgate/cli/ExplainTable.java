package dev.startgate.cli;

import dev.startgate.intent.Durations;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code explain}'s default format: aligned columns, then warnings and cycles. */
final class ExplainTable {
  private static final List<String> HEADER =
      List.of("WORKLOAD", "CONTAINER", "GATE", "TARGET", "IMAGE", "TIMEOUT", "RBAC");

  private ExplainTable() {}

  static String render(ExplainReport report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ExplainReport.Workload w : report.workloads()) {
      if (w.gates().isEmpty()) {
        rows.add(List.of(w.id(), "-", "-", "-", "-", "-", "-"));
      }
      for (GateFacts.Fact g : w.gates()) {
        rows.add(
            List.of(
                w.id(),
                g.container(),
                g.kind(),
                g.target(),
                withoutDigest(g.image()),
                Durations.format(g.timing().timeoutSeconds()),
                g.rbac().isEmpty() ? "-" : String.join("; ", g.rbac())));
      }
    }
    StringBuilder out = new StringBuilder();
    if (report.workloads().isEmpty()) {
      out.append("No workload has a startgate intent.\n");
    } else {
      align(rows, out);
    }
    List<String> warnings = new ArrayList<>();
    for (Result r : report.results()) {
      if (r.severity() == Severity.WARNING) {
        warnings.add(r.toString());
      }
    }
    section(out, "WARNINGS", warnings);
    List<String> cycles = report.cycles().stream().map(c -> String.join(" -> ", c)).toList();
    section(out, "CYCLES", cycles);
    return out.toString();
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

  private static void align(List<List<String>> rows, StringBuilder out) {
    int columns = HEADER.size();
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
