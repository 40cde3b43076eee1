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
   * % more time, docs/performance-rounds.md, first round) and saved 11 % at 10,000 (11.7 MB).
   */
  static final int MIN_PARALLEL_CHARS = 2 * 1024 * 1024;

  /** One workload to render. */
  record Work(Resource workload, WorkloadShape shape, WorkloadPlan plan) {}

  /**
   * The step's outcome for a workload: {@code containers} after the step, or {@code error}, the
   * {@link YamlEditException} it threw.
   */
  record Done(WorkloadRewriter.Containers containers, YamlEditException error) {}

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
    FirstHalf task = new FirstHalf(rewriter, first, work.subList(0, half));
    Thread thread = new Thread(task, "startgate-render-1");
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
    if (task.failure instanceof RuntimeException e) {
      throw e;
    }
    if (task.failure instanceof Error e) {
      throw e;
    }
    edits.addAll(first);
    edits.addAll(second);
    List<Done> all = new ArrayList<>(task.done);
    all.addAll(secondDone);
    return all;
  }

  /**
   * The other thread's half of the work. A class, not a lambda: the launcher's training input is
   * too small to render on two threads, and a lambda it never reaches is spun at run time (four
   * method-handle classes on every large run).
   */
  private static final class FirstHalf implements Runnable {
    private final WorkloadRewriter rewriter;
    private final TextEdits edits;
    private final List<Work> work;

    /** Set by {@link #run}, read after the thread is joined. */
    private List<Done> done;

    /**
     * What the thread threw, thrown again on the caller's: the failures {@code Main} reports in one
     * line (uncaught on this thread, they would print a stack trace).
     */
    private Throwable failure;

    FirstHalf(WorkloadRewriter rewriter, TextEdits edits, List<Work> work) {
      this.rewriter = rewriter;
      this.edits = edits;
      this.work = work;
    }

    @Override
    public void run() {
      try {
        done = runs(rewriter, new YamlEditor(edits), work);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        failure = e;
      }
    }
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
        done.add(new Done(null, e));
      }
    }
    return done;
  }
}
