package dev.startgate.function;

import dev.startgate.intent.Config;
import dev.startgate.intent.CrdFacts;
import dev.startgate.intent.CrdReader;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.plan.FluxStages;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YamlEditor;
import dev.startgate.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The function: input text in, output text and results out. Reads the input and the config, reads
 * intents, plans, and applies the plan as text edits. Any error result means no change: a
 * ResourceList comes back with its items untouched, a stream produces no output.
 */
public final class StartGate {
  /** Workloads one run may gate ({@link PlanStep#MAX_GATED_WORKLOADS} says why). */
  public static final int MAX_GATED_WORKLOADS = PlanStep.MAX_GATED_WORKLOADS;

  /** Gates (targets) one run may add ({@link PlanStep#MAX_GATES} says why). */
  public static final int MAX_GATES = PlanStep.MAX_GATES;

  private final InputReader inputs;

  /** The files beside the input, read once. */
  private final RunContext context;

  private final String namespace;
  private final int parallelChars;

  /** A function bounded by {@code limits}. */
  public StartGate(YamlLimits limits) {
    this(limits, List.of());
  }

  /**
   * A function whose targets also resolve against the objects in {@code contextTexts} (the other
   * files of a folder, for {@code rewrite}); those texts are never changed, and one that does not
   * parse is ignored here (it reports its own error when it is rewritten).
   */
  public StartGate(YamlLimits limits, List<String> contextTexts) {
    this(limits, contextTexts, null);
  }

  /**
   * A function that also puts every namespaced object that names no namespace in {@code namespace}
   * (null for none), as Helm does with a release's objects: Kubernetes gates, their RBAC objects
   * and {@code service/} targets then use it. Documents are not changed for it.
   */
  public StartGate(YamlLimits limits, List<String> contextTexts, String namespace) {
    this(limits, contextTexts, namespace, ContainerStep.MIN_PARALLEL_CHARS);
  }

  /**
   * As above; {@code contextNames}, the name of the file of each of {@code contextTexts} (as
   * messages name it), or empty; {@code rewrittenTexts}, texts of {@code contextTexts} that this
   * {@code rewrite} also rewrites (or explain plans as its input), lose the objects startgate
   * generated for workloads of other files (a run over them takes those out): they are no copies a
   * run over another file must warn about.
   */
  public StartGate(
      YamlLimits limits,
      List<String> contextTexts,
      List<String> contextNames,
      String namespace,
      Collection<String> rewrittenTexts) {
    this(limits, contextTexts, contextNames, namespace, rewrittenTexts, Map.of());
  }

  /**
   * As above; {@code unreadable}, the files of the folder that could not be read (by name, in their
   * order), each with why: named, as a file that does not parse is, where a run fails.
   */
  public StartGate(
      YamlLimits limits,
      List<String> contextTexts,
      List<String> contextNames,
      String namespace,
      Collection<String> rewrittenTexts,
      Map<String, String> unreadable) {
    this(
        limits,
        contextTexts,
        contextNames,
        namespace,
        ContainerStep.MIN_PARALLEL_CHARS,
        rewrittenTexts,
        unreadable);
  }

  /** As above, rendering on two threads from inputs of {@code parallelChars} chars on (tests). */
  StartGate(YamlLimits limits, List<String> contextTexts, String namespace, int parallelChars) {
    this(limits, contextTexts, List.of(), namespace, parallelChars, List.of(), Map.of());
  }

  private StartGate(
      YamlLimits limits,
      List<String> contextTexts,
      List<String> contextNames,
      String namespace,
      int parallelChars,
      Collection<String> rewrittenTexts,
      Map<String, String> unreadable) {
    this.parallelChars = parallelChars;
    this.namespace = namespace;
    this.inputs = new InputReader(limits);
    this.context =
        RunContext.read(inputs, contextTexts, contextNames, namespace, rewrittenTexts, unreadable);
  }

  /**
   * {@code from}'s context, read once, with {@code rewrittenTexts} as the files planned with it.
   */
  private StartGate(StartGate from, Collection<String> rewrittenTexts) {
    this.parallelChars = from.parallelChars;
    this.namespace = from.namespace;
    this.inputs = from.inputs;
    this.context = from.context.planning(rewrittenTexts);
  }

  /**
   * This function with {@code rewrittenTexts} as the files planned with its context (explain, once
   * it knows the files beside the given ones it plans too), without reading the context again.
   */
  public StartGate planning(Collection<String> rewrittenTexts) {
    return new StartGate(this, rewrittenTexts);
  }

  /**
   * Runs over {@code text}. {@code configText} is the config for a plain stream (from {@code
   * --config}); a ResourceList carries its own.
   */
  public Outcome run(String text, String configText) {
    InputReader.Reading reading = context.reading(text);
    if (reading == null) {
      reading = inputs.read(text);
    } else if (reading.error() == null) {
      // The reading of an equal text: the tree holds offsets only, and the edits are to slice the
      // caller's string (rewrite --check diffs along the slices of the very string it read).
      reading = new InputReader.Reading(reading.input().withText(text), null);
    }
    if (reading.error() != null) {
      // A ResourceList beyond the limits is answered with its items unchanged and the error.
      return new Outcome(reading.answer(), List.of(reading.error()), reading.answer() != null);
    }
    return pass(reading.input(), configText).outcome();
  }

