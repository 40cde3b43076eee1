package dev.startgate.plan;

import dev.startgate.intent.Orchestrator;
import dev.startgate.intent.Phase;
import dev.startgate.model.Digits;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ordering annotations of each orchestrator: what a phased Job gets, and what the objects
 * generated for a Job (its RBAC) get so that they exist before it runs. Pure: no YAML.
 */
public final class HookAnnotations {
  public static final String HELM_HOOK = "helm.sh/hook";
  public static final String HELM_WEIGHT = "helm.sh/hook-weight";
  public static final String HELM_DELETE = "helm.sh/hook-delete-policy";
  public static final String ARGO_HOOK = "argocd.argoproj.io/hook";
  public static final String ARGO_DELETE = "argocd.argoproj.io/hook-delete-policy";
  public static final String ARGO_WAVE = "argocd.argoproj.io/sync-wave";
  public static final String FLUX_FORCE = "kustomize.toolkit.fluxcd.io/force";
  static final String HELM_POLICY = "helm.sh/resource-policy";
  static final String ARGO_OPTIONS = "argocd.argoproj.io/sync-options";

  /**
   * The annotations startgate may add to a workload ({@link #forWorkload}): the only ones a
   * workload's {@code startgate.dev/generated-annotations} can hand back to it. Weights and waves
   * go on generated objects only, so one on a workload is the user's whatever that list says.
   */
  static final Set<String> ON_WORKLOADS =
      Set.of(HELM_HOOK, HELM_DELETE, ARGO_HOOK, ARGO_DELETE, FLUX_FORCE);

  private HookAnnotations() {}

