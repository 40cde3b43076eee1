package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;
import java.util.List;

/**
 * Where a pod runs and how it reaches the network: what the static checks of its gates read.
 *
 * @param os {@code spec.os.name}, or null
 * @param nodeOs the {@code kubernetes.io/os} entry of {@code nodeSelector}, or null
 * @param hostNetwork true when the pod writes {@code hostNetwork: true}
 * @param dnsPolicy {@code dnsPolicy} as written, or null
 * @param sidecarFirst true when the pod's first init container that is not startgate's is a native
 *     sidecar ({@code restartPolicy: Always}): the gates go after it, so it runs while they wait
 */
public record PodHost(
    String os, String nodeOs, boolean hostNetwork, String dnsPolicy, boolean sidecarFirst) {

  /** The facts of {@code podSpec}. */
  static PodHost of(YMapping podSpec) {
    YMapping nodeSelector = podSpec.mapping("nodeSelector").orElse(null);
    YSequence init = podSpec.sequence("initContainers").orElse(null);
    boolean sidecarFirst = false;
    for (YNode item : init == null ? List.<YNode>of() : init.items()) {
      if (!GateParts.isGateContainer(item)) {
        sidecarFirst =
            item instanceof YMapping m && "Always".equals(m.text("restartPolicy").orElse(null));
        break;
      }
    }
    YMapping os = podSpec.mapping("os").orElse(null);
    return new PodHost(
        os == null ? null : os.text("name").orElse(null),
        nodeSelector == null ? null : nodeSelector.text("kubernetes.io/os").orElse(null),
        "true".equals(podSpec.text("hostNetwork").orElse(null)),
        podSpec.text("dnsPolicy").orElse(null),
        sidecarFirst);
  }
}
