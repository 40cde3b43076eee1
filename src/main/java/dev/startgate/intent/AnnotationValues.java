package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import dev.startgate.yaml.YMapping;
import java.util.List;
import java.util.OptionalLong;

/** Reads the single-valued annotations (durations, retry, phase), each with its own errors. */
final class AnnotationValues {
  private AnnotationValues() {}

  static long duration(Resource r, String key, long fallback, List<Result> results) {
    String value = r.annotations().get(key);
    if (value == null) {
      return fallback;
    }
    OptionalLong seconds = Durations.parse(value);
    if (seconds.isEmpty()) {
      results.add(
          Result.error(
              r,
              Annotations.FIELD + key,
              value,
              "\"" + value + "\" is not a duration: " + Durations.problem(value)));
      return fallback;
    }
    return seconds.getAsLong();
  }

  static Integer retry(Resource r, WorkloadShape shape, List<Result> results) {
    String value = r.annotations().get(Annotations.RETRY);
    if (value == null) {
      return null;
    }
    if (!shape.isJob()) {
      results.add(
          Result.error(
              r,
              Annotations.FIELD + Annotations.RETRY,
              value,
              "retry applies to Jobs and CronJobs only, not to a " + r.kind()));
      return null;
    }
    if (!value.strip().matches("\\d{1,4}")) {
      results.add(
          Result.error(
              r,
              Annotations.FIELD + Annotations.RETRY,
              value,
              "\"" + value + "\" is not a whole number from 0 to 9999; use a value like \"6\""));
      return null;
    }
    YMapping jobSpec = shape.jobSpec(r.node()).orElse(null);
    for (String conflict : List.of("podFailurePolicy", "backoffLimitPerIndex")) {
      if (jobSpec != null && jobSpec.get(conflict).isPresent()) {
        results.add(
            Result.error(
                r,
                Annotations.FIELD + Annotations.RETRY,
                value,
                "retry sets restartPolicy: OnFailure and backoffLimit, which Kubernetes does not"
                    + " allow with "
                    + conflict
                    + "; remove the annotation or the "
                    + conflict));
        return null;
      }
    }
    return Integer.parseInt(value.strip());
  }

  static Phase phase(Resource r, WorkloadShape shape, List<Result> results) {
    String value = r.annotations().get(Annotations.PHASE);
    if (value == null) {
      return null;
    }
    Phase phase = Phase.of(value.strip());
    if (phase == null) {
      results.add(
          Result.error(
              r,
              Annotations.FIELD + Annotations.PHASE,
              value,
              "\"" + value + "\" is not a phase; use pre-deploy or post-deploy"));
    } else if (!shape.isJob()) {
      results.add(
          Result.error(
              r,
              Annotations.FIELD + Annotations.PHASE,
              value,
              "phase applies to Jobs and CronJobs only, not to a " + r.kind()));
      return null;
    }
    return phase;
  }
}
