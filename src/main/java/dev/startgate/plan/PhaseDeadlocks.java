// Over 300 lines: where each orchestrator creates an object, and the verdict, read together.
package dev.startgate.plan;

import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.PhaseKinds.Placement;
import dev.startgate.plan.PhaseKinds.Stage;
import dev.startgate.plan.PhaseKinds.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phase deadlocks: a gate that waits for an object the orchestrator creates only after the gated
 * workload has to be done or ready. A pre-install hook (PreSync, Flux pre-deploy stage) waiting on
 * an object of the release; a release object waiting on a PostSync hook or a post-deploy stage
 * (Argo CD and Flux wait for the release to be healthy first); a Helm release object waiting on a
 * post-install hook, which deadlocks only under {@code helm --wait}, so a warning.
 */
final class PhaseDeadlocks {
  static final String HELM_HOOK = "helm.sh/hook";
  static final String ARGO_HOOK = "argocd.argoproj.io/hook";

  private final Orchestrator configured;
  private final boolean fluxStages;
  private final boolean helm3Stream;
  private final Inventory inventory;
  private final Map<String, Phase> phases = new HashMap<>();
  // The folders of a Flux layout's nested packages (none without the layout).
  private final Set<String> subpackages;
  // Where each intent's phase was written, as messages name it (an annotation or a gates: rule).
  private final Map<String, String> phaseNames = new HashMap<>();

  PhaseDeadlocks(Orchestration orchestration, Inventory inventory, List<WorkloadPlan> plans) {
    this.configured = orchestration.orchestrator();
    this.fluxStages = orchestration.fluxStages();
    this.inventory = inventory;
    // A chart's own hook anywhere in the stream: Helm 3 never shows those to a post-renderer, so
    // the stream is helm template output, which Argo CD or Helm 4 applies with every hook in it.
    this.helm3Stream =
        orchestration.helm3Stream()
            && !inventory.any(
                r -> inventory.isInput(r) && !r.isGenerated() && userHook(r, HELM_HOOK) != null);
    this.subpackages = fluxStages ? NestedPackages.dirs(inventory.kptfiles()) : Set.of();
    for (WorkloadPlan p : plans) {
      if (p.intent().phase() != null) {
        phases.put(DependencyGraph.objectId(p.intent().workload()), p.intent().phase());
        phaseNames.put(
            DependencyGraph.objectId(p.intent().workload()), p.intent().sources().phaseName());
      }
    }
  }

  /**
   * The orchestrator whose rules order {@code w} and {@code t}: the configured one; with {@code
   * orchestrator: none} startgate writes no hooks, but a chart's own hooks still order the input:
   * Argo CD hooks mean Argo CD, Helm hooks mean Helm (Argo CD reads those too; Helm's rules are the
   * milder).
   */
  private Orchestrator orchestrator(Resource w, Resource t) {
    if (configured != Orchestrator.NONE) {
      return configured;
    }
    if (userHook(w, ARGO_HOOK) != null || userHook(t, ARGO_HOOK) != null) {
      return Orchestrator.ARGOCD;
    }
    if (userHook(w, HELM_HOOK) != null || userHook(t, HELM_HOOK) != null) {
      return Orchestrator.HELM;
    }
    return Orchestrator.NONE;
  }

