package dev.startgate.cli;

import dev.startgate.plan.DependencyGraph;

/**
 * {@code explain --format dot}: a Graphviz digraph. Workloads are boxes, targets that are not in
 * the input are dashed, network targets are ellipses, and edges on a cycle are red. An edge to a
 * custom resource is labelled with what the gate waits for ({@code condition=Ready}, ...).
 */
final class ExplainDot {
  private ExplainDot() {}

  static String render(ExplainReport report) {
    StringBuilder out = new StringBuilder();
    out.append("digraph startgate {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [fontname=\"Helvetica\"];\n");
    for (DependencyGraph.Node n : report.nodes()) {
      out.append("  ").append(quote(n.id())).append(" [");
      if (!n.kubernetes()) {
        out.append("shape=ellipse");
      } else if (n.object() != null) {
        out.append("shape=box");
      } else {
        out.append("shape=box, style=dashed, tooltip=\"not in the input\"");
      }
      out.append("];\n");
    }
    java.util.Map<String, String> waits = new java.util.HashMap<>();
    for (ExplainReport.Workload w : report.workloads()) {
      for (GateFacts.Fact g : w.gates()) {
        if (g.waitsFor() != null) {
          waits.put(w.id() + "\n" + g.target(), g.waitsFor());
        }
      }
    }
    java.util.Set<String> onCycle = DependencyGraph.cycleEdges(report.cycles());
    for (DependencyGraph.Edge e : report.edges()) {
      out.append("  ").append(quote(e.from().id())).append(" -> ").append(quote(e.to().id()));
      if (onCycle.contains(e.from().id() + "\n" + e.to().id())) {
        out.append(" [color=red, penwidth=2, label=\"cycle\"]");
      } else if (waits.containsKey(e.from().id() + "\n" + e.target())) {
        out.append(" [label=")
            .append(quote(waits.get(e.from().id() + "\n" + e.target())))
            .append("]");
      }
      out.append(";\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
