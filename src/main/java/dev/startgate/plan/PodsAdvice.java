package dev.startgate.plan;

import dev.startgate.model.ControllerLabels;
import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code pods/} target that waits for the pods of a workload of the input: what an error offers
 * instead of a target whose rollout the gate cannot follow.
 */
final class PodsAdvice {
  private PodsAdvice() {}

  /**
   * {@code pods/[NAMESPACE/]SELECTOR} for the pods of {@code target} as {@code waiting} would write
   * it: the labels of its pod template with a value in the input (sorted by key, as Kubernetes
   * sorts a selector's requirements), with the namespace first when it is not {@code waiting}'s own
   * or when the first key has a prefix (which would read as a namespace); {@code pods/LABEL=VALUE}
   * with no labels.
   */
  static String of(Resource waiting, Resource target) {
    Map<String, String> labels = target.facts().podLabels();
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      // The labels its controller adds with values known only in the cluster are left out.
      if (!e.getValue().equals(ControllerLabels.UNKNOWN)) {
        keys.add(e.getKey());
      }
    }
    if (keys.isEmpty()) {
      return "pods/LABEL=VALUE (a label of its pod template)";
    }
    Collections.sort(keys);
    StringBuilder selector = new StringBuilder();
    for (String key : keys) {
      selector.append(selector.length() == 0 ? "" : ",").append(key).append('=');
      selector.append(labels.get(key));
    }
    String namespace = target.namespace();
    boolean named =
        namespace != null
            && (!Objects.equals(namespace, waiting.namespace()) || keys.get(0).contains("/"));
    return "pods/" + (named ? namespace + "/" : "") + selector;
  }
}