  /** The phase deadlocks of {@code plans}, in input order. */
  List<Result> check(List<WorkloadPlan> plans) {
    List<Result> results = new ArrayList<>();
    if (configured == Orchestrator.NONE && !hooks(plans)) {
      // Without an orchestrator only a chart's own hooks place objects apart (orchestrator()):
      // with none anywhere, every object is created alike and no gate can deadlock. Finding each
      // gate's targets was a third of planning 1,000 resources.
      return results;
    }
    for (WorkloadPlan plan : plans) {
      PhaseTargets phaseTargets = new PhaseTargets(inventory, plan.intent().workload().namespace());
      for (Gate gate : plan.gates()) {
        // The Service a target connects through first (service/, or a host that is a Service's
        // name): created too late, its name never resolves, whatever pods behind it were earlier.
        Resource service = phaseTargets.service(gate).orElse(null);
        // A host read as a Service's name (tcp://db:5432) is a warning: the pod's DNS may resolve
        // it elsewhere; service/db names the Service for certain.
        boolean byHost = service != null && !gate.kindWord().equals("service");
        Deadlock found = service == null ? null : deadlock(plan, List.of(service));
        if (found != null) {
          results.add(underHelm3(found, byHost(byHost, found.result(plan, gate, 1))));
          continue;
        }
        List<Resource> targets =
            service != null ? phaseTargets.behind(gate, service) : gate.accept(phaseTargets);
        found = deadlock(plan, targets);
        if (found != null) {
          results.add(underHelm3(found, byHost(byHost, found.result(plan, gate, targets.size()))));
        } else if (gate.kindWord().equals("job")) {
          deletedBefore(plan, gate, targets, results);
        }
      }
      // A phase of startgate's or a hook of the user's (a chart's own pre-install Job) alike.
      if ((plan.intent().phase() != null
              || userHook(plan.intent().workload(), HELM_HOOK) != null
              || userHook(plan.intent().workload(), ARGO_HOOK) != null)
          && !helm3Stream) {
        lateNeeds(plan, results);
      }
    }
    return results;
  }

  /**
   * {@code r}, a warning when a Helm 3 stream holds the Helm deadlock: Helm 3 applies the hooks a
   * post-renderer adds with everything else (the stream's own warning says so), so nothing
   * deadlocks there, and failing the install would stop a user who has not moved to Helm 4 yet. Not
   * in a stream that holds a chart's own hook (see the constructor).
   */
  private Result underHelm3(Deadlock found, Result r) {
    if (!helm3Stream
        || found.orchestrator() != Orchestrator.HELM
        || r.severity() != Severity.ERROR) {
      return r;
    }
    return new Result(
        Severity.WARNING,
        r.message()
            + " (a warning here: this stream looks like Helm 3's, which applies the hooks a"
            + " post-renderer adds with everything else; under Helm 4 it is an error)",
        r.resource(),
        r.field(),
        r.value(),
        r.file(),
        r.index());
  }

  /** {@code r}, a warning that says why when the target is a network host read as a Service. */
  private static Result byHost(boolean byHost, Result r) {
    if (!byHost) {
      return r;
    }
    return new Result(
        Severity.WARNING,
        r.message()
            + " (a warning: startgate reads the target's host as the name of that Service in the"
            + " input, which the pod's DNS resolves it to unless its dnsConfig says otherwise;"
            + " write service/NAME to make the check certain)",
        r.resource(),
        r.field(),
        null,
        r.file(),
        r.index());
  }

  /**
   * A warning when the hook Job a gate of {@code plan} waits for is deleted once it succeeds
   * ({@code hook-succeeded}, {@code HookSucceeded}) and the gated workload is created in a later
   * phase, or is a CronJob (its pods start on its schedule, after any phase): Helm deletes it as
   * soon as its phase's hooks have succeeded, Argo CD at the end of the sync, so the gate (or a
   * later restart of its pod) finds no Job and waits until its timeout (as for {@code
   * ttlSecondsAfterFinished}).
   */
  private void deletedBefore(
      WorkloadPlan plan, Gate gate, List<Resource> targets, List<Result> results) {
    Resource w = plan.intent().workload();
    for (Resource t : targets) {
      Orchestrator o = orchestrator(w, t);
      String policy = deletePolicy(o, t);
      if (policy == null) {
        continue;
      }
      Placement from = placement(o, w, phaseOf(w));
      Placement to = placement(o, t, phaseOf(t));
      // A CronJob's pods start on its schedule, after any phase: the hook is gone by then.
      boolean cron = plan.intent().shape() == WorkloadShape.CRONJOB;
      if (from == null
          || to == null
          || to.stage() == Stage.NEVER
          || to.stage() == Stage.MAIN // not a hook: no delete policy applies
          || (!cron && to.stage().compareTo(from.stage()) >= 0)) {
        continue;
      }
      String when =
          to.stage().compareTo(from.stage()) < 0
              ? " is created after that hook's phase"
              : " runs its pods on its schedule, after that hook's phase";
      results.add(
          Result.warning(
              w,
              plan.intent().sources().waitFor(),
              "Job \""
                  + t.name()
                  + "\" is a hook deleted once it succeeds ("
                  + policy
                  + ") and this "
                  + w.kind()
                  + when
                  + ", so its gate ("
                  + gate.target()
                  + ") may find no Job and wait until its timeout; drop the succeeded policy (keep "
                  + (policy.startsWith(HookAnnotations.ARGO_DELETE)
                      ? "BeforeHookCreation"
                      : "before-hook-creation")
                  + ", which deletes the old Job only when the next one is created), or wait for"
                  + " what the Job produces instead"));
      return;
    }
  }

