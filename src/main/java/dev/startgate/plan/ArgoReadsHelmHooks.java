package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argo CD reads a {@code helm.sh/hook} as its own hook when an object has no {@code
 * argocd.argoproj.io/hook}: under {@code orchestrator: argocd} a user's Helm hook is their Argo CD
 * hook, and wins over the phase as one would.
 */
final class ArgoReadsHelmHooks {
  private ArgoReadsHelmHooks() {}

  /**
   * {@code wanted} without its Argo CD hook when {@code r} carries a {@code helm.sh/hook} of the
   * user's that Argo CD reads as another phase (Argo CD reads Helm's hooks when an object has none
   * of its own): the user's hook wins, as their own {@code argocd.argoproj.io/hook} would, and a
   * warning says so. {@code owned}: the keys startgate added to {@code r} on an earlier run.
   */
  static Map<String, String> yieldTo(
      Resource r, Map<String, String> wanted, Set<String> owned, List<Result> results) {
    String ours = wanted.get(HookAnnotations.ARGO_HOOK);
    String helm = r.annotations().get(HookAnnotations.HELM_HOOK);
    if (ours == null || helm == null) {
      return wanted;
    }
    if (owned.contains(HookAnnotations.HELM_HOOK)
        || r.annotations().containsKey(HookAnnotations.ARGO_HOOK)
            && !owned.contains(HookAnnotations.ARGO_HOOK)) {
      return wanted; // startgate's own Helm hook goes; a user's Argo CD hook is reconcile's
    }
    Set<String> read = HookAnnotations.argoHooksOfHelm(helm);
    if (read.isEmpty() || read.contains(ours)) {
      return wanted;
    }
    results.add(
        Result.warning(
            r,
            "metadata.annotations." + HookAnnotations.HELM_HOOK,
            "keeping your "
                + HookAnnotations.HELM_HOOK
                + ": \""
                + helm
                + "\", which Argo CD reads as "
                + HookAnnotations.ARGO_HOOK
                + ": "
                + String.join(",", read)
                + "; startgate would write "
                + HookAnnotations.ARGO_HOOK
                + ": \""
                + ours
                + "\". Remove yours to let startgate manage it"));
    Map<String, String> out = new LinkedHashMap<>(wanted);
    out.remove(HookAnnotations.ARGO_HOOK);
    out.remove(HookAnnotations.ARGO_DELETE);
    return out;
  }
}
