package dev.startgate.render;

import dev.startgate.intent.FluxSettings;
import dev.startgate.intent.Phase;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Flux layout of a kpt package: pre-deploy Jobs in {@code pre-deploy/}, post-deploy Jobs in
 * {@code post-deploy/}, everything else in {@code deploy/}, and a Flux Kustomization per stage in
 * {@code flux/kustomizations.yaml}, each depending on the one before. Objects move by their kpt
 * path annotation only; an object already in its stage's directory stays where it is, so a second
 * run moves nothing.
 */
final class FluxLayout {
  static final String PATH = Resource.PATH;
  static final String LEGACY_PATH = Resource.LEGACY_PATH;
  static final String INDEX = "internal.config.kubernetes.io/index";
  static final String LEGACY_INDEX = "config.kubernetes.io/index";
  static final String FILE = "flux/kustomizations.yaml";

  private static final String PRE = "pre-deploy";
  private static final String DEPLOY = "deploy";
  private static final String POST = "post-deploy";
  private static final List<String> STAGES = List.of(PRE, DEPLOY, POST);

  /** What the layout does: the kpt annotations to set per object, and its findings. */
  record Moves(Map<YMapping, Map<String, String>> annotations, List<Result> results) {}

  private final FluxSettings settings;

  FluxLayout(FluxSettings settings) {
    this.settings = settings;
  }

  /**
   * Lays out {@code resources} (every item of the ResourceList); {@code functionConfig} is left
   * where it is, like the Kptfile and local config. Moved owners take their generated objects
   * along, and the Kustomizations are added to {@code generated}.
   */
  Moves apply(
      List<Resource> resources,
      Resource functionConfig,
      Map<YMapping, Phase> phases,
      GeneratedObjects generated) {
    List<Result> results = new ArrayList<>();
    Map<YMapping, Map<String, String>> edits = new IdentityHashMap<>();
    Set<String> subpackages = subpackageDirs(resources);
    List<Resource> movable = new ArrayList<>();
    Map<String, Set<Integer>> taken = new HashMap<>();
    for (Resource r : resources) {
      if (isMovable(r, functionConfig, subpackages)) {
        movable.add(r);
      } else if (r.file() != null && !GeneratedObjects.isGenerated(r)) {
        take(taken, r.file(), index(r));
      }
    }
    Map<Resource, String> targets = new LinkedHashMap<>();
    for (Resource r : movable) {
      String target = stage(r, phases) + "/" + withoutStage(r.file());
      targets.put(r, target);
      if (target.equals(r.file())) {
        take(taken, target, index(r));
      }
    }
    Set<String> used = new TreeSet<>();
    for (Map.Entry<Resource, String> e : targets.entrySet()) {
      Resource r = e.getKey();
      String target = e.getValue();
      used.add(target.substring(0, target.indexOf('/')));
      if (target.equals(r.file())) {
        continue;
      }
      Integer index = index(r);
      if (index == null || taken.getOrDefault(target, Set.of()).contains(index)) {
        index = next(taken.getOrDefault(target, Set.of()));
      }
      take(taken, target, index);
      edits.put(r.node(), kptAnnotations(r, target, index));
      generated.relocate(r, target);
    }
    if (!used.isEmpty()) {
      addKustomizations(used, owner(resources, movable), generated, results);
    }
    return new Moves(edits, results);
  }

  private void addKustomizations(
      Set<String> used, Resource owner, GeneratedObjects generated, List<Result> results) {
    String prefix = settings.name() != null ? settings.name() : packageName(owner);
    if (prefix == null) {
      results.add(
          Result.error(
              owner,
              "flux.name",
              null,
              "flux.layout names the Flux Kustomizations after the package's Kptfile, and this"
                  + " input has none whose name is a DNS label of at most 50 characters; set"
                  + " flux.name, like shop"));
      return;
    }
    String previous = null;
    for (String stage : STAGES) {
      if (!used.contains(stage)) {
        continue;
      }
      generated.addAt(
          owner,
          kustomization(prefix + "-" + stage, stage, previous),
          FILE,
          "rename yours, or set flux.name to another prefix");
      previous = prefix + "-" + stage;
    }
  }

  private Map<String, Object> kustomization(String name, String stage, String dependsOn) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", settings.namespace());
    metadata.put("labels", Map.of(GeneratedObjects.MANAGED_BY, GeneratedObjects.STARTGATE));
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("kind", settings.sourceKind());
    source.put("name", settings.sourceName());
    if (settings.sourceNamespace() != null) {
      source.put("namespace", settings.sourceNamespace());
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    if (dependsOn != null) {
      spec.put("dependsOn", List.of(Map.of("name", dependsOn)));
    }
    spec.put("interval", settings.interval());
    spec.put("timeout", settings.timeout());
    spec.put("sourceRef", source);
    spec.put("path", settings.pathOf(stage));
    spec.put("prune", true);
    spec.put("wait", true);
    if (!stage.equals(DEPLOY)) {
      // Job stages: a Job whose template changed cannot be patched, only recreated.
      spec.put("force", true);
    }
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "kustomize.toolkit.fluxcd.io/v1");
    object.put("kind", "Kustomization");
    object.put("metadata", metadata);
    object.put("spec", spec);
    return object;
  }

  private static String stage(Resource r, Map<YMapping, Phase> phases) {
    Phase phase = phases.get(r.node());
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
    String file = r.file();
    if (file == null
        || r.isLocalConfig()
        || GeneratedObjects.isGenerated(r)
        || r.group().equals("kpt.dev")
        || r.group().equals("kustomize.config.k8s.io")
        || r.group().equals("fn.startgate.dev")
        || file.startsWith("flux/")
        || sameObject(r, functionConfig)) {
      return false;
    }
    for (String dir : subpackages) {
      if (file.startsWith(dir)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameObject(Resource r, Resource config) {
    return config != null
        && r.ref().equals(config.ref())
        && (config.file() == null || config.file().equals(r.file()));
  }

  private static Set<String> subpackageDirs(List<Resource> resources) {
    Set<String> dirs = new HashSet<>();
    for (Resource r : resources) {
      if (r.kind().equals("Kptfile") && r.file() != null && r.file().contains("/")) {
        dirs.add(r.file().substring(0, r.file().lastIndexOf('/') + 1));
      }
    }
    return dirs;
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
    boolean internal = a.containsKey(PATH);
    if (internal) {
      out.put(PATH, file);
      out.put(INDEX, String.valueOf(index));
    }
    if (a.containsKey(LEGACY_PATH) || !internal) {
      out.put(LEGACY_PATH, file);
      out.put(LEGACY_INDEX, String.valueOf(index));
    }
    return out;
  }

  private static Integer index(Resource r) {
    String text = r.annotations().getOrDefault(INDEX, r.annotations().get(LEGACY_INDEX));
    return text != null && text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
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