  /**
   * The annotation and value by which {@code o} deletes the hook {@code t} once it succeeds, like
   * {@code helm.sh/hook-delete-policy: hook-succeeded}, or null (Argo CD also reads Helm's policy
   * when it has none of its own).
   */
  private String deletePolicy(Orchestrator o, Resource t) {
    String helm = t.annotations().get(HookAnnotations.HELM_DELETE);
    String argo = t.annotations().get(HookAnnotations.ARGO_DELETE);
    boolean helmSucceeded = HookAnnotations.items(helm, true).contains("hook-succeeded");
    String found =
        switch (o) {
          case HELM -> helmSucceeded ? HookAnnotations.HELM_DELETE : null;
          // Argo CD deletes by its own policy and Helm's together (gitops-engine's
          // hook.DeletePolicies), whichever is written.
          case ARGOCD ->
              HookAnnotations.items(argo, false).contains("HookSucceeded")
                  ? HookAnnotations.ARGO_DELETE
                  : helmSucceeded ? HookAnnotations.HELM_DELETE : null;
          case NONE, FLUX -> null;
        };
    return found == null ? null : found + ": " + t.annotations().get(found).strip();
  }

  /**
   * A warning for each object of the input the pod of {@code plan}'s phased Job needs that Helm,
   * Argo CD or Flux's stages apply only after the Job's phase ({@link PhaseNeeds}).
   */
  private void lateNeeds(WorkloadPlan plan, List<Result> results) {
    Resource w = plan.intent().workload();
    // Nothing waits for a CronJob, whose pods start on its schedule: only its namespace counts.
    boolean cron = plan.intent().shape() == WorkloadShape.CRONJOB;
    for (PhaseNeeds.Needed n : PhaseNeeds.of(inventory, plan)) {
      Orchestrator o = orchestrator(w, n.object());
      boolean pod = !n.via().isEmpty() && !n.via().equals(PhaseNeeds.GATES);
      if (o == Orchestrator.NONE || upgradeOnly(o, w) || cron && pod) {
        continue;
      }
      Placement from = placement(o, w, phaseOf(w));
      Placement to = placement(o, n.object(), phaseOf(n.object()));
      if (from == null || to == null) {
        continue;
      }
      if (to.stage().compareTo(from.stage()) > 0) {
        results.add(PhaseNeeds.late(plan, n, o, to.stage()));
      } else if (!cron) {
        // In the Job's phase, but created once the Job is done (Helm) or healthy (Argo CD).
        PhaseSequence.Positions later =
            PhaseSequence.later(o, plan.intent().shape(), w, from, n.object(), to);
        if (later != null) {
          results.add(PhaseNeeds.laterInPhase(plan, n, o, later));
        }
      }
    }
  }

  /** True if a gated workload or an object of the inventory has a Helm or Argo CD hook. */
  private boolean hooks(List<WorkloadPlan> plans) {
    for (WorkloadPlan p : plans) {
      if (Inventory.annotated(p.intent().workload(), HELM_HOOK, ARGO_HOOK)) {
        return true;
      }
    }
    return inventory.anyAnnotated(HELM_HOOK, ARGO_HOOK);
  }

  /** A deadlock of one gate: the first target, the placements, the rules and the verdict. */
  private record Deadlock(
      Orchestrator orchestrator, Placement from, Resource target, Placement to, Verdict verdict) {
    Result result(WorkloadPlan plan, Gate gate, int count) {
      return new PhaseDeadlockMessages(orchestrator)
          .result(plan, gate, from, target, to, count, verdict);
    }
  }

