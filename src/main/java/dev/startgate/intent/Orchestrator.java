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
  FLUX
}
