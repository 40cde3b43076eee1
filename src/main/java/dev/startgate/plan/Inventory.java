// Over 300 lines: the input's objects and the lookups planning makes in them, kept together.
package dev.startgate.plan;

import dev.startgate.intent.ResourceTargetParser;
import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the input contains that targets may refer to. */
public final class Inventory {
  private final Map<ObjectName, Resource> objects = new HashMap<>();

  /**
   * Objects of another API group with the kind, namespace and name of one in {@link #objects}
   * (CloudNativePG's and Cluster API's {@code Cluster db}, a Knative and a core {@code Service}):
   * review EE, the second was shadowed by the first, and a phase deadlock through it went unseen.
   */
  private final Map<ObjectName, List<Resource>> otherGroups = new HashMap<>();

  /**
   * The workloads of each namespace (key null: no namespace), in input order. A {@code pods/} or
   * {@code service/} target looks only at its own namespace: scanning every resource for each gate
   * made planning quadratic (a quarter of a 10,000-resource run).
   */
  private final Map<String, List<Resource>> workloads = new HashMap<>();

  /**
   * What {@link #withPods} found, by namespace and selector: many gates name the same Service.
   * Filled during planning, which runs on one thread.
   */
  private final Map<String, List<Resource>> selected = new HashMap<>();

  /** Workloads {@link #withPods} held against a selector so far: its cost, for tests. */
  private long examined;

  /** {@link #podPort} by Service and the port's name. */
  private final Map<Resource, Map<String, Optional<Integer>>> podPorts = new IdentityHashMap<>();

  /**
   * The number that {@code byName} finds for the pods behind {@code service} listening on {@code
   * written} (its {@code targetPort}), found once for each Service and port: every gated Job may
   * name the Service, and thousands of workloads may be behind it.
   */
  Optional<Integer> podPort(
      Resource service, String written, Function<List<Resource>, Integer> byName) {
    Map<String, Optional<Integer>> known = podPorts.computeIfAbsent(service, k -> new HashMap<>());
    Optional<Integer> port = known.get(written);
    if (port == null) {
      port = Optional.ofNullable(byName.apply(behind(service)));
      known.put(written, port);
    }
    return port;
  }

  /** The Services a missing {@code service/} target may have meant, indexed when first asked. */
  private ServiceNames serviceNames;

  ServiceNames serviceNames() {
    if (serviceNames == null) {
      serviceNames = new ServiceNames(ofKind("Service"));
    }
    return serviceNames;
  }

  /** The workloads of each namespace by their pods' labels, built when first asked. */
  private final Map<String, PodLabelIndex> podLabels = new HashMap<>();

  /** The plural resources the input's CustomResourceDefinitions define, by group; when asked. */
  private Map<String, List<String>> crdPlurals;

  /** The Kptfiles among the input's objects: where a Flux layout's nested packages are. */
  private final List<Resource> kptfiles = new ArrayList<>();

  /** The objects of other files deployed with the input (a folder's other files), by identity. */
  private final Set<Resource> others = Collections.newSetFromMap(new IdentityHashMap<>());

  /** An inventory of {@code resources}, all of them the input's. */
  public Inventory(List<Resource> resources) {
    this(resources, List.of());
  }

  /**
   * An inventory of the input's {@code resources} and of {@code others}, the objects of files
   * deployed with it (the other files of a folder), which this run does not change.
   */
  public Inventory(List<Resource> resources, List<Resource> others) {
    add(resources);
    add(others);
    this.others.addAll(others);
  }

  /** True if {@code r} is one of the input's objects, which this run may change. */
  public boolean isInput(Resource r) {
    return !others.contains(r);
  }

