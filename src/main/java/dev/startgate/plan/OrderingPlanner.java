package dev.startgate.plan;

import dev.startgate.intent.Config;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.NotText;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides the {@link OrderingPlan} for the configured orchestrator: the hook (or Flux force)
 * annotations of pre- and post-deploy workloads, and the hooks of the objects generated for them.
 *
 * <p>Every annotation startgate adds to a user's object is listed in {@code
 * startgate.dev/generated-annotations} on that object and recomputed on each run: one that is no
 * longer wanted (a removed phase, another orchestrator) is removed, and an annotation the user
 * wrote is never changed or removed; when it differs from what startgate would write, the user's
 * value wins and a warning says so.
 */
public final class OrderingPlanner {
  /** The annotation that lists the annotations startgate added to an object. */
  public static final String GENERATED = IntentReader.GENERATED_ANNOTATIONS;

  private static final String FIELD = "metadata.annotations.";
  private static final String HELM4_FILENAME = "postrenderer.helm.sh/postrender-filename";

  private OrderingPlanner() {}

  /**
   * The input as a whole.
   *
   * @param resourceList true for a KRM ResourceList, false for a plain stream
   * @param resources every object of the input
   * @param functionConfig the function config found in the input, or null
   * @param helm3Stream true for a plain stream that {@link #looksLikeHelm3} under {@code
   *     orchestrator: helm} (decided once per run: {@link Orchestration#helm3Stream} too)
   * @param gated the workloads whose pod template gets gates or the retry option's restartPolicy,
   *     by identity; null: every workload counts
   */
  public record Scope(
      boolean resourceList,
      List<Resource> resources,
      Resource functionConfig,
      boolean helm3Stream,
      Set<Resource> gated) {
    /** A scope in which every workload counts as gated. */
    public Scope(
        boolean resourceList, List<Resource> resources, Resource functionConfig, boolean helm3) {
      this(resourceList, resources, functionConfig, helm3, null);
    }
  }

  /**
   * The ordering of {@code candidates} (the objects startgate may change) under {@code config};
   * {@code phases} holds the phase of each candidate that has one (keyed by identity).
   */
  public static OrderingPlan plan(
      Config config, Scope scope, List<Resource> candidates, Map<Resource, Phase> phases) {
    return plan(config, scope, candidates, phases, Map.of());
  }

