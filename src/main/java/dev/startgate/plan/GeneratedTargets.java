package dev.startgate.plan;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;

/**
 * A target that names an object labelled {@code app.kubernetes.io/managed-by: startgate}: startgate
 * takes such an object for one an earlier run generated (README "What is injected"), and removes it
 * when no gate needs it, while a gate waits for it. startgate never generates an object to wait
 * for, so the label is the user's, on an object of their own.
 */
final class GeneratedTargets {
  private GeneratedTargets() {}

  /**
   * An error on {@code w} if {@code found}, the object {@code text} names, is startgate's: the run
   * would remove it, and a second run would find the target missing.
   */
  static void check(Resource w, String waitFor, String text, Resource found, List<Result> results) {
    check(w, waitFor, text, " names ", found, results);
  }

  /**
   * As {@link #check(Resource, String, String, Resource, List)}, with {@code how} between the
   * target and the object ({@code " matches the pods of "} for a {@code pods/} selector).
   */
  static void check(
      Resource w, String waitFor, String text, String how, Resource found, List<Result> results) {
    if (!found.isGenerated()) {
      return;
    }
    results.add(
        Result.error(
            w,
            waitFor,
            text,
            text
                + how
                + found.kind()
                + " \""
                + found.name()
                + "\""
                + (found.namespace() == null ? "" : " in namespace \"" + found.namespace() + "\"")
                + ", which carries app.kubernetes.io/managed-by: startgate: startgate takes it for"
                + " an object an earlier run generated and would remove it, so the gate would wait"
                + " for an object the output no longer holds; remove that label from your object"));
  }
}
