package dev.startgate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RestrictedCheckerTest {
  private static final Map<String, Object> CLEAN_CONTEXT =
      Map.of(
          "allowPrivilegeEscalation",
          false,
          "capabilities",
          Map.of("drop", List.of("ALL")),
          "runAsNonRoot",
          true,
          "runAsUser",
          65532,
          "seccompProfile",
          Map.of("type", "RuntimeDefault"));

  @Test
  void aCleanContainerPasses() {
    Map<String, Object> c = Map.of("name", "c", "securityContext", CLEAN_CONTEXT);
    assertEquals(List.of(), RestrictedChecker.checkContainer("c", c, Map.of()));
  }

  @Test
  void aBareContainerBreaksEveryRestrictedControl() {
    Map<String, Object> c = Map.of("name", "c");
    assertEquals(
        Set.of("Privilege Escalation", "Running as Non-root", "Seccomp", "Capabilities"),
        controls(RestrictedChecker.checkContainer("c", c, Map.of())));
  }

  @Test
  void containerSettingsThatBreakBaseline() {
    Map<String, Object> sc = new java.util.HashMap<>(CLEAN_CONTEXT);
    sc.put("privileged", true);
    sc.put("procMount", "Unmasked");
    sc.put("runAsUser", 0);
    sc.put("capabilities", Map.of("drop", List.of("ALL"), "add", List.of("SYS_ADMIN")));
    sc.put("seLinuxOptions", Map.of("type", "spc_t", "user", "root"));
    sc.put("windowsOptions", Map.of("hostProcess", true));
    sc.put("appArmorProfile", Map.of("type", "Unconfined"));
    Map<String, Object> c =
        Map.of(
            "name",
            "c",
            "securityContext",
            sc,
            "ports",
            List.of(Map.of("containerPort", 80, "hostPort", 80)),
            "volumeMounts",
            List.of(Map.of("name", "host", "mountPath", "/h")));
    Map<String, Object> pod =
        Map.of("volumes", List.of(Map.of("name", "host", "hostPath", Map.of())));
    assertEquals(
        Set.of(
            "Privileged Containers",
            "/proc Mount Type",
            "Running as Non-root user",
            "Capabilities",
            "SELinux",
            "HostProcess",
            "AppArmor",
            "Host Ports",
            "Volume Types"),
        controls(RestrictedChecker.checkContainer("c", c, pod)));
  }

  @Test
  void podLevelControls() {
    Map<String, Object> pod =
        Map.of(
            "hostNetwork", true,
            "securityContext",
                Map.of(
                    "runAsNonRoot", true,
                    "seccompProfile", Map.of("type", "Unconfined"),
                    "sysctls", List.of(Map.of("name", "kernel.msgmax", "value", "1"))),
            "containers",
                List.of(
                    Map.of(
                        "name",
                        "app",
                        "securityContext",
                        Map.of(
                            "allowPrivilegeEscalation",
                            false,
                            "capabilities",
                            Map.of("drop", List.of("ALL"))))));
    assertEquals(
        Set.of("Host Namespaces", "Sysctls", "Seccomp"),
        controls(RestrictedChecker.checkPod("p", pod, Map.of())));
  }

  @Test
  void podLevelNonRootAndSeccompCoverTheirContainers() {
    Map<String, Object> pod =
        Map.of(
            "securityContext",
                Map.of("runAsNonRoot", true, "seccompProfile", Map.of("type", "RuntimeDefault")),
            "containers",
                List.of(
                    Map.of(
                        "name",
                        "app",
                        "securityContext",
                        Map.of(
                            "allowPrivilegeEscalation",
                            false,
                            "capabilities",
                            Map.of("drop", List.of("ALL"))))));
    assertEquals(List.of(), RestrictedChecker.checkPod("p", pod, Map.of()));
  }

  private static Set<String> controls(List<RestrictedChecker.Violation> violations) {
    return violations.stream()
        .map(RestrictedChecker.Violation::control)
        .collect(Collectors.toSet());
  }
}
