package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.model.WorkloadShape;
import dev.startgate.plan.WorkloadPlan;
import dev.startgate.render.WorkloadRewriter;
import dev.startgate.yaml.TextEdits;
import dev.startgate.yaml.YamlEditException;
import dev.startgate.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rendering step of every workload ({@link WorkloadRewriter#containers}), on two threads
 * for a large input: each thread takes a run of whole workloads and records into edits of its own,
 * which are then added to the run's edits in input order, so the output is the same as on one
 * thread.
 */
final class ContainerStep {
  /**
   * Below this many chars of input one thread does the step: the second thread runs the render code
   * cold (interpreted, compiled again), which cost more than it saved at 1,000 resources (1.2 MB: 4
   * % more time, docs/performance.md) and saved 11 % at 10,000 (11.7 MB).
   */
  static final int MIN_PARALLEL_CHARS = 2 * 1024 * 1024;

  /** One workload to render. */
  record Work(Resource workload, WorkloadShape shape, WorkloadPlan plan) {}

  /**
   * The step's outcome for a workload: {@code containers} after the step, or {@code error}, the
   * message of a {@link YamlEditException} it threw.
   */
  record Done(WorkloadRewriter.Containers containers, String error) {}

  private ContainerStep() {}

  /**
   * Runs the step for each of {@code work} on {@code threads} threads (at most two), recording into
   * {@code edits}, and returns the outcomes in the order of {@code work}.
   */
  static List<Done> run(WorkloadRewriter rewriter, TextEdits edits, List<Work> work, int threads) {
    if (threads < 2 || work.size() < 2) {
      return runs(rewriter, new YamlEditor(edits), work);
    }
    int half = work.size() / 2;
    TextEdits first = new TextEdits(edits.source(), edits.newline());
    List<List<Done>> firstDone = new ArrayList<>(1);
    RuntimeException[] failure = new RuntimeException[1];
    Thread thread =
        new Thread(
            () -> {
              try {
                firstDone.add(runs(rewriter, new YamlEditor(first), work.subList(0, half)));
              } catch (RuntimeException e) {
                failure[0] = e;
              }
            },
            "startgate-render-1");
    thread.setDaemon(true);
    thread.start();
    TextEdits second = new TextEdits(edits.source(), edits.newline());
    List<Done> secondDone = runs(rewriter, new YamlEditor(second), work.subList(half, work.size()));
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    edits.addAll(first);
    edits.addAll(second);
    List<Done> all = new ArrayList<>(firstDone.get(0));
    all.addAll(secondDone);
    return all;
  }

  /** The number of threads for an input of {@code length} chars: two from {@code minChars} on. */
  static int threads(int length, int minChars) {
    return length >= minChars && Runtime.getRuntime().availableProcessors() > 1 ? 2 : 1;
  }

  private static List<Done> runs(WorkloadRewriter rewriter, YamlEditor editor, List<Work> work) {
    List<Done> done = new ArrayList<>(work.size());
    for (Work w : work) {
      try {
        done.add(new Done(rewriter.containers(editor, w.workload(), w.shape(), w.plan()), null));
      } catch (YamlEditException e) {
        done.add(new Done(null, e.getMessage()));
      }
    }
    return done;
  }
}
