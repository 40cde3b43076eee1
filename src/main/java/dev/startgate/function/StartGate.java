// Over 300 lines: the one pipeline a run and explain share (read, config, plan, render, finish).
package dev.startgate.function;

import dev.startgate.intent.Config;
import dev.startgate.intent.ConfigReader;
import dev.startgate.intent.CrdFacts;
import dev.startgate.intent.CrdReader;
import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.AccessPlan;
import dev.startgate.plan.AccessPlanner;
import dev.startgate.plan.DuplicateObjects;
import dev.startgate.plan.FluxStages;
import dev.startgate.plan.FluxTimeoutCheck;
import dev.startgate.plan.Gate;
import dev.startgate.plan.GeneratedPlan;
import dev.startgate.plan.Inventory;
import dev.startgate.plan.Orchestration;
import dev.startgate.plan.OrderingPlan;
import dev.startgate.plan.OrderingPlanner;
import dev.startgate.plan.Plan;
import dev.startgate.plan.Planner;
import dev.startgate.plan.PodResources;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.render.GateContainers;
import dev.startgate.render.GeneratedObjects;
import dev.startgate.render.KubeAccess;
import dev.startgate.render.Ordering;
import dev.startgate.render.WorkloadRewriter;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YamlEditException;
import dev.startgate.yaml.YamlEditor;
import dev.startgate.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The function: input text in, output text and results out. Reads the input and the config, reads
 * intents, plans, and applies the plan as text edits. Any error result means no change: a
 * ResourceList comes back with its items untouched, a stream produces no output.
 */
public final class StartGate {
  /**
   * Workloads one run may gate. Each gets gate containers, scripts and maybe RBAC objects of up to
   * about 11 KB, so this bounds the output (about 110 MB) however many small workloads a hostile
   * input packs into its size limit.
   */
  public static final int MAX_GATED_WORKLOADS = 10_000;

  /**
   * Gates (targets) one run may add, three per gated workload on average: each adds its target to a
   * gate's arguments, a result and maybe an RBAC rule, up to 2,048 chars each.
   */
  public static final int MAX_GATES = 30_000;

  private final InputReader inputs;
  private final List<Resource> context;

  /**
   * The reading of each context text: {@code rewrite} passes every file of a folder as context and
   * then runs over each of them, and a text read as context is not parsed a second time.
   */
  private final Map<String, InputReader.Reading> contextReadings;

  /** The objects of {@link #context} that this rewrite rewrites too (by identity). */
  private final Set<Resource> rewrittenContext;

  /** The context files that could not be read, and why: named when a run fails. */
  private final List<Unread> unread;

  private record Unread(String name, String why) {}

  /** The text each object of {@link #context} was read from (by identity). */
  private final Map<Resource, String> contextTexts;

  private final String namespace;
  private final int parallelChars;

