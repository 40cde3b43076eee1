package dev.startgate.plan;

import dev.startgate.intent.Orchestrator;
import dev.startgate.model.PodNeeds;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.plan.PhaseKinds.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A phased Job (a startgate phase, or a hook of the user's: a chart's own pre-install Job) whose
 * pod needs an object of the input (its namespace, ServiceAccount, ConfigMaps, Secrets, claims,
 * pull Secrets: {@link PodNeeds}) that Helm or Argo CD creates only after the Job's phase: on a
 * first install its pod cannot start (on an upgrade the object may be there from before, so a
 * warning). The same under Flux's layout, whose deploy stage waits for the pre-deploy stage:
 * startgate does not move such objects there, as a Flux Kustomization prunes what leaves it (moving
 * a Namespace back would delete everything in it).
 */
final class PhaseNeeds {
  private PhaseNeeds() {}

  /**
   * An object of the input a workload needs.
   *
   * @param object the object
   * @param via the pod spec's field that names it; {@code ""} for the workload's namespace
   */
  record Needed(Resource object, String via) {}

  /**
   * The objects of {@code inventory} the pod of {@code job} needs, its Namespace first; none of
   * startgate's own (an earlier run's account for the gates, which this run writes anew).
   */
  static List<Needed> of(Inventory inventory, WorkloadPlan plan) {
    Resource job = plan.intent().workload();
    List<Needed> out = new ArrayList<>();
    String ns = job.namespace();
    Resource namespace = ns == null ? null : inventory.find("", "Namespace", null, ns).orElse(null);
    if (namespace != null) {
      out.add(new Needed(namespace, ""));
    }
    // A Kubernetes gate's Role and RoleBinding in another namespace go with the workload's hooks.
    Set<String> seen = new HashSet<>();
    for (Gate g : plan.gates()) {
      // The gate's own access (ApiAccess, as AccessPlanner grants it); a cluster-scoped one is
      // null.
      String other = ApiAccess.of(g).map(ApiAccess::namespace).orElse(null);
      if (other != null && !other.equals(ns) && seen.add(other)) {
        inventory.find("", "Namespace", null, other).ifPresent(n -> out.add(new Needed(n, GATES)));
      }
    }
    for (PodNeeds.Need need : job.facts().needs()) {
      Resource o = inventory.find("", need.kind(), ns, need.name()).orElse(null);
      if (o != null && !o.isGenerated()) {
        out.add(new Needed(o, need.via()));
      }
    }
    return out;
  }

  /** What needs a Namespace a Kubernetes gate's target lives in. */
  static final String GATES = "the gates' Role and RoleBinding there";

  /** The warning that {@code o} creates {@code needed} in {@code stage}, after {@code plan}'s. */
  static Result late(WorkloadPlan plan, Needed needed, Orchestrator o, Stage stage) {
    Resource job = plan.intent().workload();
    String when =
        switch (stage) {
          case MAIN ->
              switch (o) {
                case HELM -> "with the release, once the pre-install hooks are done";
                case ARGOCD -> "in the Sync phase, once the PreSync hooks are done";
                case FLUX, NONE -> "with the deploy stage, once the pre-deploy stage is ready";
              };
          case POST -> o == Orchestrator.HELM ? "with the post-install hooks" : "after the deploy";
          case PRE, NEVER -> "only after the " + job.kind() + "'s phase, if at all";
        };
    return result(
        plan, needed, o, when, fix(needed, o, "make", "a hook of the same phase one ", " earlier"));
  }

  /**
   * The warning that {@code o} creates {@code needed} in the phase of {@code plan}'s Job but after
   * it (a higher hook weight or a later wave: {@code at}), once the Job is done or healthy.
   */
  static Result laterInPhase(
      WorkloadPlan plan, Needed needed, Orchestrator o, PhaseSequence.Positions at) {
    String when =
        "only once the "
            + plan.intent().workload().kind()
            + " is "
            + (o == Orchestrator.HELM ? "done" : "healthy")
            + ", later in the same phase ("
            + at.to()
            + " against the "
            + plan.intent().workload().kind()
            + "'s "
            + at.from()
            + ")";
    return result(
        plan,
        needed,
        o,
        when,
        fix(needed, o, "give", "a lower ", " than the " + plan.intent().workload().kind() + "'s"));
  }

