package dev.startgate.cli;

import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.Spliced;
import dev.startgate.yaml.YamlLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code startgate rewrite [--check] FILE...}: the stream transformation applied to files in place,
 * for pre-commit. Every file is read and transformed first; if any has an error nothing is written.
 * A file is written only if its bytes change, through a temporary file in its own folder that is
 * renamed over it, so a reader never sees half a file.
 */
@Command(
    name = "rewrite",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Rewrites YAML files in place with their startup gates (for pre-commit).",
      "",
      "Each file is a plain multi-document stream, transformed exactly as on stdin; service/"
          + " targets also resolve against the other .yaml/.yml files in the same folder. A file"
          + " is written only if its bytes change, atomically (temporary file and rename, file"
          + " mode kept). If any file has an error, no file is written.",
    },
    footer = {
      "",
      "Examples:",
      "  startgate rewrite deploy/jobs.yaml deploy/db.yaml",
      "  startgate rewrite --check --config startgate.yaml deploy/*.yaml",
      "",
      "Exit codes: 0 done (or, with --check, nothing would change); 1 an error result, an"
          + " unwritable file, or with --check a file that would change; 2 usage error.",
    })
final class RewriteCommand implements Callable<Integer> {
  @Option(
      names = "--check",
      description = "Write nothing; print a unified diff and exit 1 if a file would change.")
  boolean check;

  @Mixin ConfigOption config = new ConfigOption();

  @Mixin NamespaceOption namespace = new NamespaceOption();

