package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.Target;
import dev.startgate.intent.WorkloadKind;
import dev.startgate.model.ContainerPorts;
import dev.startgate.model.Digits;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.ServicePort;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** {@code service/NAME[:PORT]} targets, resolved from a Service in the input. */
final class ServiceTargets {

  private ServiceTargets() {}

  /**
   * The TCP gate of {@code s}: the Service's cluster DNS name and the port it names (or its only
   * TCP port); null after an error result that names a valid value.
   */
  static Gate gate(Intent intent, Target.Service s, Inventory inventory, List<Result> results) {
    Resource w = intent.workload();
    String waitFor = intent.sources().waitFor();
    String namespace = s.namespace() != null ? s.namespace() : w.namespace();
    Resource service = inventory.find("Service", namespace, s.name()).orElse(null);
    if (service != null && !service.group().isEmpty()) {
      // A Knative Service (serving.knative.dev) has no ports to connect to: its readiness is a
      // condition, which a custom resource target waits for.
      results.add(
          Result.error(
              w,
              waitFor,
              s.text(),
              "the input's Service \""
                  + s.name()
                  + "\" is a "
                  + service.ref().apiVersion()
                  + " Service, not a core one with ports; wait for its Ready condition instead,"
                  + " like services."
                  + service.group()
                  + "/"
                  + (s.namespace() == null ? "" : s.namespace() + "/")
                  + s.name()));
      return null;
    }
    if (service == null
        && s.namespace() == null
        && namespace != null
        && inventory.find("", "Service", null, s.name()).isPresent()) {
      String why = "the input's Service \"" + s.name() + "\" has no namespace, so startgate cannot";
      results.add(
          Result.error(
              w,
              waitFor,
              s.text(),
              why
                  + " tell it is in \""
                  + namespace
                  + "\"; set its metadata.namespace, or run with --namespace "
                  + namespace));
      return null;
    }
    if (service == null) {
      String meant = inventory.serviceNames().meant(s, namespace);
      results.add(
          Result.error(
              w,
              waitFor,
              s.text(),
              "no Service \""
                  + s.name()
                  + "\""
                  + (namespace == null ? "" : " in namespace \"" + namespace + "\"")
                  + " in the input; "
                  + (meant != null
                      ? "did you mean " + meant + "? Else add the Service or use tcp://HOST:PORT"
                      : "add the Service or use tcp://HOST:PORT, like tcp://"
                          + exampleHost(s)
                          + ":5432")));
      return null;
    }
    GeneratedTargets.check(w, waitFor, s.text(), service, results);
    List<ServicePort> ports = service.facts().servicePorts();
    List<ServicePort> tcp = ports.stream().filter(ServicePort::tcp).toList();
    ServicePort port = pickPort(s, ports, tcp);
    if (port != null && !port.tcp()) {
      results.add(
          Result.error(
              w,
              waitFor,
              s.text(),
              port.protocol().equalsIgnoreCase("TCP")
                  ? "port \""
                      + s.port()
                      + "\" of Service \""
                      + s.name()
                      + "\" has protocol \""
                      + port.protocol()
                      + "\", which Kubernetes rejects (protocols are upper case); write protocol:"
                      + " TCP in the Service"
                  : "port \""
                      + s.port()
                      + "\" of Service \""
                      + s.name()
                      + "\" is "
                      + port.protocol()
                      + ", and a gate can check TCP ports only"
                      + (tcp.isEmpty()
                          ? "; wait for what serves it instead" + servedBy(s, service, inventory, w)
                          : "; use a TCP port, like " + withPort(s, tcp.get(0)))));
      return null;
    }
    if (port == null) {
      String known = shown(ports);
      String why =
          s.port() != null
              ? "Service \"" + s.name() + "\" has no port \"" + s.port() + "\""
              : tcp.isEmpty()
                  ? "Service \"" + s.name() + "\" has no TCP port"
                  : "Service \""
                      + s.name()
                      + "\" has "
                      + tcp.size()
                      + (tcp.size() == ports.size() ? " ports" : " TCP ports")
                      + "; name one";
      results.add(
          Result.error(
              w,
              waitFor,
              s.text(),
              why
                  + " (ports: "
                  + (known.isEmpty() ? "none" : known)
                  + "); "
                  + (tcp.isEmpty() && !ports.isEmpty()
                      ? "a gate can check TCP ports only: wait for what serves it instead"
                          + servedBy(s, service, inventory, w)
                      : tcp.isEmpty()
                          ? "add a TCP port to the Service, or use tcp://HOST:PORT, like tcp://"
                              + exampleHost(s)
                              + ":5432"
                          : "use a value like " + withPort(s, tcp.get(0)))));
      return null;
    }
    String host = namespace == null ? s.name() : s.name() + "." + namespace + ".svc";
    int number = port.port();
    if (port.podPort() != null && !port.podPort().equals(String.valueOf(number))) {
      Integer pods =
          inventory
              .podPort(service, port.podPort(), behind -> podPort(port.podPort(), behind))
              .orElse(null);
      if (pods != null) {
        number = pods;
      } else {
        results.add(
            Result.warning(
                w,
                waitFor,
                "target "
                    + s.text()
                    + ": Service \""
                    + s.name()
                    + "\" is headless (clusterIP: None): its name resolves to the pods, which"
                    + " listen on targetPort \""
                    + port.podPort()
                    + "\", a port no workload of the input behind it names as one number; the"
                    + " gate connects to the Service's port "
                    + number
                    + ": if the pods listen on another, write tcp://"
                    + host
                    + ":PORT"));
      }
    }
    return new Gate.Tcp(s.text(), "service", host, number, intent.timing());
  }

