package dev.startgate.plan;

import dev.startgate.model.PodHost;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.List;
import java.util.Locale;

/**
 * The static checks of where a gated pod runs: a Windows pod cannot run the gates' Linux images, a
 * loopback target has nothing listening while the gates run (init containers come before the pod's
 * containers), and a pod on the host's network resolves names with the node's DNS unless it asks
 * for the cluster's.
 */
final class PodChecks {
  private PodChecks() {}

  /** The results about {@code plan}'s pod, added to {@code results}. */
  static void check(WorkloadPlan plan, List<Result> results) {
    Resource w = plan.intent().workload();
    PodHost host = w.facts().host();
    if (host == null || plan.gates().isEmpty()) {
      return;
    }
    String spec = plan.intent().shape().podSpecField();
    for (String volume : w.facts().userVolumes()) {
      results.add(
          Result.error(
              w,
              spec + ".volumes",
              volume,
              "a volume a container of yours mounts is named "
                  + volume
                  + ", a name startgate keeps for its gates' volumes (startgate-kubectl-home,"
                  + " startgate-kube-api-access, startgate-https-ca); rename it, like "
                  + volume.replace("startgate-", "app-")));
    }
    String[] bad = host.badContainer();
    if (bad != null) {
      results.add(
          Result.error(
              w,
              spec + "." + bad[0],
              bad[1],
              bad[0]
                  + " is "
                  + (bad[1].equals("a mapping") || bad[1].equals("a list") || bad[1].equals("null")
                      ? bad[1]
                      : Result.quoted(bad[1]))
                  + (bad[0].endsWith("]")
                      ? ", not a container: the API server refuses the pod; write each item as a"
                          + " mapping, like - {name: app, image: app:1}"
                      : ", not a list of containers: the API server refuses the pod; write"
                          + " containers: [{name: app, image: app:1}]")));
    }
    if (host.windowsField() != null) {
      results.add(
          Result.error(
              w,
              spec + "." + host.windowsField(),
              host.windowsValue(),
              Result.quoted(host.windowsValue())
                  + " puts the pod on Windows nodes, and startgate's gates are Linux containers"
                  + " (busybox, curl, kubectl images with a Linux security context) that cannot"
                  + " run there; wait in a Linux Job that runs before this workload (a pre-deploy"
                  + " phase), or remove the intent"));
      return;
    }
    String waitFor = plan.intent().sources().waitFor();
    // The cluster's DNS: ClusterFirst (the default) off the host's network, ClusterFirstWithHostNet
    // anywhere; None is the pod's own dnsConfig (not checked); Default is the node's.
    String policy = host.dnsPolicy();
    boolean nodeDefault = "Default".equals(policy);
    boolean clusterDns =
        "ClusterFirstWithHostNet".equals(policy)
            || "None".equals(policy)
            || !host.hostNetwork() && !nodeDefault;
    for (Gate g : plan.gates()) {
      String name = g.accept(HOST);
      if (name == null) {
        continue;
      }
      if (loopback(name) && !host.hostNetwork() && !host.sidecarFirst()) {
        results.add(
            Result.warning(
                w,
                waitFor,
                g.target()
                    + ": the gates run before the pod's containers start, so nothing in this pod"
                    + " listens on "
                    + (name.indexOf(':') >= 0 && !name.startsWith("[") ? "[" + name + "]" : name)
                    + (unspecified(unbracketed(name))
                        ? " (the unspecified address: a connection to it reaches the pod itself)"
                        : "")
                    + " yet and the gate waits until its timeout; "
                    + (host.lateSidecar() != null
                        ? "the native sidecar "
                            + host.lateSidecar()
                            + " comes after the init container "
                            + host.firstInit()
                            + ", so the gates go before it too: move it first in initContainers,"
                            + " or wait for the Service in front of it (like service/db)"
                        : "wait for the Service in front of it (like service/db), or run the"
                            + " listener as a native sidecar (an init container with"
                            + " restartPolicy: Always) first in initContainers")));
      } else if (!clusterDns && clusterName(name) && !loopback(name)) {
        results.add(
            Result.warning(
                w,
                spec + (nodeDefault ? ".dnsPolicy" : ".hostNetwork"),
                g.target()
                    + (nodeDefault
                        ? ": the pod's dnsPolicy: Default"
                        : ": the pod uses the host's network without dnsPolicy:"
                            + " ClusterFirstWithHostNet, so it")
                    + " resolves "
                    + name
                    + " with the node's DNS, which does not know cluster names, and the gate"
                    + " waits until its timeout; set dnsPolicy: "
                    + (host.hostNetwork() ? "ClusterFirstWithHostNet" : "ClusterFirst")));
      }
    }
  }

  /** {@code host} in lower case, without IPv6 brackets. */
  private static String unbracketed(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  /** True for a host of the pod's own loopback interface (or the unspecified address). */
  static boolean loopback(String host) {
    String h = unbracketed(host);
    return h.equals("localhost")
        || h.equals("localhost.")
        || h.equals("ip6-localhost") // kubelet's /etc/hosts of every pod
        || h.equals("ip6-loopback")
        || h.endsWith(".localhost")
        || h.startsWith("127.") && digitsAndDots(h)
        || h.equals("0.0.0.0")
        || ipv6(h, true);
  }

  /**
   * True for the unspecified address, {@code 0.0.0.0} or IPv6 {@code ::} in any spelling (also
   * {@code [::ffff:0.0.0.0]}): an address a server listens on, pasted from its configuration; a
   * connection to it reaches the pod itself (Linux connects it to loopback).
   */
  private static boolean unspecified(String h) {
    return h.equals("0.0.0.0") || ipv6(h, false);
  }

  /**
   * True if {@code h} (without brackets) is an IPv6 address, in any spelling ({@code ::1}, {@code
   * 0::1}, IPv4-mapped {@code ::ffff:127.0.0.1}), that is unspecified ({@code ::}) or, with {@code
   * loopbackToo}, loopback. A literal: the JDK parses it, no name is looked up.
   */
  private static boolean ipv6(String h, boolean loopbackToo) {
    if (h.indexOf(':') < 0) {
      return false;
    }
    try {
      java.net.InetAddress a = java.net.InetAddress.getByName("[" + h + "]");
      return a.isAnyLocalAddress() || loopbackToo && a.isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** True for a name only the cluster's DNS resolves: a short name or a Service's DNS name. */
  static boolean clusterName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") || digitsAndDots(h)) {
      return false;
    }
    return !h.contains(".") || h.endsWith(".svc") || h.contains(".svc.");
  }

  /** True for an IPv4 address. A loop, not a lambda: the launcher's archive holds no other. */
  private static boolean digitsAndDots(String h) {
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The host a network gate connects to; null for a gate that asks the API server. */
  static final Gate.Visitor<String> HOST =
      new Gate.Visitor<>() {
        @Override
        public String tcp(Gate.Tcp g) {
          return g.host();
        }

        @Override
        public String http(Gate.Http g) {
          return g.host();
        }

        @Override
        public String https(Gate.Https g) {
          return g.host();
        }

        @Override
        public String protocol(Gate.Protocol g) {
          return g.host();
        }

        @Override
        public String rollout(Gate.Rollout g) {
          return null;
        }

        @Override
        public String jobComplete(Gate.JobComplete g) {
          return null;
        }

        @Override
        public String podsReady(Gate.PodsReady g) {
          return null;
        }

        @Override
        public String serviceReady(Gate.ServiceReady g) {
          return null;
        }

        @Override
        public String customResource(Gate.CustomResource g) {
          return null;
        }
      };
}
