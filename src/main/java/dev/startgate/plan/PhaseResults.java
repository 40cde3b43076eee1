package dev.startgate.plan;

import dev.startgate.intent.IntentReader;
import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.Map;

/** The result that says what a workload's phase does under the config's orchestrator. */
final class PhaseResults {
  private static final String FIELD = "metadata.annotations.";

  private PhaseResults() {}

  /**
   * What {@code phase} does; {@code ruleField} is the config field that set it, or null; {@code
   * hookOurs}: the workload's hook annotation for the orchestrator is startgate's, and honoured
   * (under Helm, not a Helm 3 stream, whose hooks a post-renderer adds are applied as release
   * objects).
   */
  static Result of(
      Orchestrator orchestrator,
      Resource r,
      Phase phase,
      Map<String, String> annotations,
      boolean layOut,
      String ruleField,
      boolean hookOurs) {
    String field = ruleField != null ? ruleField : FIELD + IntentReader.PHASE;
    String setBy = ruleField != null ? " (set by the config's ".concat(ruleField).concat(")") : "";
    return switch (orchestrator) {
      case NONE ->
          Result.warning(
              r,
              field,
              phase.text()
                  + " has no effect with orchestrator: none, so nothing runs this "
                  + r.kind()
                  + " before or after the rest; set orchestrator: helm, argocd or flux in the"
                  + " config"
                  + setBy);
      case FLUX ->
          layOut
              ? Result.info(r, phase.text() + ": applied by the Flux Kustomization of its stage")
              : Result.warning(
                  r,
                  field,
                  phase.text()
                      + " is ordered under Flux only with flux.layout: true under kpt, which puts"
                      + " the stages in Kustomizations that depend on each other; without it"
                      + " the "
                      + r.kind()
                      + " is applied with everything else"
                      + setBy);
      case HELM ->
          r.kind().equals("CronJob") && hookOurs
              ? Result.warning(
                  r,
                  field,
                  phase.text()
                      + " makes CronJob "
                      + r.name()
                      + " a Helm hook ("
                      + annotations.get(HookAnnotations.HELM_HOOK)
                      + "), which Helm keeps no record of: helm uninstall leaves it running on its"
                      + " schedule, and the phase orders only when the CronJob is created, not"
                      + " when its Jobs run; drop "
                      + (ruleField != null ? "the config's " + ruleField : IntentReader.PHASE)
                      + " unless that is what you want")
              : Result.info(
                  r, phase.text() + ": Helm hook " + annotations.get(HookAnnotations.HELM_HOOK));
      case ARGOCD -> {
        String hook = annotations.get(HookAnnotations.ARGO_HOOK);
        if (r.kind().equals("CronJob") && hookOurs) {
          yield Result.warning(
              r,
              field,
              phase.text()
                  + " makes CronJob "
                  + r.name()
                  + " an Argo CD hook ("
                  + hook
                  + "), which Argo CD does not prune: taken out of the manifests it stays and runs"
                  + " on its schedule, and the phase orders only when each sync creates the"
                  + " CronJob, not when its Jobs run; drop "
                  + (ruleField != null ? "the config's " + ruleField : IntentReader.PHASE)
                  + " unless that is what you want");
        }
        yield Result.info(
            r,
            phase.text()
                + ": Argo CD hook "
                + (hook != null
                    ? hook
                    : String.join(
                            ",",
                            HookAnnotations.argoHooksOfHelm(
                                annotations.get(HookAnnotations.HELM_HOOK)))
                        + " (Argo CD reads your "
                        + HookAnnotations.HELM_HOOK
                        + ")"));
      }
    };
  }
}
