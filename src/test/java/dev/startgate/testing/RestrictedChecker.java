package dev.startgate.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Pod Security Standards "restricted" profile (which includes "baseline"), as the Kubernetes
 * docs list its controls, applied to pod specs held as loaded YAML maps.
 *
 * <p>{@link #checkPod} checks a whole pod: pod-level fields, every container, init container and
 * ephemeral container, and every volume. {@link #checkContainer} checks one container on its own,
 * as if the pod set nothing: that is how a gate container must stand in a user's pod, whose
 * pod-level settings startgate does not control.
 */
public final class RestrictedChecker {
  /** One broken rule. */
  public record Violation(String where, String control, String detail) {
    @Override
    public String toString() {
      return where + ": " + control + ": " + detail;
    }
  }

  private static final Set<String> VOLUME_TYPES =
      Set.of(
          "configMap",
          "csi",
          "downwardAPI",
          "emptyDir",
          "ephemeral",
          "persistentVolumeClaim",
          "projected",
          "secret");
  private static final Set<String> SAFE_SYSCTLS =
      Set.of(
          "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
          "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
  private static final Set<String> SELINUX_TYPES =
      Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");
  private static final List<String> CONTAINER_LISTS =
      List.of("initContainers", "containers", "ephemeralContainers");

  private RestrictedChecker() {}

  /** Every violation of a whole pod spec; {@code podAnnotations} may be empty. */
  public static List<Violation> checkPod(
      String where, Map<?, ?> podSpec, Map<?, ?> podAnnotations) {
    List<Violation> out = new ArrayList<>();
    for (String key : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (Boolean.TRUE.equals(podSpec.get(key))) {
        out.add(new Violation(where, "Host Namespaces", key + ": true"));
      }
    }
    Map<?, ?> podSecurity = map(podSpec.get("securityContext"));
    securityOptions(where + " securityContext", podSecurity, out);
    for (Object sysctl : list(podSecurity.get("sysctls"))) {
      Object name = map(sysctl).get("name");
      if (!SAFE_SYSCTLS.contains(name)) {
        out.add(new Violation(where, "Sysctls", "sysctl " + name + " is not in the safe set"));
      }
    }
    if (Objects.equals(podSecurity.get("runAsUser"), 0)) {
      out.add(new Violation(where, "Running as Non-root user", "securityContext.runAsUser: 0"));
    }
    for (Map.Entry<?, ?> a : podAnnotations.entrySet()) {
      String key = String.valueOf(a.getKey());
      if (key.startsWith("container.apparmor.security.beta.kubernetes.io/")) {
        String value = String.valueOf(a.getValue());
        if (!value.equals("runtime/default") && !value.startsWith("localhost/")) {
          out.add(new Violation(where, "AppArmor", key + ": " + value));
        }
      }
    }
    for (Object v : list(podSpec.get("volumes"))) {
      volume(where, map(v), out);
    }
    boolean podNonRoot = Boolean.TRUE.equals(podSecurity.get("runAsNonRoot"));
    String podSeccomp = seccompType(podSecurity);
    for (String listKey : CONTAINER_LISTS) {
      for (Object c : list(podSpec.get(listKey))) {
        Map<?, ?> container = map(c);
        String at = where + " " + listKey + "/" + container.get("name");
        out.addAll(containerRules(at, container, podNonRoot, podSeccomp));
      }
    }
    return out;
  }

  /**
   * Every violation of one container judged on its own settings, plus the volumes of {@code
   * podSpec} it mounts.
   */
  public static List<Violation> checkContainer(
      String where, Map<?, ?> container, Map<?, ?> podSpec) {
    List<Violation> out = new ArrayList<>(containerRules(where, container, false, null));
    List<Object> mounted = new ArrayList<>();
    for (Object m : list(container.get("volumeMounts"))) {
      mounted.add(map(m).get("name"));
    }
    for (Object v : list(podSpec.get("volumes"))) {
      if (mounted.contains(map(v).get("name"))) {
        volume(where, map(v), out);
      }
    }
    return out;
  }

  private static List<Violation> containerRules(
      String where, Map<?, ?> container, boolean podNonRoot, String podSeccomp) {
    List<Violation> out = new ArrayList<>();
    Map<?, ?> sc = map(container.get("securityContext"));
    securityOptions(where + " securityContext", sc, out);
    if (Boolean.TRUE.equals(sc.get("privileged"))) {
      out.add(new Violation(where, "Privileged Containers", "privileged: true"));
    }
    Object procMount = sc.get("procMount");
    if (procMount != null && !procMount.equals("Default")) {
      out.add(new Violation(where, "/proc Mount Type", "procMount: " + procMount));
    }
    for (Object p : list(container.get("ports"))) {
      Object hostPort = map(p).get("hostPort");
      if (hostPort != null && !Objects.equals(hostPort, 0)) {
        out.add(new Violation(where, "Host Ports", "hostPort: " + hostPort));
      }
    }
    if (!Boolean.FALSE.equals(sc.get("allowPrivilegeEscalation"))) {
      out.add(
          new Violation(
              where,
              "Privilege Escalation",
              "allowPrivilegeEscalation must be false, is " + sc.get("allowPrivilegeEscalation")));
    }
    Object nonRoot = sc.get("runAsNonRoot");
    if (Boolean.FALSE.equals(nonRoot) || (nonRoot == null && !podNonRoot)) {
      out.add(new Violation(where, "Running as Non-root", "runAsNonRoot must be true"));
    }
    if (Objects.equals(sc.get("runAsUser"), 0)) {
      out.add(new Violation(where, "Running as Non-root user", "runAsUser: 0"));
    }
    String seccomp = seccompType(sc);
    String effective = seccomp != null ? seccomp : podSeccomp;
    if (!"RuntimeDefault".equals(effective) && !"Localhost".equals(effective)) {
      out.add(
          new Violation(
              where,
              "Seccomp",
              "seccompProfile.type must be RuntimeDefault or Localhost, is " + effective));
    }
    Map<?, ?> caps = map(sc.get("capabilities"));
    if (!list(caps.get("drop")).contains("ALL")) {
      out.add(new Violation(where, "Capabilities", "capabilities.drop must include ALL"));
    }
    for (Object add : list(caps.get("add"))) {
      if (!"NET_BIND_SERVICE".equals(add)) {
        out.add(new Violation(where, "Capabilities", "capabilities.add: " + add));
      }
    }
    return out;
  }

  /** Controls that read the same at pod and container level: HostProcess, SELinux, AppArmor. */
  private static void securityOptions(String where, Map<?, ?> sc, List<Violation> out) {
    if (Boolean.TRUE.equals(map(sc.get("windowsOptions")).get("hostProcess"))) {
      out.add(new Violation(where, "HostProcess", "windowsOptions.hostProcess: true"));
    }
    Map<?, ?> se = map(sc.get("seLinuxOptions"));
    Object type = se.get("type");
    if (type != null && !SELINUX_TYPES.contains(type)) {
      out.add(new Violation(where, "SELinux", "seLinuxOptions.type: " + type));
    }
    for (String key : List.of("user", "role")) {
      Object value = se.get(key);
      if (value != null && !value.equals("")) {
        out.add(new Violation(where, "SELinux", "seLinuxOptions." + key + ": " + value));
      }
    }
    Object appArmor = map(sc.get("appArmorProfile")).get("type");
    if (appArmor != null && !appArmor.equals("RuntimeDefault") && !appArmor.equals("Localhost")) {
      out.add(new Violation(where, "AppArmor", "appArmorProfile.type: " + appArmor));
    }
    if ("Unconfined".equals(seccompType(sc))) {
      out.add(new Violation(where, "Seccomp", "seccompProfile.type: Unconfined"));
    }
  }

  private static void volume(String where, Map<?, ?> volume, List<Violation> out) {
    for (Object key : volume.keySet()) {
      if (!key.equals("name") && !VOLUME_TYPES.contains(key)) {
        out.add(
            new Violation(
                where, "Volume Types", "volume " + volume.get("name") + " is of type " + key));
      }
    }
  }

  private static String seccompType(Map<?, ?> sc) {
    Object type = map(sc.get("seccompProfile")).get("type");
    return type == null ? null : type.toString();
  }

  private static Map<?, ?> map(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
