package dev.startgate.testing;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Objects read strictly into their fabric8 model class, so a typo in a field ({@code
 * securtyContext}) or a wrong type ({@code runAsUser: "65532"}) is found. fabric8 keeps unknown
 * fields in {@code additionalProperties} instead of failing, so besides FAIL_ON_UNKNOWN_PROPERTIES
 * the result is walked and every such map must be empty.
 */
public final class StrictModels {
  private static final Map<String, Class<?>> MODELS =
      Map.ofEntries(
          Map.entry("v1/Pod", Pod.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("v1/ConfigMap", ConfigMap.class),
          Map.entry("v1/Secret", Secret.class),
          Map.entry("v1/ServiceAccount", ServiceAccount.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("apps/v1/StatefulSet", StatefulSet.class),
          Map.entry("apps/v1/DaemonSet", DaemonSet.class),
          Map.entry("apps/v1/ReplicaSet", ReplicaSet.class),
          Map.entry("batch/v1/Job", Job.class),
          Map.entry("batch/v1/CronJob", CronJob.class),
          Map.entry("rbac.authorization.k8s.io/v1/Role", Role.class),
          Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class),
          Map.entry("rbac.authorization.k8s.io/v1/ClusterRole", ClusterRole.class),
          Map.entry("rbac.authorization.k8s.io/v1/ClusterRoleBinding", ClusterRoleBinding.class));

  private static final JsonMapper STRICT =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private static final Set<String> SKIP =
      Set.of("getClass", "getSerialVersionUID", "getNumericalAmount");

  private StrictModels() {}

  /** {@code apiVersion/kind} of {@code object}. */
  public static String kind(Map<?, ?> object) {
    return object.get("apiVersion") + "/" + object.get("kind");
  }

  /** Whether this class knows a model for the object's apiVersion and kind. */
  public static boolean hasModel(Map<?, ?> object) {
    return MODELS.containsKey(kind(object));
  }

  /** Every way {@code object} fails to read strictly into its model; none if it has no model. */
  public static List<String> problems(String where, Map<?, ?> object) {
    Class<?> model = MODELS.get(kind(object));
    List<String> out = new ArrayList<>();
    if (model == null) {
      return out;
    }
    try {
      List<String> unknown = new ArrayList<>();
      unknownFields(STRICT.convertValue(object, model), "", unknown, new IdentityHashMap<>());
      unknown.forEach(u -> out.add(where + ": unknown field " + u));
    } catch (Exception ex) {
      out.add(where + ": " + String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
    }
    return out;
  }

  /** Reads {@code object} strictly into {@code model}; throws when a field has the wrong type. */
  public static Object strict(Map<?, ?> object, Class<?> model) {
    return STRICT.convertValue(object, model);
  }

  /** Walks fabric8 model objects and collects every non-empty additionalProperties entry. */
  public static void unknownFields(
      Object o, String path, List<String> out, Map<Object, Boolean> seen) throws Exception {
    if (o == null || seen.put(o, true) != null) {
      return;
    }
    if (o instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        unknownFields(list.get(i), path + "[" + i + "]", out, seen);
      }
      return;
    }
    if (o instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        unknownFields(e.getValue(), path + "." + e.getKey(), out, seen);
      }
      return;
    }
    if (!o.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || !m.getName().startsWith("get")
          || SKIP.contains(m.getName())) {
        continue;
      }
      Object value = m.invoke(o);
      String field = path.isEmpty() ? property(m) : path + "." + property(m);
      if (m.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra) {
          extra.keySet().forEach(k -> out.add(path.isEmpty() ? String.valueOf(k) : path + "." + k));
        }
        continue;
      }
      unknownFields(value, field, out, seen);
    }
  }

  private static String property(Method m) {
    String name = m.getName().substring(3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
