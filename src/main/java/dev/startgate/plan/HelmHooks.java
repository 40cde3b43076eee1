package dev.startgate.plan;

import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Suggestions;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;

/** What Helm does with a chart's own hooks that the checks tell a Helm user. */
final class HelmHooks {
  private HelmHooks() {}

  /**
   * The warning that Helm never creates {@code r}, a workload startgate gates or phases: its own
   * {@code helm.sh/hook} holds a hook Helm does not know ({@code pre-instal}, {@code ""}, Helm 2's
   * {@code crd-install}), and Helm skips such an object, gates and all (review EI); null if not.
   */
  static Result helmSkips(Resource r) {
    String value = r.annotations().get(HookAnnotations.HELM_HOOK);
    String unknown = value == null ? null : HookAnnotations.unknownHelmHook(value);
    if (unknown == null) {
      return null;
    }
    boolean helm2 = unknown.equals("crd-install");
    String near =
        unknown.isEmpty() || helm2
            ? null
            : Suggestions.nearest(
                unknown,
                List.of(
                    "pre-install",
                    "post-install",
                    "pre-upgrade",
                    "post-upgrade",
                    "pre-delete",
                    "post-delete",
                    "pre-rollback",
                    "post-rollback",
                    "test"));
    return Result.warning(
        r,
        "metadata.annotations." + HookAnnotations.HELM_HOOK,
        "Helm never creates this "
            + r.kind()
            + ": it skips an object whose "
            + HookAnnotations.HELM_HOOK
            + (unknown.isEmpty()
                ? " holds an empty hook (\"" + value + "\")"
                : " holds a hook it does not know (\""
                    + unknown
                    + (unknown.equals(value.strip()) ? "" : "\" in \"" + value)
                    + "\")")
            + ", so neither it nor its gates run; "
            + (helm2
                ? "crd-install was Helm 2's (Helm 3 and 4 install a chart's crds/ folder); "
                : "")
            + (near != null ? "did you mean " + near + "? " : "")
            + "Helm's hooks are pre-install, post-install, pre-upgrade, post-upgrade, pre-delete,"
            + " post-delete, pre-rollback, post-rollback and test"
            + ", like "
            + HookAnnotations.HELM_HOOK
            + ": pre-install,pre-upgrade");
  }

  /**
   * Under Helm, what a Job made post-deploy beside {@code target} also needs: Helm runs a phase's
   * hooks one at a time, by weight and then by name, so at one weight a Job named before its target
   * would wait for it first (review EI).
   */
  static String laterWeight(Orchestrator orchestrator, Resource target) {
    return orchestrator == Orchestrator.HELM
        ? " with a "
            + HookAnnotations.HELM_WEIGHT
            + " above "
            + target.kind()
            + " "
            + target.name()
            + "'s"
        : "";
  }
}
