package dev.startgate.cli;

import dev.startgate.function.ConfigNotes;
import dev.startgate.function.Source;
import dev.startgate.model.Result;
import dev.startgate.plan.DependencyGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code explain} over files of several folders: each folder is one package, planned alone with its
 * other files as context, as {@code rewrite} plans it (a {@code prod/} Service never resolves a
 * {@code dev/} Job's target). Stdin is a package of its own. The reports are joined into one, each
 * workload, graph node and cycle led by its folder.
 */
final class ExplainFolders {
  private ExplainFolders() {}

  /**
   * One package.
   *
   * @param label how its ids are led: the folder as written ({@code dev/}, {@code ./}) or {@code
   *     (stdin)}
   * @param folder the absolute folder, null for stdin
   * @param sources its files, in the order given
   */
  record Group(String label, Path folder, List<Source> sources) {}

  /**
   * {@code sources} by folder, in the order each folder is first named; {@code names} are the
   * arguments the sources were read from ({@code -} for stdin), one per source.
   */
  static List<Group> groups(List<String> names, List<Source> sources) {
    Map<Path, String> labels = new LinkedHashMap<>();
    Map<Path, List<Source>> byFolder = new HashMap<>();
    List<Source> stdin = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (names.get(i).equals("-")) {
        stdin.add(sources.get(i));
        continue;
      }
      Path file = Path.of(names.get(i));
      Path folder = FolderContext.folder(file);
      labels.computeIfAbsent(folder, f -> file.getParent() == null ? "./" : file.getParent() + "/");
      byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(sources.get(i));
    }
    List<Group> out = new ArrayList<>();
    if (!stdin.isEmpty()) {
      out.add(new Group("(stdin)", null, List.copyOf(stdin)));
    }
    labels.forEach((f, label) -> out.add(new Group(label, f, List.copyOf(byFolder.get(f)))));
    return List.copyOf(out);
  }

  /**
   * One report of the packages' {@code reports} (in the order of {@code groups}), each id led by
   * its group's label. The config's results are the same in every package: kept once; a {@code
   * gates:} rule matches no workload only if it matches none in any package.
   */
  static ExplainReport join(
      List<Group> groups, List<ExplainReport> reports, List<ConfigNotes> notes) {
    List<ExplainReport.Workload> workloads = new ArrayList<>();
    List<DependencyGraph.Node> nodes = new ArrayList<>();
    List<DependencyGraph.Edge> edges = new ArrayList<>();
    List<List<String>> cycles = new ArrayList<>();
    List<ExplainChanges.Change> changes = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    Set<String> reading = new HashSet<>();
    Map<String, Integer> unmatched = new HashMap<>();
    List<Result> unmatchedOnce = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      String lead = groups.get(i).label() + " ";
      ExplainReport report = reports.get(i);
      for (ExplainReport.Workload w : report.workloads()) {
        workloads.add(new ExplainReport.Workload(lead + w.id(), w.resource(), w.gates()));
      }
      Map<DependencyGraph.Node, DependencyGraph.Node> led = new IdentityHashMap<>();
      for (DependencyGraph.Node n : report.nodes()) {
        DependencyGraph.Node l =
            new DependencyGraph.Node(lead + n.id(), n.object(), n.kubernetes());
        led.put(n, l);
        nodes.add(l);
      }
      for (DependencyGraph.Edge e : report.edges()) {
        edges.add(new DependencyGraph.Edge(led.get(e.from()), led.get(e.to()), e.target()));
      }
      for (List<String> cycle : report.cycles()) {
        cycles.add(cycle.stream().map(id -> lead + id).toList());
      }
      for (ExplainChanges.Change c : report.changes()) {
        changes.add(new ExplainChanges.Change(lead + c.object(), c.change(), c.detail()));
      }
      ConfigNotes about = notes.get(i);
      for (Result r : report.results()) {
        if (about.unmatchedRule(r)) {
          if (unmatched.merge(r.toString(), 1, Integer::sum) == 1) {
            unmatchedOnce.add(r);
          }
        } else if (!about.fromReading(r) || reading.add(r.toString())) {
          results.add(r);
        }
      }
    }
    // A run over several folders writes nothing if any file fails: no change to show then.
    if (reports.stream().anyMatch(ExplainReport::failed)) {
      changes.clear();
    }
    for (Result r : unmatchedOnce) {
      if (unmatched.get(r.toString()) == groups.size()) {
        results.add(r);
      }
    }
    return new ExplainReport(
        List.copyOf(workloads),
        List.copyOf(nodes),
        List.copyOf(edges),
        List.copyOf(cycles),
        List.copyOf(changes),
        List.copyOf(results));
  }
}
