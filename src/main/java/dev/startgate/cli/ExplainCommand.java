package dev.startgate.cli;

import dev.startgate.function.Analysis;
import dev.startgate.function.ConfigNotes;
import dev.startgate.function.Source;
import dev.startgate.function.StartGate;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * {@code startgate explain [FILE... | -]}: the gate plan of the input, changing nothing. The files
 * of one folder are read as one stream, so a target in one file resolves against objects in
 * another; each folder is planned alone, as {@code rewrite} plans it.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Shows the startup gates startgate would inject, changing nothing.",
      "",
      "Per workload: each gate's kind, target, image, timeout and the RBAC it needs; then"
          + " warnings and dependency cycles. The files of a folder are read as one stream; each"
          + " folder is planned alone, as rewrite plans it; no FILE or - reads stdin.",
    },
    footer = {
      "",
      "Examples:",
      "  startgate explain deploy/*.yaml",
      "  helm template app ./chart | startgate explain -",
      "  startgate explain --format dot deploy/*.yaml | dot -Tsvg > gates.svg",
      "  startgate explain --format json deploy/*.yaml | jq '.workloads[].gates'",
      "",
      "Exit codes: 0 no error; 1 an error result or a dependency cycle; 2 usage error.",
    })
final class ExplainCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    dot,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), dot (Graphviz) or json.")
  Format format;

  @Mixin ConfigOption config = new ConfigOption();

  @Mixin NamespaceOption namespace = new NamespaceOption();

  /** The options written before the subcommand's name. */
  @ParentCommand RootCommand root;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "YAML files; - for stdin.")
  List<String> files = List.of();

  private final InputStream in;
  private final PrintStream out;
  private final Diagnostics diagnostics;

  ExplainCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.diagnostics = new Diagnostics(err);
  }

  @Override
  public Integer call() {
    Prologue options;
    List<Source> sources;
    try {
      Prologue.inherit(config, namespace, root.config, root.namespace, diagnostics);
      options = Prologue.read(config.file, namespace, diagnostics);
      Prologue.requireFiles(files, true, diagnostics);
      sources = sources();
    } catch (Stop e) {
      return e.code;
    }
    // Files are planned as rewrite plans them: with the other YAML files of their folders as
    // context (service/ lookups, cycles through them), one folder at a time; stdin alone, as the
    // default mode does.
    List<ExplainFolders.Group> groups = ExplainFolders.groups(names(), sources);
    List<ExplainReport> reports = new ArrayList<>();
    List<ConfigNotes> notes = new ArrayList<>();
    boolean stopped = false;
    for (ExplainFolders.Group g : groups) {
      List<FolderContext.Read> files =
          g.folder() == null ? List.of() : FolderContext.readAll(g.folder());
      // In a kpt package kpt writes startgate's objects to files of their own: a copy beside the
      // workload's file is where kpt put it, not one moved there by hand. Elsewhere the files
      // planned here are rewritten as one (rewrite's runs over each take out the objects of other
      // files' workloads).
      boolean kpt = g.folder() != null && KptPackages.packageAt(g.folder()) != null;
      StartGate probe =
          FolderContext.function(
              files,
              options.namespace(),
              kpt ? FolderContext.texts(files) : texts(g.sources(), files));
      List<Source> planned = withDependents(g, probe, options);
      StartGate startgate =
          kpt || planned.size() == g.sources().size() ? probe : probe.planning(texts(planned));
      Analysis analysis = startgate.analyze(planned, options.config());
      // One file planned: what is about its input as a whole is named by it (stdin has no name).
      String one = planned.size() == 1 ? planned.get(0).name() : null;
      reports.add(
          one == null
              ? ExplainReport.of(analysis)
              : ExplainReport.of(analysis).inFile(one, analysis.configNotes()));
      notes.add(analysis.configNotes());
      stopped |= analysis.stopped();
    }
    ExplainReport joined =
        groups.size() == 1 ? reports.get(0) : ExplainFolders.join(groups, reports, notes);
    // The config's own results are named by its file, as rewrite names them.
    ConfigResults named =
        config.file != null && options.config() != null
            ? new ConfigResults(config.file, ConfigNotes.of(notes))
            : null;
    ExplainReport report = joined.naming(named);
    String rendered =
        switch (format) {
          case table -> ExplainTable.render(report);
          case dot -> ExplainDot.render(report);
          case json -> ExplainJson.render(report);
        };
    if (!stopped) {
      // An input or config error leaves nothing to show: stdout stays empty.
      out.print(rendered);
      out.flush();
    }
    // Warnings are in the table and the JSON; when no report is printed, or the graph, which has
    // no place for them, they go to stderr with the errors.
    boolean warningsOut = stopped || format == Format.dot;
    for (Result r : report.results()) {
      if (r.severity() == Severity.ERROR || (warningsOut && r.severity() == Severity.WARNING)) {
        diagnostics.result(r.file(), r);
      }
    }
    return report.failed() ? 1 : 0;
  }

  private static List<String> texts(List<Source> sources) {
    return sources.stream().map(Source::text).toList();
  }

  /**
   * The texts of {@code sources}, each as its own file of {@code files} holds it (the same string):
   * the context tells a file planned from a byte-copy of it beside it by that (review DG).
   */
  private static List<String> texts(List<Source> sources, List<FolderContext.Read> files) {
    List<String> out = new ArrayList<>(sources.size());
    for (Source source : sources) {
      String text = source.text();
      // By real path: explain ./job.yaml names the file otherwise than its folder's listing does.
      Path real = source.name() == null ? null : FolderContext.real(Path.of(source.name()));
      for (FolderContext.Read f : files) {
        if (f.real().equals(real) && text.equals(f.text())) {
          text = f.text();
          break;
        }
      }
      out.add(text);
    }
    return out;
  }

  /**
   * {@code g}'s files and, as {@code rewrite} re-plans them with the files given, every gated file
   * beside them whose gates depend on them ({@link Dependents}).
   */
  private static List<Source> withDependents(
      ExplainFolders.Group g, StartGate startgate, Prologue options) {
    if (g.folder() == null) {
      return g.sources();
    }
    Set<Path> given = new LinkedHashSet<>();
    for (Source source : g.sources()) {
      given.add(Path.of(source.name()));
    }
    List<Source> out = new ArrayList<>(g.sources());
    for (Dependents.Found d :
        Dependents.of(
            Map.of(g.folder(), startgate), given, options.config(), options.namespace(), true)) {
      out.add(new Source(d.file().toString(), d.before()));
    }
    return out;
  }

  /**
   * The files given, or {@code -} for stdin; a file named twice ({@code ./a.yaml} and {@code
   * a.yaml}) once, as first named, as {@code rewrite} takes it.
   */
  private List<String> names() {
    Set<Object> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String f : files.isEmpty() ? List.of("-") : files) {
      if (seen.add(f.equals("-") ? f : FolderContext.identity(Path.of(f)))) {
        names.add(f);
      }
    }
    // The --config file among the files (a glob over the folder that holds it) is the config, as
    // rewrite takes it.
    List<String> manifests =
        names.stream()
            .filter(f -> f.equals("-") || !FolderContext.isConfig(Path.of(f), config.file))
            .toList();
    return manifests.isEmpty() ? names : manifests;
  }

  /** The files, or stdin, each read bounded; a file that cannot be read stops the run. */
  private List<Source> sources() throws Stop {
    List<Source> sources = new ArrayList<>();
    List<String> names = names();
    for (String f : names) {
      String name = !f.equals("-") ? f : names.size() == 1 ? null : "(stdin)";
      try {
        String text = f.equals("-") ? BoundedInput.read(in) : BoundedInput.readFile(Path.of(f));
        sources.add(new Source(name, text));
      } catch (CharacterCodingException e) {
        // A file's error as rewrite words it after the file's name; stdin's as the default mode.
        diagnostics.error(name, BoundedInput.notUtf8(e, name == null));
        throw new Stop(1);
      } catch (BoundedInput.TooLarge e) {
        diagnostics.error(name, BoundedInput.tooLarge(e, name == null));
        throw new Stop(1);
      } catch (IOException e) {
        diagnostics.error(name, "cannot read input: " + ConfigOption.reason(e));
        throw new Stop(1);
      }
    }
    return sources;
  }
}