  /**
   * The deadlock of a gate of {@code plan} that waits for {@code targets}: every one of them must
   * be created too late (a selector that also matches an earlier workload may pass on its pods).
   */
  private Deadlock deadlock(WorkloadPlan plan, List<Resource> targets) {
    Resource w = plan.intent().workload();
    Deadlock first = null;
    Deadlock weakest = null;
    for (Resource t : targets) {
      Orchestrator o = orchestrator(w, t);
      Placement from = placement(o, w, phaseOf(w));
      Placement to = placement(o, t, phaseOf(t));
      if (to != null && to.stage() == Stage.MAIN && upgradeOnly(o, w)) {
        from = null; // the release's objects are there from before an upgrade
      }
      Verdict v =
          from == null || to == null ? Verdict.NONE : verdict(o, plan.intent().shape(), from, to);
      if (from != null
          && to != null
          && from.stage() != Stage.NEVER
          && plan.intent().shape() != WorkloadShape.CRONJOB
          && upgradeOnly(o, t)
          && !upgradeOnly(o, w)) {
        v = Verdict.FIRST_INSTALL; // whatever an upgrade does, an install never creates it
      }
      PhaseSequence.Positions later =
          v != Verdict.NONE || from == null || to == null
              ? null
              : PhaseSequence.later(o, plan.intent().shape(), w, from, t, to);
      if (later != null) {
        v = Verdict.SEQUENCE;
        from = new Placement(from.stage(), join(from.because(), later.from()));
        to = new Placement(to.stage(), join(to.because(), later.to()));
      }
      if (v == Verdict.NONE) {
        return null;
      }
      boolean weak = v == Verdict.HELM_WAIT || v == Verdict.FIRST_INSTALL;
      weakest = weakest == null && weak ? new Deadlock(o, from, t, to, v) : weakest;
      first = first == null ? new Deadlock(o, from, t, to, v) : first;
    }
    // Every target too late, but one only under a flag or on a first install: that one says it.
    return weakest != null ? weakest : first;
  }

  /**
   * True if {@code w} is a Helm hook of upgrades only ({@code pre-upgrade}, {@code post-upgrade},
   * no {@code -install}): it never runs on an install, and on an upgrade the objects of the release
   * before it are there already, so waiting for one of them is no certain deadlock (waiting for a
   * later hook, or one never created, still is).
   */
  private boolean upgradeOnly(Orchestrator o, Resource w) {
    Set<String> hooks =
        HookAnnotations.items(o == Orchestrator.HELM ? userHook(w, HELM_HOOK) : null, true);
    return !hooks.contains("pre-install")
        && !hooks.contains("post-install")
        && (hooks.contains("pre-upgrade") || hooks.contains("post-upgrade"));
  }

  private static String join(String because, String position) {
    return because == null ? position : because + ", " + position;
  }

  /**
   * The startgate phase of {@code r}: its intent's, else its own annotation's; none without an
   * orchestrator.
   */
  private Phase phaseOf(Resource r) {
    if (configured == Orchestrator.NONE) {
      return null;
    }
    Phase known = phases.get(DependencyGraph.objectId(r));
    String text = r.annotations().get(IntentReader.PHASE);
    return known != null || text == null ? known : Phase.of(text.strip());
  }

  /**
   * Whether a workload of {@code shape} created in {@code from} deadlocks waiting for an object
   * created in {@code to} under {@code orchestrator}.
   */
  static Verdict verdict(
      Orchestrator orchestrator, WorkloadShape shape, Placement from, Placement to) {
    if (shape == WorkloadShape.CRONJOB || to.stage().compareTo(from.stage()) <= 0) {
      // Nothing waits for a CronJob; a target created earlier or alongside is no deadlock.
      return Verdict.NONE;
    }
    if (to.stage() == Stage.NEVER) {
      // Created by helm test, a delete or rollback, a failed sync, or not at all: never passes.
      return orchestrator == Orchestrator.NONE ? Verdict.NONE : Verdict.CERTAIN;
    }
    return switch (orchestrator) {
      case NONE -> Verdict.NONE;
      case ARGOCD, FLUX -> Verdict.CERTAIN;
      case HELM -> {
        if (from.stage() == Stage.PRE) {
          // Helm waits for a hook Job or Pod to finish, and for no other kind of hook.
          yield shape == WorkloadShape.JOB || shape == WorkloadShape.POD
              ? Verdict.CERTAIN
              : Verdict.NONE;
        }
        yield Verdict.HELM_WAIT;
      }
    };
  }

