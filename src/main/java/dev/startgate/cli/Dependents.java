package dev.startgate.cli;

import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The files {@code rewrite} (and {@code explain}) is not given but re-plans with those it is: a
 * folder is one package, so a file of it that startgate gated before, and whose gates depend on the
 * files given (a Service's port, a target's removal), is rewritten or fails with them. pre-commit
 * passes only the files that changed; without this a commit that changes only a Service would leave
 * a sibling's gate waiting on the old port.
 */
final class Dependents {
  private Dependents() {}

  /**
   * A sibling file to rewrite, or whose errors fail the run.
   *
   * @param file its path, relative to the working directory when it lies below it
   * @param target the file a write replaces (its real path)
   * @param before its text
   * @param outcome the run over it
   */
  record Found(Path file, Path target, String before, Outcome outcome) {}

  /**
   * The files beside {@code given} (one {@link StartGate} per folder in {@code functions}; one
   * whose context leaves the given files out is made as needed, in {@code namespace}) that
   * startgate gated before and that a run would change because of the given files, or fail on, in
   * the order of their folders and names. A file that cannot be read, does not parse or is not
   * startgate's output is context only, as it was.
   */
  static List<Found> of(
      Map<Path, StartGate> functions, Set<Path> given, String configText, String namespace) {
    return of(functions, given, configText, namespace, false);
  }

  /**
   * As {@link #of(Map, Set, String, String)}; with {@code unchangedToo}, also a file a run leaves
   * as it is but whose gates still depend on the given files (explain of a Service shows the Jobs
   * that wait for it, also when they are up to date).
   */
  static List<Found> of(
      Map<Path, StartGate> functions,
      Set<Path> given,
      String configText,
      String namespace,
      boolean unchangedToo) {
    Map<Path, StartGate> without = new HashMap<>();
    Function<Path, StartGate> withoutGiven =
        folder ->
            without.computeIfAbsent(
                folder,
                k -> new StartGate(YamlLimits.DEFAULT, FolderContext.texts(k, given), namespace));
    Set<Path> skip = new HashSet<>();
    for (Path f : given) {
      skip.add(FolderContext.real(f));
    }
    List<Found> out = new ArrayList<>();
    for (Map.Entry<Path, StartGate> e : functions.entrySet()) {
      if (KptPackages.packageAt(e.getKey()) != null) {
        // A kpt package: kpt fn render re-plans it whole, with its generated objects in files of
        // their own, which a plain rewrite of a sibling would write into the workload's file.
        continue;
      }
      // Each file once, by its own name (a symlink beside it is not a second file); unreadable
      // files are not there.
      for (FolderContext.Read sibling : FolderContext.read(e.getKey())) {
        if (!skip.add(sibling.real())) {
          continue; // a given file
        }
        String before = sibling.text();
        if (!before.contains("startgate")) {
          // Neither a startgate-* gate nor a generated object (managed-by: startgate) in it: not
          // gated before, without a run to find out.
          continue;
        }
        // Parsed alone first: a file never gated (its intents not yet applied) is not planned at
        // all; planning every such file with the whole folder as context made a folder of 500
        // files take minutes.
        if (!gatedBefore(before)) {
          continue;
        }
        StartGate function = e.getValue();
        Outcome outcome = function.run(before, configText);
        boolean same = !outcome.failed() && before.equals(outcome.output());
        if (same && !unchangedToo || outcome.resourceList()) {
          continue;
        }
        // Only a change the given files make: one the file gets without them too (another
        // --config than the run that wrote it, a newer startgate, an error of its own) is not
        // theirs to make, and must not fail a commit of files it does not depend on.
        if (!theirs(outcome, withoutGiven.apply(e.getKey()).run(before, configText))) {
          continue;
        }
        out.add(new Found(Path.of(sibling.name()), sibling.real(), before, outcome));
      }
    }
    return out;
  }

  /**
   * True if the given files make the difference: a run with them writes the file otherwise than one
   * {@code without} them, or fails with an error that run does not have (a port name the Service no
   * longer has). An error the file has either way is its own.
   */
  private static boolean theirs(Outcome with, Outcome without) {
    if (!with.failed()) {
      return without.failed() || !with.output().equals(without.output());
    }
    Set<String> own = errors(without);
    for (String error : errors(with)) {
      if (!own.contains(error)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> errors(Outcome outcome) {
    Set<String> out = new HashSet<>();
    for (Result r : outcome.results()) {
      if (r.severity() == Severity.ERROR) {
        out.add(r.toString());
      }
    }
    return out;
  }

  /**
   * True if {@code text} holds startgate's gates or generated objects (of an earlier run); false
   * for text that does not parse (its run fails on its own) and for a ResourceList.
   */
  private static boolean gatedBefore(String text) {
    try {
      for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(text)) {
        // Resource.of is null for a document that is not a Kubernetes object (no apiVersion or
        // kind: a .pre-commit-config.yaml naming the startgate hook, a values.yaml).
        Resource r = d.root() instanceof YMapping m ? Resource.of(m) : null;
        if (r != null && (r.isGenerated() || r.facts().gateParts())) {
          return true;
        }
      }
    } catch (YamlInputException e) {
      return false;
    }
    return false;
  }
}
