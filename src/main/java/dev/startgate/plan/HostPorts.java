package dev.startgate.plan;

import dev.startgate.intent.Intent;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.ServicePort;
import java.util.List;

/**
 * A network target whose host names a Service of the input on a port that Service does not have
 * ({@code http://api:8080/healthz} for a Service whose port 80 leads to the pods' 8080): the
 * Service's virtual IP forwards only its own ports, so the gate waits until its deadline. A
 * warning, naming the Service's ports: a headless Service or an ExternalName one forwards none (the
 * name leads to the pods or another host, on any port), and says nothing here.
 */
final class HostPorts {
  private HostPorts() {}

  /** The warnings for {@code intent}'s network targets. */
  static void check(Intent intent, Inventory inventory, List<Result> results) {
    Resource w = intent.workload();
    for (Target t : intent.targets()) {
      Reached reached = t.accept(REACHED);
      if (reached == null) {
        continue; // service/ targets name a port of the Service already
      }
      String host = reached.host();
      int port = reached.port();
      HostServices.Named named = HostServices.find(host, w.namespace(), inventory);
      if (named == null || named.pod() != null) {
        continue;
      }
      List<ServicePort> ports = named.service().facts().servicePorts();
      List<ServicePort> tcp = ports.stream().filter(ServicePort::tcp).toList();
      if (tcp.isEmpty() || tcp.stream().anyMatch(p -> p.port() == port || p.podPort() != null)) {
        continue;
      }
      results.add(
          Result.warning(
              w,
              intent.sources().waitFor(),
              t.text()
                  + ": Service \""
                  + named.service().name()
                  + "\""
                  + (named.service().namespace() == null
                      ? ""
                      : " in namespace \"" + named.service().namespace() + "\"")
                  + " has no "
                  + (ports.stream().anyMatch(p -> p.port() == port) ? "TCP port " : "port ")
                  + port
                  + " (its "
                  + (tcp.size() == 1 ? "port: " : "ports: ")
                  + String.join(", ", tcp.stream().map(ServicePort::shown).toList())
                  + "), and its address forwards only those, so the gate would wait until its"
                  + " timeout; write the Service's port, like "
                  + withPort(t.text(), host, tcp.get(0).port())
                  + " (the Service forwards it to the pods' targetPort)"));
    }
  }

  /** The host and port a network target connects to. */
  private record Reached(String host, int port) {}

  private static final Target.Visitor<Reached> REACHED =
      new Target.Visitor<>() {
        @Override
        public Reached tcp(Target.Tcp t) {
          return new Reached(t.host(), t.port());
        }

        @Override
        public Reached http(Target.Http t) {
          return new Reached(t.host(), t.port() > 0 ? t.port() : t.tls() ? 443 : 80);
        }

        @Override
        public Reached protocol(Target.Protocol t) {
          return new Reached(t.host(), t.port());
        }

        @Override
        public Reached service(Target.Service t) {
          return null;
        }

        @Override
        public Reached workload(Target.Workload t) {
          return null;
        }

        @Override
        public Reached pods(Target.Pods t) {
          return null;
        }

        @Override
        public Reached custom(Target.Custom t) {
          return null;
        }
      };

  /** {@code target} with {@code port} after its {@code host} (in place of the port written). */
  static String withPort(String target, String host, int port) {
    int at = target.indexOf("://");
    int start = at < 0 ? -1 : target.indexOf(host, at + 3);
    if (start < 0) {
      return target;
    }
    int end = start + host.length();
    int after = end;
    if (after < target.length() && target.charAt(after) == ':') {
      after++;
      while (after < target.length() && Character.isDigit(target.charAt(after))) {
        after++;
      }
    }
    return target.substring(0, end) + ":" + port + target.substring(after);
  }
}
