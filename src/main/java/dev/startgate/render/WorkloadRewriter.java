package dev.startgate.render;

import dev.startgate.intent.Intent;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a workload's plan to its YAML: recomputes every {@code startgate-*} init container from
 * the intent (so a changed or removed intent leaves nothing stale) and applies the retry option.
 */
public final class WorkloadRewriter {
  private final GateContainers containers;
  private final KubeAccess access;

  /**
   * A rewriter that builds gate containers with {@code containers} and gives Kubernetes gates their
   * access with {@code access}.
   */
  public WorkloadRewriter(GateContainers containers, KubeAccess access) {
    this.containers = containers;
    this.access = access;
  }

  /**
   * What {@link #containers} did for a workload: its pod spec (null if it has none or is left
   * untouched), the writer that indents like it, and the results so far.
   */
  public record Containers(YMapping podSpec, BlockWriter writer, List<Result> results) {}

  /**
   * The first step of rewriting a workload (StartGate runs it through ContainerStep): recomputes
   * the workload's {@code startgate-*} init containers into {@code editor}. It reads only the
   * workload and the config, so workloads may take this step on several threads, each with an
   * editor of its own.
   */
  public Containers containers(
      YamlEditor editor, Resource workload, WorkloadShape shape, WorkloadPlan plan) {
    List<Result> results = new ArrayList<>();
    YMapping podSpec = shape.podSpec(workload.node()).orElse(null);
    if (podSpec == null) {
      String alias = aliasOnPath(workload.node(), shape.podSpecField());
      if (plan != null && !plan.gates().isEmpty() && alias != null) {
        results.add(
            Result.error(
                workload,
                shape.podSpecField(),
                null,
                alias
                    + ": startgate cannot add gates through an alias, which would change what it"
                    + " stands for wherever else it is used; write out what the alias stands for in"
                    + " its place"));
      } else if (plan != null && (!plan.gates().isEmpty() || plan.intent().retry() != null)) {
        results.add(
            Result.error(
                workload,
                shape.podSpecField(),
                null,
                "the "
                    + workload.kind()
                    + " has no "
                    + shape.podSpecField()
                    + (plan.gates().isEmpty()
                        ? " mapping for the retry option's restartPolicy: OnFailure"
                        : " mapping to add gates to")
                    + "; give it one, like "
                    + shape.podSpecField()
                    + ": {containers: [{name: app, image: app:1}]}"));
      }
      return new Containers(null, null, results);
    }
    if (plan == null && !hasStaleParts(podSpec)) {
      // No intent and nothing left from an earlier run: the document is not touched at all, so it
      // comes out byte for byte whatever its style (flow lists, JSON, no final newline).
      return new Containers(null, null, results);
    }
    List<Map<String, Object>> fresh = new ArrayList<>();
    if (plan != null) {
      List<String> names = ContainerNames.of(plan.groups(), userContainerNames(podSpec));
      for (int i = 0; i < names.size(); i++) {
        fresh.add(containers.of(plan.groups().get(i), names.get(i)));
      }
    }
    BlockWriter writer = editor.writerFor(workload.node());
    editor.replaceItems(
        podSpec,
        "initContainers",
        WorkloadRewriter::isOurs,
        WorkloadRewriter::afterSidecars,
        fresh,
        writer,
        "containers");
    return new Containers(podSpec, writer, results);
  }

  /**
   * The second step, after {@link #containers} (on one thread, in the order of the input: it shares
   * the access plan and the generated objects): access and retry.
   *
   * @return every result about the workload, the first step's included
   */
  public List<Result> rest(
      YamlEditor editor,
      Resource workload,
      WorkloadShape shape,
      WorkloadPlan plan,
      Containers step) {
    List<Result> results = new ArrayList<>(step.results());
    if (step.podSpec() == null) {
      return results;
    }
    YMapping podSpec = step.podSpec();
    BlockWriter writer = step.writer();
    List<Object> caVolumes = containers.caVolumes(plan == null ? List.of() : plan.gates());
    results.addAll(access.apply(editor, workload, shape, podSpec, plan, writer, caVolumes));
    if (plan != null && plan.intent().retry() != null) {
      retry(editor, workload, shape, podSpec, plan.intent(), writer, results);
    }
    return results;
  }

  private static void retry(
      YamlEditor editor,
      Resource workload,
      WorkloadShape shape,
      YMapping podSpec,
      Intent intent,
      BlockWriter writer,
      List<Result> results) {
    YMapping jobSpec = shape.jobSpec(workload.node()).orElseThrow();
    String old = jobSpec.text("backoffLimit").orElse(null);
    String policy = podSpec.text("restartPolicy").orElse(null);
    List<String> replaced = new ArrayList<>();
    if (old != null && !old.equals(String.valueOf(intent.retry()))) {
      replaced.add("backoffLimit " + old + " with " + intent.retry());
    }
    if (policy != null && !policy.equals("OnFailure")) {
      replaced.add("restartPolicy " + policy + " with OnFailure");
    }
    if (!replaced.isEmpty()) {
      results.add(Result.info(workload, "retry replaces " + String.join(" and ", replaced)));
    }
    editor.set(jobSpec, "backoffLimit", intent.retry(), writer, "template");
    editor.set(podSpec, "restartPolicy", "OnFailure", writer, "containers");
  }