  /** The options written before the subcommand's name. */
  @ParentCommand RootCommand root;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "YAML files to rewrite.")
  List<Path> files;

  private final PrintStream out;
  private final Diagnostics diagnostics;

  RewriteCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.diagnostics = new Diagnostics(err);
  }

  /** A file whose content would change. */
  private record Change(Path file, Path target, String before, String after, Spliced edited) {}

  @Override
  public Integer call() {
    Set<Path> unique = FolderContext.unique(files);
    Prologue options;
    try {
      Prologue.inherit(config, namespace, root.config, root.namespace, diagnostics);
      options = Prologue.read(config.file, namespace, diagnostics);
      if (unique.stream().anyMatch(f -> f.toString().equals("-"))) {
        diagnostics.error(
            "rewrite changes files in place; to filter stdin run startgate without a subcommand");
        throw new Stop(2);
      }
      Prologue.requireFiles(unique.stream().map(Path::toString).toList(), false, diagnostics);
    } catch (Stop e) {
      return e.code;
    }
    unique = KptPackages.leaveToKpt(unique, diagnostics);
    unique = FolderContext.withoutConfig(unique, config.file);
    String configText = options.config();
    // A folder is one package: each file is planned with the files of its own folder as context
    // (a Service in another folder, for another environment, must not resolve its targets).
    Map<Path, StartGate> functions = new LinkedHashMap<>();
    Set<Path> given = unique;
    for (Path f : unique) {
      functions.computeIfAbsent(
          FolderContext.folder(f), d -> FolderContext.function(d, given, options.namespace()));
    }
    // The config's own results are the same for every file: reported once, under its file's name
    // (one that depends on a folder, such as a CRD version a gates rule names, with its file).
    Set<String> printed = new HashSet<>();
    if (configText != null) {
      StartGate any =
          functions.isEmpty()
              ? new StartGate(YamlLimits.DEFAULT, List.of(), options.namespace())
              : functions.values().iterator().next();
      List<Result> read = any.configResults(configText);
      boolean configFailed = false;
      for (Result r : read) {
        diagnostics.result(config.file.toString(), r);
        printed.add(r.toString());
        configFailed |= r.severity() == Severity.ERROR;
      }
      if (configFailed) {
        diagnostics.info("no file was written");
        return 1;
      }
    }
    // A gates rule matches no workload only if it matches none in any of the files.
    Map<String, List<Result>> unmatched = new LinkedHashMap<>();
    List<Change> changes = new ArrayList<>();
    boolean failed = false;
    OnePlanPerFile plans = new OnePlanPerFile();
    for (Path f : unique) {
      try {
        StartGate function = functions.get(FolderContext.folder(f));
        Change c = transform(function, f, configText, printed, unmatched);
        OnePlanPerFile.Verdict v = c == null ? null : plans.add(f, c.target(), c.after());
        if (v == OnePlanPerFile.Verdict.OTHER) {
          diagnostics.error(f.toString(), plans.conflict(f, c.target()));
        }
        failed |= c == null || v == OnePlanPerFile.Verdict.OTHER;
        if (v == OnePlanPerFile.Verdict.FIRST && !c.before().equals(c.after())) {
          changes.add(c);
        }
      } catch (IOException e) {
        diagnostics.error(f.toString(), "cannot read: " + ConfigOption.reason(e));
        failed = true;
      }
    }
    GivenFiles.warnDuplicates(functions, unique, diagnostics);
    // A file beside them that startgate gated before and whose gates depend on them (pre-commit
    // passes only the changed files: a Service alone) is rewritten, or fails the run, with them.
    Set<Path> dependents = new HashSet<>();
    for (Dependents.Found d : Dependents.of(functions, unique, configText, options.namespace())) {
      dependents.add(d.file());
      if (reported(d.file(), d.outcome(), printed, new HashMap<>())) {
        changes.add(
            new Change(d.file(), d.target(), d.before(), d.outcome().output(), d.outcome().text()));
      } else {
        failed = true;
      }
    }
    if (!failed && !check) {
      for (Change c : changes) {
        String problem = InPlaceFiles.problem(c.target());
        if (problem != null) {
          diagnostics.error(c.file().toString(), problem);
          failed = true;
        }
      }
    }
    for (List<Result> sameRule : unmatched.values()) {
      if (sameRule.size() == unique.size()) {
        diagnostics.result(config.file.toString(), sameRule.get(0));
      }
    }
    if (failed) {
      diagnostics.info("no file was written");
      return 1;
    }
    if (check) {
      for (Change c : changes) {
        // A symlink given is labelled by its file: git keeps the link as a link, not its text.
        Path shown = Files.isSymbolicLink(c.file()) ? c.target() : c.file();
        out.print(UnifiedDiff.of(FolderContext.label(shown), c.before(), c.edited(), c.after()));
      }
      out.flush();
      for (Change c : changes) {
        diagnostics.info("would rewrite " + named(c) + because(dependents, c.file()));
      }
      return changes.isEmpty() ? 0 : 1;
    }
    return write(changes, dependents);
  }

  /** The file {@code c} writes as given, or for a symlink the file it links to (as diffs do). */
  private static String named(Change c) {
    return Files.isSymbolicLink(c.file()) ? FolderContext.label(c.target()) : c.file().toString();
  }

  /**
   * The change for {@code f} (maybe none), or null after printing its errors. The config's own
   * results in {@code printed} were printed already; a gates rule's result is counted in {@code
   * unmatched}.
   */
  private Change transform(
      StartGate function,
      Path f,
      String configText,
      Set<String> printed,
      Map<String, List<Result>> unmatched)
      throws IOException {
    String before;
    try {
      before = BoundedInput.readFile(f);
    } catch (CharacterCodingException e) {
      diagnostics.error(f.toString(), BoundedInput.notUtf8(e, false));
      return null;
    } catch (BoundedInput.TooLarge e) {
      diagnostics.error(f.toString(), BoundedInput.tooLarge(e, false));
      return null;
    }
    Outcome outcome = function.run(before, configText);
    if (outcome.resourceList()) {
      // First, then what the function found in it (its items' and its config's problems).
      diagnostics.error(
          f.toString(),
          "a ResourceList is KRM function input, not a manifest; run startgate < "
              + f
              + " instead");
      reported(f, outcome, printed, unmatched);
      return null;
    }
    if (!reported(f, outcome, printed, unmatched)) {
      return null;
    }
    return new Change(f, f.toRealPath(), before, outcome.output(), outcome.text());
  }

  /**
   * Prints {@code outcome}'s results under {@code f}'s name (the config's own once, a gates rule's
   * counted in {@code unmatched}); false if one is an error.
   */
  private boolean reported(
      Path f, Outcome outcome, Set<String> printed, Map<String, List<Result>> unmatched) {
    for (Result r : outcome.results()) {
      if (r.severity() == Severity.INFO
          || outcome.config().fromReading(r) && printed.contains(r.toString())) {
        continue;
      }
      // Only a --config file's rules are counted across files; a ResourceList's functionConfig
      // is the file's own.
      if (config.file != null && outcome.config().unmatchedRule(r)) {
        unmatched.computeIfAbsent(r.toString(), k -> new ArrayList<>()).add(r);
      } else {
        diagnostics.result(f.toString(), r);
      }
    }
    return !outcome.failed();
  }

  /** Why a file that was not given is written. */
  private static String because(Set<Path> dependents, Path file) {
    return dependents.contains(file) ? " (not given: its gates depend on the files given)" : "";
  }

  /** Writes every temporary file first, then renames them all; exit code. */
  private int write(List<Change> changes, Set<Path> dependents) {
    List<Path> temps;
    try {
      temps =
          InPlaceFiles.temporaries(
              changes.stream().map(c -> Map.entry(c.target(), c.after())).toList());
    } catch (InPlaceFiles.WriteFailed e) {
      Change failed = changes.stream().filter(c -> c.target().equals(e.target)).findFirst().get();
      String why = "cannot write: " + ConfigOption.reason(e.why()) + "; no file was written";
      diagnostics.error(failed.file().toString(), why);
      return 1;
    }
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      try {
        Files.move(temps.get(i), c.target(), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        for (Path t : temps.subList(i, temps.size())) {
          InPlaceFiles.deleteQuietly(t);
        }
        diagnostics.error(c.file().toString(), "cannot replace: " + ConfigOption.reason(e));
        return 1;
      }
      diagnostics.info("rewrote " + named(c) + because(dependents, c.file()));
    }
    return 0;
  }
}