  /**
   * With the k8s-when-ready runtime, which waits for a Service's pods and connects to no port: true
   * unless {@code s} names a port that its Service in the input does not have (an error result that
   * lists the Service's ports). A Service not in the input is the server's to find.
   */
  static boolean portOfWhenReady(
      Intent intent, Target.Service s, Inventory inventory, List<Result> results) {
    Resource w = intent.workload();
    String namespace = s.namespace() != null ? s.namespace() : w.namespace();
    Resource service = inventory.find("", "Service", namespace, s.name()).orElse(null);
    if (s.port() == null || service == null) {
      return true;
    }
    List<ServicePort> ports = service.facts().servicePorts();
    if (pickPort(s, ports, ports) != null) {
      return true;
    }
    String known = shown(ports);
    results.add(
        Result.error(
            w,
            intent.sources().waitFor(),
            s.text(),
            "Service \""
                + s.name()
                + "\" has no port \""
                + s.port()
                + "\" (ports: "
                + (known.isEmpty() ? "none" : known)
                + "); the k8s-when-ready client waits for the Service's pods and connects to no"
                + " port: leave it out, like service/"
                + (s.namespace() == null ? "" : s.namespace() + "/")
                + s.name()));
    return false;
  }

  /**
   * {@code ", like KIND/NAME"} for the first Deployment, StatefulSet or DaemonSet of the input
   * behind {@code service} (not {@code waiting}, not local config), in the namespace as {@code s}
   * writes it; a placeholder when there is none.
   */
  private static String servedBy(
      Target.Service s, Resource service, Inventory inventory, Resource waiting) {
    for (Resource r : inventory.behind(service)) {
      if (r == waiting || r.isLocalConfig()) {
        continue; // not itself, nor what is never applied
      }
      for (WorkloadKind kind : WorkloadKind.values()) {
        // Not job/: a Job that serves has not completed, which is what job/ waits for.
        if (kind != WorkloadKind.JOB && kind.kind().equals(r.kind())) {
          return ", like "
              + kind.prefix()
              + "/"
              + (s.namespace() == null ? "" : s.namespace() + "/")
              + r.name();
        }
      }
    }
    return ", like deployment/NAME (the workload whose pods serve it)";
  }

  /**
   * The port the pods of a headless Service listen on: its {@code targetPort} {@code written} as a
   * number, or the one number the containers of the workloads {@code behind} it give that name;
   * null if none or several.
   */
  private static Integer podPort(String written, List<Resource> behind) {
    if (Digits.port(written)) {
      return Integer.parseInt(written);
    }
    Set<Integer> numbers = new TreeSet<>();
    for (Resource r : behind) {
      numbers.addAll(ContainerPorts.named(r, written));
    }
    return numbers.size() == 1 ? numbers.iterator().next() : null;
  }

  /**
   * The host of a {@code tcp://} example for {@code s}: its name, with the namespace it names
   * ({@code db.other.svc}), since a short name resolves in the pod's own namespace.
   */
  private static String exampleHost(Target.Service s) {
    return s.namespace() == null ? s.name() : s.name() + "." + s.namespace() + ".svc";
  }

  /**
   * The port {@code s} names among {@code ports} (whatever its protocol), or without a name the
   * only TCP port; null if none.
   */
  private static ServicePort pickPort(
      Target.Service s, List<ServicePort> ports, List<ServicePort> tcp) {
    if (s.port() == null) {
      return tcp.size() == 1 ? tcp.get(0) : null;
    }
    // A TCP port first: kube-dns has port 53 as UDP and as TCP, and service/kube-dns:53 means
    // the one a gate can connect to.
    for (List<ServicePort> among : List.of(tcp, ports)) {
      for (ServicePort p : among) {
        if (p.isCalled(s.port())) {
          return p;
        }
      }
    }
    return null;
  }

  /** {@code service/[NAMESPACE/]NAME:PORT} as the user wrote the Service, with {@code port}. */
  private static String withPort(Target.Service s, ServicePort port) {
    return "service/"
        + (s.namespace() == null ? "" : s.namespace() + "/")
        + s.name()
        + ":"
        + port.asTarget();
  }

  /** The ports of a Service as messages list them: {@code postgres=5432, 53/UDP}. */
  private static String shown(List<ServicePort> ports) {
    return ports.stream().map(ServicePort::shown).collect(Collectors.joining(", "));
  }
}