  /** True if {@code workload}'s pod spec holds startgate's init containers or volumes. */
  public static boolean hasGateParts(Resource workload, WorkloadShape shape) {
    YMapping podSpec = shape.podSpec(workload.node()).orElse(null);
    return podSpec != null && hasStaleParts(podSpec);
  }

  /**
   * True if an earlier run left something in {@code podSpec}: a {@code startgate-*} init container,
   * or a volume of {@link KubeAccess#VOLUMES} (the ServiceAccount startgate gives gated pods comes
   * with its token volume).
   */
  static boolean hasStaleParts(YMapping podSpec) {
    for (String key : List.of("initContainers", "volumes")) {
      // Loops, not lambdas: the training run reaches no gated workload with its own init
      // containers or volumes, and a lambda it does not reach is spun at run time.
      YSequence items = podSpec.sequence(key).orElse(null);
      for (YNode item : items == null ? List.<YNode>of() : items.items()) {
        if (key.equals("volumes") ? KubeAccess.isOurVolume(item) : isOurs(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code "spec.template is the alias *tpl"} for the first step of {@code path} (dotted keys)
   * under {@code node} that is an alias, or null.
   */
  private static String aliasOnPath(YMapping node, String path) {
    YNode at = node;
    String walked = "";
    for (String key : path.split("\\.")) {
      if (!(at instanceof YMapping m)) {
        return null;
      }
      at = m.get(key).orElse(null);
      walked = walked.isEmpty() ? key : walked + "." + key;
      if (at instanceof YAlias a) {
        return walked + " is the alias *" + a.anchor();
      }
    }
    return null;
  }

  /**
   * True if {@code item} is a gate of startgate's, this version's or an earlier one's: an init
   * container named {@code startgate-*} that runs a startgate script ({@code # startgate ...}), the
   * k8s-when-ready client ({@code --type=...}), an image of the kinds startgate uses (busybox,
   * curl, kubectl: the gates of the first versions, before their scripts said whose they are), or
   * mounts a volume of startgate's ({@link KubeAccess#VOLUMES}: those gates in a mirrored image).
   * One of the user's that only has the name is the user's: kept, and never taken for a stale gate.
   */
  private static boolean isOurs(YNode item) {
    if (!(item instanceof YMapping m)
        || !m.text("name").orElse("").startsWith(ContainerNames.PREFIX)) {
      return false;
    }
    String image = m.text("image").orElse("");
    int digest = image.indexOf('@');
    String repository = digest < 0 ? image : image.substring(0, digest);
    String last = repository.substring(repository.lastIndexOf('/') + 1);
    int tag = last.indexOf(':');
    last = tag < 0 ? last : last.substring(0, tag);
    if (last.equals("busybox") || last.equals("curl") || last.equals("kubectl")) {
      return true;
    }
    if (startsWith(m.sequence("command").orElse(null), "# startgate ")
        || startsWith(m.sequence("args").orElse(null), "--type=")) {
      return true;
    }
    // A gate of the first versions in a mirrored image: it mounts startgate's own volumes.
    YSequence mounts = m.sequence("volumeMounts").orElse(null);
    for (YNode mount : mounts == null ? List.<YNode>of() : mounts.items()) {
      if (mount instanceof YMapping mm && KubeAccess.VOLUMES.contains(mm.text("name").orElse(""))) {
        return true;
      }
    }
    return false;
  }

  /** True if an item of {@code list} is a scalar that starts with {@code prefix}. */
  private static boolean startsWith(YSequence list, String prefix) {
    for (YNode n : list == null ? List.<YNode>of() : list.items()) {
      if (n instanceof YScalar s && s.value().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static int afterSidecars(List<YNode> userItems) {
    for (int i = 0; i < userItems.size(); i++) {
      YNode item = userItems.get(i);
      boolean sidecar =
          item instanceof YMapping m && m.text("restartPolicy").map("Always"::equals).orElse(false);
      if (!sidecar) {
        return i;
      }
    }
    return userItems.size();
  }

  /** The names of {@code workload}'s own containers and init containers (not startgate's). */
  public static List<String> userContainerNames(Resource workload, WorkloadShape shape) {
    YMapping podSpec = shape.podSpec(workload.node()).orElse(null);
    return podSpec == null ? List.of() : userContainerNames(podSpec);
  }

  private static List<String> userContainerNames(YMapping podSpec) {
    List<String> names = new ArrayList<>();
    for (String key : List.of("containers", "initContainers")) {
      podSpec
          .sequence(key)
          .ifPresent(
              seq -> {
                for (YNode item : seq.items()) {
                  // Only init containers can be ours: an app container named startgate-* is the
                  // user's, and a gate must not take its name.
                  boolean ours = key.equals("initContainers") && isOurs(item);
                  if (item instanceof YMapping m && !ours) {
                    m.get("name")
                        .filter(YScalar.class::isInstance)
                        .map(n -> ((YScalar) n).value())
                        .ifPresent(names::add);
                  }
                }
              });
    }
    return names;
  }
}
