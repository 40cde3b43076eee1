package dev.startgate.function;

import dev.startgate.intent.Config;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.AccessPlan;
import dev.startgate.plan.Gate;
import dev.startgate.plan.Plan;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.render.GateContainers;
import dev.startgate.render.GeneratedObjects;
import dev.startgate.render.KubeAccess;
import dev.startgate.render.Ordering;
import dev.startgate.render.WorkloadRewriter;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlEditException;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rendering step of a run: applies a plan to the input's text with the renderers of {@code
 * render/} (gate containers, access, retry, ordering, generated objects), deciding nothing.
 */
final class RenderStep {
  private RenderStep() {}

  /**
   * Applies {@code planned} to {@code input} with {@code editor}, init containers on two threads
   * from inputs of {@code parallelChars} chars on; after an error in {@code results}, only reports
   * the problems the rendering would find too, and changes nothing.
   */
  static void apply(
      Input input,
      Config config,
      PlanStep.Planned planned,
      TextEdits edits,
      YamlEditor editor,
      List<Result> results,
      int parallelChars) {
    List<Resource> candidates = planned.candidates();
    Plan plan = planned.plan();
    Map<YMapping, WorkloadPlan> byNode = new IdentityHashMap<>();
    for (WorkloadPlan p : plan.workloads()) {
      byNode.put(p.intent().workload().node(), p);
    }
    GeneratedObjects generated = new GeneratedObjects();
    KubeAccess access = new KubeAccess(config, planned.access(), generated);
    WorkloadRewriter rewriter = new WorkloadRewriter(new GateContainers(config), access);
    List<ContainerStep.Work> work = new ArrayList<>();
    for (Resource r : candidates) {
      WorkloadShape shape = r.shape().orElse(null);
      if (shape != null) {
        work.add(new ContainerStep.Work(r, shape, byNode.get(r.node())));
      }
    }
    if (hasErrors(results)) {
      // Nothing is rendered, and the rendering reports the access and ordering plans' results:
      // report them here, so that one error does not hide the problems of other workloads; so do
      // the edits the other workloads' text refuses, tried into text that is thrown away.
      for (AccessPlan.WorkloadAccess a : planned.access().workloads()) {
        results.addAll(a.results());
      }
      results.addAll(planned.ordering().results());
      results.addAll(planned.generated().collisions());
      results.addAll(
          EditProblems.of(input.text(), input.newline(), rewriter, work, List.copyOf(results)));
      results.addAll(
          EditProblems.ordering(
              input.text(),
              input.newline(),
              new Ordering(config),
              planned.ordering(),
              candidates,
              List.copyOf(results)));
      return;
    }
    // Init containers first (on two threads for a large input), then access and retry in order.
    List<ContainerStep.Done> done =
        ContainerStep.run(
            rewriter, edits, work, ContainerStep.threads(input.text().length(), parallelChars));
    int gated = 0;
    int gates = 0;
    for (int i = 0; i < work.size(); i++) {
      Resource r = work.get(i).workload();
      WorkloadShape shape = work.get(i).shape();
      WorkloadPlan p = work.get(i).plan();
      YamlEditException error = done.get(i).error();
      if (error == null) {
        try {
          results.addAll(rewriter.rest(editor, r, shape, p, done.get(i).containers()));
        } catch (YamlEditException e) {
          error = e;
        }
      }
      if (error != null) {
        results.add(
            Result.error(r, error.fieldBelow(shape.podSpecField()), null, error.getMessage()));
        continue;
      }
      if (p != null && !p.gates().isEmpty()) {
        gated++;
        gates += p.gates().size();
        results.add(
            Result.info(
                r,
                "gated by "
                    + p.gates().stream().map(Gate::target).collect(Collectors.joining(", "))));
      }
    }
    access.finish();
    results.addAll(new Ordering(config).apply(editor, planned.ordering(), candidates, generated));
    results.addAll(planned.generated().collisions());
    if (hasErrors(results)) {
      return;
    }
    if (!generated.identities().equals(planned.generated().identities())) {
      // The plan checked other objects for collisions than the ones rendered: a bug, never output.
      results.add(
          Result.inputError(
              "internal error: the generated objects "
                  + generated.identities()
                  + " differ from the planned "
                  + planned.generated().identities()
                  + "; please report this"));
      return;
    }
    generated.place(planned.generated().files());
    try {
      writeGenerated(input, editor, generated, planned.generated().kept());
    } catch (YamlEditException e) {
      results.add(Result.inputError("cannot add startgate's objects: " + e.getMessage()));
      return;
    }
    results.add(
        new Result(
            Severity.INFO,
            "startgate: " + gated + " workload(s) gated with " + gates + " gate(s)",
            null,
            null,
            null,
            null));
  }

  /**
   * Writes the generated objects; {@code kept}, generated objects the plan keeps, stay as they are.
   */
  private static void writeGenerated(
      Input input, YamlEditor editor, GeneratedObjects generated, Set<Resource> kept) {
    if (input.isResourceList()) {
      List<Resource> existing = input.resources();
      if (!kept.isEmpty()) {
        existing = new ArrayList<>(existing);
        existing.removeAll(kept);
      }
      generated.writeItems(editor, input.items(), existing, editor.writerFor(input.resourceList()));
    } else {
      YMapping sample = input.resources().isEmpty() ? null : input.resources().get(0).node();
      generated.writeDocuments(
          editor,
          input.documents(),
          input.resources(),
          sample == null ? new BlockWriter(2, 0) : editor.writerFor(sample));
    }
  }

  /**
   * What a run writes and reports: with an error in {@code all}, no output for a stream, a
   * ResourceList's items untouched and no info result; {@code edits}, the run's edits (null when
   * nothing was planned); a ResourceList gets every result in its {@code results}.
   */
  static Outcome finish(Input input, List<Result> all, TextEdits edits, ConfigNotes notes) {
    boolean failed = hasErrors(all);
    // After an error nothing is gated, moved or retried: no info result says otherwise.
    List<Result> results = failed ? withoutInfo(all) : all;
    if (!input.isResourceList()) {
      return new Outcome(failed ? null : edits.spliced(), List.copyOf(results), false, notes);
    }
    TextEdits out = failed || edits == null ? new TextEdits(input.text(), input.newline()) : edits;
    YamlEditor editor = new YamlEditor(out);
    try {
      editor.set(
          input.resourceList(),
          "results",
          ResultMaps.of(results),
          editor.writerFor(input.resourceList()),
          null);
    } catch (YamlEditException e) {
      // Only a hand-written ResourceList can be flow-style; kpt and kustomize send block style.
      List<Result> withProblem = new ArrayList<>(results);
      withProblem.add(
          Result.inputError(
              input.resourceList().flow()
                  ? "this ResourceList is written in JSON or flow style ({...}), and startgate"
                      + " writes its results into block-style YAML only (kpt and kustomize send"
                      + " block style); write the ResourceList in block style"
                  : "cannot write results into this ResourceList: " + e.getMessage()));
      return new Outcome(null, List.copyOf(withProblem), true, notes);
    }
    return new Outcome(out.spliced(), List.copyOf(results), true, notes);
  }

  private static List<Result> withoutInfo(List<Result> results) {
    List<Result> out = new ArrayList<>(results.size());
    for (Result r : results) {
      if (r.severity() != Severity.INFO) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean hasErrors(List<Result> results) {
    return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
  }
}
