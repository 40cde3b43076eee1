package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner and its static checks read of an object beyond its identity, taken from the YAML
 * tree once when the object is read, so {@code plan/} never walks the tree.
 *
 * @param podLabels the labels of the pods a workload makes, its template's and those its controller
 *     adds ({@link ControllerLabels}; of a Pod: its own labels); empty for other kinds
 * @param podIndexes the pods that carry their own number in a label (a StatefulSet's, an Indexed
 *     Job's), whose numbered labels are not in {@code podLabels}; null for others
 * @param servicePorts {@code spec.ports} with a numeric port, in order, of every protocol
 * @param serviceSelector {@code spec.selector} when every entry is a scalar; empty when absent or
 *     not usable
 * @param updateStrategy {@code spec.updateStrategy.type}; {@code ""} when absent or not a scalar
 * @param ttlSecondsAfterFinished {@code spec.ttlSecondsAfterFinished} as written; {@code ""} when
 *     not a scalar; null when absent
 * @param activeDeadlineSeconds the Job spec's {@code activeDeadlineSeconds} (of a CronJob: its job
 *     template's) in decimal digits, read as kubectl reads it ({@link KubeInts#seconds}); null when
 *     absent or no whole number from 1 to 10^12
 * @param podDeadlineSeconds the pod spec's {@code activeDeadlineSeconds} (a Pod's, or a
 *     template's), which counts init containers too; as {@code activeDeadlineSeconds}
 * @param pod the pod spec's account settings; null for an object without a pod spec
 * @param needs what the pod spec of a Job or CronJob cannot start without ({@link PodNeeds}), which
 *     a phase may order after it; empty for other kinds
 * @param flowMetadata true when {@code metadata} is a flow-style mapping ({@code {...}}, as JSON is
 *     written), which startgate does not write annotations into
 * @param host where the pod runs and how it reaches the network; null for an object without a pod
 *     spec
 * @param pullSecrets of a ServiceAccount, the names its {@code imagePullSecrets} list; empty for
 *     other kinds
 * @param containerNames the names of the pod spec's containers and init containers that are not
 *     startgate's ({@link GateParts#isGateContainer}), which a gate container must not take; empty
 *     for an object without a pod spec
 * @param userVolumes the names of startgate's volumes ({@link GateParts#VOLUMES}) that a container
 *     of the user's mounts: the user's volumes, which a run keeps; empty for most pod specs
 * @param gateParts true when the pod spec holds startgate's init containers or volumes (of an
 *     earlier run: {@link GateParts}), which a run recomputes even without an intent
 * @param backoffLimit the Job spec's {@code backoffLimit} (of a CronJob: its job template's) as
 *     written; null when absent or not a scalar
 * @param restartPolicy the pod spec's {@code restartPolicy} as written; null when absent or not a
 *     scalar
 * @param kustomizeRefs of a kustomize Kustomization, the local files and folders it names; empty
 *     for other kinds
 * @param accountNoToken of a ServiceAccount, true when its {@code automountServiceAccountToken} is
 *     written {@code false}: its pods get no token unless they ask for one
 * @param annotationsNotText the keys of {@code metadata.annotations} whose value is no scalar
 *     (Kubernetes takes strings only), each with what that value is; empty for most objects
 */