  private void add(List<Resource> resources) {
    for (Resource r : resources) {
      if (r.name() != null) {
        ObjectName key = new ObjectName(r.kind(), r.namespace(), r.name());
        Resource first = objects.putIfAbsent(key, r);
        if (first != null && !first.group().equals(r.group())) {
          otherGroups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
      }
      if (r.shape().isPresent()) {
        workloads.computeIfAbsent(r.namespace(), n -> new ArrayList<>()).add(r);
      } else if (r.kind().equals("Kptfile")) {
        kptfiles.add(r);
      }
    }
  }

  /** The objects of {@code kind}, in no order. */
  List<Resource> ofKind(String kind) {
    List<Resource> out = new ArrayList<>();
    for (Resource r : objects.values()) {
      if (r.kind().equals(kind)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The workloads in {@code namespace} (null: no namespace), in input order. */
  List<Resource> workloadsIn(String namespace) {
    return workloads.getOrDefault(namespace, List.of());
  }

  /**
   * In each namespace (key null: none), the workloads by their kind and the text before and after
   * each dash of their names ({@code Deployment\0api}), built when a target first misses: what a
   * kustomize namePrefix or nameSuffix made of a name ({@code p-api} for {@code api}).
   */
  private Map<String, Map<String, List<Resource>>> workloadAffixes;

  /**
   * The workloads of {@code kind} in {@code namespace} with a name that has {@code name} before or
   * after one of its dashes, in input order, some twice in a row: those whose name is {@code name}
   * with a prefix or suffix added at a dash ({@code p-api}, {@code api-v2} for {@code api}) among
   * them.
   */
  List<Resource> withAffix(String namespace, String kind, String name) {
    if (workloadAffixes == null) {
      workloadAffixes = new HashMap<>();
      for (Map.Entry<String, List<Resource>> e : workloads.entrySet()) {
        Map<String, List<Resource>> parts = new HashMap<>();
        for (Resource r : e.getValue()) {
          if (r.name() != null) {
            NameAffixes.index(parts, r.kind() + "\0", r.name(), r);
          }
        }
        workloadAffixes.put(e.getKey(), parts);
      }
    }
    return Collections.unmodifiableList(
        workloadAffixes
            .getOrDefault(namespace, Map.of())
            .getOrDefault(kind + "\0" + name, List.of()));
  }

  /** The Kptfiles of the input and the other files, in input order. */
  List<Resource> kptfiles() {
    return List.copyOf(kptfiles);
  }

  /** True if an object or workload of this inventory has one of the annotations {@code keys}. */
  public boolean anyAnnotated(String... keys) {
    return any(r -> annotated(r, keys));
  }

  /** True if an object or workload of this inventory is one {@code test} accepts. */
  boolean any(Predicate<Resource> test) {
    for (Resource r : objects.values()) {
      if (test.test(r)) {
        return true;
      }
    }
    for (List<Resource> inNamespace : workloads.values()) {
      for (Resource r : inNamespace) {
        if (test.test(r)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if {@code r} has one of the annotations {@code keys}. */
  public static boolean annotated(Resource r, String... keys) {
    for (String key : keys) {
      if (r.annotations().containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The plural resources that CustomResourceDefinitions of this inventory define in API {@code
   * group} (a CRD is named {@code PLURAL.GROUP}), sorted; empty when none does.
   */
  public List<String> crdPlurals(String group) {
    if (crdPlurals == null) {
      // Loops, not lambdas: a lambda the launcher's training run never made is spun on every run.
      Map<String, List<String>> byGroup = new HashMap<>();
      for (Resource r : objects.values()) {
        int dot = r.name().indexOf('.');
        if (r.kind().equals("CustomResourceDefinition") && dot > 0) {
          String of = r.name().substring(dot + 1);
          List<String> plurals = byGroup.get(of);
          if (plurals == null) {
            plurals = new ArrayList<>();
            byGroup.put(of, plurals);
          }
          plurals.add(r.name().substring(0, dot));
        }
      }
      for (List<String> plurals : byGroup.values()) {
        Collections.sort(plurals);
      }
      crdPlurals = byGroup;
    }
    return crdPlurals.getOrDefault(group, List.of());
  }

  /** The API groups the input's CustomResourceDefinitions define resources in. */
  public Set<String> crdGroups() {
    crdPlurals("");
    return crdPlurals.keySet();
  }

  /**
   * The object of {@code kind} named {@code name} in {@code namespace} (null: no namespace); of
   * Kubernetes' own group for a Service, a Job, a CronJob or a CustomResourceDefinition when
   * objects of several groups have that name.
   */
  public Optional<Resource> find(String kind, String namespace, String name) {
    ObjectName key = new ObjectName(kind, namespace, name);
    Resource first = objects.get(key);
    List<Resource> more = otherGroups.isEmpty() ? null : otherGroups.get(key); // one hash, not two
    if (more != null) {
      String own =
          switch (kind) {
            case "Service" -> "";
            case "Job", "CronJob" -> "batch";
            case "CustomResourceDefinition" -> "apiextensions.k8s.io";
            default -> first.group();
          };
      for (Resource r : more) {
        if (r.group().equals(own) && !first.group().equals(own)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Without its CRD: the one object of API group {@code group} named {@code name} in {@code
   * namespace} whose kind's usual English plural ({@link ResourceTargetParser#plural}: clusters,
   * classes, policies) is {@code plural}; empty if none or several. A guess, so a pre-deploy Job
   * waiting for a custom resource its own chart creates is still seen.
   */
  public Optional<Resource> findByPlural(
      String group, String plural, String namespace, String name) {
    if (byName == null) {
      byName = new HashMap<>();
      for (Map.Entry<ObjectName, Resource> e : objects.entrySet()) {
        List<Resource> named = byName.get(e.getKey().name());
        if (named == null) {
          named = new ArrayList<>();
          byName.put(e.getKey().name(), named);
        }
        named.add(e.getValue());
        named.addAll(otherGroups.getOrDefault(e.getKey(), List.of()));
      }
    }
    Resource found = null;
    for (Resource r : byName.getOrDefault(name, List.of())) {
      if (Objects.equals(r.namespace(), namespace)
          && r.group().equals(group)
          && (ResourceTargetParser.plural(r.kind()).equals(plural)
              || r.kind().toLowerCase(java.util.Locale.ROOT).equals(plural))) {
        if (found != null) {
          return Optional.empty();
        }
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The objects by name, made on the first {@link #findByPlural}. */
  private Map<String, List<Resource>> byName;

  /** The object of {@code kind} in API group {@code group}, else like {@link #find}. */
  public Optional<Resource> find(String group, String kind, String namespace, String name) {
    ObjectName key = new ObjectName(kind, namespace, name);
    Resource first = objects.get(key);
    if (first != null && !first.group().equals(group)) {
      for (Resource r : otherGroups.getOrDefault(key, List.of())) {
        if (r.group().equals(group)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.ofNullable(first).filter(r -> r.group().equals(group));
  }

  /**
   * The workloads in {@code namespace} (null: no namespace) whose pods the label {@code selector}
   * matches, also by the labels their controllers add ({@code job-name}, {@code
   * statefulset.kubernetes.io/pod-name}, ...), in input order: what a {@code pods/} target waits
   * for.
   */
  public List<Resource> withPods(String namespace, String selector) {
    String key = (namespace == null ? "" : "ns:" + namespace) + "\n" + selector;
    List<Resource> known = selected.get(key);
    if (known != null) {
      return known;
    }
    LabelSelector parsed = LabelSelector.parse(selector);
    List<Resource> matching = new ArrayList<>();
    for (Resource r : candidates(namespace, parsed)) {
      examined++;
      if (parsed.matchesSomePod(r.facts())) {
        matching.add(r);
      }
    }
    List<Resource> result = List.copyOf(matching);
    selected.put(key, result);
    return result;
  }

  /**
   * The workloads of the input whose pods the Service {@code service} selects (none without a
   * selector: its endpoints are made by hand).
   */
  public List<Resource> behind(Resource service) {
    return behind(service, null);
  }

  /**
   * As {@link #behind(Resource)}; with {@code pod}, the name a host gives one pod of a headless
   * Service ({@code pg-0} of {@code pg-0.pg.shop.svc}), a StatefulSet only if it has that pod.
   */
  public List<Resource> behind(Resource service, String pod) {
    Map<String, String> selector = service.facts().serviceSelector();
    if (selector.isEmpty()) {
      return List.of();
    }
    try {
      List<Resource> all = withPods(service.namespace(), LabelSelector.text(selector));
      return pod == null ? all : ServiceHosts.withPod(all, pod);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** How many workloads {@link #withPods} has held against a selector so far. */
  long examined() {
    return examined;
  }

  /**
   * The workloads of {@code namespace} that may match {@code selector}, in input order: all of them
   * in a small namespace, else those {@link PodLabelIndex} finds.
   */
  private List<Resource> candidates(String namespace, LabelSelector selector) {
    List<Resource> all = workloads.getOrDefault(namespace, List.of());
    if (all.size() < 16) {
      return all;
    }
    PodLabelIndex index = podLabels.get(namespace);
    if (index == null) {
      index = new PodLabelIndex(all);
      podLabels.put(namespace, index);
    }
    return index.candidates(selector);
  }
}
