package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.PhaseKinds.Placement;
import dev.startgate.plan.PhaseKinds.Stage;
import dev.startgate.plan.PhaseKinds.Verdict;

/** The results of {@link PhaseDeadlocks}: the chain, the phases and what to do. */
record PhaseDeadlockMessages(Orchestrator orchestrator) {

  Result result(
      WorkloadPlan plan,
      Gate gate,
      Placement from,
      Resource target,
      Placement to,
      int count,
      Verdict verdict) {
    Resource w = plan.intent().workload();
    String chain =
        w.kind()
            + " "
            + w.shownName()
            + " ("
            + describe(from)
            + ") -> "
            + target.kind()
            + " "
            // In another namespace, named with it: the workload's may hold one of that name too.
            + (target.namespace() == null || target.namespace().equals(w.namespace())
                ? ""
                : target.namespace() + "/")
            + target.name()
            + (count > 1 ? " and " + (count - 1) + " more" : "")
            + " ("
            + describe(to)
            + ")";
    String why =
        switch (verdict) {
          case NONE, CERTAIN ->
              (to.stage() == Stage.NEVER ? never(target, to) : waitsFirst(from, to, w, target))
                  + ", so the gate never passes";
          case SEQUENCE ->
              (orchestrator == Orchestrator.HELM
                      ? "Helm runs the hooks of a phase one at a time, by helm.sh/hook-weight and"
                          + " then by name, and creates "
                      : "Argo CD applies a phase wave by wave and creates ")
                  + target.kind()
                  + " "
                  + target.name()
                  + " only after the "
                  + w.kind()
                  + " is "
                  + (plan.intent().shape().isJob() ? "done" : "ready")
                  + ", so the gate never passes";
          case FIRST_INSTALL ->
              "helm install never creates "
                  + target.kind()
                  + " "
                  + target.name()
                  + " ("
                  + to.because()
                  + ": upgrades only), so on a first install the gate never passes"
                  + " (on an upgrade it may be there)";
          case HELM_WAIT ->
              "with helm install/upgrade --wait"
                  + (plan.intent().shape() == WorkloadShape.JOB ? " --wait-for-jobs" : "")
                  + " Helm runs post-install hooks only after every object of the release is"
                  + " ready, so the gate never passes; without that flag Helm runs the hooks once"
                  + " the release's objects are created";
        };
    String message =
        (switch (verdict) {
              case HELM_WAIT -> "phase deadlock under helm --wait: ";
              case FIRST_INSTALL -> "phase deadlock on a first install: ";
              case NONE, CERTAIN, SEQUENCE -> "phase deadlock: ";
            })
            + chain
            + "; "
            + w.kind()
            + " "
            + w.shownName()
            + " waits for "
            + gate.target()
            + " through "
            + plan.intent().sources().waitForName()
            + ", but "
            + why
            + "; "
            + (verdict == Verdict.SEQUENCE
                ? "give "
                    + target.kind()
                    + " "
                    + target.name()
                    + (orchestrator == Orchestrator.HELM
                        ? " a lower helm.sh/hook-weight than the "
                        : " a lower argocd.argoproj.io/sync-wave than the ")
                    + w.kind()
                    + ", or wait for something created before it"
                : verdict == Verdict.FIRST_INSTALL
                    ? "add "
                        + (to.stage() == Stage.PRE ? "pre-install" : "post-install")
                        + " to the helm.sh/hook of "
                        + target.kind()
                        + " "
                        + target.name()
                        + ", or wait for something every install creates"
                    : advice(w, plan.intent(), from, target, to));
    return verdict == Verdict.HELM_WAIT || verdict == Verdict.FIRST_INSTALL
        ? Result.warning(w, plan.intent().sources().waitFor(), message)
        : Result.error(w, plan.intent().sources().waitFor(), gate.target(), message);
  }

  private String waitsFirst(Placement from, Placement to, Resource w, Resource target) {
    String who = orchestrator == Orchestrator.NONE ? "nothing" : orchestrator.product();
    String done = w.shape().map(WorkloadShape::isJob).orElse(false) ? "done" : "ready";
    return who
        + " creates "
        + target.kind()
        + " "
        + target.name()
        + " only after the "
        + w.kind()
        + " is "
        + done
        + (from.stage() == Stage.MAIN
            ? " ("
                + stageName(Stage.MAIN)
                + " must be healthy before "
                + stageName(to.stage())
                + (stageName(to.stage()).endsWith("hooks") ? " start)" : " starts)")
            : " ("
                + stageName(from.stage())
                + " must finish before "
                + stageName(to.stage())
                + (stageName(to.stage()).endsWith("hooks") ? " start)" : " starts)"));
  }

