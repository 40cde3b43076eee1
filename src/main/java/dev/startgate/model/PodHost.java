package dev.startgate.model;

import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.List;

/**
 * Where a pod runs and how it reaches the network: what the static checks of its gates read.
 *
 * @param windowsField the field (below the pod spec) that puts the pod on Windows nodes, or null:
 *     {@code os.name}, a {@code nodeSelector} entry {@code kubernetes.io/os} (or its {@code beta.}
 *     form), a required node affinity whose every term asks for {@code kubernetes.io/os In
 *     [windows]}, or {@code securityContext.windowsOptions.hostProcess: true} (of the pod or a
 *     container)
 * @param windowsValue what that field says ({@code windows}, {@code Windows}, {@code true})
 * @param hostNetwork true when the pod writes {@code hostNetwork: true}
 * @param dnsPolicy {@code dnsPolicy} as written, or null
 * @param sidecarFirst true when the pod's first init container that is not startgate's is a native
 *     sidecar ({@code restartPolicy: Always}): the gates go after it, so it runs while they wait
 * @param lateSidecar when the first is not, the name of the first native sidecar after it ({@code
 *     cloud-sql-proxy}), which the gates go before too; else null
 * @param firstInit the name of the pod's first init container that is not startgate's, or null
 * @param badContainer where {@code containers} is no list, or an item of it or of {@code
 *     initContainers} is no container (no mapping), and what stands there ({@code {"containers[1]",
 *     "a"}}); null when they are lists of mappings (or absent)
 * @param resources the pod-level {@code resources} (Kubernetes 1.34's PodLevelResources), each
 *     value as written, or null where it is not set
 */
