package dev.startgate.render;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.HookAnnotations;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlEditException;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders pre- and post-deploy Jobs for the configured orchestrator: writes the hook (or Flux force)
 * annotations on workloads, makes the objects generated for a hook Job hooks of the same phase that
 * run first, and, with {@code flux.layout}, lays the package out in stages.
 *
 * <p>Every annotation startgate adds to a user's object is listed in {@code
 * startgate.dev/generated-annotations} on that object and recomputed on each run: one that is no
 * longer wanted (a removed phase, another orchestrator) is removed, and an annotation the user
 * wrote is never changed or removed; when it differs from what startgate would write, the user's
 * value wins and a warning says so.
 */
public final class Ordering {
  /** The annotation that lists the annotations startgate added to an object. */
  public static final String GENERATED = IntentReader.GENERATED_ANNOTATIONS;

  private static final String FIELD = "metadata.annotations.";
  private static final String HELM4_FILENAME = "postrenderer.helm.sh/postrender-filename";

  /**
   * The input as a whole.
   *
   * @param resourceList true for a KRM ResourceList, false for a plain stream
   * @param resources every object of the input
   * @param functionConfig the function config found in the input, or null
   * @param text the input text
   */
  public record Scope(
      boolean resourceList, List<Resource> resources, Resource functionConfig, String text) {}

  private final Config config;

  /** Ordering as {@code config} asks. */
  public Ordering(Config config) {
    this.config = config;
  }

  /**
   * Applies the ordering to {@code candidates} (the objects startgate may change) with the phases
   * of {@code intents}; decorates and adds objects in {@code generated}.
   *
   * @return what was done and every problem
   */
  public List<Result> apply(
      YamlEditor editor,
      Scope scope,
      List<Resource> candidates,
      List<Intent> intents,
      GeneratedObjects generated) {
    List<Result> results = new ArrayList<>();
    Map<YMapping, Phase> phases = new IdentityHashMap<>();
    for (Intent intent : intents) {
      if (intent.phase() != null) {
        phases.put(intent.workload().node(), intent.phase());
      }
    }
    Map<YMapping, Map<String, String>> paths = layout(scope, phases, generated, results);
    boolean laidOut = fluxLayout() && scope.resourceList();
    Orchestrator orchestrator = config.orchestrator();
    boolean helmHooks = false;
    for (Resource r : candidates) {
      WorkloadShape shape = r.shape().orElse(null);
      Map<String, String> path = paths.getOrDefault(r.node(), Map.of());
      if (shape == null) {
        edit(editor, r, path, Set.of(), results);
        continue;
      }
      Phase phase = phases.get(r.node());
      Map<String, String> wanted = HookAnnotations.forWorkload(orchestrator, shape, phase);
      helmHooks |= wanted.containsKey(HookAnnotations.HELM_HOOK);
      Map<String, String> put = new LinkedHashMap<>();
      Set<String> remove = new LinkedHashSet<>();
      Map<String, String> finalAnnotations = reconcile(r, wanted, put, remove, results);
      put.putAll(path);
      edit(editor, r, put, remove, results);
      Map<String, String> decorations = HookAnnotations.forGenerated(finalAnnotations);
      if (!decorations.isEmpty()) {
        generated.decorate(r, decorations);
      }
      if (phase != null) {
        results.add(phaseResult(r, phase, finalAnnotations, laidOut, path.get(FluxLayout.PATH)));
      }
    }
    if (helmHooks && !scope.resourceList() && looksLikeHelm3(scope)) {
      results.add(
          Result.warning(
              null,
              null,
              "this stream looks like Helm 3 post-renderer input or helm template output (\"#"
                  + " Source:\" comments, no "
                  + HELM4_FILENAME
                  + " annotations): Helm 3 takes hooks out before it runs a post-renderer, so the"
                  + " helm.sh/hook annotations startgate adds are not honoured there; use Helm 4,"
                  + " or write helm.sh/hook into the chart's template"));
    }
    return results;
  }

