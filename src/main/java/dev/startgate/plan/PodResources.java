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
 * impossible to create: a warning per field, naming its value and the largest gate's.
 */
public final class PodResources {
  private PodResources() {}

  /** The warnings for {@code plans} under {@code gate}'s resources, in input order. */
  public static List<Result> check(List<WorkloadPlan> plans, GateSettings gate) {
    List<Result> out = new ArrayList<>();
    for (WorkloadPlan plan : plans) {
      PodHost host = plan.intent().workload().facts().host();
      PodHost.Resources pod = host == null ? null : host.resources();
      if (pod == null
          || plan.groups().isEmpty()
          || pod.requestsCpu() == null
              && pod.requestsMemory() == null
              && pod.limitsCpu() == null
              && pod.limitsMemory() == null) {
        continue; // most pods: no quantity is read
      }
      String spec = plan.intent().shape().podSpecField() + ".resources.";
      check(plan, gate, spec + "requests.cpu", pod.requestsCpu(), true, out);
      check(plan, gate, spec + "requests.memory", pod.requestsMemory(), false, out);
      check(plan, gate, spec + "limits.cpu", pod.limitsCpu(), true, out);
      check(plan, gate, spec + "limits.memory", pod.limitsMemory(), false, out);
    }
    return out;
  }

  /** A warning when the largest gate's CPU (or memory) exceeds {@code podValue}. */
  private static void check(
      WorkloadPlan plan,
      GateSettings gate,
      String field,
      String podValue,
      boolean cpu,
      List<Result> out) {
    BigDecimal pod = Quantity.parse(podValue);
    if (pod == null) {
      return;
    }
    int largest = -1;
    BigDecimal most = null;
    String figure = null;
    for (int i = 0; i < plan.groups().size(); i++) {
      Quantities q = gate.resources(plan.groups().get(i).kind().image());
      String text = cpu ? q.cpu() : q.memory();
      BigDecimal needs = Quantity.parse(text);
      if (needs != null
          && needs.compareTo(pod) > 0
          && (most == null || needs.compareTo(most) > 0)) {
        largest = i;
        most = needs;
        figure = text;
      }
    }
    if (largest < 0) {
      return;
    }
    String unit = cpu ? "cpu" : "memory";
    out.add(
        Result.warning(
            plan.intent().workload(),
            field,
            "the pod's "
                + field.substring(field.lastIndexOf(".resources.") + 1)
                + " is "
                + podValue
                + ", less than the "
                + figure
                + " of the gate container "
                + plan.containers().get(largest)
                + ": the API server refuses a pod whose pod-level resources do not cover each"
                + " container's, so none of this workload's pods could be created; raise "
                + field
                + " to at least "
                + figure
                + ", or lower the gate's in the function config (resources."
                + plan.groups().get(largest).kind().image().key()
                + "."
                + unit
                + ")"));
  }
}
