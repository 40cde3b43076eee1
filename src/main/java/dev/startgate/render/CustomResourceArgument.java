package dev.startgate.render;

import dev.startgate.intent.ResourceTarget;
import dev.startgate.plan.Gate;
import java.util.List;

/**
 * A custom-resource gate as the Kubernetes script's argument (gates v2 contract): {@code
 * TYPE/NAMESPACE/NAME[ RULE]}, TYPE kubectl's resource type ({@code ResourceTarget#kubectlType()},
 * which has a dot), NAMESPACE empty for the pod's own and {@code -} when cluster-scoped, RULE
 * ({@code ResourceTarget#ruleJson()}) only when it is not the default condition Ready=True.
 */
final class CustomResourceArgument {
  private static final List<ResourceTarget.Readiness> DEFAULT =
      List.of(new ResourceTarget.Condition("Ready", "True"));

  private CustomResourceArgument() {}

  static String of(Gate.CustomResource g) {
    ResourceTarget r = g.resource();
    String namespace = r.clusterScoped() ? "-" : g.namespace() == null ? "" : g.namespace();
    String rule = r.readiness().equals(DEFAULT) ? "" : " " + r.ruleJson();
    return r.kubectlType() + "/" + namespace + "/" + r.name() + rule;
  }
}
