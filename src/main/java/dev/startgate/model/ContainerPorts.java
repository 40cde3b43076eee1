package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.Set;
import java.util.TreeSet;

/**
 * The container ports a workload's pods name, read from its tree when a headless Service's {@code
 * targetPort} names one (rare: not a fact read for every object).
 */
public final class ContainerPorts {
  private ContainerPorts() {}

  /**
   * The numbers of the ports named {@code name} in the containers of {@code workload}'s pod spec
   * (through aliases and merge keys, as kubectl reads them); empty for an object without one.
   */
  public static Set<Integer> named(Resource workload, String name) {
    Set<Integer> out = new TreeSet<>();
    YMapping pod =
        workload.node() == null || workload.shape().isEmpty()
            ? null
            : workload.shape().get().podSpec(workload.node()).orElse(null);
    YSequence containers =
        pod != null && Aliased.get(pod, "containers") instanceof YSequence s ? s : null;
    if (containers == null) {
      return out;
    }
    for (YNode c : containers.items()) {
      YSequence ports =
          YAlias.resolve(c) instanceof YMapping m && Aliased.get(m, "ports") instanceof YSequence s
              ? s
              : null;
      for (YNode p : ports == null ? java.util.List.<YNode>of() : ports.items()) {
        if (YAlias.resolve(p) instanceof YMapping port && name.equals(Aliased.text(port, "name"))) {
          int number =
              KubeInts.port(Aliased.get(port, "containerPort") instanceof YScalar s ? s : null);
          if (number > 0) {
            out.add(number);
          }
        }
      }
    }
    return out;
  }
}
