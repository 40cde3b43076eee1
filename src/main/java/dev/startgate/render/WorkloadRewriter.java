package dev.startgate.render;

import dev.startgate.model.Aliased;
import dev.startgate.model.GateParts;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YamlEditException;
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
      String broughtIn =
          plan == null
              ? null
              : broughtIn(
                  workload.node(),
                  shape.podSpecField(),
                  plan.gates().isEmpty() ? "write the retry option's restartPolicy" : "add gates");
      if (broughtIn != null && (!plan.gates().isEmpty() || plan.intent().retry() != null)) {
        results.add(Result.error(workload, shape.podSpecField(), null, broughtIn));
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
    if (plan == null && !workload.facts().gateParts()) {
      // No intent and nothing left from an earlier run: the document is not touched at all, so it
      // comes out byte for byte whatever its style (flow lists, JSON, no final newline).
      return new Containers(null, null, results);
    }
    // An anchor on the way to the pod spec that an alias repeats would repeat every edit below it.
    YNode at = workload.node();
    editor.requireNotRepeated(at, "the " + workload.kind());
    String walked = "";
    for (String key : shape.podSpecField().split("\\.")) {
      at = ((YMapping) at).get(key).orElseThrow();
      walked = walked.isEmpty() ? key : walked + "." + key;
      editor.requireNotRepeated(at, walked);
    }
    List<Map<String, Object>> fresh = new ArrayList<>();
    if (plan != null) {
      for (int i = 0; i < plan.groups().size(); i++) {
        fresh.add(containers.of(plan.groups().get(i), plan.containers().get(i)));
      }
    }
    if (plan != null && (!plan.gates().isEmpty() || plan.intent().retry() != null)
        || workload.facts().gateParts()) {
      // Only where this step writes (gates, retry, or gates to remove): a phase alone is written
      // by the ordering step, into the metadata, which that step checks.
      editor.requireLineBreaksAsKubectlReads(workload.node(), workload.node());
    }
    BlockWriter writer = editor.writerFor(workload.node());
    editor.replaceItems(
        podSpec,
        "initContainers",
        GateParts::isGateContainer,
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
      retry(editor, workload, shape, podSpec, plan, writer, results);
    }
    return results;
  }

  private static void retry(
      YamlEditor editor,
      Resource workload,
      WorkloadShape shape,
      YMapping podSpec,
      WorkloadPlan plan,
      BlockWriter writer,
      List<Result> results) {
    YMapping jobSpec = shape.jobSpec(workload.node()).orElseThrow();
    if (!plan.retryReplaces().isEmpty()) {
      results.add(
          Result.info(workload, "retry replaces " + String.join(" and ", plan.retryReplaces())));
    }
    try {
      editor.set(jobSpec, "backoffLimit", plan.intent().retry(), writer, "template");
    } catch (YamlEditException e) {
      throw e.in(shape.jobSpecField()); // not in the pod spec, as the caller reports
    }
    editor.set(podSpec, "restartPolicy", "OnFailure", writer, "containers");
  }

  /**
   * Why the pod spec at {@code path} is there for kubectl but not written out for startgate to
   * {@code edit} (an alias or a merge key on the way brings it), or null.
   */
  private static String broughtIn(YMapping node, String path, String edit) {
    YNode at = node;
    String walked = "";
    for (String key : path.split("\\.")) {
      if (!(at instanceof YMapping m)) {
        return null;
      }
      at = m.get(key).orElse(null);
      String here = walked.isEmpty() ? key : walked + "." + key;
      if (at instanceof YAlias a) {
        return here
            + " is the alias *"
            + a.anchor()
            + ": startgate cannot "
            + edit
            + " through an alias, which would change what it stands for wherever else it is used;"
            + " write out what the alias stands for in its place";
      }
      if (at == null && Aliased.get(m, key) != null) {
        return here
            + " comes from the merge key << of "
            + (walked.isEmpty() ? "the object" : walked)
            + ": startgate cannot "
            + edit
            + " through a merge, which would change the merged mapping wherever else it is used;"
            + " write "
            + key
            + " out in place of the merge";
      }
      walked = here;
    }
    return null;
  }

  private static int afterSidecars(List<YNode> userItems) {
    for (int i = 0; i < userItems.size(); i++) {
      YNode item = userItems.get(i);
      boolean sidecar =
          // Through an alias or a merge key, as kubectl reads it (- <<: *sidecar).
          item instanceof YMapping m && "Always".equals(Aliased.text(m, "restartPolicy"));
      if (!sidecar) {
        return i;
      }
    }
    return userItems.size();
  }
}