  /** The context's intents, read once (rewrite plans each file of a folder with the others). */
  private final ContextIntents contextIntents = new ContextIntents();

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
    List<Resource> found = new ArrayList<>();
    Map<String, InputReader.Reading> readings = new HashMap<>();
    Set<String> rewritten = Set.copyOf(rewrittenTexts);
    Set<Resource> inRewritten = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Resource, String> texts = new IdentityHashMap<>();
    List<Unread> notRead = new ArrayList<>();
    for (int i = 0; i < contextTexts.size(); i++) {
      String text = contextTexts.get(i);
      String name = contextNames.isEmpty() ? null : contextNames.get(i);
      InputReader.Reading reading = inputs.read(text);
      readings.putIfAbsent(text, reading);
      if (reading.error() != null && name != null) {
        notRead.add(new Unread(name, reading.error().message()));
      }
      if (reading.error() == null && reading.input().isResourceList()) {
        // A function's input saved beside the manifests is not applied: its items are no targets.
        if (name != null) {
          notRead.add(new Unread(name, "a ResourceList is KRM function input, not a manifest"));
        }
        continue;
      }
      if (reading.error() == null) {
        for (Resource r : reading.input().resources()) {
          Resource there = r.inNamespace(namespace).readFrom(name);
          found.add(there);
          texts.put(there, text);
          if (rewritten.contains(text)) {
            inRewritten.add(there);
          }
        }
      }
    }
    this.context = List.copyOf(found);
    this.rewrittenContext = inRewritten;
    this.contextTexts = texts;
    this.contextReadings = Map.copyOf(readings);
    for (Map.Entry<String, String> file : unreadable.entrySet()) {
      notRead.add(new Unread(file.getKey(), file.getValue()));
    }
    if (notRead.size() > 1) {
      // The folder's order (a comparator made on every run costs a lambda the archive lacks).
      notRead.sort(Comparator.comparing(Unread::name));
    }
    this.unread = List.copyOf(notRead);
  }

  /**
   * {@code from}'s context, read once, with {@code rewrittenTexts} as the files planned with it.
   */
  private StartGate(StartGate from, Collection<String> rewrittenTexts) {
    this.parallelChars = from.parallelChars;
    this.namespace = from.namespace;
    this.inputs = from.inputs;
    this.context = from.context;
    this.contextTexts = from.contextTexts;
    this.contextReadings = from.contextReadings;
    this.unread = from.unread;
    Set<String> rewritten = Set.copyOf(rewrittenTexts);
    Set<Resource> inRewritten = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Resource r : context) {
      if (rewritten.contains(contextTexts.get(r))) {
        inRewritten.add(r);
      }
    }
    this.rewrittenContext = inRewritten;
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
    InputReader.Reading reading = contextReadings.get(text);
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
      for (Source source : sources) {
        Result e = sources.size() == 1 ? reading.error() : inputs.read(source.text()).error();
        if (e != null) {
          return Analysis.failed(
              List.of(
                  new Result(
                      e.severity(),
                      e.message(),
                      e.resource(),
                      e.field(),
                      e.value(),
                      source.name(),
                      e.index())));
        }
      }
      if (reading.error() != null) {
        return Analysis.failed(List.of(reading.error()));
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
        contextBeside(pass.input().resources()),
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
  private record Pass(Input input, Config config, Planned planned, Outcome outcome) {}

  private Pass pass(Input given, String configText) {
    List<Resource> all = new ArrayList<>(given.resources());
    all.addAll(context);
    List<CrdFacts> crds = CrdReader.read(all);
    Input input = inNamespace(given, crds);
    List<Result> results = new ArrayList<>();
    Result sourceProblem = configSourceProblem(input, configText);
    if (sourceProblem != null) {
      results.add(sourceProblem);
      return new Pass(input, null, null, finish(input, results, null, ConfigNotes.NONE));
    }
    Config config = config(input, configText, crds, results);
    // Only a --config file's results are the config's own; a functionConfig is an item of the
    // input.
    List<Result> reading = configText == null ? List.of() : List.copyOf(results);
    if (config == null) {
      return new Pass(
          input, null, null, finish(input, results, null, new ConfigNotes(reading, List.of())));
    }
    strayConfigs(input, configText, results);
    TextEdits edits = new TextEdits(input.text(), input.newline());
    YamlEditor editor = new YamlEditor(edits);
    Planned planned = rewrite(input, config, crds, edits, editor, results);
    FluxStages stages = planned.ordering().stages();
    // Results about objects the layout moves name their new files; after an error nothing moves.
    List<Result> placed = stages == null || hasErrors(results) ? results : stages.placed(results);
    ConfigNotes notes = new ConfigNotes(reading, planned.unmatchedRules());
    return new Pass(input, config, planned, finish(input, placed, edits, notes));
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
   * A warning for each StartGate among the objects of a stream: only --config or a ResourceList's
   * functionConfig is the config (a kpt fn-config file, marked local-config, draws none, and so
   * does the text of {@code configText}, the --config file, given as a file too).
   */
  private static void strayConfigs(Input input, String configText, List<Result> results) {
    if (!input.isResourceList()) {
      for (Resource r : input.resources()) {
        // A kpt package's fn-config file is marked local-config (kpt and kustomize never apply it);
        // the --config file itself, given as a file too, is the config.
        if (r.kind().equals("StartGate")
            && r.group().equals("fn.startgate.dev")
            && !"true".equals(r.annotations().get("config.kubernetes.io/local-config"))
            && (configText == null
                || !configText.contains(
                    input.text().substring(r.node().start(), r.node().end())))) {
          results.add(
              Result.warning(
                  r,
                  "kind",
                  "a StartGate among the objects is not read as the config (only --config FILE is, or"
                      + " the functionConfig of a ResourceList, as kpt and kustomize's function"
                      + " transformers send it): it passes through as an object, which the cluster"
                      + " would reject; take it out and give it as --config FILE"));
        }
      }
    }
  }

  /**
   * A warning on each object of one of the context files {@code names} (the files {@code rewrite}
   * is given, in its order) that another of them, earlier, holds too: explain plans them as one
   * stream and warns so; a run over each file sees only its own.
   */
  public List<Result> duplicatesAcross(List<String> names) {
    Map<String, List<Resource>> byFile = new HashMap<>();
    for (Resource r : context) {
      if (r.file() != null) {
        byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
      }
    }
    List<List<Resource>> files = new ArrayList<>();
    for (String name : names) {
      files.add(byFile.getOrDefault(name, List.of()));
    }
    return DuplicateObjects.acrossFiles(files);
  }

  /**
   * The results of reading {@code configText} alone, before any input: what {@code rewrite} reports
   * once for all its files.
   */
  public List<Result> configResults(String configText) {
    List<Result> results = new ArrayList<>();
    config(inputs.read("").input(), configText, CrdReader.read(context), results);
    return results;
  }

  /**
   * What keeps the input from giving a config at all: a ResourceList's {@code functionConfig} that
   * is not one, or a config given twice; null if none.
   */
  private static Result configSourceProblem(Input input, String configText) {
    Result listProblem =
        input.resourceList() == null
            ? null
            : InputReader.functionConfigProblem(input.resourceList());
    if (listProblem != null) {
      return listProblem;
    }
    Resource configResource = input.functionConfig();
    if (configText != null && configResource != null && !emptyConfigMap(configResource)) {
      // kpt's --fn-config or "-- key=value" and a --config file: neither silently wins.
      return Result.inputError(
          "the config is given twice: by --config and by the ResourceList's functionConfig"
              + " (kpt's --fn-config or -- key=value); give it one way");
    }
    return null;
  }

  /** The config from the input or {@code configText}, or null after an error result. */
  private Config config(Input input, String configText, List<CrdFacts> crds, List<Result> results) {
    Resource configResource = input.functionConfig();
    if (configText != null) {
      InputReader.Reading configReading = inputs.read(configText);
      if (configReading.error() != null || configReading.input().resources().size() != 1) {
        results.add(Result.inputError(configFileProblem(configReading)));
        return null;
      }
      configResource = configReading.input().resources().get(0);
    }
    ConfigReader.Reading config = new ConfigReader(crds).read(configResource);
    results.addAll(config.results());
    if (hasErrors(results)) {
      return null;
    }
    Config read = config.config();
    if (read.orchestrator() == Orchestrator.FLUX
        && read.flux().layout()
        && input.resourceList() == null) {
      results.add(
          Result.warning(
              configResource,
              configResource.kind().equals("ConfigMap") ? "data.flux.layout" : "flux.layout",
              "a Flux layout moves files through kpt's internal.config.kubernetes.io/path"
                  + " annotation, so it works under kpt only; this input is a plain stream and"
                  + " nothing was moved (the force annotations are written); to see what kpt"
                  + " would do, give startgate kpt's own input: kpt fn source PKG --fn-config"
                  + " PKG/fn-config.yaml | startgate explain -"));
    }
    return read;
  }

  /**
   * kpt's functionConfig when none is given: a ConfigMap with no data ({@code function-input},
   * {@code data: {}}), which leaves the place to a {@code --config} file.
   */
  private static boolean emptyConfigMap(Resource config) {
    if (!config.kind().equals("ConfigMap")) {
      return false;
    }
    YNode data = config.node().get("data").orElse(null);
    return data == null || data instanceof YMapping m && m.size() == 0;
  }

  private static String configFileProblem(InputReader.Reading reading) {
    String must = "the --config file must hold one StartGate or ConfigMap object";
    if (reading.error() != null) {
      String message = reading.error().message();
      // The reader's words are about the input; here they are about the config file.
      return message.startsWith("input is ")
          ? "the --config file is " + message.substring("input is ".length())
          : must + ": " + message;
    }
    int mappings = 0;
    int others = 0;
    for (YDocument d : reading.input().documents()) {
      if (d.root() instanceof YMapping) {
        mappings++;
      } else if (d.root() != null && !(d.root() instanceof YScalar s && s.isNull())) {
        others++;
      }
    }
    if (mappings == 0 && others > 0) {
      return must
          + ", and it holds "
          + (others == 1 ? "a list or a plain value" : others + " lists or plain values")
          + "; start it with apiVersion: fn.startgate.dev/v1alpha1 and kind: StartGate";
    }
    return mappings == 1 && reading.input().resources().isEmpty()
        ? must
            + ", and its apiVersion or kind is missing; start it with apiVersion:"
            + " fn.startgate.dev/v1alpha1 and kind: StartGate"
        : must
            + ", not "
            + mappings
            + "; write one, like {apiVersion: fn.startgate.dev/v1alpha1, kind: StartGate,"
            + " metadata: {name: startgate}, orchestrator: helm}";
  }

  /** The objects startgate may change, their intents and the plan. */
  private record Planned(
      List<Resource> candidates,
      List<Intent> intents,
      Plan plan,
      AccessPlan access,
      OrderingPlan ordering,
      GeneratedPlan generated,
      List<Result> unmatchedRules) {}

  /** The workloads of {@code plan} whose pod template changes, by identity. */
  private static Set<Resource> gatedWorkloads(Plan plan) {
    Set<Resource> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (WorkloadPlan p : plan.workloads()) {
      if (p.changesPodTemplate()) {
        out.add(p.intent().workload());
      }
    }
    return out;
  }

  private Planned plan(Input input, Config config, List<CrdFacts> crds, List<Result> results) {
    List<Resource> candidates = new ArrayList<>();
    for (Resource r : input.resources()) {
      if (!r.isLocalConfig() && r != input.functionConfig() && !GeneratedObjects.isGenerated(r)) {
        candidates.add(r);
      }
    }
    IntentReader intentReader = new IntentReader(crds);
    List<Intent> intents = new ArrayList<>();
    Map<Resource, Phase> phases = new IdentityHashMap<>();
    Map<Resource, String> phaseFields = new IdentityHashMap<>();
    for (Resource r : candidates) {
      IntentReader.Reading reading = intentReader.read(r, config);
      results.addAll(reading.results());
      if (reading.intent() != null) {
        intents.add(reading.intent());
        if (reading.intent().phase() != null) {
          phases.put(r, reading.intent().phase());
          if (!reading.intent().sources().phase().equals(Intent.Sources.ANNOTATIONS.phase())) {
            phaseFields.put(r, reading.intent().sources().phase());
          }
        }
      }
    }
    List<Result> unmatchedRules = intentReader.unmatchedRules(config);
    results.addAll(unmatchedRules);
    results.addAll(DuplicateObjects.check(input.resources()));
    results.addAll(UnkindedObjects.check(input));
    List<Resource> beside = contextBeside(input.resources());
    boolean helm3 =
        config.orchestrator() == Orchestrator.HELM
            && !input.isResourceList()
            && OrderingPlanner.looksLikeHelm3(input.text(), input.resources());
    Planner planner =
        new Planner(
            config.kubernetes().runtime(), Orchestration.of(config, input.isResourceList(), helm3));
    // One inventory for the plan and the cycle check through the files beside the input: built
    // twice, it was a tenth of a rewrite of one file in a folder of 100 gated files.
    Inventory inventory = new Inventory(input.resources(), beside);
    Plan plan = planner.plan(intents, inventory);
    results.addAll(plan.results());
    results.addAll(PodResources.check(plan.workloads(), config.gate()));
    if (!unread.isEmpty()
        && plan.results().stream().anyMatch(r -> r.severity() == Severity.ERROR)) {
      // A target in a file beside the input that does not parse is not seen: say so where the
      // run fails (a chart's templates beside it do not parse either, so not on every run).
      for (Unread file : unread) {
        results.add(
            Result.warning(
                null,
                null,
                file.name()
                    + ", beside the input, is left out of its context ("
                    + file.why()
                    + "), so a target it holds is not seen"));
      }
    }
    if (!beside.isEmpty()) {
      results.addAll(
          planner.cyclesWith(intents, contextIntents.of(config, crds, beside), inventory));
    }
    int count = 0;
    int workloads = 0;
    for (WorkloadPlan p : plan.workloads()) {
      count += p.gates().size();
      workloads += p.gates().isEmpty() ? 0 : 1;
    }
    if (workloads > MAX_GATED_WORKLOADS) {
      results.add(
          Result.inputError(
              "the input asks for gates in "
                  + workloads
                  + " workloads, more than the limit of "
                  + MAX_GATED_WORKLOADS
                  + " in one run; run startgate on smaller parts"));
    }
    if (count > MAX_GATES) {
      results.add(
          Result.inputError(
              "the input asks for "
                  + count
                  + " gates, more than the limit of "
                  + MAX_GATES
                  + " in one run; run startgate on smaller parts"));
    }
    OrderingPlan ordering =
        OrderingPlanner.plan(
            config,
            new OrderingPlanner.Scope(
                input.isResourceList(),
                input.resources(),
                input.functionConfig(),
                helm3,
                gatedWorkloads(plan)),
            candidates,
            phases,
            phaseFields);
    results.addAll(FluxTimeoutCheck.check(ordering.stages(), config.flux(), plan.workloads()));
    AccessPlan access =
        AccessPlanner.plan(config, plan.workloads(), input.resources(), ordering.creationOrder());
    return new Planned(
        candidates,
        List.copyOf(intents),
        plan,
        access,
        ordering,
        GeneratedPlan.of(access, ordering, config.flux(), input.resources(), otherFiles(input)),
        List.copyOf(unmatchedRules));
  }

  /**
   * The context's objects that are not objects of {@code input}: a file given to {@code rewrite} or
   * {@code explain} is also read as context of its folder, and its objects were counted twice ("and
   * 1 more" of a single Deployment). The input's own reading wins.
   */
  private List<Resource> contextBeside(List<Resource> input) {
    if (context.isEmpty()) {
      return context;
    }
    Set<ObjectKey> own = new HashSet<>();
    for (Resource r : input) {
      own.add(ObjectKey.of(r));
    }
    List<Resource> beside = new ArrayList<>(context.size());
    for (Resource r : context) {
      if (!own.contains(ObjectKey.of(r))) {
        beside.add(r);
      }
    }
    return beside;
  }

  /**
   * The objects of the files beside {@code input} (its own file is context too), but startgate's
   * objects of the files this rewrite rewrites too (or explain plans as its input), which a run
   * over each takes out: what a check of copies of startgate's objects beside the input looks at.
   */
  private List<Resource> otherFiles(Input input) {
    if (context.isEmpty()) {
      return context;
    }
    // One comparison per file, not per object.
    Set<String> same = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> other = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Resource> out = new ArrayList<>();
    for (Resource r : context) {
      String text = contextTexts.get(r);
      if (!same.contains(text) && !other.contains(text)) {
        (text.equals(input.text()) ? same : other).add(text);
      }
      if (other.contains(text) && !(r.isGenerated() && rewrittenContext.contains(r))) {
        out.add(r);
      }
    }
    return out;
  }

  /** Plans {@code input} and, without an error, applies the plan with {@code editor}. */
  private Planned rewrite(
      Input input,
      Config config,
      List<CrdFacts> crds,
      TextEdits edits,
      YamlEditor editor,
      List<Result> results) {
    Planned planned = plan(input, config, crds, results);
    List<Resource> candidates = planned.candidates();
    List<Intent> intents = planned.intents();
    Plan plan = planned.plan();
    Map<YMapping, WorkloadPlan> byNode = new IdentityHashMap<>();
    for (WorkloadPlan p : plan.workloads()) {
      byNode.put(p.intent().workload().node(), p);
    }
    GeneratedObjects generated = new GeneratedObjects();
    KubeAccess access = new KubeAccess(config, planned.access(), generated);
    WorkloadRewriter rewriter = new WorkloadRewriter(new GateContainers(config), access);
    List<ContainerStep.Work> work = new ArrayList<>();
    for (Resource r : candidates) {
      WorkloadShape shape = r.shape().orElse(null);
      if (shape != null) {
        work.add(new ContainerStep.Work(r, shape, byNode.get(r.node())));
      }
    }
    if (hasErrors(results)) {
      // Nothing is rendered, and the rendering reports the access and ordering plans' results:
      // report them here, so that one error does not hide the problems of other workloads; so do
      // the edits the other workloads' text refuses, tried into text that is thrown away.
      for (AccessPlan.WorkloadAccess a : planned.access().workloads()) {
        results.addAll(a.results());
      }
      results.addAll(planned.ordering().results());
      results.addAll(planned.generated().collisions());
      results.addAll(
          EditProblems.of(input.text(), input.newline(), rewriter, work, List.copyOf(results)));
      results.addAll(
          EditProblems.ordering(
              input.text(),
              input.newline(),
              new Ordering(config),
              planned.ordering(),
              candidates,
              List.copyOf(results)));
      return planned;
    }
    // Init containers first (on two threads for a large input), then access and retry in order.
    List<ContainerStep.Done> done =
        ContainerStep.run(
            rewriter, edits, work, ContainerStep.threads(input.text().length(), parallelChars));
    int gated = 0;
    int gates = 0;
    for (int i = 0; i < work.size(); i++) {
      Resource r = work.get(i).workload();
      WorkloadShape shape = work.get(i).shape();
      WorkloadPlan p = work.get(i).plan();
      YamlEditException error = done.get(i).error();
      if (error == null) {
        try {
          results.addAll(rewriter.rest(editor, r, shape, p, done.get(i).containers()));
        } catch (YamlEditException e) {
          error = e;
        }
      }
      if (error != null) {
        results.add(
            Result.error(r, error.fieldBelow(shape.podSpecField()), null, error.getMessage()));
        continue;
      }
      if (p != null && !p.gates().isEmpty()) {
        gated++;
        gates += p.gates().size();
        results.add(
            Result.info(
                r,
                "gated by "
                    + p.gates().stream().map(Gate::target).collect(Collectors.joining(", "))));
      }
    }
    access.finish();
    results.addAll(new Ordering(config).apply(editor, planned.ordering(), candidates, generated));
    results.addAll(planned.generated().collisions());
    if (hasErrors(results)) {
      return planned;
    }
    if (!generated.identities().equals(planned.generated().identities())) {
      // The plan checked other objects for collisions than the ones rendered: a bug, never output.
      results.add(
          Result.inputError(
              "internal error: the generated objects "
                  + generated.identities()
                  + " differ from the planned "
                  + planned.generated().identities()
                  + "; please report this"));
      return planned;
    }
    generated.place(planned.generated().files());
    try {
      writeGenerated(input, editor, generated, planned.generated().kept());
    } catch (YamlEditException e) {
      results.add(Result.inputError("cannot add startgate's objects: " + e.getMessage()));
      return planned;
    }
    results.add(
        new Result(
            Severity.INFO,
            "startgate: " + gated + " workload(s) gated with " + gates + " gate(s)",
            null,
            null,
            null,
            null));
    return planned;
  }

  /**
   * Writes the generated objects; {@code kept}, generated objects the plan keeps, stay as they are.
   */
  private static void writeGenerated(
      Input input, YamlEditor editor, GeneratedObjects generated, Set<Resource> kept) {
    if (input.isResourceList()) {
      List<Resource> existing = input.resources();
      if (!kept.isEmpty()) {
        existing = new ArrayList<>(existing);
        existing.removeAll(kept);
      }
      generated.writeItems(editor, input.items(), existing, editor.writerFor(input.resourceList()));
    } else {
      YMapping sample = input.resources().isEmpty() ? null : input.resources().get(0).node();
      generated.writeDocuments(
          editor,
          input.documents(),
          input.resources(),
          sample == null ? new BlockWriter(2, 0) : editor.writerFor(sample));
    }
  }

  private Outcome finish(Input input, List<Result> all, TextEdits edits, ConfigNotes notes) {
    boolean failed = hasErrors(all);
    // After an error nothing is gated, moved or retried: no info result says otherwise.
    List<Result> results = failed ? withoutInfo(all) : all;
    if (!input.isResourceList()) {
      return new Outcome(failed ? null : edits.spliced(), List.copyOf(results), false, notes);
    }
    TextEdits out = failed || edits == null ? new TextEdits(input.text(), input.newline()) : edits;
    YamlEditor editor = new YamlEditor(out);
    try {
      editor.set(
          input.resourceList(),
          "results",
          ResultMaps.of(results),
          editor.writerFor(input.resourceList()),
          null);
    } catch (YamlEditException e) {
      // Only a hand-written ResourceList can be flow-style; kpt and kustomize send block style.
      List<Result> withProblem = new ArrayList<>(results);
      withProblem.add(
          Result.inputError(
              input.resourceList().flow()
                  ? "this ResourceList is written in JSON or flow style ({...}), and startgate"
                      + " writes its results into block-style YAML only (kpt and kustomize send"
                      + " block style); write the ResourceList in block style"
                  : "cannot write results into this ResourceList: " + e.getMessage()));
      return new Outcome(null, List.copyOf(withProblem), true, notes);
    }
    return new Outcome(out.spliced(), List.copyOf(results), true, notes);
  }

  private static List<Result> withoutInfo(List<Result> results) {
    List<Result> out = new ArrayList<>(results.size());
    for (Result r : results) {
      if (r.severity() != Severity.INFO) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean hasErrors(List<Result> results) {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