  /** Where {@code r} is created, or null when it is not part of an install or sync at all. */
  Placement placement(Orchestrator orchestrator, Resource r, Phase phase) {
    String argo = userHook(r, ARGO_HOOK);
    String helm = userHook(r, HELM_HOOK);
    return switch (orchestrator) {
      case NONE -> new Placement(Stage.MAIN, null);
      case HELM ->
          helm == null
              ? fromPhase(phase, r)
              : HookAnnotations.unknownHelmHook(helm) != null
                  ? new Placement(Stage.NEVER, HELM_HOOK + ": " + helm.strip())
                  : helmHook(helm);
      case ARGOCD -> {
        boolean phased = phase != null && r.shape().map(WorkloadShape::isJob).orElse(false);
        if (argo == null && phased) {
          // startgate writes its Argo CD hook; a user's helm.sh/hook that Argo CD reads as another
          // phase than startgate's is kept instead (ArgoReadsHelmHooks), so it places the object.
          Set<String> read = helm == null ? Set.of() : HookAnnotations.argoHooksOfHelm(helm);
          if (read.isEmpty() || read.contains(phase == Phase.PRE_DEPLOY ? "PreSync" : "PostSync")) {
            yield fromPhase(phase, r);
          }
        }
        Placement p = ArgoHooks.placement(argo, helm);
        yield p == null ? new Placement(Stage.MAIN, null) : p;
      }
      case FLUX -> {
        if (!fluxStages) {
          yield new Placement(Stage.MAIN, null);
        }
        if (!FluxStages.staged(r, subpackages)) {
          yield null; // left where it is: no stage applies it, none orders it
        }
        yield r.shape().map(WorkloadShape::isJob).orElse(false)
            ? fromPhase(phase, r)
            : new Placement(Stage.MAIN, null);
      }
    };
  }

  /**
   * {@code r}'s hook annotation {@code key}, or null when there is none, or when startgate wrote it
   * (it is listed in {@code startgate.dev/generated-annotations}) on an object of the input: that
   * one stands for the phase of an earlier run, which this run writes anew from the phase it reads
   * now (or removes). An object of another file of the folder, which this run does not change, is
   * placed by the hooks it carries.
   */
  private String userHook(Resource r, String key) {
    String value = r.annotations().get(key);
    String generated =
        value == null || !inventory.isInput(r)
            ? null
            : r.annotations().get(OrderingPlanner.GENERATED);
    if (generated != null) {
      for (String k : generated.split(",")) {
        if (k.strip().equals(key)) {
          return null;
        }
      }
    }
    return value;
  }

  private Placement fromPhase(Phase phase, Resource r) {
    if (phase == null || !r.shape().map(WorkloadShape::isJob).orElse(false)) {
      return new Placement(Stage.MAIN, null);
    }
    return new Placement(
        phase == Phase.PRE_DEPLOY ? Stage.PRE : Stage.POST,
        phaseNames.getOrDefault(DependencyGraph.objectId(r), IntentReader.PHASE)
            + ": "
            + phase.text());
  }

  private static Placement helmHook(String value) {
    String because = HELM_HOOK + ": " + value.strip();
    for (String hook : value.split(",")) {
      switch (hook.strip().toLowerCase(Locale.ROOT)) {
        case "pre-install", "pre-upgrade" -> {
          return new Placement(Stage.PRE, because);
        }
        case "post-install", "post-upgrade" -> {
          return new Placement(Stage.POST, because);
        }
        default -> {}
      }
    }
    for (String hook : value.split(",")) {
      switch (hook.strip().toLowerCase(Locale.ROOT)) {
        case "test",
            "test-success",
            "pre-delete",
            "post-delete",
            "pre-rollback",
            "post-rollback" -> {
          return new Placement(Stage.NEVER, because);
        }
        default -> {}
      }
    }
    return null;
  }
}
