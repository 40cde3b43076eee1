package dev.startgate.intent;

/**
 * What applies the output, and so which ordering annotations a {@code startgate.dev/phase} becomes.
 */
public enum Orchestrator {
  /** Nothing orders phased Jobs; a phase is only a warning. */
  NONE,
  /** Helm hooks ({@code helm.sh/hook}). */
  HELM,
  /** Argo CD resource hooks ({@code argocd.argoproj.io/hook}). */
  ARGOCD,
  /** Flux: Jobs are force-applied; with {@code flux.layout} a Kustomization per stage. */
  FLUX;

  /** The product's name, for messages ({@code Argo CD}); {@code none} for {@link #NONE}. */
  public String product() {
    return switch (this) {
      case NONE -> "none";
      case HELM -> "Helm";
      case ARGOCD -> "Argo CD";
      case FLUX -> "Flux";
    };
  }
}