  private String advice(Resource w, Intent intent, Placement from, Resource target, Placement to) {
    Phase phase = intent.phase();
    String phaseName = intent.sources().phaseName();
    String drop =
        to.because() != null
            ? "remove "
                + to.because()
                + " from "
                + target.kind()
                + " "
                + target.name()
                + " so it is created with "
                + stageName(Stage.MAIN)
            : null;
    if (to.stage() == Stage.NEVER) {
      boolean unknown =
          unknownHook(to) != null
              || orchestrator == Orchestrator.ARGOCD
                  && ArgoHooks.namesNoPhase(
                      target.annotations().get(HookAnnotations.ARGO_HOOK),
                      target.annotations().get(HookAnnotations.HELM_HOOK));
      return (unknown ? "correct the hook's name, or " : "")
          + drop
          + ", or wait for something the release creates";
    }
    if (from.stage() == Stage.PRE) {
      // A hook of the user's placed it, over its startgate.dev/phase: without the hook, that
      // phase places it (post-deploy: after the release), or keeps it where it is (pre-deploy).
      boolean hook =
          from.because() != null
              && (from.because().startsWith(HookAnnotations.ARGO_HOOK)
                  || from.because().startsWith(HookAnnotations.HELM_HOOK));
      boolean annotated = phaseName.equals(IntentReader.PHASE);
      String also =
          !hook || phase != Phase.PRE_DEPLOY
              ? ""
              : annotated
                  ? " and its " + phaseName + ": pre-deploy"
                  : ", and pre-deploy from " + phaseName;
      String lands =
          hook && phase == Phase.POST_DEPLOY
              ? stageName(Stage.POST) + " (post-deploy by " + phaseName + ")"
              : stageName(Stage.MAIN);
      String own =
          from.because() == null
              ? "move " + w.kind() + " " + w.shownName() + " out of " + stageName(Stage.PRE)
              : annotated
                  ? "drop " + from.because() + also + " from " + w.kind() + " " + w.shownName()
                  : "drop " + from.because() + " from " + w.kind() + " " + w.shownName() + also;
      return to.stage() == Stage.POST && w.shape().map(WorkloadShape::isJob).orElse(false)
          ? "make the "
              + w.kind()
              + " post-deploy too"
              + HelmHooks.laterWeight(orchestrator, target)
              + ", or "
              + own
              + (drop == null ? "" : ", or " + drop)
          : own + " so it runs with " + lands + ", or wait for something that exists before it";
    }
    return (w.shape().map(WorkloadShape::isJob).orElse(false)
        ? "make the "
            + w.kind()
            + " post-deploy too ("
            + IntentReader.PHASE
            + ": post-deploy"
            + HelmHooks.laterWeight(orchestrator, target)
            + ")"
            + (drop == null ? "" : ", or " + drop)
        : drop != null ? drop : "wait for something the release creates");
  }

  private String stageName(Stage stage) {
    return switch (orchestrator) {
      case HELM ->
          switch (stage) {
            case PRE -> "the pre-install hooks";
            case MAIN -> "the release";
            case POST -> "the post-install hooks";
            case NEVER -> "no install or upgrade";
          };
      case ARGOCD ->
          switch (stage) {
            case PRE -> "the PreSync phase";
            case MAIN -> "the Sync phase";
            case POST -> "the PostSync phase";
            case NEVER -> "no sync";
          };
      case FLUX, NONE ->
          switch (stage) {
            case PRE -> "the pre-deploy stage";
            case MAIN -> "the deploy stage";
            case POST -> "the post-deploy stage";
            case NEVER -> "no deploy";
          };
    };
  }

  /** Why an object of {@code to} (stage NEVER) is not there while the gate waits. */
  private String never(Resource target, Placement to) {
    String what = target.kind() + " " + target.name();
    String unknown = unknownHook(to);
    if (unknown != null) {
      return "Helm never creates "
          + what
          + ": it skips an object whose hooks include one it does not know (\""
          + unknown
          + "\" in "
          + to.because()
          + "; crd-install was Helm 2's)";
    }
    return orchestrator == Orchestrator.HELM
        ? "Helm creates "
            + what
            + " only for helm test, a delete or a rollback ("
            + to.because()
            + "), never on an install or upgrade"
        : ArgoHooks.namesNoPhase(
                target.annotations().get(HookAnnotations.ARGO_HOOK),
                target.annotations().get(HookAnnotations.HELM_HOOK))
            ? "Argo CD never applies "
                + what
                + ": none of its hooks is one Argo CD knows ("
                + to.because()
                + "; Argo CD's are PreSync, Sync and PostSync, spelled so, and Helm's pre-install,"
                + " pre-upgrade, post-install and post-upgrade when there are none of those)"
            : "Argo CD never applies " + what + " in a sync that succeeds (" + to.because() + ")";
  }

  /** The hook Helm does not know that places {@code to} nowhere (Helm only), or null. */
  private String unknownHook(Placement to) {
    String prefix = HookAnnotations.HELM_HOOK + ": ";
    return orchestrator == Orchestrator.HELM
            && to.because() != null
            && to.because().startsWith(prefix)
        ? HookAnnotations.unknownHelmHook(to.because().substring(prefix.length()))
        : null;
  }

  private String describe(Placement p) {
    if (p.stage() == Stage.NEVER
        || orchestrator == Orchestrator.HELM
            && p.because() != null
            && p.because().startsWith(HookAnnotations.HELM_HOOK + ":")) {
      return p.because(); // a chart's own hook names itself: pre-upgrade is no pre-install hook
    }
    return stageName(p.stage()).replaceFirst("^the ", "")
        + (p.because() == null ? "" : ", " + p.because());
  }
}
