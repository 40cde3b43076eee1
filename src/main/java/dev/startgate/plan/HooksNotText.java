package dev.startgate.plan;

import dev.startgate.intent.Orchestrator;
import dev.startgate.model.NotText;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;
import java.util.Map;

/**
 * A hook annotation of the user's that is no string ({@code helm.sh/hook: [pre-install]}, a
 * mapping, an alias): Kubernetes takes only strings as annotation values, and startgate neither
 * replaces nor reads such a value, so where it would write the key or read it, the run fails with
 * an error that shows it.
 */
final class HooksNotText {
  private HooksNotText() {}

  /**
   * The errors for what startgate would read on {@code r}, which gets {@code wanted}: under Argo
   * CD, a {@code helm.sh/hook} it would read as the user's Argo CD hook; with a hook of
   * startgate's, the {@code helm.sh/hook-weight} or {@code argocd.argoproj.io/sync-wave} that
   * orders the objects generated for {@code r} before it.
   */
  static void check(
      Orchestrator orchestrator, Resource r, Map<String, String> wanted, List<Result> results) {
    String argoHook = wanted.get(HookAnnotations.ARGO_HOOK);
    if (argoHook == null && !wanted.containsKey(HookAnnotations.HELM_HOOK)) {
      return;
    }
    Map<String, NotText> notText = r.facts().annotationsNotText();
    if (notText.isEmpty()) {
      return;
    }
    if (orchestrator == Orchestrator.ARGOCD && argoHook != null) {
      NotText helm = notText.get(HookAnnotations.HELM_HOOK);
      if (helm != null && !r.annotations().containsKey(HookAnnotations.ARGO_HOOK)) {
        results.add(
            error(
                r,
                HookAnnotations.HELM_HOOK,
                helm,
                "reads",
                "Argo CD reads it as the object's hook; write it as text, like ",
                argoHook.equals("PreSync")
                    ? "pre-install,pre-upgrade"
                    : "post-install,post-upgrade",
                "or remove it to let startgate write " + HookAnnotations.ARGO_HOOK));
      }
    }
    for (String key : List.of(HookAnnotations.HELM_WEIGHT, HookAnnotations.ARGO_WAVE)) {
      NotText value = notText.get(key);
      if (value != null) {
        results.add(
            error(
                r,
                key,
                value,
                "reads",
                "it orders the "
                    + r.kind()
                    + " among the hooks, and startgate the objects it generates for it one below;"
                    + " write it as text, like ",
                "0",
                "or remove it"));
      }
    }
  }

  /**
   * The error for the user's {@code key} on {@code r}, no string: what it is (an alias is one
   * startgate does not follow in an annotation it {@code does}), then {@code how} followed by
   * {@code key: "example"}, a comma and {@code or}.
   */
  static Result error(
      Resource r, String key, NotText notText, String does, String how, String example, String or) {
    return Result.error(
        r,
        "metadata.annotations." + key,
        notText.flow(),
        switch (notText.shape()) {
              case ALIAS -> "an alias, which startgate does not follow in an annotation it " + does;
              case LIST -> "an annotation's value is a string, not a list";
              case MAPPING -> "an annotation's value is a string, not a mapping";
            }
            + "; "
            + how
            + key
            + ": \""
            + example
            + "\", "
            + or);
  }
}
