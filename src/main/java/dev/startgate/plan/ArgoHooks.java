package dev.startgate.plan;

import dev.startgate.plan.PhaseKinds.Placement;
import dev.startgate.plan.PhaseKinds.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Argo CD applies an object in a sync, read from its hook annotations as Argo CD reads them:
 * the {@code argocd.argoproj.io/hook} items it knows (case-sensitive); when none of them is one it
 * knows, the {@code helm.sh/hook} items it maps ({@code pre-install} and {@code pre-upgrade} to
 * {@code PreSync}, {@code post-install} and {@code post-upgrade} to {@code PostSync}). An object
 * with either annotation is a hook, applied in the earliest phase its hooks name, and in none when
 * they name none ({@code Presync}, {@code test}, a lone {@code Skip}): Argo CD never applies it.
 * The exception: {@code helm.sh/hook: crd-install} alone is no hook (the Sync phase).
 */
final class ArgoHooks {
  private ArgoHooks() {}

  /**
   * The one {@code helm.sh/hook} value that makes no hook for Argo CD (its Helm support takes Helm
   * 2's CRD marker for a plain object), written exactly so: {@code " crd-install"} is a hook.
   */
  private static final String HELM_CRD = "crd-install";

  /** The Argo CD hook types that name a phase or keep an object out of a sync. */
  private static final List<String> KNOWN =
      List.of("PreSync", "Sync", "PostSync", "Skip", "SyncFail", "PreDelete", "PostDelete");

  /**
   * Where Argo CD applies an object carrying {@code argo} and {@code helm} (either may be null):
   * null when it is no hook (the Sync phase, as any other object).
   */
  static Placement placement(String argo, String helm) {
    if (argo == null && (helm == null || helm.equals(HELM_CRD))) {
      return null;
    }
    List<String> types = known(argo);
    String written = argo == null || !argo.isBlank() ? argo : "\"\"";
    String because = argo == null ? null : HookAnnotations.ARGO_HOOK + ": " + written.strip();
    if (types.isEmpty() && helm != null) {
      types = new ArrayList<>(HookAnnotations.argoHooksOfHelm(helm));
      // Quoted when blanks around it matter: " crd-install" is a hook, "crd-install" is none.
      String read =
          HookAnnotations.HELM_HOOK
              + ": "
              + (helm.strip().equals(HELM_CRD) && !helm.equals(HELM_CRD)
                  ? "\"" + helm + "\""
                  : helm.strip());
      // Both annotations place it: dropping the Helm hook alone leaves a hook of no phase.
      because =
          because == null
              ? read
              : because
                  + " and "
                  + read
                  + " (Argo CD knows no hook "
                  + written.strip()
                  + ", so it reads Helm's)";
    }
    Stage earliest = Stage.NEVER;
    for (String type : types) {
      Stage s =
          switch (type) {
            case "PreSync" -> Stage.PRE;
            case "Sync" -> Stage.MAIN;
            case "PostSync" -> Stage.POST;
            default -> Stage.NEVER;
          };
      earliest = s.compareTo(earliest) < 0 ? s : earliest;
    }
    return new Placement(earliest, because);
  }

  /**
   * True if neither {@code argo} nor {@code helm} (either may be null) names a hook Argo CD knows:
   * an object with one of them is then applied in no phase at all.
   */
  static boolean namesNoPhase(String argo, String helm) {
    if (argo == null && HELM_CRD.equals(helm)) {
      return false;
    }
    return known(argo).isEmpty()
        && (helm == null || HookAnnotations.argoHooksOfHelm(helm).isEmpty());
  }

  /** The items of {@code argo} Argo CD knows (none for null). */
  private static List<String> known(String argo) {
    return HookAnnotations.items(argo, false).stream().filter(KNOWN::contains).toList();
  }
}
