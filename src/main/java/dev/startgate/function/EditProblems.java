package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.plan.OrderingPlan;
import dev.startgate.render.GeneratedObjects;
import dev.startgate.render.Ordering;
import dev.startgate.render.WorkloadRewriter;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YamlEditException;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * On a run that planning failed (one workload's intent has an error), the edits of the other
 * workloads are still tried, into text that is thrown away, so that a workload whose text startgate
 * cannot edit ({@code initContainers: "oops"}, a flow-style pod spec, no pod spec at all) is
 * reported in the same run: one workload's error does not hide another's (README, "Results").
 */
final class EditProblems {
  private EditProblems() {}

  /**
   * The edit errors of {@code work}'s workloads that have no error among {@code results} yet, as
   * the run would report them.
   */
  static List<Result> of(
      String text,
      String newline,
      WorkloadRewriter rewriter,
      List<ContainerStep.Work> work,
      List<Result> results) {
    Set<ResourceRef> failed = failed(results);
    List<Result> out = new ArrayList<>();
    YamlEditor editor = new YamlEditor(new TextEdits(text, newline));
    for (ContainerStep.Work w : work) {
      Resource r = w.workload();
      if (failed.contains(Result.refOf(r))) {
        continue;
      }
      try {
        WorkloadRewriter.Containers containers =
            rewriter.containers(editor, r, w.shape(), w.plan());
        // Errors the steps report rather than throw: no pod spec to add gates or retry to.
        for (Result e : rewriter.rest(editor, r, w.shape(), w.plan(), containers)) {
          if (e.severity() == Severity.ERROR && !results.contains(e) && !out.contains(e)) {
            out.add(e);
          }
        }
      } catch (YamlEditException e) {
        out.add(Result.error(r, e.fieldBelow(w.shape().podSpecField()), null, e.getMessage()));
      } catch (RuntimeException e) {
        // Best effort on a run that fails anyway: a plan left incomplete by another workload's
        // error is no reason to hide that error behind this one.
      }
    }
    return out;
  }

  /**
   * The errors the ordering edits (hook annotations, the Flux layout's) meet in the other
   * workloads' text, tried as {@link #of} tries the gates; none of those {@code results} has.
   */
  static List<Result> ordering(
      String text,
      String newline,
      Ordering ordering,
      OrderingPlan plan,
      List<Resource> candidates,
      List<Result> results) {
    Set<ResourceRef> failed = failed(results);
    List<Result> out = new ArrayList<>();
    try {
      YamlEditor editor = new YamlEditor(new TextEdits(text, newline));
      for (Result r : ordering.apply(editor, plan, candidates, new GeneratedObjects())) {
        if (r.severity() == Severity.ERROR
            && !results.contains(r)
            && (r.resource() == null || !failed.contains(r.resource()))) {
          out.add(r);
        }
      }
    } catch (RuntimeException e) {
      // Best effort, as in of().
    }
    return out;
  }

  private static Set<ResourceRef> failed(List<Result> results) {
    Set<ResourceRef> failed = new HashSet<>();
    for (Result r : results) {
      if (r.severity() == Severity.ERROR && r.resource() != null) {
        failed.add(r.resource());
      }
    }
    return failed;
  }
}
