package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * startgate annotations on a workload's pod template (or a CronJob's Job template), where startgate
 * does not read them: a chart's {@code podAnnotations} value puts them there. Each gets a warning
 * that names its field and where it belongs, instead of a run that silently gates nothing.
 */
final class TemplateAnnotations {
  private TemplateAnnotations() {}

  /** The annotations of a pod template, and of a CronJob's Job template and its pod template. */
  private static final String[] POD = {"spec", "template", "metadata", "annotations"};

  private static final String[] JOB = {"spec", "jobTemplate", "metadata", "annotations"};

  private static final String[] CRON_POD = {
    "spec", "jobTemplate", "spec", "template", "metadata", "annotations"
  };

  /** A warning for each startgate annotation in the templates of {@code r}, of {@code shape}. */
  static List<Result> warnings(Resource r, WorkloadShape shape) {
    List<Result> out = new ArrayList<>();
    switch (shape) {
      case JOB, DEPLOYMENT, STATEFULSET, DAEMONSET -> add(r, shape, POD, "pod", out);
      case CRONJOB -> {
        add(r, shape, JOB, "Job", out);
        add(r, shape, CRON_POD, "pod", out);
      }
      case POD -> {
        // A Pod has no template.
      }
    }
    return out;
  }

  private static void add(
      Resource r, WorkloadShape shape, String[] path, String template, List<Result> out) {
    YMapping annotations = r.node().mappingAt(path).orElse(null);
    if (annotations == null) {
      return;
    }
    YMapping own = r.node().mappingAt("metadata", "annotations").orElse(null);
    for (int i = 0; i < annotations.size(); i++) {
      if (annotations.key(i) instanceof YScalar k
          && k.value().startsWith(Annotations.PREFIX)
          && !copied(own, k.value(), annotations.value(i))) {
        out.add(
            Result.warning(
                r,
                String.join(".", path) + "." + k.value(),
                "startgate reads its annotations from the "
                    + shape.kind()
                    + "'s own metadata.annotations, not from its "
                    + template
                    + " template: this one has no effect; move it to metadata.annotations"
                    + " (for a chart you cannot change, use a gates: rule in the function"
                    + " config)"));
      }
    }
  }

  /**
   * True if the workload's own annotations hold {@code key} with the same value as {@code value}:
   * kustomize's commonAnnotations copies each onto the pod templates too, where it is no mistake
   * (review EF: a warning on every workload asked to move what was there already).
   */
  private static boolean copied(YMapping own, String key, YNode value) {
    if (own == null || !(YAlias.resolve(value) instanceof YScalar v)) {
      return false;
    }
    return YAlias.resolve(own.get(key).orElse(null)) instanceof YScalar o
        && o.value().equals(v.value());
  }
}
