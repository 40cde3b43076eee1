package dev.startgate.plan;

import dev.startgate.intent.FluxSettings;
import dev.startgate.intent.Phase;
import dev.startgate.model.Digits;
import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Flux layout of a kpt package, decided: pre-deploy Jobs in {@code pre-deploy/}, post-deploy
 * Jobs in {@code post-deploy/}, everything else in {@code deploy/}, and a Flux Kustomization per
 * stage in {@code flux/kustomizations.yaml}, each depending on the one before. Objects move by
 * their kpt path annotation only; an object already in its stage's directory stays where it is, so
 * a second run moves nothing.
 *
 * @param moves the objects that move, in input order
 * @param owner the object the Kustomizations belong to (the root Kptfile, else the first moved)
 * @param kustomizations one per stage used, in stage order; empty after an error
 * @param nested the objects of nested kpt packages, which stay where they are (by identity)
 * @param results what went wrong, and a warning per nested package whose objects no stage applies
 */
public record FluxStages(
    List<Move> moves,
    Resource owner,
    List<Stage> kustomizations,
    Set<Resource> nested,
    List<Result> results) {
  /** Where the Kustomizations are written. */
  public static final String FILE = "flux/kustomizations.yaml";

  static final String INDEX = "internal.config.kubernetes.io/index";
  static final String LEGACY_INDEX = "config.kubernetes.io/index";
  private static final String PRE = "pre-deploy";
  private static final String DEPLOY = "deploy";
  private static final String POST = "post-deploy";
  static final List<String> STAGES = List.of(PRE, DEPLOY, POST);

  /**
   * An object that moves: {@code resource} to {@code file}, with the kpt path and index {@code
   * annotations} to write.
   */
  public record Move(Resource resource, String file, Map<String, String> annotations) {
    /** The object's index in its new file. */
    public String index() {
      String index = annotations.get(INDEX);
      return index != null ? index : annotations.get(LEGACY_INDEX);
    }
  }

  /**
   * The Kustomization of one stage.
   *
   * @param name its name
   * @param stage {@code pre-deploy}, {@code deploy} or {@code post-deploy}
   * @param dependsOn the Kustomization of the stage before, or null
   * @param jobs true for a stage of Jobs, which Flux must recreate rather than patch
   */
  public record Stage(String name, String stage, String dependsOn, boolean jobs) {}

  /**
   * Lays out {@code resources} (every item of the ResourceList); {@code functionConfig} is left
   * where it is, like the Kptfile and local config; {@code phases} holds the phase of each object
   * that has one (by identity).
   */
  static FluxStages of(
      FluxSettings settings,
      List<Resource> resources,
      Resource functionConfig,
      Map<Resource, Phase> phases) {
    Set<String> subpackages = NestedPackages.dirs(resources);
    Set<String> laidOut = NestedPackages.laidOut(resources, subpackages);
    List<Resource> movable = new ArrayList<>();
    Set<Resource> nested = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, Set<Integer>> taken = new HashMap<>();
    for (Resource r : resources) {
      if (isMovable(r, functionConfig, subpackages)) {
        movable.add(r);
      } else if (r.file() != null && !r.isGenerated()) {
        take(taken, r.file(), index(r));
      }
      // A nested package laid out by a pipeline of its own has Kustomizations that apply it.
      if (!r.isGenerated()
          && NestedPackages.holds(subpackages, r)
          && !laidOut.contains(NestedPackages.deepest(r.file(), subpackages))
          && isApplied(r, functionConfig)) {
        nested.add(r);
      }
    }
    List<Result> warnings = NestedPackages.warnings(resources, subpackages, nested);
    // The target of each movable resource, in the same order: a list, not a map keyed by the
    // resource, whose hashCode would walk its whole tree.
    List<String> targets = new ArrayList<>(movable.size());
    for (Resource r : movable) {
      String target = stage(r, phases.get(r)) + "/" + withoutStage(r.file());
      targets.add(target);
      if (target.equals(r.file())) {
        take(taken, target, index(r));
      }
    }
    List<Move> moves = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (int i = 0; i < movable.size(); i++) {
      Resource r = movable.get(i);
      String target = targets.get(i);
      used.add(target.substring(0, target.indexOf('/')));
      if (target.equals(r.file())) {
        continue;
      }
      Integer index = index(r);
      if (index == null || taken.getOrDefault(target, Set.of()).contains(index)) {
        index = next(taken.getOrDefault(target, Set.of()));
      }
      take(taken, target, index);
      moves.add(new Move(r, target, kptAnnotations(r, target, index)));
    }
    if (used.isEmpty()) {
      return new FluxStages(List.copyOf(moves), null, List.of(), nested, warnings);
    }
    Resource owner = owner(resources, movable);
    String prefix = settings.name() != null ? settings.name() : packageName(owner);
    if (prefix == null) {
      // About the config, which lacks the field, where the input holds it (kpt's function config).
      Resource about = functionConfig != null ? functionConfig : owner;
      Result error =
          Result.error(
              about,
              functionConfig != null && functionConfig.kind().equals("ConfigMap")
                  ? "data.flux.name"
                  : "flux.name",
              null,
              "flux.layout names the Flux Kustomizations after the package's Kptfile, and "
                  + (owner.kind().equals("Kptfile") && owner.name() != null
                      ? "its name " + owner.name() + " is not"
                      : "this input has none whose name is")
                  + " a DNS label of at most 50 characters (a-z, 0-9 and '-'); set flux.name, like"
                  + " shop");
      return new FluxStages(List.copyOf(moves), owner, List.of(), nested, List.of(error));
    }
    List<Stage> stages = new ArrayList<>();
    String previous = null;
    for (String stage : STAGES) {
      if (used.contains(stage)) {
        stages.add(new Stage(prefix + "-" + stage, stage, previous, !stage.equals(DEPLOY)));
        previous = prefix + "-" + stage;
      }
    }
    return new FluxStages(List.copyOf(moves), owner, List.copyOf(stages), nested, warnings);
  }

  /**
   * {@code results} with each result about an object that moves naming its new file and index, as
   * kpt prints results by file (after an error nothing moves: use {@code results} as they are).
   */
  public List<Result> placed(List<Result> results) {
    if (moves.isEmpty()) {
      return results;
    }
    Map<ResourceRef, List<Move>> byRef = new HashMap<>();
    for (Move m : moves) {
      List<Move> same = byRef.get(m.resource().ref());
      if (same == null) {
        same = new ArrayList<>(1);
        byRef.put(m.resource().ref(), same);
      }
      same.add(m);
    }
    List<Result> out = new ArrayList<>(results.size());
    for (Result r : results) {
      out.add(placed(r, byRef.get(r.resource())));
    }
    return out;
  }

  private static Result placed(Result r, List<Move> candidates) {
    if (candidates != null) {
      for (Move m : candidates) {
        if (Objects.equals(r.file(), m.resource().file())
            && Objects.equals(r.index(), Result.indexOf(m.resource()))) {
          return r.inFile(m.file(), m.index());
        }
      }
    }
    return r;
  }

  private static String stage(Resource r, Phase phase) {
    boolean job = r.shape().map(WorkloadShape::isJob).orElse(false);
    if (!job || phase == null) {
      return DEPLOY;
    }
    return phase == Phase.PRE_DEPLOY ? PRE : POST;
  }

  private static String withoutStage(String file) {
    for (String stage : STAGES) {
      if (file.startsWith(stage + "/")) {
        return file.substring(stage.length() + 1);
      }
    }
    return file;
  }

  /**
   * Everything with a kpt path moves, except kpt's and kustomize's own files, local config, the
   * function's config, startgate's generated objects (they follow their owners), what is already
   * under {@code flux/}, and nested kpt packages (their Kptfile would be left behind).
   */
  private static boolean isMovable(Resource r, Resource functionConfig, Set<String> subpackages) {
    return isApplied(r, functionConfig)
        && !r.isGenerated()
        && !r.file().startsWith("flux/")
        && !NestedPackages.holds(subpackages, r);
  }

  /** False if no stage applies {@code r}: local config, kpt's files, flux/, nested packages. */
  static boolean staged(Resource r, Set<String> subpackages) {
    return r.isGenerated() || r.file() == null || isMovable(r, null, subpackages);
  }

  /** True for an object with a kpt path that Flux would apply: no kpt, kustomize or own config. */
  private static boolean isApplied(Resource r, Resource functionConfig) {
    return r.file() != null
        && !r.isLocalConfig()
        && !r.group().equals("kpt.dev")
        && !r.group().equals("kustomize.config.k8s.io")
        && !r.group().equals("fn.startgate.dev")
        && !sameObject(r, functionConfig);
  }

  private static boolean sameObject(Resource r, Resource config) {
    return config != null
        && r.ref().equals(config.ref())
        && (config.file() == null || config.file().equals(r.file()));
  }

  /** The root Kptfile, where a clash of the Kustomizations is reported; else the first object. */
  private static Resource owner(List<Resource> resources, List<Resource> movable) {
    for (Resource r : resources) {
      if (r.kind().equals("Kptfile") && "Kptfile".equals(r.file())) {
        return r;
      }
    }
    return movable.get(0);
  }

  private static String packageName(Resource owner) {
    String name = owner.kind().equals("Kptfile") ? owner.name() : null;
    return name != null && name.matches("[a-z0-9]([-a-z0-9]{0,48}[a-z0-9])?") ? name : null;
  }

  private static Map<String, String> kptAnnotations(Resource r, String file, int index) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> a = r.annotations();
    boolean internal = a.containsKey(Resource.PATH);
    if (internal) {
      out.put(Resource.PATH, file);
      out.put(INDEX, String.valueOf(index));
    }
    if (a.containsKey(Resource.LEGACY_PATH) || !internal) {
      out.put(Resource.LEGACY_PATH, file);
      out.put(LEGACY_INDEX, String.valueOf(index));
    }
    return out;
  }

  private static Integer index(Resource r) {
    String text = r.annotations().getOrDefault(INDEX, r.annotations().get(LEGACY_INDEX));
    return Digits.only(text, 1, 9) ? Integer.valueOf(text) : null;
  }

  private static void take(Map<String, Set<Integer>> taken, String file, Integer index) {
    if (index != null) {
      taken.computeIfAbsent(file, k -> new HashSet<>()).add(index);
    }
  }

  private static int next(Set<Integer> used) {
    int i = 0;
    while (used.contains(i)) {
      i++;
    }
    return i;
  }
}
