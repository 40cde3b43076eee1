package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YMapping;
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

  /** A warning for each startgate annotation in the templates of {@code r}, of {@code shape}. */
  static List<Result> warnings(Resource r, WorkloadShape shape) {
    List<Result> out = new ArrayList<>();
    for (String[] path : templates(shape)) {
      YMapping annotations =
          r.node().mappingAt(path).flatMap(m -> m.mapping("annotations")).orElse(null);
      if (annotations == null) {
        continue;
      }
      for (int i = 0; i < annotations.size(); i++) {
        if (annotations.key(i) instanceof YScalar k && k.value().startsWith(Annotations.PREFIX)) {
          String field = String.join(".", path) + ".annotations." + k.value();
          out.add(
              Result.warning(
                  r,
                  field,
                  "startgate reads its annotations from the "
                      + shape.kind()
                      + "'s own metadata.annotations, not from its "
                      + (path[path.length - 2].equals("jobTemplate") ? "Job" : "pod")
                      + " template: this one has no effect; move it to metadata.annotations"
                      + " (for a chart you cannot change, use a gates: rule in the function"
                      + " config)"));
        }
      }
    }
    return out;
  }

  /** The paths of the template metadata of {@code shape}'s objects. */
  private static List<String[]> templates(WorkloadShape shape) {
    return switch (shape) {
      case JOB, DEPLOYMENT, STATEFULSET, DAEMONSET ->
          List.<String[]>of(new String[] {"spec", "template", "metadata"});
      case CRONJOB ->
          List.of(
              new String[] {"spec", "jobTemplate", "metadata"},
              new String[] {"spec", "jobTemplate", "spec", "template", "metadata"});
      case POD -> List.of();
    };
  }
}
