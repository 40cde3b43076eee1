package dev.startgate.plan;

import dev.startgate.intent.GateSettings;
import dev.startgate.intent.Quantities;
import dev.startgate.model.PodHost;
import dev.startgate.model.Quantity;
import dev.startgate.model.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Pod-level resources (Kubernetes 1.34, PodLevelResources) must cover every container's: the API
 * server refuses a pod whose {@code spec.resources} requests or limits less than one init
 * container's. A gate that asks for more than the pod allows would make the workload's pods
 * impossible to create: a warning naming the field, its value and the gate's.
 */
public final class PodResources {
  private PodResources() {}

  /** The warnings for {@code plans} under {@code gate}'s resources, in input order. */
  public static List<Result> check(List<WorkloadPlan> plans, GateSettings gate) {
    List<Result> out = new ArrayList<>();
    for (WorkloadPlan plan : plans) {
      PodHost host = plan.intent().workload().facts().host();
      if (host == null || plan.groups().isEmpty()) {
        continue;
      }
      PodHost.Resources pod = host.resources();
      String spec = plan.intent().shape().podSpecField() + ".resources.";
      for (GateGroup group : plan.groups()) {
        Quantities q = gate.resources(group.kind().image());
        String key = group.kind().image().key();
        String name =
            group.kind().container() == null ? "k8s-when-ready" : group.kind().container();
        check(plan, spec + "requests.cpu", pod.requestsCpu(), q.cpu(), name, key, out);
        check(plan, spec + "requests.memory", pod.requestsMemory(), q.memory(), name, key, out);
        check(plan, spec + "limits.cpu", pod.limitsCpu(), q.cpu(), name, key, out);
        check(plan, spec + "limits.memory", pod.limitsMemory(), q.memory(), name, key, out);
      }
    }
    return out;
  }

  private static void check(
      WorkloadPlan plan,
      String field,
      String podValue,
      String gateValue,
      String gate,
      String image,
      List<Result> out) {
    BigDecimal pod = Quantity.parse(podValue);
    BigDecimal needs = Quantity.parse(gateValue);
    if (pod == null || needs == null || needs.compareTo(pod) <= 0) {
      return;
    }
    for (Result r : out) {
      if (field.equals(r.field()) && r.resource().equals(Result.refOf(plan.intent().workload()))) {
        return; // once per field
      }
    }
    out.add(
        Result.warning(
            plan.intent().workload(),
            field,
            "the pod's "
                + field.substring(field.lastIndexOf(".resources.") + 1)
                + " is "
                + podValue
                + ", less than the "
                + gateValue
                + " of the gate container "
                + gate
                + ": the API server refuses a pod whose pod-level resources do not cover each"
                + " container's, so none of this workload's pods could be created; raise "
                + field
                + " to at least "
                + gateValue
                + ", or lower the gate's in the function config (resources."
                + image
                + "."
                + field.substring(field.lastIndexOf('.') + 1)
                + ")"));
  }
}