  /**
   * How to create {@code needed} before the Job: {@code verb} it {@code before} the weight's key
   * {@code after}.
   */
  private static String fix(
      Needed needed, Orchestrator o, String verb, String before, String after) {
    Resource object = needed.object();
    boolean namespace = needed.via().isEmpty();
    boolean gates = needed.via().equals(GATES);
    return switch (o) {
      case HELM, ARGOCD ->
          namespace || gates
              ? "take Namespace "
                  + object.name()
                  + " out of the "
                  + (o == Orchestrator.HELM ? "chart" : "application")
                  + " and create it before ("
                  + (gates
                      ? "kubectl create namespace " + object.name()
                      : o == Orchestrator.HELM
                          ? "helm install --create-namespace"
                          : "the CreateNamespace=true sync option")
                  + ")"
              : verb
                  + " "
                  + object.kind()
                  + " "
                  + object.name()
                  + " "
                  + before
                  + (o == Orchestrator.HELM
                      ? "helm.sh/hook-weight"
                      : "argocd.argoproj.io/sync-wave")
                  + after;
      case FLUX, NONE ->
          "apply "
              + object.kind()
              + " "
              + object.name()
              + " before the stages (from a Flux Kustomization that the pre-deploy stage"
              + " depends on, outside this package)";
    };
  }

  private static Result result(
      WorkloadPlan plan, Needed needed, Orchestrator o, String when, String fix) {
    Resource job = plan.intent().workload();
    Resource object = needed.object();
    boolean namespace = needed.via().isEmpty();
    boolean gates = needed.via().equals(GATES);
    String who = o == Orchestrator.NONE ? "the orchestrator" : o.product();
    // Without a phase of startgate's, a hook of the user's placed the Job (a chart's own).
    String hook = plan.intent().phase() != null ? null : hookKey(job, o);
    return Result.warning(
        job,
        hook == null ? plan.intent().sources().phase() : "metadata.annotations." + hook,
        job.kind()
            + " "
            + job.shownName()
            + " ("
            + (hook == null
                ? plan.intent().phase().text()
                : hook + ": " + job.annotations().get(hook).strip())
            + ") "
            + (namespace ? "runs in " : "needs ")
            + object.kind()
            + " "
            + object.name()
            + (namespace ? "" : " (" + needed.via() + ")")
            + ", which "
            + who
            + " applies "
            + when
            + (hook != null
                    && o == Orchestrator.HELM
                    && HookAnnotations.items(job.annotations().get(hook), true).stream()
                        .noneMatch(h -> h.endsWith("-install"))
                ? ": each time Helm runs the hook" // helm test, an uninstall, a rollback
                : ": on a first "
                    + (o == Orchestrator.HELM
                        ? "install"
                        : o == Orchestrator.ARGOCD ? "sync" : "apply"))
            + (namespace
                ? " the " + job.kind() + " cannot be created"
                : gates ? " the gates' Role cannot be created" : " its pod cannot start")
            + "; "
            + fix
            + (hook == null ? ", or drop " + plan.intent().sources().phaseName() : ""));
  }

  /** The hook annotation of the user's that places {@code job} for {@code o}. */
  private static String hookKey(Resource job, Orchestrator o) {
    boolean argo =
        o == Orchestrator.ARGOCD && job.annotations().containsKey(HookAnnotations.ARGO_HOOK)
            || !job.annotations().containsKey(HookAnnotations.HELM_HOOK);
    return argo ? HookAnnotations.ARGO_HOOK : HookAnnotations.HELM_HOOK;
  }
}