public record ObjectFacts(
    Map<String, String> podLabels,
    ControllerLabels.PodIndexes podIndexes,
    List<ServicePort> servicePorts,
    Map<String, String> serviceSelector,
    String updateStrategy,
    String ttlSecondsAfterFinished,
    String activeDeadlineSeconds,
    String podDeadlineSeconds,
    PodAccount pod,
    List<PodNeeds.Need> needs,
    boolean flowMetadata,
    PodHost host,
    List<String> pullSecrets,
    List<String> containerNames,
    List<String> userVolumes,
    boolean gateParts,
    String backoffLimit,
    String restartPolicy,
    List<KustomizeRefs.Ref> kustomizeRefs,
    boolean accountNoToken,
    Map<String, NotText> annotationsNotText) {

  /**
   * The ServiceAccount settings of a pod spec, each null when absent, null or not a scalar.
   *
   * @param serviceAccountName {@code serviceAccountName}
   * @param serviceAccount the legacy {@code serviceAccount}
   * @param automountToken {@code automountServiceAccountToken}, true only when written {@code true}
   * @param startgateToken true when {@code serviceAccountName} ends in {@code -startgate} and a
   *     volume is startgate's projected token ({@link #TOKEN_VOLUME}): a run of startgate gave the
   *     pod its own account, so that name is startgate's, not the user's (read only then)
   * @param notAName the first of {@code serviceAccountName} and {@code serviceAccount} written as a
   *     mapping or list, not a name; null when neither is
   * @param noToken true when {@code automountServiceAccountToken} is written {@code false}: the
   *     pod's own containers get no token
   */
  public record PodAccount(
      String serviceAccountName,
      String serviceAccount,
      boolean automountToken,
      boolean startgateToken,
      String notAName,
      boolean noToken) {}

  /** The first account field of {@code podSpec} that is a collection, not a name; or null. */
  private static String notAName(YMapping podSpec) {
    for (String key : new String[] {"serviceAccountName", "serviceAccount"}) {
      YNode v = YAlias.resolve(podSpec.get(key).orElse(null));
      if (v != null && !(v instanceof YScalar)) {
        return key;
      }
    }
    return null;
  }

  /** The projected token, CA and namespace startgate mounts in its Kubernetes gates only. */
  public static final String TOKEN_VOLUME = GateParts.TOKEN_VOLUME;

  /** The facts of an object with no tree (built in code, as tests do). */
  public static final ObjectFacts NONE =
      new ObjectFacts(
          Map.of(), null, List.of(), Map.of(), "", null, null, null, null, List.of(), false, null,
          List.of(), List.of(), List.of(), false, null, null, List.of(), false, Map.of());

  /** The facts of {@code node}, the object {@code ref}; {@link #NONE} for a null node. */
  public static ObjectFacts of(YMapping node, ResourceRef ref) {
    if (node == null) {
      return NONE;
    }
    // Plain lookups, no chains of Optionals and lambdas: this runs for every object of the input,
    // mostly in the interpreter.
    WorkloadShape shape = WorkloadShape.of(ref).orElse(null);
    ControllerLabels.Pods pods =
        shape == null
            ? null
            : ControllerLabels.of(
                shape, ref.name(), node, labels(Aliased.mappingAt(node, shape.podLabelsPath())));
    YMapping selectorNode = Aliased.mappingAt(node, "spec", "selector");
    Map<String, String> selector = selectorNode == null ? Map.of() : selector(selectorNode);
    YNode type = node.at("spec", "updateStrategy", "type").orElse(null);
    String strategy = type == null ? "" : text(type);
    YNode ttlNode = node.at("spec", "ttlSecondsAfterFinished").orElse(null);
    String ttl = ttlNode == null ? null : text(ttlNode);
    String deadline = null;
    String podDeadline = null;
    PodAccount pod = null;
    PodHost host = null;
    List<PodNeeds.Need> needs = List.of();
    List<String> containerNames = List.of();
    List<String> userVolumes = List.of();
    boolean gateParts = false;
    String backoffLimit = null;
    String restartPolicy = null;
    if (shape != null) {
      YMapping jobSpec = shape.jobSpec(node).orElse(null);
      deadline =
          jobSpec == null
              ? null
              : KubeInts.seconds(jobSpec.get("activeDeadlineSeconds").orElse(null));
      backoffLimit = jobSpec == null ? null : asWritten(jobSpec.get("backoffLimit").orElse(null));
      YMapping p = shape.podSpec(node).orElse(null);
      if (p != null) {
        podDeadline = KubeInts.seconds(p.get("activeDeadlineSeconds").orElse(null));
        // An empty name is none, as the API server takes it (the pod runs as default): charts
        // render serviceAccountName: "".
        String account =
            p.resolvedText("serviceAccountName").filter(a -> !a.isEmpty()).orElse(null);
        pod =
            new PodAccount(
                account,
                p.resolvedText("serviceAccount").filter(a -> !a.isEmpty()).orElse(null),
                bool(p, "automountServiceAccountToken", true),
                // Only a pod named like startgate's account needs it: not a loop per workload.
                account != null && account.endsWith("-startgate") && hasTokenVolume(p),
                notAName(p),
                bool(p, "automountServiceAccountToken", false));
        needs = shape.isJob() ? PodNeeds.of(p) : List.of();
        host = PodHost.of(p);
        containerNames = GateParts.userContainerNames(p);
        userVolumes = GateParts.userVolumes(p);
        gateParts = GateParts.any(p, userVolumes);
        restartPolicy = Aliased.text(p, "restartPolicy");
      }
    }
    YMapping metadata = node.mapping("metadata").orElse(null);
    return new ObjectFacts(
        pods == null ? Map.of() : pods.labels(),
        pods == null ? null : pods.indexes(),
        ServicePort.of(node),
        selector,
        strategy,
        ttl,
        deadline,
        podDeadline,
        pod,
        needs,
        metadata != null && metadata.flow(),
        host,
        "ServiceAccount".equals(ref.kind()) ? pullSecrets(node) : List.of(),
        containerNames,
        userVolumes,
        gateParts,
        backoffLimit,
        restartPolicy,
        KustomizeRefs.of(node, ref),
        "ServiceAccount".equals(ref.kind()) && bool(node, "automountServiceAccountToken", false),
        AnnotationValues.notText(metadata));
  }

  /**
   * True if {@code key} of {@code m} is written {@code value}: {@code true} or {@code false}, or
   * plain in a spelling YAML 1.1 reads so ({@code yes}, {@code on}, {@code Y}, {@code no}, {@code
   * off}, ...), as kubectl and Helm decode a manifest.
   */
  private static boolean bool(YMapping m, String key, boolean value) {
    YNode v = m.get(key).orElse(null);
    if (!(v instanceof YScalar s)) {
      return false;
    }
    if (s.value().equals(String.valueOf(value))) {
      return true;
    }
    return s.plain()
        && switch (s.value()) {
          case "y", "Y", "yes", "Yes", "YES", "True", "TRUE", "on", "On", "ON" -> value;
          case "n", "N", "no", "No", "NO", "False", "FALSE", "off", "Off", "OFF" -> !value;
          default -> false;
        };
  }

  private static List<String> pullSecrets(YMapping account) {
    List<String> out = new ArrayList<>();
    YSequence secrets = account.sequence("imagePullSecrets").orElse(null);
    for (YNode s : secrets == null ? List.<YNode>of() : secrets.items()) {
      String name = s instanceof YMapping m ? m.text("name").orElse(null) : null;
      if (name != null && !name.isEmpty()) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  private static boolean hasTokenVolume(YMapping podSpec) {
    YSequence volumes = podSpec.sequence("volumes").orElse(null);
    for (YNode v : volumes == null ? List.<YNode>of() : volumes.items()) {
      if (v instanceof YMapping m && TOKEN_VOLUME.equals(m.text("name").orElse(null))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entries of {@code mapping} with a scalar key and value, through aliases and merge keys
   * ({@link Aliased}), in a map of the caller's.
   */
  private static Map<String, String> labels(YMapping mapping) {
    Map<String, String> out = new LinkedHashMap<>();
    if (mapping != null) {
      Aliased.scalars(mapping, out);
    }
    return out;
  }

  /** Every entry, or none when one of them is not a scalar key and value. */
  private static Map<String, String> selector(YMapping mapping) {
    Map<String, String> out = new LinkedHashMap<>();
    return Aliased.scalars(mapping, out) ? Collections.unmodifiableMap(out) : Map.of();
  }

  private static String text(YNode node) {
    return node instanceof YScalar s ? s.value() : "";
  }

  /** A scalar as written, for a message: {@code "3"} quoted, {@code !!str 3} tagged; or null. */
  private static String asWritten(YNode node) {
    if (!(node instanceof YScalar s) || s.isNull()) {
      return null;
    }
    if ("tag:yaml.org,2002:int".equals(s.tag())) {
      return s.value(); // !!int 3 and !!int "3" are the number 3
    }
    String tag = s.tag() == null ? "" : s.tag().replace("tag:yaml.org,2002:", "!!") + " ";
    String escaped = s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return s.plain() ? tag + s.value() : tag + '"' + escaped + '"';
  }
}