  /**
   * Like {@link #plan(Config, Scope, List, Map)}; {@code phaseFields} names the config field that
   * set the phase of a candidate whose annotations set none ({@code gates[0].phase}), by identity.
   */
  public static OrderingPlan plan(
      Config config,
      Scope scope,
      List<Resource> candidates,
      Map<Resource, Phase> phases,
      Map<Resource, String> phaseFields) {
    Orchestrator orchestrator = config.orchestrator();
    boolean fluxLayout = orchestrator == Orchestrator.FLUX && config.flux().layout();
    boolean layOut = fluxLayout && scope.resourceList();
    List<Result> opening = new ArrayList<>();
    FluxStages stages =
        layOut
            ? FluxStages.of(config.flux(), scope.resources(), scope.functionConfig(), phases)
            : null;
    if (stages != null) {
      opening.addAll(stages.results());
      if (!stages.kustomizations().isEmpty()) {
        opening.addAll(KustomizeAfterLayout.warnings(scope.resources(), stages.moves()));
      }
    }
    List<OrderingPlan.WorkloadOrder> workloads = new ArrayList<>();
    boolean helmHooks = false;
    for (Resource r : candidates) {
      WorkloadShape shape = r.shape().orElse(null);
      if (shape == null) {
        continue;
      }
      Phase phase = phases.get(r);
      Map<String, String> wanted = HookAnnotations.forWorkload(orchestrator, shape, phase);
      if (FluxForce.leftOut(orchestrator, r, phase, wanted, scope.gated())) {
        opening.add(FluxForce.warning(r));
        wanted = Map.of();
      }
      helmHooks |= wanted.containsKey(HookAnnotations.HELM_HOOK);
      Result skipped =
          orchestrator == Orchestrator.ARGOCD
                  || phase == null && scope.gated() != null && !scope.gated().contains(r)
              ? null
              : HelmHooks.helmSkips(r);
      if (skipped != null) {
        opening.add(skipped);
      }
      if (wanted.isEmpty() && phase == null && !r.annotations().containsKey(GENERATED)) {
        // Nothing to write and nothing of ours to take back: what reconcile would find, without
        // its maps and sets for each of the input's workloads.
        workloads.add(
            new OrderingPlan.WorkloadOrder(
                r,
                null,
                Map.of(),
                Set.of(),
                HookAnnotations.forGenerated(r.annotations()),
                List.of(),
                null));
        continue;
      }
      Map<String, String> put = new LinkedHashMap<>();
      Set<String> remove = new LinkedHashSet<>();
      List<Result> conflicts = new ArrayList<>();
      Set<String> owned = owned(r.annotations().get(GENERATED));
      HooksNotText.check(orchestrator, r, wanted, conflicts);
      wanted = ArgoReadsHelmHooks.yieldTo(r, wanted, owned, conflicts);
      Map<String, String> finalAnnotations = reconcile(r, wanted, owned, put, remove, conflicts);
      String phaseField = phaseFields.isEmpty() ? null : phaseFields.get(r);
      Result phaseResult =
          phase == null
              ? null
              : layOut && stages.nested().contains(r)
                  ? Result.warning(
                      r,
                      phaseField != null ? phaseField : FIELD + IntentReader.PHASE,
                      phase.text()
                          + " orders nothing here: the "
                          + r.kind()
                          + " is in a nested kpt package, which flux.layout leaves where it is"
                          + " (see the warning on its Kptfile)")
                  : PhaseResults.of(
                      orchestrator,
                      r,
                      phase,
                      finalAnnotations,
                      layOut,
                      phaseField,
                      // A hook the orchestrator takes from startgate: not the user's (Argo CD
                      // reads a helm.sh/hook of the user's as a hook too), not dropped by Helm 3.
                      orchestrator == Orchestrator.ARGOCD
                          ? put.containsKey(HookAnnotations.ARGO_HOOK)
                              && (!r.annotations().containsKey(HookAnnotations.HELM_HOOK)
                                  || owned.contains(HookAnnotations.HELM_HOOK))
                          : put.containsKey(HookAnnotations.HELM_HOOK) && !scope.helm3Stream());
      workloads.add(
          new OrderingPlan.WorkloadOrder(
              r,
              phase,
              Collections.unmodifiableMap(put),
              Collections.unmodifiableSet(remove),
              HookAnnotations.forGenerated(finalAnnotations),
              List.copyOf(conflicts),
              phaseResult));
    }
    List<Result> closing = new ArrayList<>();
    if (helmHooks && scope.helm3Stream()) {
      closing.add(
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
    return new OrderingPlan(stages, List.copyOf(opening), List.copyOf(workloads), closing);
  }

  /**
   * Works out the annotations to put and remove on {@code r} so that it carries {@code wanted},
   * keeps every annotation the user wrote, and lists what startgate owns ({@code owned}: the keys
   * its list on {@code r} names now).
   *
   * @return the annotations {@code r} will carry
   */
  private static Map<String, String> reconcile(
      Resource r,
      Map<String, String> wanted,
      Set<String> owned,
      Map<String, String> put,
      Set<String> remove,
      List<Result> results) {
    Map<String, String> current = r.annotations();
    Set<String> owning = new TreeSet<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      String key = e.getKey();
      String now = current.get(key);
      NotText notText =
          now == null && !owned.contains(key) ? r.facts().annotationsNotText().get(key) : null;
      if (notText != null) {
        // Yours, though no string: kept, never replaced or later removed with startgate's own.
        results.add(
            HooksNotText.error(
                r,
                key,
                notText,
                "would write",
                "write it as text, like ",
                e.getValue(),
                "or remove it to let startgate write it"));
      } else if (now == null || owned.contains(key)) {
        put.put(key, e.getValue());
        owning.add(key);
      } else if (!HookAnnotations.sameValue(key, now, e.getValue())
          && !HookAnnotations.covers(key, now, e.getValue())) {
        results.add(
            Result.warning(
                r,
                FIELD + key,
                "keeping your "
                    + key
                    + ": \""
                    + now
                    + "\"; startgate would write \""
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

  private static Set<String> owned(String list) {
    Set<String> out = new TreeSet<>();
    if (list != null) {
      // Only keys startgate adds: a list edited by hand never removes the user's own annotations.
      HookAnnotations.items(list, false).stream()
          .filter(HookAnnotations.ON_WORKLOADS::contains)
          .forEach(out::add);
    }
    return out;
  }

  /** A plain stream {@code text} with Helm's {@code # Source:} comments and no Helm 4 ones. */
  public static boolean looksLikeHelm3(String text, List<Resource> resources) {
    boolean source = text.startsWith("# Source: ") || text.contains("\n# Source: ");
    if (!source) {
      return false;
    }
    for (Resource r : resources) {
      if (r.annotations().containsKey(HELM4_FILENAME)) {
        return false;
      }
    }
    return true;
  }
}