  /**
   * The annotations {@code orchestrator} needs on a workload of {@code shape} in {@code phase}
   * (null: none), in the order they are written.
   */
  public static Map<String, String> forWorkload(
      Orchestrator orchestrator, WorkloadShape shape, Phase phase) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean pre = phase == Phase.PRE_DEPLOY;
    switch (orchestrator) {
      case HELM -> {
        if (phase != null) {
          out.put(HELM_HOOK, pre ? "pre-install,pre-upgrade" : "post-install,post-upgrade");
          out.put(HELM_DELETE, "before-hook-creation");
        }
      }
      case ARGOCD -> {
        if (phase != null) {
          out.put(ARGO_HOOK, pre ? "PreSync" : "PostSync");
          out.put(ARGO_DELETE, "BeforeHookCreation");
        }
      }
      case FLUX -> {
        // A Job's pod template is immutable: Flux must recreate a Job whose gates changed.
        if (shape == WorkloadShape.JOB) {
          out.put(FLUX_FORCE, "Enabled");
        }
      }
      case NONE -> {}
    }
    return out;
  }

  /**
   * The annotations for the objects generated for a workload whose final annotations are {@code
   * workload}: a Helm or Argo CD hook makes them hooks of the same phase one weight (or wave)
   * earlier; an Argo CD wave (a sync-wave, or a Helm weight Argo CD reads as one) makes them one
   * wave earlier. Empty when the workload is ordered by neither, whatever the orchestrator, because
   * a hook's objects must exist before it runs. A workload kept past its release or app (Helm's
   * resource-policy keep, Argo CD's Delete=false or Prune=false) has them kept too.
   */
  public static Map<String, String> forGenerated(Map<String, String> workload) {
    Map<String, String> out = new LinkedHashMap<>();
    String helmHook = workload.get(HELM_HOOK);
    if (helmHook != null) {
      out.put(HELM_HOOK, helmHook);
      out.put(HELM_WEIGHT, String.valueOf(earlier(number(workload.get(HELM_WEIGHT)))));
      out.put(HELM_DELETE, "before-hook-creation");
    }
    String argoHook = workload.get(ARGO_HOOK);
    if (argoHook != null) {
      out.put(ARGO_HOOK, argoHook);
      out.put(ARGO_DELETE, "BeforeHookCreation");
    }
    // Argo CD reads a helm.sh/hook-weight as the wave of an object without a sync-wave.
    if (argoHook != null
        || workload.containsKey(ARGO_WAVE)
        || (helmHook == null && number(workload.get(HELM_WEIGHT)) != 0)) {
      out.put(ARGO_WAVE, String.valueOf(earlier(argoWave(workload))));
    }
    // A workload kept when the release or app goes (helm uninstall, Argo CD's prune or delete)
    // keeps the ServiceAccount its pods run as, and its rights: without them no pod of it starts.
    // Helm reads it trimmed and in any case.
    String policy = workload.get(HELM_POLICY);
    if (policy != null && policy.strip().equalsIgnoreCase("keep")) {
      out.put(HELM_POLICY, "keep");
    }
    String kept = kept(workload.get(ARGO_OPTIONS));
    if (!kept.isEmpty()) {
      out.put(ARGO_OPTIONS, kept);
    }
    return out;
  }

  /** The items of Argo CD {@code sync-options} that keep an object: Delete=false, Prune=false. */
  private static String kept(String options) {
    List<String> out = new ArrayList<>();
    for (String o : items(options, false)) {
      if (o.equals("Delete=false") || o.equals("Prune=false")) {
        out.add(o);
      }
    }
    return String.join(",", out);
  }

  /**
   * The wave Argo CD gives an object with {@code annotations}: its {@code
   * argocd.argoproj.io/sync-wave}, else its {@code helm.sh/hook-weight}, else 0 (gitops-engine's
   * {@code syncwaves.Wave}), each read as {@link #number}.
   */
  static long argoWave(Map<String, String> annotations) {
    String wave = annotations.get(ARGO_WAVE);
    return wave != null && parses(wave) ? number(wave) : number(annotations.get(HELM_WEIGHT));
  }

  /**
   * The annotation Argo CD takes its wave from in {@code annotations}, as {@link #argoWave} reads
   * it: for messages.
   */
  static String argoWaveKey(Map<String, String> annotations) {
    String wave = annotations.get(ARGO_WAVE);
    return (wave == null || !parses(wave)) && parses(annotations.get(HELM_WEIGHT))
        ? HELM_WEIGHT
        : ARGO_WAVE;
  }

  /**
   * A weight or wave as Helm and Argo CD read it (Go's {@code strconv.Atoi}: an optional sign and
   * decimal digits, no blanks, within a 64-bit int); anything else counts as 0. The one reading of
   * it, for the annotations written here and the order {@link PhaseSequence} checks.
   */
  static long number(String text) {
    return parses(text) ? Long.parseLong(text) : 0;
  }

  private static boolean parses(String text) {
    // Leading zeros are Go's too (Atoi("-00000000000000000005") is -5): no length of its own.
    if (text == null || !Digits.signed(text, 1, 1000)) {
      return false;
    }
    try {
      Long.parseLong(text);
      return true;
    } catch (NumberFormatException e) {
      return false; // past the 64-bit range
    }
  }

  /**
   * The Argo CD hooks Argo CD reads a {@code helm.sh/hook} value as when an object has no {@code
   * argocd.argoproj.io/hook} (its Helm support, item by item and case-sensitive: {@code
   * pre-install} and {@code pre-upgrade} are {@code PreSync}, {@code post-install} and {@code
   * post-upgrade} are {@code PostSync}), in that order; empty when none of them is there.
   */
  static Set<String> argoHooksOfHelm(String helmValue) {
    Set<String> out = new TreeSet<>();
    for (String item : items(helmValue, false)) {
      switch (item) {
        case "pre-install", "pre-upgrade" -> out.add("PreSync");
        case "post-install", "post-upgrade" -> out.add("PostSync");
        default -> {}
      }
    }
    return out;
  }

  /**
   * The annotation (as written) that puts a workload whose final annotations are {@code workload}
   * at the lowest weight or wave there is, where its {@code generated} objects take one: they
   * cannot come before it then. Null when there is none (one above the lowest leaves the lowest).
   */
  static String atLowest(Map<String, String> workload, Map<String, String> generated) {
    if (generated.containsKey(HELM_WEIGHT)
        && parses(workload.get(HELM_WEIGHT))
        && number(workload.get(HELM_WEIGHT)) == Long.MIN_VALUE) {
      return HELM_WEIGHT;
    }
    if (generated.containsKey(ARGO_WAVE) && argoWave(workload) == Long.MIN_VALUE) {
      return argoWaveKey(workload);
    }
    return null;
  }

  /** One before {@code n}: the weight or wave of what must exist before it. */
  private static long earlier(long n) {
    return n == Long.MIN_VALUE ? n : n - 1;
  }

  /**
   * True if {@code a} and {@code b} mean the same as values of {@code key}: Helm and Argo CD read
   * their hook annotations as comma-separated lists (spaces around items trimmed, order free, and
   * Helm's in any case), so {@code "pre-upgrade, Pre-Install"} is {@code
   * "pre-install,pre-upgrade"}.
   */
  static boolean sameValue(String key, String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (key.equals(FLUX_FORCE)) {
      // Flux compares it ignoring case: its docs write "enabled", startgate "Enabled".
      return a.equalsIgnoreCase(b);
    }
    if (!key.equals(HELM_HOOK)
        && !key.equals(HELM_DELETE)
        && !key.equals(ARGO_HOOK)
        && !key.equals(ARGO_DELETE)) {
      return false;
    }
    // Helm also reads its hook values in lowercase; Argo CD's are case-sensitive (PreSync).
    boolean lower = key.startsWith("helm.sh/");
    return items(a, lower).equals(items(b, lower));
  }

  /**
   * True if {@code now}, a user's delete policy ({@code key}: Helm's or Argo CD's), has every item
   * of startgate's {@code ours} ({@code "before-hook-creation,hook-succeeded"} has {@code
   * before-hook-creation}): it does what startgate needs, and more.
   */
  static boolean covers(String key, String now, String ours) {
    boolean lower = key.equals(HELM_DELETE);
    return (lower || key.equals(ARGO_DELETE)) && items(now, lower).containsAll(items(ours, lower));
  }

  /**
   * The items of a comma-separated hook annotation value as Helm and Argo CD read it (blanks
   * trimmed, empty items dropped), lowercased for Helm's; none for null.
   */
  static Set<String> items(String list, boolean lower) {
    Set<String> out = new TreeSet<>();
    if (list == null) {
      return out;
    }
    for (String item : list.split(",")) {
      if (!item.isBlank()) {
        out.add(lower ? item.strip().toLowerCase(java.util.Locale.ROOT) : item.strip());
      }
    }
    return out;
  }

  /** The hooks Helm knows ({@code helm.sh/hook} values, lowercased). */
  private static final Set<String> HELM_HOOKS =
      Set.of(
          "pre-install",
          "post-install",
          "pre-delete",
          "post-delete",
          "pre-upgrade",
          "post-upgrade",
          "pre-rollback",
          "post-rollback",
          "test",
          "test-success");

  /**
   * The first item of a {@code helm.sh/hook} value Helm does not know ({@code crd-install}, a Helm
   * 2 hook, or a typo), as Helm reads the list (trimmed, lowercased); null when it knows them all.
   * Helm skips an object with one: it never creates it, whatever its other hooks.
   */
  static String unknownHelmHook(String value) {
    for (String hook : value.split(",", -1)) {
      String h = hook.strip().toLowerCase(java.util.Locale.ROOT);
      if (!HELM_HOOKS.contains(h)) {
        return h;
      }
    }
    return null;
  }
}