  /**
   * Works out the annotations to put and remove on {@code r} so that it carries {@code wanted},
   * keeps every annotation the user wrote, and lists what startgate owns.
   *
   * @return the annotations {@code r} will carry
   */
  private static Map<String, String> reconcile(
      Resource r,
      Map<String, String> wanted,
      Map<String, String> put,
      Set<String> remove,
      List<Result> results) {
    Map<String, String> current = r.annotations();
    Set<String> owned = owned(current.get(GENERATED));
    Set<String> owning = new TreeSet<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      String key = e.getKey();
      String now = current.get(key);
      if (now == null || owned.contains(key)) {
        put.put(key, e.getValue());
        owning.add(key);
      } else if (!now.equals(e.getValue())) {
        results.add(
            Result.warning(
                r,
                FIELD + key,
                "keeping your "
                    + key
                    + ": \""
                    + now
                    + "\"; for its phase startgate would write \""
                    + e.getValue()
                    + "\". Remove yours to let startgate manage it"));
      }
    }
    for (String key : owned) {
      if (!wanted.containsKey(key)) {
        remove.add(key);
      }
    }
    if (!owning.isEmpty()) {
      put.put(GENERATED, String.join(",", owning));
    } else if (current.containsKey(GENERATED)) {
      remove.add(GENERATED);
    }
    Map<String, String> after = new LinkedHashMap<>(current);
    after.keySet().removeAll(remove);
    after.putAll(put);
    return after;
  }

  private Map<YMapping, Map<String, String>> layout(
      Scope scope, Map<YMapping, Phase> phases, GeneratedObjects generated, List<Result> results) {
    if (!fluxLayout()) {
      return Map.of();
    }
    if (!scope.resourceList()) {
      results.add(
          Result.warning(
              null,
              "flux.layout",
              "flux.layout moves files through kpt's internal.config.kubernetes.io/path"
                  + " annotation, so it works under kpt only; this input is a plain stream and"
                  + " nothing was moved"));
      return Map.of();
    }
    FluxLayout.Moves moves =
        new FluxLayout(config.flux())
            .apply(scope.resources(), scope.functionConfig(), phases, generated);
    results.addAll(moves.results());
    return moves.annotations();
  }

  private boolean fluxLayout() {
    return config.orchestrator() == Orchestrator.FLUX && config.flux().layout();
  }

  private static void edit(
      YamlEditor editor,
      Resource r,
      Map<String, String> put,
      Set<String> remove,
      List<Result> results) {
    if (put.isEmpty() && remove.isEmpty()) {
      return;
    }
    YMapping metadata = r.node().mapping("metadata").orElse(null);
    if (metadata == null) {
      results.add(
          Result.error(
              r,
              "metadata",
              null,
              "the " + r.kind() + " has no metadata to write annotations into"));
      return;
    }
    try {
      editor.editMapping(metadata, "annotations", put, remove, editor.writerFor(r.node()), null);
    } catch (YamlEditException e) {
      results.add(Result.error(r, "metadata.annotations", null, e.getMessage()));
    }
  }

  private Result phaseResult(
      Resource r, Phase phase, Map<String, String> annotations, boolean laidOut, String movedTo) {
    String field = FIELD + IntentReader.PHASE;
    return switch (config.orchestrator()) {
      case NONE ->
          Result.warning(
              r,
              field,
              phase.text()
                  + " has no effect with orchestrator: none, so nothing runs this "
                  + r.kind()
                  + " before or after the rest; set orchestrator: helm, argocd or flux in the"
                  + " config");
      case FLUX ->
          laidOut
              ? new Result(
                  Severity.INFO,
                  phase.text() + ": applied by the Flux Kustomization of its stage",
                  r.ref(),
                  null,
                  null,
                  movedTo != null ? movedTo : r.file())
              : Result.warning(
                  r,
                  field,
                  phase.text()
                      + " is ordered under Flux only with flux.layout: true under kpt, which puts"
                      + " the stages in Kustomizations that depend on each other; without it"
                      + " the "
                      + r.kind()
                      + " is applied with everything else");
      case HELM ->
          Result.info(
              r, phase.text() + ": Helm hook " + annotations.get(HookAnnotations.HELM_HOOK));
      case ARGOCD ->
          Result.info(
              r, phase.text() + ": Argo CD hook " + annotations.get(HookAnnotations.ARGO_HOOK));
    };
  }

  private static Set<String> owned(String list) {
    Set<String> out = new TreeSet<>();
    if (list != null) {
      Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }

  /** A plain stream with Helm's {@code # Source:} comments and no Helm 4 file annotations. */
  static boolean looksLikeHelm3(Scope scope) {
    String text = scope.text();
    boolean source = text.startsWith("# Source: ") || text.contains("\n# Source: ");
    boolean helm4 =
        scope.resources().stream().anyMatch(r -> r.annotations().containsKey(HELM4_FILENAME));
    return source && !helm4;
  }
}