  /**
   * What {@link #run} decides over {@code text}, its output discarded: what {@code startgate
   * explain} shows. The run itself is made, in memory, so every result and the exit code are the
   * run's own. Input and config errors leave the plan empty.
   */
  public Analysis analyze(String text, String configText) {
    return analyze(List.of(new Source(null, text)), configText);
  }

  /**
   * Like {@link #analyze(String, String)} over several files read as one stream: the files are run
   * as one stream, as {@code cat FILE... | startgate} would, and each resource without a kpt path
   * carries the name of its file. One file is read as it is (it may be a ResourceList). A YAML
   * error names its file and the line in it: only then is each file parsed on its own, to find it,
   * so a valid stream is parsed once. A stream that holds a ResourceList is read file by file as
   * well: a ResourceList is checked as one only in a file of its own.
   */
  public Analysis analyze(List<Source> sources, String configText) {
    if (sources.isEmpty()) {
      return analyze("", configText);
    }
    SourceStream stream = SourceStream.of(sources);
    InputReader.Reading reading =
        inputs.read(sources.size() == 1 ? sources.get(0).text() : stream.text());
    boolean list =
        sources.size() > 1
            && reading.error() == null
            && reading.input().resources().stream().anyMatch(r -> "ResourceList".equals(r.kind()));
    if (reading.error() != null || list) {
      Result named = SourceStream.firstError(inputs, sources, reading.error());
      if (named != null || reading.error() != null) {
        return Analysis.failed(List.of(named != null ? named : reading.error()));
      }
    }
    return analyze(stream.named(reading.input()), configText);
  }

  private Analysis analyze(Input input, String configText) {
    Pass pass = pass(input, configText);
    if (pass.planned() == null) {
      return Analysis.failed(pass.outcome().results(), pass.outcome().config());
    }
    return new Analysis(
        pass.input().resources(),
        context.beside(pass.input().resources()),
        pass.planned().intents(),
        pass.planned().plan(),
        pass.config(),
        pass.planned().ordering(),
        pass.planned().generated(),
        pass.outcome().results(),
        pass.outcome().config());
  }

  /**
   * One pass of the function: config, intents, plan and rendering, in memory.
   *
   * @param input the input, in the namespace
   * @param config the config, or null after a config error
   * @param planned the plan, or null after a config error
   * @param outcome what the run writes and reports
   */
  private record Pass(Input input, Config config, PlanStep.Planned planned, Outcome outcome) {}

  private Pass pass(Input given, String configText) {
    List<Resource> all = new ArrayList<>(given.resources());
    all.addAll(context.resources());
    List<CrdFacts> crds = CrdReader.read(all);
    Input input = inNamespace(given, crds);
    List<Result> results = new ArrayList<>();
    Result sourceProblem = ConfigStep.sourceProblem(input, configText);
    if (sourceProblem != null) {
      results.add(sourceProblem);
      return new Pass(input, null, null, RenderStep.finish(input, results, null, ConfigNotes.NONE));
    }
    Config config = ConfigStep.read(inputs, input, configText, crds, results);
    // Only a --config file's results are the config's own; a functionConfig is an item of the
    // input.
    List<Result> reading = configText == null ? List.of() : List.copyOf(results);
    if (config == null) {
      return new Pass(
          input,
          null,
          null,
          RenderStep.finish(input, results, null, new ConfigNotes(reading, List.of())));
    }
    ConfigStep.strayConfigs(input, configText, results);
    TextEdits edits = new TextEdits(input.text(), input.newline());
    YamlEditor editor = new YamlEditor(edits);
    PlanStep.Planned planned = PlanStep.plan(context, input, config, crds, results);
    RenderStep.apply(input, config, planned, edits, editor, results, parallelChars);
    FluxStages stages = planned.ordering().stages();
    // Results about objects the layout moves name their new files; after an error nothing moves.
    List<Result> placed = stages == null || hasErrors(results) ? results : stages.placed(results);
    ConfigNotes notes = new ConfigNotes(reading, planned.unmatchedRules());
    return new Pass(input, config, planned, RenderStep.finish(input, placed, edits, notes));
  }

  /**
   * {@code input} with its resources in {@link #namespace} where they name none, except objects of
   * a cluster-scoped custom resource ({@code crds} say which).
   */
  private Input inNamespace(Input input, List<CrdFacts> crds) {
    if (namespace == null) {
      return input;
    }
    return new Input(
        input.text(),
        input.documents(),
        input.resources().stream()
            .map(r -> CrdReader.clusterScoped(r, crds) ? r : r.inNamespace(namespace))
            .toList(),
        input.resourceList(),
        input.items(),
        input.functionConfig(),
        input.newline());
  }

  /**
   * A warning on each object of one of the context files {@code names} (the files {@code rewrite}
   * is given, in its order) that another of them, earlier, holds too: explain plans them as one
   * stream and warns so; a run over each file sees only its own.
   */
  public List<Result> duplicatesAcross(List<String> names) {
    return context.duplicatesAcross(names);
  }

  /**
   * The results of reading {@code configText} alone, before any input: what {@code rewrite} reports
   * once for all its files.
   */
  public List<Result> configResults(String configText) {
    List<Result> results = new ArrayList<>();
    ConfigStep.read(
        inputs, inputs.read("").input(), configText, CrdReader.read(context.resources()), results);
    return results;
  }

  private static boolean hasErrors(List<Result> results) {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