public record PodHost(
    String windowsField,
    String windowsValue,
    boolean hostNetwork,
    String dnsPolicy,
    boolean sidecarFirst,
    String lateSidecar,
    String firstInit,
    String[] badContainer,
    Resources resources) {

  /** {@code resources.requests} and {@code resources.limits} of the pod spec: cpu and memory. */
  public record Resources(
      String requestsCpu, String requestsMemory, String limitsCpu, String limitsMemory) {}

  // Paths read for every pod: split once, not on each read.
  private static final String[] REQUIRED_AFFINITY = {
    "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"
  };
  private static final String[] HOST_PROCESS = {"securityContext", "windowsOptions", "hostProcess"};

  private static final String[] CONTAINER_LISTS = {"containers", "initContainers"};

  private static final List<String> OS_LABELS =
      List.of("kubernetes.io/os", "beta.kubernetes.io/os");

  /** The facts of {@code podSpec}. */
  static PodHost of(YMapping podSpec) {
    YSequence init = podSpec.sequence("initContainers").orElse(null);
    boolean sidecarFirst = false;
    String lateSidecar = null;
    String first = null;
    for (YNode item : init == null ? List.<YNode>of() : init.items()) {
      if (GateParts.isGateContainer(item) || !(item instanceof YMapping m)) {
        continue;
      }
      boolean sidecar = "Always".equals(Aliased.text(m, "restartPolicy"));
      if (first == null) {
        first = String.valueOf(m.text("name").orElse("?"));
        sidecarFirst = sidecar;
        if (sidecar) {
          break;
        }
      } else if (sidecar) {
        lateSidecar = String.valueOf(m.text("name").orElse("?"));
        break;
      }
    }
    String[] windows = windows(podSpec);
    return new PodHost(
        windows == null ? null : windows[0],
        windows == null ? null : windows[1],
        "true".equals(podSpec.text("hostNetwork").orElse(null)),
        podSpec.text("dnsPolicy").orElse(null),
        sidecarFirst,
        lateSidecar,
        first,
        badContainer(podSpec),
        resources(podSpec));
  }

  /** The first of {@code containers} and {@code initContainers} that is no list of mappings. */
  private static String[] badContainer(YMapping podSpec) {
    for (String key : CONTAINER_LISTS) {
      YNode list = Aliased.get(podSpec, key);
      if (list == null || list instanceof YScalar s && s.isNull()) {
        continue;
      }
      if (!(list instanceof YSequence seq)) {
        // initContainers that is no list is the editor's error, with its example.
        if (key.equals("containers")) {
          return new String[] {key, shown(list)};
        }
        continue;
      }
      for (int i = 0; i < seq.items().size(); i++) {
        if (!(seq.items().get(i) instanceof YMapping)) {
          return new String[] {key + "[" + i + "]", shown(seq.items().get(i))};
        }
      }
    }
    return null;
  }

  private static String shown(YNode node) {
    return node instanceof YScalar s
        ? s.isNull() ? "null" : s.value()
        : node instanceof YSequence ? "a list" : "a mapping";
  }

  private static Resources resources(YMapping podSpec) {
    YMapping r = podSpec.mapping("resources").orElse(null);
    if (r == null) {
      return new Resources(null, null, null, null);
    }
    YMapping requests = r.mapping("requests").orElse(null);
    YMapping limits = r.mapping("limits").orElse(null);
    return new Resources(
        requests == null ? null : requests.text("cpu").orElse(null),
        requests == null ? null : requests.text("memory").orElse(null),
        limits == null ? null : limits.text("cpu").orElse(null),
        limits == null ? null : limits.text("memory").orElse(null));
  }

  /** The field and value that put the pod on Windows nodes, or null. Loops, not lambdas. */
  private static String[] windows(YMapping podSpec) {
    YMapping os = podSpec.mapping("os").orElse(null);
    String name = os == null ? null : os.text("name").orElse(null);
    if ("windows".equalsIgnoreCase(name)) {
      return new String[] {"os.name", name};
    }
    YMapping selector = podSpec.mapping("nodeSelector").orElse(null);
    for (String label : OS_LABELS) {
      String value = selector == null ? null : selector.text(label).orElse(null);
      if ("windows".equalsIgnoreCase(value)) {
        return new String[] {"nodeSelector." + label, value};
      }
    }
    YSequence terms =
        podSpec.at(REQUIRED_AFFINITY).orElse(null) instanceof YMapping r
            ? r.sequence("nodeSelectorTerms").orElse(null)
            : null;
    if (terms != null && !terms.items().isEmpty()) {
      boolean all = true;
      for (YNode term : terms.items()) {
        all &= windowsValue(term) != null;
      }
      if (all) {
        return new String[] {
          String.join(".", REQUIRED_AFFINITY), windowsValue(terms.items().get(0))
        };
      }
    }
    String hostProcess = "securityContext.windowsOptions.hostProcess";
    if (isTrue(podSpec)) {
      return new String[] {hostProcess, "true"};
    }
    // A container's hostProcess too: Kubernetes then needs every container of the pod to be one.
    YSequence containers = podSpec.sequence("containers").orElse(null);
    for (int i = 0; containers != null && i < containers.items().size(); i++) {
      if (containers.items().get(i) instanceof YMapping c && isTrue(c)) {
        return new String[] {"containers[" + i + "]." + hostProcess, "true"};
      }
    }
    return null;
  }

  /** Whether {@code m} (a pod spec or a container) says hostProcess: true. */
  private static boolean isTrue(YMapping m) {
    return m.at(HOST_PROCESS).orElse(null) instanceof YScalar s && "true".equals(s.value());
  }

  /**
   * The value, as written, of a node selector term only Windows nodes meet ({@code kubernetes.io/os
   * In [windows]}), or null for any other term.
   */
  private static String windowsValue(YNode term) {
    YSequence expressions =
        term instanceof YMapping m ? m.sequence("matchExpressions").orElse(null) : null;
    for (YNode e : expressions == null ? List.<YNode>of() : expressions.items()) {
      if (e instanceof YMapping x
          && OS_LABELS.contains(x.text("key").orElse(""))
          && "In".equals(x.text("operator").orElse(null))) {
        YSequence values = x.sequence("values").orElse(null);
        String first = null;
        for (YNode v : values == null ? List.<YNode>of() : values.items()) {
          if (!(v instanceof YScalar sv && "windows".equalsIgnoreCase(sv.value()))) {
            first = null;
            break;
          }
          first = first == null ? sv.value() : first;
        }
        if (first != null) {
          return first;
        }
      }
    }
    return null;
  }
}
